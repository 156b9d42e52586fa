"""The session-5 holdout (tests/fixtures/tagging/holdout_s5.jsonl) is what it claims to be: real, cited, labeled items
at employers no shipped list names, from publishers no other tagging fixture uses. It is not a frozen test split (no
eval command reads it by default and no rule was tuned on it); the lead scores it once at the end of the session.

It must be disjoint from both frozen test splits and unique against every other fixture (the dev set, the unseen
batches, unseen_hs4): no shared id, publisher (URL host or GitHub repository named in `source`), opening text or employer. A
failing assertion names only holdout ids, so the test splits are never printed."""

from __future__ import annotations

import re
from pathlib import Path

from talentintel.tagging.evaluate import load_devset
from talentintel.tagging.prior import reference_prior

from .test_testset2 import REGIONS, _shared

FIXTURES = Path(__file__).parents[1] / "fixtures" / "tagging"
HOLDOUT = FIXTURES / "holdout_s5.jsonl"
TEST_SPLITS = ("testset.jsonl", "testset2.jsonl")
NOTHING_SHARED: dict[str, list[str]] = {"id": [], "publisher": [], "text": [], "employer": []}


def test_holdout_is_real_cited_and_labeled() -> None:
    holdout = load_devset(HOLDOUT)
    assert 50 <= len(holdout) <= 60
    assert len({i["id"] for i in holdout}) == len(holdout)
    for item in holdout:
        assert item["id"].startswith("hs5t-"), item["id"]
        assert item["source"] and item["title"] and item["description"], item["id"]
        assert set(item["label_sector"]) <= {"crypto", "ai"}, item["id"]
        assert set(item["label_regions"]) <= REGIONS, item["id"]
        assert all(re.fullmatch(r"[A-Z]{2}", c) for c in item["label_countries"]), item["id"]


def test_holdout_employers_are_in_no_shipped_list() -> None:
    holdout = load_devset(HOLDOUT)
    assert sorted(i["id"] for i in holdout if i.get("company") and reference_prior(i["company"])) == []


def test_holdout_is_disjoint_from_the_test_splits() -> None:
    holdout = load_devset(HOLDOUT)
    for name in TEST_SPLITS:
        assert _shared(holdout, load_devset(FIXTURES / name)) == NOTHING_SHARED, f"holdout items shared with {name}"


def test_holdout_is_unique_against_every_other_fixture() -> None:
    holdout = load_devset(HOLDOUT)
    others = [p for p in sorted(FIXTURES.glob("*.jsonl")) if p != HOLDOUT and p.name not in TEST_SPLITS]
    assert others
    for path in others:
        assert _shared(holdout, load_devset(path)) == NOTHING_SHARED, f"holdout items shared with {path.name}"
