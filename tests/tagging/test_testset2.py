"""The second frozen test split (tests/fixtures/tagging/testset2.jsonl) is what it claims to be: real items from
publishers that no other tagging fixture uses, disjoint from every other fixture by id, by publisher (URL host or
GitHub repository named in `source`), by text and by employer, at employers no shipped list names, every item cited
and labeled. `talentintel eval tagging` reports it as the column "test2" and never lists its errors.

A failing assertion names only testset2 ids: the other frozen splits are never printed."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from talentintel.tagging.evaluate import load_devset
from talentintel.tagging.prior import normalize_company, reference_prior

FIXTURES = Path(__file__).parents[1] / "fixtures" / "tagging"
TESTSET2 = FIXTURES / "testset2.jsonl"
REGIONS = {"us", "canada", "latam", "europe", "mena", "africa", "asia", "oceania", "global"}
_URL_HOST = re.compile(r"https?://([^/\s;,)]+)", re.I)
_GITHUB_REPO = re.compile(r"github:([\w.-]+/[\w.-]+)", re.I)
_HOST_PREFIX = re.compile(r"^(?:www|m|amp|en|staging|news)\.")


def _others() -> dict[str, list[dict[str, Any]]]:
    """Every other tagging fixture (the dev set, the unseen batches, both other frozen splits), by file name."""
    return {p.name: load_devset(p) for p in sorted(FIXTURES.glob("*.jsonl")) if p != TESTSET2}


def _publishers(item: dict[str, Any]) -> set[str]:
    source = item.get("source") or ""
    hosts = {_HOST_PREFIX.sub("", h.lower().rstrip(".")) for h in _URL_HOST.findall(source)}
    return hosts | {"github:" + r.lower().removesuffix(".git") for r in _GITHUB_REPO.findall(source)}


def _prefix(item: dict[str, Any]) -> str:
    """The opening of the posting's text, case and spacing folded (a title where a fixture keeps no text)."""
    text = item.get("description") or item.get("title") or ""
    return " ".join(text.lower().split())[:60]


def _employer(name: str | None) -> str:
    name = (name or "").strip()
    return normalize_company(name) if name.isascii() else name.lower()


def test_second_split_is_real_cited_and_labeled() -> None:
    test2 = load_devset(TESTSET2)
    assert len(test2) >= 80
    assert len({i["id"] for i in test2}) == len(test2)
    for item in test2:
        assert item["id"] and item["source"] and item["title"] and item["description"], item["id"]
        assert set(item["label_sector"]) <= {"crypto", "ai"}, item["id"]
        assert set(item["label_regions"]) <= REGIONS, item["id"]
        assert all(re.fullmatch(r"[A-Z]{2}", c) for c in item["label_countries"]), item["id"]
    assert {i["id"].split("-")[0] for i in test2} == {"hn", "bne"}


def test_second_split_employers_are_in_no_shipped_list() -> None:
    test2 = load_devset(TESTSET2)
    assert sorted(i["id"] for i in test2 if i.get("company") and reference_prior(i["company"])) == []


def _shared(test2: list[dict[str, Any]], items: list[dict[str, Any]]) -> dict[str, list[str]]:
    """For each kind of overlap, the testset2 ids that share it with `items` (an empty list when none does)."""
    ids = {i.get("id") for i in items} - {None}
    hosts = set().union(*(_publishers(i) for i in items))
    prefixes = {p for p in map(_prefix, items) if len(p) >= 30}
    employers = {_employer(i.get("company")) for i in items} - {""}
    return {
        "id": sorted(i["id"] for i in test2 if i["id"] in ids),
        "publisher": sorted(i["id"] for i in test2 if _publishers(i) & hosts),
        "text": sorted(i["id"] for i in test2 if _prefix(i) in prefixes),
        "employer": sorted(i["id"] for i in test2 if _employer(i.get("company")) in employers),
    }


def test_second_split_is_disjoint_from_every_other_fixture() -> None:
    test2 = load_devset(TESTSET2)
    for name, items in _others().items():
        shared = _shared(test2, items)
        assert shared == {"id": [], "publisher": [], "text": [], "employer": []}, f"testset2 items shared with {name}"
