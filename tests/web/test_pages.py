"""The web app's pages over HTTP on both backends: searches equal the API's, bad filters are shown next to their
field (never a 500), scraped HTML is escaped or sanitized, exports, paging, and the offline docs.

Rows are the API tests' SYNTHETIC catalog, plus SYNTHETIC hostile titles and descriptions.
"""

from __future__ import annotations

import csv
import io
import re
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
from fastapi.testclient import TestClient
from sqlmodel import Session

from tests.api.conftest import make_job
from tests.web.conftest import sign_in


def _ids(html: str) -> list[int]:
    return [int(i) for i in re.findall(r'<article class="job">\s*<h3><a href="/app/jobs/(\d+)"', html)]


@pytest.fixture
def signed_in(browser_client: TestClient, admin_key: str, catalog: dict[str, Any]) -> TestClient:
    browser_client.headers["Authorization"] = f"Bearer {admin_key}"  # for the /v1 comparisons; /app ignores it
    return sign_in(browser_client, admin_key)


SEARCHES = (
    ["", "sector=crypto&region=asia", "sector=ai", "sector=intersection&status=all", "region=europe&remote=true",
     "company=acme-chain", "investor=a16z", "q=engineer", "employment_type=full_time&salary_min=100000",
     "country=DE,US&sort=-salary", "posted_after=2026-11-01T03:00:00&posted_before=2026-11-01T06:00:00"]
)  # fmt: skip


def test_a_search_shows_the_apis_jobs(signed_in: TestClient) -> None:
    # One test over many queries: each setup (catalog, app, sign-in) costs more than the queries themselves.
    for query in SEARCHES:
        page = signed_in.get(f"/app/jobs?{query}")
        assert page.status_code == 200, query
        api = signed_in.get(f"/v1/jobs?{query}").json()
        assert _ids(page.text) == [j["id"] for j in api["items"]], query


def test_the_form_reflects_the_search_and_pages_follow_the_api(signed_in: TestClient) -> None:
    page = signed_in.get("/app/jobs?sector=crypto&region=europe&region=asia&limit=25")
    assert re.search(r'name="sector" value="crypto" checked', page.text)
    assert re.search(r'name="region" value="asia" checked', page.text)
    assert not re.search(r'name="region" value="us" checked', page.text)
    first = signed_in.get("/app/jobs?sector=crypto&limit=25").text
    assert "Next page" not in first
    api = signed_in.get("/v1/jobs?limit=2").json()
    html = signed_in.get("/app/jobs?limit=2").text
    assert _ids(html) == [j["id"] for j in api["items"]]
    link = re.search(r'rel="next" href="([^"]+)"', html)
    assert link is not None
    second = signed_in.get(link.group(1).replace("&amp;", "&")).text
    api2 = signed_in.get(f"/v1/jobs?limit=2&cursor={api['next_cursor']}").json()
    assert _ids(second) == [j["id"] for j in api2["items"]] and _ids(second) != _ids(html)


MALFORMED = (
    [("sector=cryptoo", "sector", "'cryptoo' is not one of"), ("region=mars", "region", "'mars' is not one of"),
     ("country=Germany", "country", "not an ISO 3166-1"), ("remote=maybe", "remote", "not a boolean"),
     ("salary_min=lots", "salary_min", "not a number"), ("salary_min=-5", "salary_min", "finite number"),
     ("posted_after=yesterday", "posted_after", "not an ISO 8601"), ("status=hiring", "status", "is not one of"),
     ("employment_type=gig", "employment_type", "is not one of"), ("sort=best", "sort", ""),
     ("limit=0", "limit", "between 1 and 200"), ("limit=ten", "limit", "not an integer"),
     ("cursor=garbage", "cursor", ""), ("q=" + "x" * 501, "q", "at most 500"), ("q=%21%21%21", "q", ""),
     ("country=%00", "country", ""), ("sector=crypto%00", "sector", "")]
)  # fmt: skip


def test_a_malformed_filter_is_shown_next_to_its_field(signed_in: TestClient) -> None:
    for query, field, words in MALFORMED:
        r = signed_in.get(f"/app/jobs?{query}")
        assert r.status_code == 400, (query, r.text[:300])
        assert r.headers["content-type"].startswith("text/html")
        shown = re.search(rf'id="{field}-error">(.*?)</p>', r.text, re.S)
        assert shown is not None, f"no message next to {field}"
        assert words in shown.group(1).replace("&#39;", "'"), query
        assert "<article" not in r.text


