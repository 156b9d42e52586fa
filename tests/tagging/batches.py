"""Labeled tagging fixtures by id, for the tests that pin a batch's real items. Never the frozen test splits
(testset*.jsonl, seniority_test_split.jsonl): no rule test may read them."""

from __future__ import annotations

from functools import cache
from pathlib import Path
from typing import Any

from talentintel.tagging.evaluate import load_devset

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "tagging"


@cache
def by_id(name: str) -> dict[str, dict[str, Any]]:
    """The items of tests/fixtures/tagging/<name>.jsonl by id."""
    if name.startswith(("testset", "seniority_test")):
        raise ValueError(f"{name}: a frozen test split is never read by a rule test")
    return {item["id"]: item for item in load_devset(FIXTURES / f"{name}.jsonl")}
