"""Accuracy on the labeled dev set of real announcements (tests/fixtures/funding/devset.jsonl)."""

from pathlib import Path

from talentintel.funding.evaluate import evaluate

DEVSET = Path(__file__).parents[1] / "fixtures" / "funding" / "devset.jsonl"


def test_devset_is_large_enough_and_labeled() -> None:
    lines = [line for line in DEVSET.read_text("utf-8").splitlines() if line.strip()]
    assert len(lines) >= 100


def test_accuracy_targets() -> None:
    figures = evaluate(DEVSET).figures()
    assert (figures["company"] or 0.0) >= 0.95
    assert (figures["amount_within_2pct"] or 0.0) >= 0.95
    assert (figures["round"] or 0.0) >= 0.95
    assert (figures["lead_investor_f1"] or 0.0) >= 0.90


def _rows(name: str) -> list[dict]:
    import json

    path = DEVSET.parent / name
    return [json.loads(line) for line in path.read_text("utf-8").splitlines() if line.strip()]


def test_test_split_is_frozen_apart_from_tuning() -> None:
    """The frozen test split (TEST_SPLIT.md) shares no publisher, url or text with the tuning files
    (devset.jsonl rows carry no publisher; its publishers were assigned to tuning when the split was drawn)."""
    test = _rows("test_split.jsonl")
    names = (
        "devset",
        "tuning_more",
        "tuning_fresh",
        "tuning_unseen",
        "tuning_funds2",
        "tuning_funds3",
        "tuning_funds4",
        "tuning_batch5",
    )
    tuning = [row for name in names for row in _rows(f"{name}.jsonl")]
    assert len(test) >= 137
    for key in ("publisher", "url"):
        assert not {r[key] for r in test if r.get(key)} & {r[key] for r in tuning if r.get(key)}
    assert not {r["text"][:200] for r in test} & {r["text"][:200] for r in tuning}
    assert all(r.get("labels", {}).get("deals") for r in test)
