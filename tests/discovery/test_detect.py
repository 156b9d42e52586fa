"""Board detection from one page: real pages (labels by reading) and real board URLs (two reference lists).

The reference lists (tests/fixtures/scrapers/reference/, crypto-jobs-fyi) give 323 real companies' board URLs. The
AI list is the tuning split; the crypto list is the held-out split (its URLs were not read while writing the
patterns). The expected kind and token of each URL come from the independent mapping tests/scrapers/
test_sources_reference.py uses to check sources.toml.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from scrapers.discovery.detect import detect
from scrapers.discovery.site import select_boards
from talentintel.discovery import SiteResult
from tests.scrapers.conftest import FIXTURES
from tests.scrapers.test_sources_reference import _board

PAGES = Path(__file__).resolve().parents[1] / "fixtures" / "discovery"
LABELS = json.loads((PAGES / "labels.json").read_text())


def _keys(boards: list) -> set[str]:
    return {f"{b.kind}:{b.token.lower()}" for b in boards if not b.kind.startswith("other:")}


@pytest.mark.parametrize("label", LABELS, ids=[Path(lab["file"]).name for lab in LABELS])
def test_real_pages_give_their_boards(label: dict) -> None:
    body = (PAGES / "pages" / label["file"]).read_bytes()
    found = detect(label["url"], body)
    chosen = select_boards(
        [(label["url"], b) for b in found.boards], label["company"], label["url"], SiteResult(label["url"])
    )
    assert _keys([b for _, b in chosen if b.kind not in ("jsonld", "rss")]) == set(label["boards"])


def test_another_companys_posting_link_is_no_board_of_this_company() -> None:
    body = (PAGES / "pages" / "temporal_careers.js").read_bytes()
    result = SiteResult("https://temporal.io/")
    found = detect("https://temporal.io/careers", body)
    chosen = select_boards(
        [("https://temporal.io/careers", b) for b in found.boards], "Temporal", "https://temporal.io/", result
    )
    assert [(b.kind, b.token) for _, b in chosen] == [("lever", "temporal")]
    assert result.rejected and result.rejected[0]["token"] == "nylas"


def _measure(path: Path) -> tuple[float, float, int]:
    """(precision, recall, n) of kind:token over one reference list, each board URL linked from a page."""
    tp = fp = fn = 0
    entries = json.loads(path.read_text())
    for entry in entries:
        expected = _board(entry["jobs_url"], 0)
        want = {f"{expected[0]}:{expected[2].lower()}"} if expected else set()
        # SYNTHETIC markup around the real URL: the careers link a company site carries.
        page = f'<html><body><a href="{entry["jobs_url"]}">Open roles</a></body></html>'
        got = _keys(detect(entry["company_url"] or "https://example.org/", page).boards)
        tp += len(got & want)
        fp += len(got - want)
        fn += len(want - got)
    return tp / max(tp + fp, 1), tp / max(tp + fn, 1), len(entries)


@pytest.mark.parametrize(
    "name", ["ai_companies_ats_boards_crypto-jobs-fyi.json", "crypto_companies_ats_boards_crypto-jobs-fyi.json"]
)
def test_board_urls_of_real_companies(name: str) -> None:
    precision, recall, n = _measure(FIXTURES / "reference" / name)
    print(f"{name}: precision {precision:.3f} recall {recall:.3f} over {n} companies")
    assert precision >= 0.95 and recall >= 0.95


# SYNTHETIC variants: the ways a board is written into a page, and things that are no board.
VARIANTS = [
    ('<script src="https://boards.greenhouse.io/embed/job_board/js?for=acme"></script>', {"greenhouse:acme"}),
    (
        '<iframe src="https://boards.greenhouse.io/embed/job_board?for=acme&amp;b=https%3A%2F%2Facme.com"></iframe>',
        {"greenhouse:acme"},
    ),
    ('<a href="https://job-boards.eu.greenhouse.io/acme">Jobs</a>', {"greenhouse:acme"}),
    ('<script>window.__DATA__={"url":"https:\\/\\/jobs.ashbyhq.com\\/acme.io"}</script>', {"ashby:acme.io"}),
    ('<a href="https://jobs.eu.lever.co/acme/123e4567-e89b-12d3-a456-426614174000/apply">Apply</a>', {"lever:acme"}),
    ('<a href="https://apply.workable.com/acme/">Open roles</a>', {"workable:acme"}),
    ('<a href="https://careers.smartrecruiters.com/AcmeCorp">Careers</a>', {"smartrecruiters:acmecorp"}),
    ("<p>We hire with Greenhouse, Lever and Ashby; see greenhouse.io for their product.</p>", set()),
    ('<a href="https://www.greenhouse.io/">Greenhouse</a><a href="https://www.lever.co/">Lever</a>', set()),
    ('<a href="https://jobseekers.workable.com/">Workable for job seekers</a>', set()),
    ('<a href="https://boards.greenhouse.io/embed/job_board">broken embed</a>', set()),
]


@pytest.mark.parametrize(("html", "want"), VARIANTS)
def test_synthetic_variants(html: str, want: set[str]) -> None:
    assert _keys(detect("https://acme.example/careers", html).boards) == want


def test_other_atses_are_named_not_proposed() -> None:
    html = '<a href="https://acme.teamtailor.com/jobs">Jobs</a><a href="https://acme.recruitee.com/">Jobs</a>'
    kinds = {b.kind for b in detect("https://acme.example/", html).boards}
    assert kinds == {"other:teamtailor", "other:recruitee"}


def test_careers_links_in_several_languages_best_first() -> None:
    html = """<a href="/about">About</a><a href="/recruit/">채용</a><a href="mailto:jobs@x.jp">Jobs</a>
              <a href="/files/careers.pdf">Careers</a><a href="https://x.jp/saiyo">採用情報</a><a href="/blog/jobs-report">Blog</a>"""
    links = detect("https://x.jp/", html).careers_links
    assert links[:2] == ["https://x.jp/recruit/", "https://x.jp/saiyo"]
    assert not any(link.startswith("mailto:") or link.endswith(".pdf") for link in links)


def test_jsonld_job_posting_page_is_a_board() -> None:
    body = (FIXTURES / "jsonld" / "workable_huggingface_python-engineer_page.html").read_bytes()
    assert "jsonld" in {b.kind for b in detect("https://careers.example/job/1", body).boards}


def test_bad_pages_never_crash() -> None:
    assert detect("https://x.example/", b"").boards == []
    assert detect("https://x.example/", b"\xff\xfe<<<<html<a href=>").boards == []
    big = b"<html><body>" + b"<p>filler text</p>" * 1_200_000 + b'<a href="https://jobs.lever.co/late">x</a>'
    assert len(big) > 20_000_000
    detect("https://x.example/", big)  # the tail past the scan window is not read; no memory blow-up, no crash
