"""Train the company ranker (talentintel/funding/company_ranker.py) on ALL tuning files and write its JSON.

    .venv/bin/python scripts/train_company_ranker.py [--forward] [--write]   # ~1 min; --forward adds ~3 min

Reads deal 1 of every tuning text labeled as a company round in Latin script (the ranker never sees CJK text), and
`scripts/data/company_rules_history.json` (the rules' choice on each batch before it was added, from
`company_rules_history.py`). Prints the company figure of each mode:
- grouped CV: 5 folds grouped by publisher (url host; the first dev set's rows by their source), so a publisher's
  texts are never both trained on and scored;
- fair: on the batches with a history, the rules as they were before the batch ("rules_unseen") against the learned
  modes fed that same unseen choice, under the same grouped CV; and forward in time (each batch scored by a model
  trained on the batches added before it only).
Two linear models are fitted, both ranking candidates by pairs (right minus wrong candidate of the same text) and
then calibrated to a probability by a one-feature logistic fit: `ranker` (language features only) and `hybrid`
(the same plus "the rules chose this", trained on the rules' choice AT UNSEEN TIME, so it learns how far the rules
hold on new text, not the ~0.91 they reach on text they were written on). `--write` saves both to
talentintel/funding/data/company_ranker.json. Deterministic (fixed folds, lbfgs, seed 0): the same files give the
same JSON (checked by tests/funding/test_company_ranker.py). The frozen test split is never read here.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from rules_only import pin_rules
from sklearn.linear_model import LogisticRegression
from training_cv import (
    Tally,
    forward_splits,
    group_folds,
    group_of,
    history_order,
    load_history,
    report_cv_and_forward,
    save,
)

from cli.commands.funding import TUNING
from talentintel.funding import cjk
from talentintel.funding.company_features import Candidate, candidates
from talentintel.funding.company_ranker import RankerModel, decide
from talentintel.funding.deals import MAX_CHARS
from talentintel.funding.evaluate import company_ok
from talentintel.funding.extract import clean_text, extract_round, split_headline
from talentintel.funding.segments import split_deals

ROOT = Path(__file__).resolve().parents[1]
MODEL_PATH = ROOT / "talentintel" / "funding" / "data" / "company_ranker.json"
HISTORY_PATH = ROOT / "scripts" / "data" / "company_rules_history.json"
C = 1.0
SEED = 0
RULE_FEATURES = frozenset({"is_rule_choice", "overlaps_rule_choice"})


@dataclass
class Example:
    file: str
    group: str
    want: dict
    rule: str | None  # today's rules
    cands: list[Candidate]  # features made with today's rule choice marked
    labels: list[int]
    unseen_rule: str | None = None  # the rules before this batch was added (None also when no history)
    unseen_cands: list[Candidate] | None = None  # features made with that choice marked
    unseen_labels: list[int] | None = None

    @property
    def has_history(self) -> bool:
        return self.unseen_cands is not None


def _labeled(cands: list[Candidate], want: dict) -> list[int]:
    return [int(company_ok(c.name, want)) for c in cands]


def _round_company(part: str) -> str | None:
    return extract_round(part).company


def load_examples(
    paths: tuple[Path, ...] = TUNING,
    history: dict | None = None,
    *,
    kind: str = "round",
    prepare: Callable[[str], str] = clean_text,
    rule_of: Callable[[str], str | None] = _round_company,
    make: Callable[[str, str, str | None], list[Candidate]] = candidates,
) -> list[Example]:
    """Deal 1 of every tuning text labeled as `kind` with a company, in Latin script, as the parser cuts it (`prepare`
    cleans the text); `rule_of` gives the rules' choice and `make` the candidates (the fund-manager trainer passes
    its own)."""
    history = load_history(HISTORY_PATH) if history is None else history
    out = []
    for path in paths:
        past = history.get(path.name, {}).get("company")
        for line in path.read_text("utf-8").splitlines():
            if not line.strip():
                continue
            obj = json.loads(line)
            labels = obj["labels"]
            want = labels["deals"][0] if "deals" in labels else {"kind": "round", **labels}
            if want.get("kind") != kind or not want.get("company"):
                continue
            parts = split_deals(prepare(obj["text"][: MAX_CHARS * 4])[:MAX_CHARS])
            if not parts or cjk.has_cjk(parts[0]):
                continue
            header, body = split_headline(parts[0])
            rule = rule_of(parts[0])
            cands = make(header, body, rule)
            e = Example(path.name, group_of(obj, path), want, rule, cands, _labeled(cands, want))
            if past is not None and str(obj["id"]) in past:
                e.unseen_rule = past[str(obj["id"])]
                e.unseen_cands = make(header, body, e.unseen_rule)
                e.unseen_labels = _labeled(e.unseen_cands, want)
            out.append(e)
    return out


def feature_names(examples: list[Example], *, rule: bool) -> tuple[str, ...]:
    names = {k for e in examples for c in e.cands for k in c.features}
    return tuple(sorted(n for n in names if rule or not any(r in n for r in RULE_FEATURES)))


def _training_view(e: Example, *, rule: bool) -> tuple[list[Candidate], list[int]]:
    """The stacked model learns from the rules' unseen choice where there is one; the others from today's."""
    if rule and e.unseen_cands is not None and e.unseen_labels is not None:
        return e.unseen_cands, e.unseen_labels
    return e.cands, e.labels


def fit(examples: list[Example], names: tuple[str, ...], *, rule: bool) -> RankerModel:
    """Pairwise linear ranker (each right candidate against each wrong one of its text, both orders so the fit is
    symmetric), then Platt-calibrated on all candidates so `score` is a probability for the thresholds."""
    pairs, ys = [], []
    for e in examples:
        cands, labels = _training_view(e, rule=rule)
        good = [c for c, y in zip(cands, labels, strict=True) if y]
        bad = [c for c, y in zip(cands, labels, strict=True) if not y]
        for g in good:
            gv = [g.features.get(n, 0.0) for n in names]
            for b in bad:
                diff = [x - b.features.get(n, 0.0) for x, n in zip(gv, names, strict=True)]
                pairs += [diff, [-d for d in diff]]
                ys += [1, 0]
    ranker = LogisticRegression(C=C, max_iter=5000, fit_intercept=False, random_state=SEED)
    ranker.fit(pairs, ys)
    w = [float(x) for x in ranker.coef_[0]]
    zs, labels_all = [], []
    for e in examples:
        cands, labels = _training_view(e, rule=rule)
        zs += [[sum(wi * c.features.get(n, 0.0) for wi, n in zip(w, names, strict=True))] for c in cands]
        labels_all += labels
    platt = LogisticRegression(C=100.0, max_iter=2000, random_state=SEED)
    platt.fit(zs, labels_all)
    a, intercept = float(platt.coef_[0][0]), float(platt.intercept_[0])
    return RankerModel(names, tuple(a * wi for wi in w), intercept)


# A pick under a mode: (example, unseen?) -> company. "unseen" feeds the rules' choice from before the batch.
Picker = Callable[[Example, bool], str | None]


def pickers(ranker: RankerModel, stacked: RankerModel) -> dict[str, Picker]:
    def view(e: Example, unseen: bool) -> tuple[list[Candidate], str | None]:
        if unseen and e.unseen_cands is not None:
            return e.unseen_cands, e.unseen_rule
        return e.cands, e.rule

    return {
        "rules": lambda e, u: view(e, u)[1],
        "ranker": lambda e, u: decide(ranker, *view(e, u)),
        "hybrid": lambda e, u: decide(stacked, *view(e, u)),
    }


def train(examples: list[Example]) -> tuple[RankerModel, RankerModel]:
    ranker = fit(examples, feature_names(examples, rule=False), rule=False)
    stacked = fit(examples, feature_names(examples, rule=True), rule=True)
    return ranker, stacked


def _tally(right: dict[str, list[int]], key: str, good: bool) -> None:
    right.setdefault(key, [0, 0])
    right[key][0] += good
    right[key][1] += 1


def grouped_cv(examples: list[Example], folds: int = 5) -> Tally:
    """Per file: [right, n] of each mode when a publisher's texts are scored by models trained without it.
    Keys `mode` (today's rules fed in) and `mode@unseen` (the rules' unseen choice fed in; history files only)."""
    per_file: Tally = {}
    for train_at, test_at in group_folds(examples, folds):
        picks = pickers(*train([examples[i] for i in train_at]))
        for i in test_at:
            _score(examples[i], picks, per_file.setdefault(examples[i].file, {}))
    return per_file


def _score(e: Example, picks: dict[str, Picker], right: dict[str, list[int]]) -> None:
    for mode, pick in picks.items():
        _tally(right, mode, company_ok(pick(e, False), e.want))
        if e.has_history:
            _tally(right, f"{mode}@unseen", company_ok(pick(e, True), e.want))


def forward(examples: list[Example], order: list[str]) -> Tally:
    """Per history file: each batch scored by models trained only on the files added before it."""
    per_file: Tally = {}
    for name, past, held in forward_splits(examples, order):
        if len(past) < 50:
            continue
        picks = pickers(*train(past))
        for e in held:
            _score(e, picks, per_file.setdefault(name, {}))
    return per_file


def write(model_pair: tuple[RankerModel, RankerModel]) -> str:
    ranker, stacked = model_pair
    return json.dumps({"ranker": ranker.to_json(), "hybrid": stacked.to_json()}, indent=1) + "\n"


def run(argv: list[str], what: str, examples: list[Example], history: dict, model_path: Path) -> None:
    """The figures of every mode on `examples` (and the model's JSON to `model_path` with --write); the fund-manager
    trainer runs the same on its own examples."""
    ceiling = sum(any(e.labels) for e in examples) / len(examples)
    print(f"tuning {what} (Latin script): {len(examples)} from {len({e.group for e in examples})} publishers")
    print(f"candidate ceiling (a right candidate exists): {ceiling:.3f}")
    report_cv_and_forward(
        argv,
        ["rules", "ranker", "hybrid"],
        ("grouped 5-fold CV (by publisher)", lambda: grouped_cv(examples)),
        lambda: forward(examples, history_order(history)),
    )
    pair = train(examples)
    for mode, pick in pickers(*pair).items():
        right = sum(company_ok(pick(e, False), e.want) for e in examples)
        print(f"resubstitution {mode:>7}: {right / len(examples):.3f}")
    save(argv, model_path, write(pair))


def main(argv: list[str]) -> None:
    history = load_history(HISTORY_PATH)
    run(argv, "company rounds", load_examples(history=history), history, MODEL_PATH)


if __name__ == "__main__":
    pin_rules()
    main(sys.argv[1:])
