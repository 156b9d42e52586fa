"""The sector model (issue 18): the shipped JSON loads and scores, the mode switch (setting and `configure`) reaches
`tag_posting`, `rules` mode changes nothing, the evidence says when the model changed the sector, and the shipped JSON
is what `scripts/train_sector_model.py` writes from the tuning files.

Postings marked SYNTHETIC were written for the test; the real ones are read from the tuning files by id.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from talentintel.settings import get_settings
from talentintel.tagging import sector_model, tag_posting
from talentintel.tagging.sector_model import SECTORS, SectorModel, read_models, shipped_models, words, write_models
from talentintel.tagging.tagger import sector_class
from talentintel.tagging.text import plain_text
from tests.funding.trainers import training_script

from .batches import by_id

ROOT = Path(__file__).resolve().parents[2]
HISTORY = ROOT / "scripts" / "data" / "sector_rules_history.json"

# SYNTHETIC: an operations role whose employer's pitch names no sector.
PLAIN_OPS = {
    "title": "Director of Operations",
    "company": "Lumora",
    "description": "Lumora makes accounting software for dental clinics. You will run finance, hiring and vendor "
    "operations for a remote team of 30.",
}
# SYNTHETIC: the same role at a medical-imaging employer the rules read as none ("models" alone is weak).
IMAGING_OPS = {
    "title": "Operations Lead",
    "company": "Lumora",
    "description": "Lumora builds models that read medical images. You will run operations, vendor contracts and "
    "hiring across our organization.",
}
# SYNTHETIC: postings the rules tag with core terms.
ML = {
    "title": "Machine Learning Engineer",
    "company": "Lumora",
    "description": "You will train and deploy large language models, fine-tune transformers with PyTorch and build "
    "our inference stack.",
}
DEFI_OPS = {
    "title": "Operations Manager",
    "company": "Lumora",
    "description": "Lumora is a DeFi protocol for on-chain lending on Ethereum. You will run finance, hiring and "
    "vendor operations for a remote team.",
}


def _tag(posting: dict[str, str], mode: str, model: SectorModel | None = None):  # type: ignore[no-untyped-def]
    sector_model.configure(mode, model)
    try:
        return tag_posting(**posting)
    finally:
        sector_model.configure()


def _hand_hybrid() -> SectorModel:
    """A hybrid that follows the rules' class, except that "validators" in a posting the rules call none is crypto."""
    weights = {
        "rule:class=crypto": (8.0, -8.0),
        "rule:class=ai": (-8.0, 8.0),
        "rule:class=both": (8.0, 8.0),
        "rule:class=none": (-4.0, -8.0),
        "validators": (12.0, 0.0),
    }
    return SectorModel({"validators": 1.0}, weights, (0.0, 0.0))


def test_shipped_models_load_and_score() -> None:
    models = shipped_models()
    assert set(models) == {"model", "hybrid"}
    for model in models.values():
        assert len(model.idf) > 1000 and len(model.weights) > 1000
        probs = model.probabilities(model.features(ML["title"], ML["description"]))
        assert set(probs) == set(SECTORS) and all(0.0 <= p <= 1.0 for p in probs.values())
    # Only the hybrid reads the rules' result.
    assert not any(name.startswith("rule:") for name in models["model"].weights)
    assert "rule:class=crypto" in models["hybrid"].weights


def test_words_pair_cjk_characters_and_fold_digits() -> None:
    """SYNTHETIC strings."""
    assert words("Senior ML Engineer, $180k") == ["senior", "ml", "engineer", "$", "0", "k"]
    assert words("区块链工程师") == ["区块", "块链", "链工", "工程", "程师"]
    head, body = sector_model.terms("AI Engineer", "We build agents")
    assert head["t:ai engineer"] == 1 and body["build agents"] == 1


def test_rules_mode_changes_nothing() -> None:
    for posting in (PLAIN_OPS, IMAGING_OPS, ML, DEFI_OPS):
        shipped = tag_posting(**posting)
        assert _tag(posting, "rules") == shipped
        assert "sector_model" not in shipped.evidence


def test_configure_rejects_unknown_modes_and_the_setting_chooses(monkeypatch: pytest.MonkeyPatch) -> None:
    with pytest.raises(ValueError):
        sector_model.configure("best")
    get_settings.cache_clear()
    try:
        assert sector_model.current_mode() == "rules"
        monkeypatch.setenv("TAGGING_SECTOR_MODEL", "hybrid")
        get_settings.cache_clear()
        assert sector_model.current_mode() == "hybrid"
        assert tag_posting(**ML).evidence["sector_model"]["mode"] == "hybrid"
        monkeypatch.setenv("TAGGING_SECTOR_MODEL", "best")
        get_settings.cache_clear()
        with pytest.raises(ValueError):
            get_settings()
    finally:
        monkeypatch.delenv("TAGGING_SECTOR_MODEL")
        get_settings.cache_clear()


def test_hybrid_flips_only_where_its_weights_overrule_the_rules() -> None:
    """SYNTHETIC postings under a hand-built hybrid: the rules' class holds unless the posting's words overrule it."""
    staking_ops = {**PLAIN_OPS, "description": PLAIN_OPS["description"] + " We also pay our validators weekly."}
    rules = _tag(staking_ops, "rules")
    flipped = _tag(staking_ops, "hybrid", _hand_hybrid())
    assert rules.sector_class == "none" and flipped.sector_class == "crypto" and flipped.sector == ["crypto"]
    assert flipped.evidence["sector_model"] | {"probabilities": None} == {
        "mode": "hybrid",
        "changed": True,
        "rules": "none",
        "model": "crypto",
        "probabilities": None,
    }
    assert flipped.confidence["crypto"] > 0.5 > flipped.confidence["ai"]
    assert flipped.regions == rules.regions and flipped.evidence["text_class"] == rules.evidence["text_class"]
    kept = _tag(PLAIN_OPS, "hybrid", _hand_hybrid())
    assert kept.sector_class == "none" and kept.evidence["sector_model"]["changed"] is False
    assert _tag(ML, "hybrid", _hand_hybrid()).sector_class == "ai"


