"""The kind model's study scripts (session 23, kind_f23): `kind_neutral`'s language-neutral features,
`kind_holdouts`' leave-one-holdout-out and `kind_variants`' scoring of a variant against the baseline.

Every text here is SYNTHETIC, written for the test.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pytest

from .trainers import training_script

pytest.importorskip("sklearn")


def _neutral():  # type: ignore[no-untyped-def]
    return training_script("kind_neutral")


def test_a_round_reads_raise_round_and_amounts_in_headline_and_lede() -> None:
    # SYNTHETIC
    text = (
        "Lumora Labs raises $12 million Series A\n"
        "Lumora Labs, a Berlin startup, has raised $12 million in a Series A round led by Alder Ventures."
    )
    feats = _neutral().neutral_features(text)
    assert {"nt:raise@head", "nt:raise@first", "nt:round@head", "nt:amount@head", "nt:script=latin"} <= set(feats)
    assert feats["nt:amounts=2"] == 1.0
    assert "nt:fund@head" not in feats and "nt:fund_before_raise" not in feats


def test_a_fund_raiser_and_a_fund_word_before_the_raise() -> None:
    # SYNTHETIC
    text = (
        "Northwind Fund III closes at $200 million\n"
        "The fund, managed by Northwind Capital, closed at $200 million, its limited partners said."
    )
    feats = _neutral().neutral_features(text)
    assert {"nt:fund@head", "nt:fund@first", "nt:fund_before_raise"} <= set(feats)


def test_the_same_cue_in_other_languages_and_scripts() -> None:
    neutral = _neutral()
    # SYNTHETIC (Chinese: "Robot company completes a 500 million yuan Series B; Sequoia led")
    zh = neutral.neutral_features("机器人公司完成5亿元B轮融资\n本轮由红杉领投。")
    assert {"nt:raise@head", "nt:round@head", "nt:amount@head", "nt:script=cjk"} <= set(zh)
    # SYNTHETIC (Spanish: "Globex acquires Lumora", a market total of "startups" in the lede)
    es = neutral.neutral_features(
        "Globex adquiere Lumora por 90 millones de dólares\nLas startups españolas recaudaron 500 millones en 2024."
    )
    assert {"nt:acquire@head", "nt:plural@first"} <= set(es)
    # SYNTHETIC (Russian headline, an English lede: two scripts)
    mixed = neutral.neutral_features("Компания Лумора привлекла инвестиции\nLumora Labs raised $5 million today.")
    assert "nt:script_mixed" in mixed


def test_no_text_no_crash() -> None:
    feats = _neutral().neutral_features("")
    assert feats["nt:amounts=0"] == 1.0 and feats["nt:script=none"] == 1.0


@dataclass
class _Held:
    file: str
    kind: str
    history: bool = True

    @property
    def has_history(self) -> bool:
        return self.history


def test_holdouts_leave_each_former_holdout_out_in_session_order() -> None:
    holdouts = training_script("span_holdouts", "kind_holdouts")
    examples = [
        _Held("tuning_hs21b.jsonl", "round"),
        _Held("tuning_hs9.jsonl", "round"),  # before session 14: not a first-sight file
        _Held("tuning_hs14.jsonl", "fund"),
        _Held("tuning_hs21.jsonl", "other"),
        _Held("tuning_hs15.jsonl", "round", history=False),
        _Held("tuning_batch9.jsonl", "round"),
    ]
    assert holdouts.holdout_files(examples) == ["tuning_hs14.jsonl", "tuning_hs21.jsonl", "tuning_hs21b.jsonl"]
    trained_without: list[set[str]] = []

    def train(rows: list[_Held]) -> str:
        trained_without.append({e.file for e in examples} - {e.file for e in rows})
        return "round"

    def picks(models: str, e: _Held) -> dict[str, str]:
        return {"rules@unseen": "round", "model@unseen": models, "hybrid@unseen": e.kind}

    out = holdouts.holdout_report(examples, train, picks)
    assert trained_without == [{"tuning_hs14.jsonl"}, {"tuning_hs21.jsonl"}, {"tuning_hs21b.jsonl"}]
    assert out["hybrid@unseen"] == 1.0
    assert out["rules@unseen"] == pytest.approx(1 / 3)


def test_variant_blend_and_gate_decide_from_the_stored_probabilities() -> None:
    variants = training_script("span_holdouts", "kind_holdouts", "kind_neutral", "train_kind_model", "kind_variants")

    @dataclass
    class _Ex:
        kind: str
        unseen: tuple[str, bool, bool, int] | None

    examples = [_Ex("fund", ("round", True, True, 1)), _Ex("round", ("round", True, True, 1)), _Ex("other", None)]
    words = np.array([0.1, 0.8, 0.1])  # the words model says fund
    hybrid = np.array([0.5, 0.4, 0.1])  # the hybrid says round, not sure
    probs = {0: ("0", words, hybrid), 1: ("0", words, hybrid), 2: ("0", words, hybrid)}
    plain = variants.Variant([], examples)
    assert [list(v[1]) for v in plain.rights(examples, probs).values()] == [[0, 1, 0], [1, 0, 1]]  # no history: out
    blended = variants.Variant(["--blend", "0.5"], examples)
    assert [list(v[1]) for v in blended.rights(examples, probs).values()] == [[0, 1, 1], [1, 0, 0]]
    # SYNTHETIC: a gate at 0.9 keeps the rules' round below it, whatever the blend says
    gated = variants.Variant(["--blend", "0.5", "--gate", "0.9"], examples)
    assert [list(v[1]) for v in gated.rights(examples, probs).values()] == [[0, 1, 0], [1, 0, 1]]
