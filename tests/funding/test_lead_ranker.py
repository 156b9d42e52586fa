"""The lead-investor ranker: features read real tuning texts, the shipped JSON model loads and scores, the modes
behave, and training reproduces the shipped models.

Real texts are read verbatim from the tuning fixtures by id; texts written for the test are labeled SYNTHETIC.
"""

from __future__ import annotations

import json
import math
from pathlib import Path

import pytest

from talentintel.funding import lead_ranker
from talentintel.funding.deals import parse_deals
from talentintel.funding.lead_features import LeadCandidate, lead_candidates
from talentintel.funding.lead_ranker import LeadModel, choose, decide, feature_value, shipped_models

from .trainers import training_script

ROOT = Path(__file__).resolve().parents[2]
FIXTURES = ROOT / "tests" / "fixtures" / "funding"
SYNTHETIC = (
    "Lumora Labs raises $12 million Series A\n"
    "Lumora Labs, a startup building battery software, has raised $12 million in a Series A round led by Northwind "
    "Capital, with participation from Alder Ventures and Birch Partners."
)


def _text(file: str, key: str) -> str:
    for line in (FIXTURES / file).read_text("utf-8").splitlines():
        obj = json.loads(line)
        if obj["id"] == key:
            return str(obj["text"])
    raise KeyError(key)


def _features(text: str, rule: list[str], investors: list[str]) -> dict[str, dict[str, float]]:
    return {c.name: c.features for c in lead_candidates(text, rule, investors)}


def test_from_two_then_participation_marks_the_principals() -> None:
    """dd-emergent: "raised $70 million ... from Khosla Ventures and SoftBank Vision Fund 2, with participation from
    Prosus, ..." (the labels' leads are the two named before the others' phrase)."""
    text = _text("devset.jsonl", "dd-emergent")
    feats = _features(text, [], ["Khosla Ventures", "SoftBank Vision Fund 2", "Prosus", "Lightspeed"])
    for lead in ("Khosla Ventures", "SoftBank Vision Fund 2"):
        assert feats[lead]["before_from"] == 1.0 and feats[lead]["later_others"] == 1.0, lead
    assert feats["Prosus"]["before_participation"] == 1.0 and not feats["Prosus"].get("later_others")
    assert feats["Khosla Ventures"]["first_named"] == 1.0 and feats["Lightspeed"]["order_share"] == 0.75


def test_subject_led_then_participants_after_with() -> None:
    """dnyuz-dead-astronauts-seed: "Behold Ventures led the round, with Lifelike Capital, ... participating"."""
    text = _text("tuning_batch8.jsonl", "dnyuz-dead-astronauts-seed")
    feats = _features(text, ["Behold Ventures"], ["Behold Ventures", "Lifelike Capital", "1Up Ventures"])
    assert feats["Behold Ventures"]["after_lead"] == 1.0 and feats["Behold Ventures"]["is_rule_lead"] == 1.0
    assert feats["Lifelike Capital"]["before_participation"] == 1.0
    assert feats["Lifelike Capital"]["after_participation"] == 1.0 and not feats["Lifelike Capital"]["is_rule_lead"]


def test_cjk_lead_mark() -> None:
    """surfing-xpeng-b: "阿里、富士康、IDG領投" and "獲得阿里巴巴集團、富士康和IDG資本的聯合領投支持"."""
    text = _text("tuning_more.jsonl", "surfing-xpeng-b")
    feats = _features(text, [], ["阿里巴巴集團", "富士康", "IDG資本"])
    assert feats["IDG資本"]["cjk_lead_mark"] == 1.0
    assert feats["富士康"]["in_headline"] == 1.0
    # SYNTHETIC: a follower's mark.
    follow = _features("A公司完成B轮融资,甲资本领投,乙基金跟投。", [], ["甲资本", "乙基金"])
    assert follow["甲资本"]["cjk_lead_mark"] == 1.0 and follow["乙基金"]["cjk_follow_mark"] == 1.0


def test_sole_investor_and_synthetic_variant() -> None:
    """b17-tnp-binance-vertex: "Vertex Ventures, backed by Singapore's Temasek, has invested in Binance"."""
    text = _text("tuning_batch17.jsonl", "b17-tnp-binance-vertex")
    feats = _features(text, ["Vertex Ventures"], ["Vertex Ventures"])
    assert feats["Vertex Ventures"]["only_investor"] == 1.0 and feats["Vertex Ventures"]["after_invested"] == 1.0
    # SYNTHETIC: a lead phrase, then the others' phrase; the lead phrase governs the first name only.
    feats = _features(SYNTHETIC, [], ["Northwind Capital", "Alder Ventures", "Birch Partners"])
    assert feats["Northwind Capital"]["before_lead"] == 1.0 and feats["Northwind Capital"]["lead_governs"] == 1.0
    assert feats["Alder Ventures"]["participation_after_lead"] == 1.0
    assert feats["Northwind Capital"]["marked_alone"] == 1.0 and feats["Northwind Capital"]["in_headline"] == 0.0


