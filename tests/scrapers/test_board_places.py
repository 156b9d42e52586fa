"""Company names from the board and structured country fields, on the real recordings (tests/fixtures/scrapers/)."""

from __future__ import annotations

import json
from typing import Any

from scrapers.base import Request, Response, SourceSpec
from scrapers.registry import get_kind
from talentintel.services.ingest.write_jobs import tag_values
from tests.scrapers.conftest import FIXTURES


def _jobs(kind: str, url: str, path: str, company: str | None = None, method: str = "GET") -> list[Any]:
    spec = SourceSpec("t", kind, url, {}, company=company)
    req = Request(url, method=method)
    return get_kind(kind).parse(spec, req, Response(url, 200, {}, (FIXTURES / path).read_bytes())).jobs


def test_boards_without_configured_company_name_their_company() -> None:
    lever = _jobs(
        "lever", "https://api.lever.co/v0/postings/people-ai?mode=json", "lever/people-ai_postings_4items.json"
    )
    assert {j.company for j in lever} == {"People Ai"}  # Lever's API names no company: the token, title-cased
    ashby = _jobs("ashby", "https://api.ashbyhq.com/posting-api/job-board/ramp", "ashby/ramp_job_board_6items.json")
    assert {j.company for j in ashby} == {"Ramp"}
    # The board token of jobs.ashbyhq.com/kraken.com (crypto-jobs-fyi reference list): the domain's name.
    kraken = _jobs(
        "ashby", "https://api.ashbyhq.com/posting-api/job-board/kraken.com", "ashby/ramp_job_board_6items.json"
    )
    assert {j.company for j in kraken} == {"Kraken"}
    workable = _jobs(
        "workable",
        "https://apply.workable.com/api/v1/widget/accounts/huggingface",
        "workable/huggingface_widget_v1_3items.json",
    )
    assert {j.company for j in workable} == {"Hugging Face"}  # the board's own name
    green = _jobs(
        "greenhouse",
        "https://boards-api.greenhouse.io/v1/boards/stripe/jobs",
        "greenhouse/stripe_jobs_nocontent_6items.json",
    )
    assert {j.company for j in green} == {"Stripe"}
    configured = _jobs(
        "lever",
        "https://api.lever.co/v0/postings/people-ai",
        "lever/people-ai_postings_4items.json",
        company="Backstory",
    )
    assert {j.company for j in configured} == {"Backstory"}


def test_structured_countries_are_read_and_feed_regions() -> None:
    raw = json.loads((FIXTURES / "lever/people-ai_postings_4items.json").read_text())
    lever = {
        j.external_id: j
        for j in _jobs("lever", "https://api.lever.co/v0/postings/people-ai", "lever/people-ai_postings_4items.json")
    }
    remote = next(r for r in raw if r["categories"].get("location") == "Remote")
    job = lever[remote["id"]]
    assert job.countries == [remote["country"]] == ["US"]
    # "Remote" alone says no country; Lever's structured country makes it a US posting.
    assert tag_values(job.title, job.description, None, job.locations, None, True, [])["regions"] != ["us"]
    assert tag_values(job.title, job.description, None, job.locations, None, True, job.countries)["regions"] == ["us"]

    ashby = _jobs("ashby", "https://api.ashbyhq.com/posting-api/job-board/ramp", "ashby/ramp_job_board_6items.json")
    first = ashby[
        0
    ]  # New York HQ, secondary Remote (Canada), Remote (US), Miami: addressCountry USA/Canada/United States
    assert first.countries == ["US", "CA"]
    workable = _jobs(
        "workable",
        "https://apply.workable.com/api/v1/widget/accounts/huggingface",
        "workable/huggingface_widget_v1_3items.json",
    )
    assert all(j.countries for j in workable) and "FR" in workable[0].countries
    v3 = _jobs(
        "workable",
        "https://apply.workable.com/api/v3/accounts/huggingface/jobs",
        "workable/v3_accounts_jobs_3items.json",
        method="POST",
    )
    assert v3[0].countries == ["US"]


def test_every_lever_and_ashby_board_of_the_reference_lists_gets_a_name() -> None:
    # Real board URLs (crypto-jobs-fyi reference lists, tests/fixtures/scrapers/reference/): the API names no company,
    # so each gets its token's name.
    import re

    from scrapers.boards import board_company

    names = []
    for path in sorted((FIXTURES / "reference").glob("*.json")):
        data = json.loads(path.read_text())
        rows = data if isinstance(data, list) else next(v for v in data.values() if isinstance(v, list))
        for row in rows:
            m = re.search(r"jobs\.(lever\.co|ashbyhq\.com)/([^/?#]+)", row.get("jobs_url") or "")
            if m:
                lever = m.group(1) == "lever.co"
                api = (
                    f"https://api.lever.co/v0/postings/{m.group(2)}"
                    if lever
                    else f"https://api.ashbyhq.com/posting-api/job-board/{m.group(2)}"
                )
                names.append(board_company(SourceSpec("t", "lever", api), pattern=r"/(?:postings|job-board)/([^/]+)"))
    assert len(names) > 50
    assert all(n and re.fullmatch(r"[\w ]+", n) and n == n.strip() for n in names), names


def test_ats_identity_from_embedded_board_urls() -> None:
    from scrapers.normalize import ats_key

    # URL shapes of real career sites: stripe.com/jobs/search?gh_jid= (the real Stripe recording), and Ashby embeds
    # (`?ashby_jid={uuid}`: anrok.com/careers, credo.ai/jobs, per public scrapers in the code corpus).
    assert ats_key("https://stripe.com/jobs/search?gh_jid=7954688") == "greenhouse:7954688"
    assert ats_key("https://www.skydio.com/jobs/abc/?gh_jid=123&utm_source=x") == "greenhouse:123"
    uuid = "0b1c2d3e-4f50-6172-8394-a5b6c7d8e9f0"
    assert ats_key(f"https://anrok.com/careers?utm_source=hn&ashby_jid={uuid}") == f"ashby:{uuid}"
    assert ats_key(f"https://jobs.ashbyhq.com/anrok/{uuid}/application") == f"ashby:{uuid}"
    assert ats_key("https://example.com/careers?gh_jid=12abc") is None