def test_shipped_hybrid_keeps_the_rules_where_the_words_model_strays() -> None:
    """SYNTHETIC postings: the words model alone reads sector-free operations roles as crypto (its training items
    are a third crypto, and "operations", "community" lean that way); the hybrid keeps the rules' class, and the clear
    postings keep theirs in every mode."""
    for posting in (PLAIN_OPS, IMAGING_OPS):
        assert _tag(posting, "rules").sector_class == "none"
        assert _tag(posting, "model").sector_class == "crypto"
        hybrid = _tag(posting, "hybrid")
        assert hybrid.sector_class == "none" and hybrid.evidence["sector_model"]["changed"] is False
    for posting, cls in ((ML, "ai"), (DEFI_OPS, "crypto")):
        assert {_tag(posting, mode).sector_class for mode in ("rules", "model", "hybrid")} == {cls}


def test_model_json_round_trips() -> None:
    again = read_models(json.loads(write_models(shipped_models())))
    assert again == shipped_models()
    with pytest.raises(ValueError):
        read_models({"sectors": ["ai", "crypto"], "idf": {}})
    with pytest.raises(ValueError):
        SectorModel.from_json({"intercept": [0, 0], "weights": {"a": [1.0]}}, {})


# Real tuning items the rules of before their batch read wrong and the hybrid of the grouped-CV fold that never saw
# the item's publisher or employer read right (train_sector_model.py); the shipped hybrid, fed those same unseen
# rules, reads them right too.
REAL = [
    ("unseen22", "un22-talanto-gte-backend-indexer", "crypto"),  # rules then: none
    ("unseen_hs8", "hs8t-dl500-boss-algo-campus", "ai"),  # Chinese algorithm campus role; rules then: none
    ("unseen13", "un13-monster-braintrust-vi-expert", "ai"),  # rules then: none
    ("unseen29", "un29-payjoy-accounting-manager", "none"),  # rules then: ai
]


@pytest.mark.parametrize(("name", "item_id", "label"), REAL)
def test_real_items(name: str, item_id: str, label: str) -> None:
    item = by_id(name)[item_id]
    assert sector_class(item["label_sector"]) == label
    unseen_rules = json.loads(HISTORY.read_text("utf-8"))[f"{name}.jsonl"]["view"][item_id]
    model = shipped_models()["hybrid"]
    feats = model.features(item["title"], plain_text(item["description"]), unseen_rules)
    assert model.predict(feats) == label


@pytest.mark.slow
def test_shipped_json_is_what_the_trainer_writes() -> None:
    """Retrains on every tuning file (~1 min). A failure after a tagging change means: rerun
    `scripts/train_sector_model.py --write` (the hybrid reads today's rules on the dev set)."""
    pytest.importorskip("sklearn")
    train = training_script("train_sector_model")
    examples = train.load_examples(train.load_history())
    assert write_models(train.train(examples)) == (ROOT / "talentintel/tagging/data/sector_model.json").read_text()


def _example(train, file: str, label: str, *, unseen: bool = True):  # type: ignore[no-untyped-def]
    from collections import Counter

    rule = {f"rule:class={label}": 1.0}
    return train.Example(file, f"{file}-{label}", file, label, Counter(), Counter(), rule, rule if unseen else None)


def test_trainer_weighs_both_postings_and_finds_the_former_holdouts() -> None:
    """`both` postings weigh BOTH_WEIGHT in each hybrid head's fit (the words model's weights stay 1); the leave-one-holdout-out protocol takes unseen_hs10 and
    later (in number order, a `b` file after its sibling), never an ordinary batch or an older holdout."""
    pytest.importorskip("sklearn")
    train = training_script("train_sector_model")
    files = ["unseen_hs9.jsonl", "unseen_hs21b.jsonl", "unseen47.jsonl", "unseen_hs10.jsonl", "unseen_hs21.jsonl"]
    labels = ("both", "none", "ai", "crypto", "both")
    examples = [_example(train, f, label) for f, label in zip(files, labels, strict=True)]
    weights = train.sample_weights(examples, hybrid=True)
    assert weights[0] == weights[4] == pytest.approx(train.BOTH_WEIGHT * weights[1])
    assert weights[1] == weights[2] == weights[3] and sum(weights) == pytest.approx(5.0)
    assert train.sample_weights(examples, hybrid=False) == [1.0] * 5
    assert train.BOTH_WEIGHT > 1.0
    assert train.former_holdouts(examples) == ["unseen_hs10.jsonl", "unseen_hs21.jsonl", "unseen_hs21b.jsonl"]


def test_figures_over_the_classes_present() -> None:
    """A small file without `both` is scored over the classes labeled or predicted there (not capped at 0.75)."""
    pytest.importorskip("sklearn")
    train = training_script("train_sector_model")
    scored = [(_example(train, "f", label), {"rules": label}) for label in ("none", "ai", "crypto")]
    assert train.figures(scored, "rules", present=True)[1] == 1.0
    assert train.figures(scored, "rules")[1] == 0.75
