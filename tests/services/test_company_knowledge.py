"""Company knowledge from our own data flows into each posting's tags, and postings are retagged when it changes.

Postings here are SYNTHETIC (titles and one-line texts written for the test); the behaviour under test is the
aggregation and the retag loop, the wording is irrelevant to it.
"""

from __future__ import annotations

from sqlmodel import Session, select

from talentintel.models import Company, CompanyInvestor, Investor, Job
from talentintel.services import company_knowledge, company_sectors, retag
from talentintel.tagging import TAGGER_VERSION


def _job(company: Company, title: str, text_class: str, *, version: str | None = TAGGER_VERSION) -> Job:
    sector = {"none": [], "crypto": ["crypto"], "ai": ["ai"], "both": ["ai", "crypto"]}[text_class]
    return Job(
        company_id=company.id,
        title=title,
        sector=sector,
        sector_class=text_class,
        sector_evidence={"text_class": text_class},
        tagger_version=version,
    )


def test_postings_of_a_crypto_company_make_its_operations_director_crypto(session: Session) -> None:
    company = Company(name="Lumen Ledgerworks", slug="lumen-ledgerworks")
    session.add(company)
    session.flush()
    session.add_all([_job(company, f"Solidity Engineer {i}", "crypto") for i in range(8)])
    session.add_all([_job(company, f"Recruiter {i}", "none") for i in range(3)])
    director = _job(company, "Director of Operations", "none")
    session.add(director)
    session.flush()

    assert company_knowledge.refresh(session, [company.id]) == 1
    lines = company_knowledge.stored_knowledge(company.sector_evidence)
    assert "crypto: company: 8 of 12 postings crypto" in lines
    session.expire_all()
    assert session.get(Job, director.id).tagger_version == company_knowledge.STALE_KNOWLEDGE  # type: ignore[union-attr]

    while retag.retag_batch(session, batch_size=100):
        pass
    director = session.get(Job, director.id)
    assert director is not None and director.sector_class == "crypto"
    assert director.sector_evidence["text_class"] == "none"  # its own words say nothing: the company decides
    assert any("8 of 11 postings crypto" in line for line in director.sector_evidence["company"])
    assert company_knowledge.refresh(session, [company.id]) == 0  # idempotent: nothing new, nothing marked


def test_backing_funds_and_description_are_evidence_and_refresh_after_rounds(session: Session) -> None:
    company = Company(
        name="Quiet Harbor",
        slug="quiet-harbor",
        description="Quiet Harbor builds decentralized GPU compute for AI inference, settled onchain.",
    )
    paradigm = Investor(slug="paradigm", name="Paradigm")
    session.add_all([company, paradigm])
    session.flush()
    session.add(CompanyInvestor(investor_id=paradigm.id, company_id=company.id, source="paradigm-board"))
    office = _job(company, "Office Manager", "none")
    session.add(office)
    session.flush()

    company_sectors.refresh(session, [company.id])  # the aggregate refresh also refreshes the knowledge
    lines = company_knowledge.stored_knowledge(company.sector_evidence)
    assert any(line.startswith("crypto: backed by Paradigm") for line in lines)
    assert any(line.startswith("ai: company description") for line in lines)
    assert "jobs" in company.sector_evidence  # the aggregate's own evidence is kept beside it

    retag.retag_batch(session, batch_size=10)
    office = session.get(Job, office.id)
    assert office is not None and office.sector_class == "both"


def test_name_collision_settled_by_domain(session: Session) -> None:
    energy = Company(name="Kraken Technologies", slug="kraken-technologies", domain="kraken.tech")
    exchange = Company(name="Kraken", slug="kraken", domain="kraken.com")
    session.add_all([energy, exchange])
    session.flush()
    a = _job(energy, "Software Engineer", "none", version=None)
    b = _job(exchange, "Software Engineer", "none", version=None)
    session.add_all([a, b])
    session.flush()

    retag.retag_batch(session, batch_size=10)
    assert session.get(Job, a.id).sector_class == "none"  # type: ignore[union-attr]
    assert session.get(Job, b.id).sector_class == "crypto"  # type: ignore[union-attr]


def test_a_boards_company_blurb_is_stored_once_and_reaches_every_posting(session: Session) -> None:
    """Ingest keeps what the board says the employer is (JSON-LD hiringOrganization.description, Getro/Consider
    blurbs) on the company; refresh turns it into knowledge and the retag spreads it to postings without it."""
    from scrapers.base import ScrapedJob
    from talentintel.models import Source
    from talentintel.services import ingest

    src = Source(name="board", kind="jsonld", url="https://board.example/")
    session.add(src)
    session.flush()
    blurb = "Quiet Ledger builds a decentralized exchange and onchain settlement for stablecoins."  # SYNTHETIC
    first = ScrapedJob(external_id="1", title="Office Manager", company="Quiet Ledger", company_description=blurb)
    second = ScrapedJob(external_id="2", title="Payroll Specialist", company="Quiet Ledger")
    ingest.upsert(session, source=src, items=[first, second], complete=True)
    company = session.exec(select(Company).where(Company.slug == "quiet-ledger")).one()
    assert company.description == blurb

    company_knowledge.refresh(session, [company.id])
    assert any(
        line.startswith("crypto: company description")
        for line in company_knowledge.stored_knowledge(company.sector_evidence)
    )
    while retag.retag_batch(session, batch_size=10):
        pass
    payroll = session.exec(select(Job).where(Job.title == "Payroll Specialist")).one()
    assert payroll.sector_class == "crypto"  # its own text says nothing; what the board said about the company does


def test_an_about_paragraph_fills_an_empty_company_description(session: Session) -> None:
    from scrapers.base import ScrapedJob
    from talentintel.models import Source
    from talentintel.services import ingest

    src = Source(name="ats", kind="greenhouse", url="https://ats.example/")
    session.add(src)
    session.flush()
    company = Company(name="Harbor Mind", slug="harbor-mind")
    session.add(company)
    session.flush()
    text = "About Harbor Mind\nHarbor Mind trains large language models for legal research.\nThe role\nRun payroll."  # SYNTHETIC
    ingest.upsert(
        session,
        source=src,
        items=[ScrapedJob(external_id="9", title="Payroll Lead", company="Harbor Mind", description=text)],
        complete=True,
    )
    session.refresh(company)
    assert company.description == "About Harbor Mind\nHarbor Mind trains large language models for legal research."
