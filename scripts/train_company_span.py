"""Train the company span scorer (talentintel/funding/company_span.py) on ALL tuning files and write its JSON.

    PYTHONPATH=.:scripts .venv/bin/python scripts/train_company_span.py [--write]   # ~4 min

Reads deal 1 of every tuning text labeled as a company round (Latin and CJK script), every span of its opening
(`company_span_features`), today's rules' answer (`parse_deals`) and the rules' answer from BEFORE each batch was
added (`scripts/data/company_rules_history.json`; the kind they gave, from `kind_rules_history.json`). The model
acts only where the rules call deal 1 a round, as in `parse_deals`. Prints per file, under publisher-grouped 5-fold
CV (a publisher's texts are never both trained on and scored), the company figure of `rules`, `model` and `hybrid`
fed today's rules' answer, and `@unseen` fed the rules' answer from before the batch (the honest comparison: the
rules were written on these texts, so their today figure is inflated). The hybrid's thresholds (four numbers) are chosen for
each fold on the other folds' held-out scores; the shipped ones on all held-out scores. `--write` saves the model fitted on every
text. Deterministic (fixed folds, lbfgs): the same files give the same JSON (tests/funding/test_company_span.py).
The frozen test split is never read here.
"""

from __future__ import annotations

import json
import sys
from dataclasses import dataclass
from datetime import date
from itertools import product
from pathlib import Path

import numpy as np
from rules_only import pin_rules
from sklearn.ensemble import HistGradientBoostingClassifier
from training_cv import Tally, group_folds, group_of, load_history, report, save

from cli.commands.funding import TUNING
from talentintel.funding import cjk
from talentintel.funding.company_span import SpanModel, Thresholds, TreeScorer, decide, score_all
from talentintel.funding.company_span_features import SpanCandidate, span_candidates
from talentintel.funding.deals import MAX_CHARS, parse_deals
from talentintel.funding.evaluate import company_ok
from talentintel.funding.extract import clean_text, split_headline
from talentintel.funding.link_lines import drop_link_lines
from talentintel.funding.segments import split_deals

ROOT = Path(__file__).resolve().parents[1]
MODEL_PATH = ROOT / "talentintel" / "funding" / "data" / "company_span.json"
HISTORY_PATH = ROOT / "scripts" / "data" / "company_rules_history.json"
KIND_HISTORY_PATH = ROOT / "scripts" / "data" / "kind_rules_history.json"
TREES, RATE, DEPTH = 100, 0.1, 4
SEED = 0
GRID = [
    Thresholds(f, o, r, m)
    for f, o, r, m in product(
        (0.01, 0.02, 0.05, 0.1, 0.2, 0.35),
        (0.1, 0.2, 0.3, 0.4, 0.5, 0.65, 0.8),
        (0.02, 0.05, 0.08, 0.2, 0.35),
        (False, True),
    )
]
MODES = ("rules", "model", "hybrid")


@dataclass
class Example:
    file: str
    group: str
    want: dict
    cjk: bool
    cands: list[SpanCandidate]
    labels: list[int]
    rule: str | None  # today's rules
    rule_round: bool  # today's rules call deal 1 a round (the model acts only then)
    unseen_rule: str | None = None
    unseen_round: bool = True
    has_history: bool = False


def _want(obj: dict) -> dict:
    labels = obj["labels"]
    return dict(labels["deals"][0]) if "deals" in labels else {"kind": "round", **labels}


def _example(path: Path, obj: dict, past: dict, kinds: dict, *, rules: bool) -> Example | None:
    want = _want(obj)
    if want.get("kind") != "round" or not want.get("company"):
        return None
    text = drop_link_lines(clean_text(obj["text"][: MAX_CHARS * 4]))[:MAX_CHARS]
    parts = split_deals(text)
    if not parts:
        return None
    published = date.fromisoformat(obj["published"][:10]) if obj.get("published") else None
    head = parse_deals(obj["text"], published=published)[0] if rules else None
    cands = span_candidates(*split_headline(parts[0]))
    e = Example(
        path.name,
        group_of(obj, path),
        want,
        cjk.has_cjk(parts[0]),
        cands,
        [int(company_ok(c.name, want)) for c in cands],
        head.company if head else None,
        head is not None and head.kind == "round",
    )
    key = str(obj["id"])
    if key in past:
        e.unseen_rule, e.has_history = past[key], True
        view = kinds.get(key)
        e.unseen_round = view[0] == "round" if view else e.rule_round
    return e


