"""The session-4 holdout, now a tuning batch (tests/fixtures/tagging/unseen_hs4.jsonl): the lead scored it once at the
end of session 4 (macro-F1 0.936, region 0.942) and it then moved to tuning data like the unseen batches. Its items are
still what they claim to be: real, cited, labeled items at employers no shipped list names, from publishers no other
tagging fixture uses.

It must stay disjoint from both frozen test splits and unique against every other fixture (the dev set, the unseen
batches, holdout_s5): no shared id, publisher (URL host or GitHub repository named in `source`), opening text or
employer. A failing assertion names only this batch's ids, so the test splits are never printed."""

from __future__ import annotations

import re
from pathlib import Path

from talentintel.tagging.evaluate import load_devset
from talentintel.tagging.prior import reference_prior

from .test_testset2 import REGIONS, _shared

FIXTURES = Path(__file__).parents[1] / "fixtures" / "tagging"
BATCH = FIXTURES / "unseen_hs4.jsonl"
TEST_SPLITS = ("testset.jsonl", "testset2.jsonl")
NOTHING_SHARED: dict[str, list[str]] = {"id": [], "publisher": [], "text": [], "employer": []}


def test_batch_is_real_cited_and_labeled() -> None:
    batch = load_devset(BATCH)
    assert 50 <= len(batch) <= 60
    assert len({i["id"] for i in batch}) == len(batch)
    for item in batch:
        assert item["id"].startswith("hs4t-"), item["id"]
        assert item["source"] and item["title"] and item["description"], item["id"]
        assert set(item["label_sector"]) <= {"crypto", "ai"}, item["id"]
        assert set(item["label_regions"]) <= REGIONS, item["id"]
        assert all(re.fullmatch(r"[A-Z]{2}", c) for c in item["label_countries"]), item["id"]


def test_batch_employers_are_in_no_shipped_list() -> None:
    batch = load_devset(BATCH)
    assert sorted(i["id"] for i in batch if i.get("company") and reference_prior(i["company"])) == []


def test_batch_is_disjoint_from_the_test_splits() -> None:
    batch = load_devset(BATCH)
    for name in TEST_SPLITS:
        assert _shared(batch, load_devset(FIXTURES / name)) == NOTHING_SHARED, f"unseen_hs4 items shared with {name}"


def test_batch_is_unique_against_every_other_fixture() -> None:
    batch = load_devset(BATCH)
    others = [p for p in sorted(FIXTURES.glob("*.jsonl")) if p != BATCH and p.name not in TEST_SPLITS]
    assert others
    for path in others:
        assert _shared(batch, load_devset(path)) == NOTHING_SHARED, f"unseen_hs4 items shared with {path.name}"
