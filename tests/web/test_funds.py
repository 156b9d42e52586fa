"""/app/funds and the funds on /app/investors/{slug} over HTTP (SQLite and PostgreSQL): the list equals /v1/funds,
filters and keyset pages follow the API, bad filters are shown next to their field (400, never a 500), the CSV is
the current search, a read key sees it and a stranger is sent to sign in.

Rows are stored through the ingest service from facts of real, cited fund reports
(tests/fixtures/funding/fund_reports.json, as tests/api/test_funds.py does)."""

from __future__ import annotations

import html
import re

import pytest
from fastapi.testclient import TestClient
from sqlmodel import Session

from scrapers.base import Page
from talentintel.services import funding
from tests.funding.fund_reports import REPORTS, items
from tests.web.conftest import sign_in


@pytest.fixture
def stored_funds(session: Session) -> int:
    page = Page()
    for report_id in REPORTS:
        for item in items(report_id):
            page.add(item)
    counts = funding.ingest(session, source="fund-news", funds=page.funds, others=page.others)
    session.commit()
    assert counts.funds_new == 10 and counts.failed == 0
    return counts.funds_new


@pytest.fixture
def signed_in(browser_client: TestClient, admin_key: str, stored_funds: int) -> TestClient:
    browser_client.headers["Authorization"] = f"Bearer {admin_key}"  # for the /v1 comparisons; /app ignores it
    return sign_in(browser_client, admin_key)


def _ids(html: str) -> list[int]:
    return [int(i) for i in re.findall(r'<article class="fund" id="fund-(\d+)"', html)]


def _api_ids(c: TestClient, query: str) -> list[int]:
    r = c.get(f"/v1/funds?{query}")
    assert r.status_code == 200, r.text
    return [f["id"] for f in r.json()["items"]]


def test_the_list_shows_every_fund_as_the_api_does(signed_in: TestClient) -> None:
    r = signed_in.get("/app/funds")
    assert r.status_code == 200 and r.headers["content-type"].startswith("text/html")
    assert _ids(r.text) == _api_ids(signed_in, "") and len(_ids(r.text)) == 10
    first = signed_in.get("/v1/funds?limit=1").json()["items"][0]
    article = r.text.split(f'id="fund-{first["id"]}"')[1].split("</article>")[0]
    assert f'href="/app/investors/{first["investor"]["slug"]}"' in article  # the manager links to its page
    assert "$113" in article and first["url"] in article  # Galaxy's $113M fund and its announcement
    assert 'href="/app/funds"' in r.text and 'aria-current="page"' in r.text  # the nav entry
    assert 'href="/app/funds.csv?"' in r.text


@pytest.mark.parametrize(
    "query",
    ["focus=ai", "focus=intersection", "region=europe", "investor=blockchain-capital", "amount_min=500000000&sort=-amount",
     "announced_after=2023-07-01&announced_before=2023-10-01", "sort=announced_on"],
)  # fmt: skip
def test_a_filter_gives_the_apis_funds(signed_in: TestClient, query: str) -> None:
    r = signed_in.get(f"/app/funds?{query}")
    assert r.status_code == 200
    assert _ids(r.text) == _api_ids(signed_in, query) and _ids(r.text)
    assert len(_ids(r.text)) < 10 or "sort=" in query


def test_the_form_reflects_the_search_and_pages_follow_the_api(signed_in: TestClient) -> None:
    r = signed_in.get("/app/funds?focus=crypto&region=us&sort=-amount")
    assert re.search(r'name="focus" value="crypto"[^>]*checked', r.text)
    assert re.search(r'<option value="-amount" selected', r.text)
    seen: list[int] = []
    url = "/app/funds?sort=-amount&limit=3"
    while url:
        page = signed_in.get(url)
        seen += _ids(page.text)
        found = re.search(r'rel="next" href="([^"]+)"', page.text)
        url = found.group(1).replace("&amp;", "&") if found else ""
    assert seen == _api_ids(signed_in, "sort=-amount&limit=100")


@pytest.mark.parametrize(
    ("query", "field", "words"),
    [("focus=defi", "focus", "'defi' is not one of"), ("region=mars", "region", "'mars' is not one of"),
     ("amount_min=lots", "amount_min", "not a number"), ("amount_min=-1", "amount_min", ">= 0"),
     ("amount_max=nan", "amount_max", "finite"), ("amount_min=10&amount_max=5", "amount_max", "at least amount_min"),
     ("announced_after=yesterday", "announced_after", ""), ("sort=name", "sort", ""), ("limit=0", "limit", ""),
     ("cursor=not-a-cursor", "cursor", "")],
)  # fmt: skip
def test_a_bad_value_is_shown_next_to_its_field(signed_in: TestClient, query: str, field: str, words: str) -> None:
    r = signed_in.get(f"/app/funds?{query}")
    assert r.status_code == 400, r.text[:300]
    assert r.headers["content-type"].startswith("text/html")
    shown = re.search(rf'id="{field}-error">(.*?)</p>', r.text, re.S)
    assert shown is not None, f"no message next to {field}"
    assert words in html.unescape(shown.group(1))
    assert "<article" not in r.text
    assert signed_in.get(f"/app/funds.csv?{query}").status_code == 400 or field == "cursor"


def test_csv_export_is_the_current_search(signed_in: TestClient) -> None:
    r = signed_in.get("/app/funds.csv?focus=crypto&sort=-amount")
    assert r.status_code == 200 and r.headers["content-type"].startswith("text/csv")
    assert r.text == signed_in.get("/v1/funds?focus=crypto&sort=-amount&format=csv").text
    assert (
        'href="/app/funds.csv?focus=crypto&amp;sort=-amount"'
        in signed_in.get("/app/funds?focus=crypto&sort=-amount").text
    )


def test_the_investor_page_lists_its_funds(signed_in: TestClient) -> None:
    api = signed_in.get("/v1/investors/blockchain-capital").json()
    r = signed_in.get("/app/investors/blockchain-capital")
    assert r.status_code == 200
    assert _ids(r.text) == [f["id"] for f in api["funds"]] and len(api["funds"]) == 2
    assert 'href="/app/funds?investor=blockchain-capital"' in r.text


def test_a_read_key_sees_funds_and_a_stranger_is_sent_to_sign_in(
    browser_client: TestClient, read_key: str, stored_funds: int
) -> None:
    r = browser_client.get("/app/funds?focus=ai", follow_redirects=False)
    assert r.status_code == 303 and r.headers["location"].startswith("/app/login")
    assert browser_client.get("/app/funds.csv", follow_redirects=False).status_code == 303
    sign_in(browser_client, read_key)
    r = browser_client.get("/app/funds?focus=ai")
    assert r.status_code == 200 and len(_ids(r.text)) == 3