def test_no_candidates_and_empty_names() -> None:
    assert lead_candidates("", [], []) == []
    assert [c.name for c in lead_candidates(SYNTHETIC, ["", " "], ["Alder Ventures"])] == ["Alder Ventures"]


def test_shipped_models_load_and_score() -> None:
    models = shipped_models()
    for mode, model in models.items():
        assert len(model.features) == len(model.coef) > 20 and 0.0 < model.threshold < 1.0
        cands = lead_candidates(SYNTHETIC, ["Northwind Capital"], ["Northwind Capital", "Alder Ventures"])
        scores = {c.name: model.score(c) for c in cands}
        assert all(0.0 <= s <= 1.0 and not math.isnan(s) for s in scores.values())
        assert decide(model, cands) == ["Northwind Capital"], mode
    # The ranker never reads the rules' choice; the hybrid does.
    assert not any("is_rule_lead" in n for n in models["ranker"].features)
    assert "is_rule_lead" in models["hybrid"].features


def test_feature_pairs_multiply() -> None:
    cand = LeadCandidate("X", {"a": 1.0, "b": 0.5})
    assert feature_value(cand, "a*b") == 0.5 and feature_value(cand, "a*c") == 0.0 and feature_value(cand, "b") == 0.5
    model = LeadModel(("a", "a*b"), (1.0, 2.0), -1.0, 0.5)
    assert model.score(cand) == pytest.approx(1 / (1 + math.exp(-1.0)))


def test_modes() -> None:
    investors = ["Northwind Capital", "Alder Ventures", "Birch Partners"]
    assert choose(SYNTHETIC, ["Alder Ventures"], investors, mode="rules") == ["Alder Ventures"]
    assert choose(SYNTHETIC, [], investors, mode="ranker") == ["Northwind Capital"]
    assert choose(SYNTHETIC, ["Northwind Capital"], investors, mode="hybrid") == ["Northwind Capital"]
    assert choose("", [], [], mode="ranker") == []


def test_configure_rejects_unknown_mode_and_parse_deals_uses_it() -> None:
    with pytest.raises(ValueError):
        lead_ranker.configure("best")
    always = LeadModel(("only_investor",), (0.0,), 5.0, 0.5)  # every candidate a lead
    lead_ranker.configure("ranker", always)
    try:
        assert set(parse_deals(SYNTHETIC)[0].lead_investors) == {
            "Northwind Capital",
            "Alder Ventures",
            "Birch Partners",
        }
    finally:
        lead_ranker.configure()
    assert parse_deals(SYNTHETIC)[0].lead_investors == ["Northwind Capital"]


def test_model_json_round_trips() -> None:
    for model in shipped_models().values():
        assert LeadModel.from_json(json.loads(json.dumps(model.to_json()))) == model
    with pytest.raises(ValueError):
        LeadModel.from_json({"features": ["a"], "coef": [], "intercept": 0.0, "threshold": 0.5})


def _training_script():  # type: ignore[no-untyped-def]
    return training_script("train_lead_ranker")


# Parsing every tuning text and fitting takes 40-80 s of CPU; under the full suite on 2 busy cores one took over the
# default 300 s (session 24), so this one gets test_company_span's 900 s.
@pytest.mark.slow
@pytest.mark.timeout(900)
def test_training_reproduces_the_shipped_models() -> None:
    """Fitting is deterministic (a sample fitted twice gives the same JSON), and refitting on the tuning files at the
    shipped thresholds gives the shipped models: same features, the same leads on at least 95% of the tuning rounds
    (the rules and files may have moved on since; then retrain and ship: scripts/train_lead_ranker.py --write)."""
    pytest.importorskip("sklearn")
    train = _training_script()
    examples = train.load_examples()
    sample = examples[::10]
    names = train.feature_names(sample, rule=False)
    assert train._fit(sample, names, rule=False, threshold=0.5) == train._fit(sample, names, rule=False, threshold=0.5)
    for mode, shipped in shipped_models().items():
        rule = mode == "hybrid"
        fresh = train._fit(examples, train.feature_names(examples, rule=rule), rule=rule, threshold=shipped.threshold)
        assert fresh.features == shipped.features
        same = sum(decide(fresh, e.cands) == decide(shipped, e.cands) for e in examples)
        assert same / len(examples) >= 0.95, mode