def load_examples(paths: tuple[Path, ...] = TUNING, *, rules: bool = True) -> list[Example]:
    """Every labeled company round of `paths`; `rules=False` skips today's rules' answers (half the time: the
    retrain test needs only the spans)."""
    history, kind_history = load_history(HISTORY_PATH), load_history(KIND_HISTORY_PATH)
    out = []
    for path in paths:
        past = history.get(path.name, {}).get("company", {})
        kinds = kind_history.get(path.name, {}).get("view", {})
        for line in path.read_text("utf-8").splitlines():
            e = _example(path, json.loads(line), past, kinds, rules=rules) if line.strip() else None
            if e is not None:
                out.append(e)
    return out


def feature_names(examples: list[Example]) -> tuple[str, ...]:
    return tuple(sorted({k for e in examples for c in e.cands for k in c.features}))


def matrix(examples: list[Example], names: tuple[str, ...]) -> np.ndarray:
    return np.array([[c.features.get(n, 0.0) for n in names] for e in examples for c in e.cands]).reshape(
        -1, len(names)
    )


def fit(examples: list[Example]) -> TreeScorer:
    return fit_trees(examples)[0]


def fit_trees(examples: list[Example]) -> tuple[TreeScorer, HistGradientBoostingClassifier]:
    """Gradient-boosted trees over every span (right spans against the rest), read back into a `TreeScorer`; its
    probability is what the hybrid's thresholds read."""
    names = feature_names(examples)
    xs = matrix(examples, names)
    ys = np.array([y for e in examples for y in e.labels])
    gb = HistGradientBoostingClassifier(
        max_iter=TREES, learning_rate=RATE, max_depth=DEPTH, early_stopping=False, random_state=SEED
    )
    gb.fit(xs, ys)
    # The fitted trees are read from `_predictors` (scikit-learn keeps no public node table for these); the check
    # below and tests/funding/test_company_span.py catch a release that changes them.
    trees = []
    for (predictor,) in gb._predictors:
        nodes = predictor.nodes
        feature = tuple(-1 if leaf else int(f) for f, leaf in zip(nodes["feature_idx"], nodes["is_leaf"], strict=True))
        threshold = tuple(float(v) for v in nodes["num_threshold"])
        value = tuple(round(float(v), 6) for v in nodes["value"])
        trees.append(
            (feature, threshold, tuple(int(v) for v in nodes["left"]), tuple(int(v) for v in nodes["right"]), value)
        )
    base = round(float(np.ravel(gb._baseline_prediction)[0]), 6)
    scorer = TreeScorer(names, base, 1.0, tuple(trees))
    raw = gb.decision_function(xs[:50])
    mine = [np.log(p / (1 - p)) for p in (_score_row(scorer, row) for row in xs[:50])]
    if not np.allclose(raw, mine, atol=1e-3):
        raise RuntimeError("the JSON trees must score as scikit-learn does")
    return scorer, gb


def _score_row(scorer: TreeScorer, row: np.ndarray) -> float:
    return scorer.score(SpanCandidate("", "", dict(zip(scorer.features, (float(v) for v in row), strict=True))))


def scores_of(model: TreeScorer, e: Example) -> list[tuple[float, SpanCandidate]]:
    return score_all(model, e.cands)


def answer(mode: str, e: Example, scored: list, t: Thresholds, *, unseen: bool) -> str | None:
    rule, is_round = (e.unseen_rule, e.unseen_round) if unseen else (e.rule, e.rule_round)
    return decide(mode, scored, rule, t) if is_round else rule


def _hybrid_right(examples: list[Example], scored: list[list], t: Thresholds) -> int:
    """The hybrid's right answers on the texts with a history, fed the rules' choice from before their batch (today's
    rules were written on these texts: tuned against them, the hybrid would learn never to override)."""
    return sum(
        company_ok(answer("hybrid", e, s, t, unseen=True), e.want)
        for e, s in zip(examples, scored, strict=True)
        if e.has_history
    )


