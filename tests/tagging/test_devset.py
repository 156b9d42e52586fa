"""The tagger meets the accuracy targets on the labeled dev set of real postings (labels decided by reading)."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest

from talentintel.tagging.evaluate import CLASSES, Report, evaluate, load_devset
from talentintel.tagging.tagger import sector_class

DEVSET = Path(__file__).parents[1] / "fixtures" / "tagging" / "devset.jsonl"


@pytest.fixture(scope="module")
def items() -> list[dict]:
    return load_devset(DEVSET)


@pytest.fixture(scope="module")
def report(items: list[dict]) -> Report:
    return evaluate(items)


def test_devset_is_large_and_covers_every_class_and_region(items: list[dict]) -> None:
    assert len(items) >= 300
    classes = Counter(sector_class(i["label_sector"]) for i in items)
    assert set(classes) == set(CLASSES)
    regions = {r for i in items for r in i["label_regions"]}
    assert regions >= {"us", "canada", "latam", "europe", "mena", "africa", "asia", "oceania"}
    assert all(i["source"] for i in items)


def test_sector_macro_f1_meets_target(report: Report) -> None:
    assert report.macro_f1 >= 0.92, report.per_class


def test_region_exact_set_accuracy_meets_target(report: Report) -> None:
    assert report.region_exact >= 0.95, report.region_errors[:10]
