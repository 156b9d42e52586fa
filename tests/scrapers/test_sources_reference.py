"""The company boards of sources.toml against the real reference lists they were generated from.

tests/fixtures/scrapers/reference/ holds byte-identical copies of the crypto-jobs-fyi crawler lists (SOURCES.md,
"Reference lists"). Every board there on an ATS with a public API must be a source of the matching kind and board
token (and region); every other board must be named in the file's "Left out" comment, so none goes missing silently.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

from scrapers.registry import kinds
from talentintel.services.sources import load_sources
from tests.scrapers.conftest import FIXTURES

ROOT = Path(__file__).resolve().parents[2]
REFERENCE = sorted((FIXTURES / "reference").glob("*_companies_ats_boards_*.json"))

# kind -> (the board page URL as the reference lists it, the API URL a source uses); groups: region, token
BOARDS = {
    "greenhouse": (
        r"https://(?:job-)?boards(\.eu)?\.greenhouse\.io/([^/?#]+)",
        r"https://boards-api(\.eu)?\.greenhouse\.io/v1/boards/([^/?#]+)/jobs",
    ),
    "lever": (r"https://jobs(\.eu)?\.lever\.co/([^/?#]+)", r"https://api(\.eu)?\.lever\.co/v0/postings/([^/?#]+)"),
    "ashby": (
        r"https://jobs\.ashbyhq\.com/()([^/?#]+)",
        r"https://api\.ashbyhq\.com/posting-api/job-board/()([^/?#]+)",
    ),
    "workable": (
        r"https://apply\.workable\.com/()([^/?#]+)",
        r"https://apply\.workable\.com/api/v1/widget/accounts/()([^/?#]+)",
    ),
    "smartrecruiters": (
        r"https://(?:careers|jobs)\.smartrecruiters\.com/()([^/?#]+)",
        r"https://api\.smartrecruiters\.com/v1/companies/()([^/?#]+)/postings",
    ),
}


def _board(url: str, which: int) -> tuple[str, str, str] | None:
    """(kind, region, token) of a reference board URL (which=0) or a source's API URL (which=1)."""
    for kind, patterns in BOARDS.items():
        m = re.match(patterns[which], url.strip())
        if m:
            return kind, m.group(1) or "", m.group(2)
    return None


def _reference() -> list[dict[str, str]]:
    return [entry for path in REFERENCE for entry in json.loads(path.read_text())]


def test_reference_lists_are_present() -> None:
    assert [p.name for p in REFERENCE] == [
        "ai_companies_ats_boards_crypto-jobs-fyi.json",
        "crypto_companies_ats_boards_crypto-jobs-fyi.json",
    ]
    assert len(_reference()) == 124 + 199  # counts per SOURCES.md


def test_every_reference_board_is_a_source_of_its_kind() -> None:
    sources = {_board(e.url, 1): e.name for e in load_sources(ROOT / "sources.toml", kinds=kinds())}
    missing = [
        f"{entry['company_name']}: {entry['jobs_url']} -> {board}"
        for entry in _reference()
        if (board := _board(entry["jobs_url"], 0)) and board not in sources
    ]
    assert missing == []
    assert len({b for e in _reference() if (b := _board(e["jobs_url"], 0))}) > 250  # the mapping did match


def test_boards_without_a_public_api_are_named_as_left_out() -> None:
    text = (ROOT / "sources.toml").read_text()
    line = re.search(r"^# Left out \([^)]*\): (.+)$", text, re.MULTILINE)
    assert line, "sources.toml lost its '# Left out (...): names' comment"
    left_out = {name.strip() for name in line.group(1).split(",")}
    assert {e["company_name"] for e in _reference() if _board(e["jobs_url"], 0) is None} == left_out