def test_every_bad_field_gets_its_own_message(signed_in: TestClient) -> None:
    r = signed_in.get("/app/jobs?sector=x&region=y&country=zzz&salary_min=nope")
    assert r.status_code == 400
    for field in ("sector", "region", "country", "salary_min"):
        assert f'id="{field}-error"' in r.text
    assert 'aria-invalid="true"' in r.text


def test_html_in_titles_and_descriptions_is_escaped_or_sanitized(
    signed_in: TestClient, session: Session, catalog: dict[str, Any]
) -> None:
    job = make_job(catalog["companies"][0], 20, title='<script>alert("t")</script><b>Bold</b> Engineer',
                   description='<p>Build <strong>things</strong>.</p><script>alert(1)</script>'
                               '<img src=x onerror="alert(2)"><a href="javascript:alert(3)">x</a>'
                               '<a href="https://example.com/more" onclick="alert(4)">more</a>',
                   url="javascript:alert(5)")  # fmt: skip
    session.add(job)
    session.commit()
    listing = signed_in.get("/app/jobs?q=engineer").text
    page = signed_in.get(f"/app/jobs/{job.id}").text
    for html in (listing, page):
        assert "<script>alert" not in html and "&lt;script&gt;alert(&#34;t&#34;)&lt;/script&gt;" in html
    assert "<strong>things</strong>" in page  # harmless markup is kept
    for bad in ("onerror", "onclick", "javascript:", "<img"):
        assert bad not in page
    assert 'href="https://example.com/more"' in page and "Original posting" not in page


def test_csv_export_is_the_current_search(signed_in: TestClient) -> None:
    r = signed_in.get("/app/jobs.csv?sector=ai&sort=-salary")
    assert r.status_code == 200 and r.headers["content-type"].startswith("text/csv")
    rows = list(csv.DictReader(io.StringIO(r.text)))
    api = signed_in.get("/v1/jobs?sector=ai&sort=-salary&format=csv").text
    assert r.text == api and [int(x["id"]) for x in rows]
    assert signed_in.get("/app/jobs.csv?region=moon").status_code == 400
    assert 'href="/app/jobs.csv?sector=ai&amp;sort=-salary"' in signed_in.get("/app/jobs?sector=ai&sort=-salary").text


def test_every_page_renders(signed_in: TestClient, catalog: dict[str, Any]) -> None:
    job = catalog["jobs"][0]
    pages = ["/app/jobs", f"/app/jobs/{job.id}", "/app/companies", "/app/companies?q=labs", "/app/companies/acme-chain",
             f"/app/companies/{catalog['companies'][1].id}", "/app/funding-rounds", "/app/funding-rounds?sector=ai",
             "/app/investors", "/app/investors/a16z", "/app/trends", "/app/trends?granularity=week&region=asia",
             "/app/saved-searches", "/app/subscriptions", "/app/subscriptions/new?sector=ai", "/app/sources",
             "/app/sources/acme-greenhouse"]  # fmt: skip
    for path in pages:
        r = signed_in.get(path)
        assert r.status_code == 200, (path, r.text[:500])
        assert r.headers["content-type"].startswith("text/html") and "<main" in r.text
    for chart in ("/app/companies/acme-chain/jobs-by-sector.svg", "/app/investors/a16z/focus.svg",
                  "/app/trends/jobs.svg?sector_class=crypto", "/app/trends/funding.svg?by=round_type",
                  "/app/trends/investor-focus.svg"):  # fmt: skip
        r = signed_in.get(chart)
        assert r.status_code == 200 and r.content.startswith(b"<?xml") and b"<svg" in r.content, chart


def test_company_page_shows_rounds_investors_and_the_chart(signed_in: TestClient) -> None:
    html = signed_in.get("/app/companies/neural-works").text
    assert "series a" in html and "Andreessen Horowitz" in html and "$30M" in html
    assert 'src="/app/companies/neural-works/jobs-by-sector.svg"' in html and "Figures as a table" in html


BAD_ADDRESSES = (
    [("/app/jobs/999999", 404), ("/app/jobs/abc", 400), ("/app/companies/no-such-co", 404), ("/app/investors/nobody", 404),
     ("/app/nothing-here", 404), ("/app/trends?start=2026-13-01", 400), ("/app/trends?granularity=year", 400),
     ("/app/trends?start=2026-06-01&end=2026-01-01", 400), ("/app/trends/jobs.svg?region=mars", 400),
     ("/app/funding-rounds?amount_min=x&round=" + "y" * 40, 400), ("/app/saved-searches/77/edit", 404)]
)  # fmt: skip


