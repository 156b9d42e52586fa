"""Accuracy on the labeled dev set of real announcements (tests/fixtures/funding/devset.jsonl)."""

from pathlib import Path

from talentintel.funding.evaluate import evaluate

DEVSET = Path(__file__).parents[1] / "fixtures" / "funding" / "devset.jsonl"


def test_devset_is_large_enough_and_labeled() -> None:
    lines = [line for line in DEVSET.read_text("utf-8").splitlines() if line.strip()]
    assert len(lines) >= 100


def test_accuracy_targets() -> None:
    figures = evaluate(DEVSET).figures()
    assert figures["company"] >= 0.95
    assert figures["amount_within_2pct"] >= 0.95
    assert figures["round"] >= 0.95
    assert figures["lead_investor_f1"] >= 0.90
