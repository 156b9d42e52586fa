"""What a board says the employer is travels on the posting (ScrapedJob.company_description) for company knowledge.

The records here are SYNTHETIC, shaped like the kinds' real payloads (the recorded real fixtures carry no company
blurb): JSON-LD hiringOrganization.description, a Getro organization's description and topics, a Consider company.
"""

from __future__ import annotations

from scrapers import consider, getro, jsonld
from scrapers.base import SourceSpec


def test_jsonld_hiring_organization_description() -> None:
    raw = {
        "@type": "JobPosting",
        "title": "Office Manager",
        "identifier": "om-1",
        "hiringOrganization": {
            "@type": "Organization",
            "name": "Quiet Ledger",
            "description": "A stablecoin exchange.",
        },
    }
    job = jsonld.build(raw, "https://quiet.example/jobs/om-1", SourceSpec("t", "jsonld", "https://quiet.example/"))
    assert job.company_description == "A stablecoin exchange."


def test_getro_organization_blurb_and_topics() -> None:
    raw = {
        "id": 7,
        "title": "Payroll Lead",
        "organization": {"name": "Harbor Mind", "description": "Legal research models.", "topics": ["AI", "LegalTech"]},
    }
    job = getro.build(raw, SourceSpec("t", "getro", "https://jobs.fund.example/"))
    assert job.company_description == "Legal research models. AI, LegalTech"


def test_consider_company_record() -> None:
    raw = {"jobId": "c1", "title": "Controller", "url": "https://x.example/c1", "companyName": "Gridmind"}
    job = consider.build(
        {**raw, "company": {"name": "Gridmind", "description": "Decentralized GPU compute."}},
        SourceSpec("t", "consider", "https://jobs.fund.example/"),
    )
    assert job.company_description == "Decentralized GPU compute"
    assert consider.build(raw, SourceSpec("t", "consider", "https://jobs.fund.example/")).company_description is None