def test_bad_addresses_are_html_pages_not_500s(signed_in: TestClient) -> None:
    for path, status in BAD_ADDRESSES:
        r = signed_in.get(path)
        assert r.status_code == status, (path, r.text[:300])
        assert r.headers["content-type"].startswith("text/html")


def test_api_errors_stay_problem_json(signed_in: TestClient) -> None:
    r = signed_in.get("/v1/jobs?sector=bogus")
    assert r.status_code == 400 and r.headers["content-type"] == "application/problem+json"
    assert signed_in.get("/v1/nothing").headers["content-type"] == "application/problem+json"


def test_root_sends_browsers_to_the_app_and_docs_work_offline(browser_client: TestClient) -> None:
    r = browser_client.get("/", headers={"Accept": "text/html,application/xhtml+xml"}, follow_redirects=False)
    assert r.status_code == 307 and r.headers["location"] == "/app/"
    assert browser_client.get("/", headers={"Accept": "application/json"}).json()["api"] == "/v1"
    assert browser_client.get("/app", follow_redirects=False).headers["location"] == "/app/jobs"
    assert browser_client.get("/app/jobs", follow_redirects=False).headers["location"].startswith("/app/login?next=")
    for path, assets in (("/docs", ("swagger-ui-bundle.js", "swagger-ui.css")), ("/redoc", ("redoc.standalone.js",))):
        html = browser_client.get(path).text
        sources = re.findall(r'(?:src|href)="([^"]+)"', html)
        assert sources and all(s.startswith("/") for s in sources), sources  # nothing from a CDN
        for asset in assets:
            got = browser_client.get(f"/docs-assets/{asset}")
            assert got.status_code == 200 and len(got.content) > 100_000
        assert "fonts.googleapis" not in html
    assert browser_client.get("/openapi.json").status_code == 200
    assert not [p for p in browser_client.get("/openapi.json").json()["paths"] if p.startswith("/app")]


def test_page_metrics_are_labelled_with_their_route(signed_in: TestClient, catalog: dict[str, Any]) -> None:
    signed_in.get(f"/app/jobs/{catalog['jobs'][0].id}")
    metrics = signed_in.get("/metrics").text
    assert 'route="/app/jobs/{job_id}"' in metrics


def test_a_pivoting_company_is_flagged(signed_in: TestClient, session: Session, catalog: dict[str, Any]) -> None:
    now = datetime.now(UTC)
    acme = catalog["companies"][0]
    for n in range(4):  # SYNTHETIC: crypto postings early in the year, AI postings lately
        at, late = now - timedelta(days=300 + n), now - timedelta(days=20 + n)
        session.add(make_job(acme, 30 + n, posted_at=at, first_seen_at=at, last_seen_at=at))
        session.add(make_job(acme, 40 + n, sector=["ai"], sector_class="ai", posted_at=late, first_seen_at=late,
                             last_seen_at=late))  # fmt: skip
    session.commit()
    assert "<strong>Pivot:</strong> moving from crypto to AI" in signed_in.get("/app/companies/acme-chain").text
    assert "No pivot between crypto and AI" in signed_in.get("/app/companies/neural-works").text


def test_pages_run_no_script_and_are_not_cached(signed_in: TestClient) -> None:
    r = signed_in.get("/app/jobs")
    assert "script-src 'none'" in r.headers["content-security-policy"]
    assert "frame-ancestors 'none'" in r.headers["content-security-policy"]
    assert r.headers["cache-control"] == "private, no-store" and "<script" not in r.text


def test_a_page_says_so_when_the_database_is_down(signed_in: TestClient, monkeypatch: pytest.MonkeyPatch) -> None:
    from talentintel import db as core_db

    dead = core_db.make_engine("postgresql+psycopg://postgres@127.0.0.1:1/nowhere")
    monkeypatch.setattr(core_db, "get_engine", lambda: dead)
    r = signed_in.get("/app/jobs?sector=ai")
    assert r.status_code == 503 and r.headers["retry-after"] == "30"
    assert "database is not answering" in r.text and r.headers["content-type"].startswith("text/html")