def best_thresholds(examples: list[Example], scored: list[list]) -> Thresholds:
    """The grid's thresholds with the most right hybrid answers; `model`'s fill threshold is the hybrid's."""
    return max(GRID, key=lambda t: _hybrid_right(examples, scored, t))


def out_of_fold(examples: list[Example], folds: int) -> tuple[list[list], list[tuple[list[int], list[int]]]]:
    """Each example's scored spans from a model trained without its publisher, and the folds."""
    scored: list[list] = [[] for _ in examples]
    split = group_folds(examples, folds)
    for train_at, test_at in split:
        scorer, gb = fit_trees([examples[i] for i in train_at])
        held = [examples[i] for i in test_at]
        # scikit-learn's own predict (the JSON trees score the same, checked in `fit_trees`): ~50x faster here.
        probs = iter(gb.predict_proba(matrix(held, scorer.features))[:, 1] if any(e.cands for e in held) else [])
        for i, e in zip(test_at, held, strict=True):
            pairs = [(float(next(probs)), c) for c in e.cands]
            scored[i] = sorted(pairs, key=lambda sc: -sc[0])
    return scored, split


def _tally(cells: dict[str, list[int]], key: str, good: bool) -> None:
    cell = cells.setdefault(key, [0, 0])
    cell[0] += good
    cell[1] += 1


def score_example(e: Example, scored: list, t: Thresholds, cells: dict[str, list[int]]) -> None:
    for mode in MODES:
        _tally(cells, mode, company_ok(answer(mode, e, scored, t, unseen=False), e.want))
        if e.has_history:
            _tally(cells, f"{mode}@unseen", company_ok(answer(mode, e, scored, t, unseen=True), e.want))


def cross_fitted_cv(examples: list[Example], folds: int = 5) -> tuple[Tally, Tally, list[list]]:
    """Per file and per script group: [right, n] of each mode. Each fold's texts are scored by a model trained
    without their publishers, under thresholds chosen on the OTHER folds' held-out scores (those came from models
    that saw this fold: a small leak through four numbers, where a nested CV would cost 25 fits)."""
    per_file: Tally = {}
    per_group: Tally = {}
    scored, split = out_of_fold(examples, folds)
    for train_at, test_at in split:
        t = best_thresholds([examples[i] for i in train_at], [scored[i] for i in train_at])
        print(f"fold thresholds: {t}")
        for i in test_at:
            e = examples[i]
            score_example(e, scored[i], t, per_file.setdefault(e.file, {}))
            group = ("cjk" if e.cjk else "latin") + (" history" if e.has_history else " devset/no history")
            score_example(e, scored[i], t, per_group.setdefault(group, {}))
    return per_file, per_group, scored


def main(argv: list[str]) -> None:
    examples = load_examples()
    ceiling = sum(any(e.labels) for e in examples) / len(examples)
    print(f"tuning company rounds: {len(examples)} from {len({e.group for e in examples})} publishers")
    print(f"span ceiling (a right span exists): {ceiling:.3f}")
    keys = [*MODES, *(f"{m}@unseen" for m in MODES)]
    per_file, per_group, scored = cross_fitted_cv(examples)
    report("grouped 5-fold CV (by publisher), per file", per_file, keys, width=13)
    report("the same, per group", per_group, keys, width=13)
    thresholds = best_thresholds(examples, scored)
    model = SpanModel(fit(examples), thresholds)
    print(f"shipped thresholds (on the outer CV's scores): {thresholds}")
    resub = [scores_of(model.scorer, e) for e in examples]
    for mode in MODES:
        right = sum(
            company_ok(answer(mode, e, s, thresholds, unseen=False), e.want)
            for e, s in zip(examples, resub, strict=False)
        )
        print(f"resubstitution {mode:>7}: {right / len(examples):.3f}")
    save(argv, MODEL_PATH, write(model))


def write(model: SpanModel) -> str:
    return json.dumps(model.to_json(), indent=1) + "\n"


if __name__ == "__main__":
    pin_rules()
    main(sys.argv[1:])
