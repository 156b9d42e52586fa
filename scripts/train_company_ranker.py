"""Train the company ranker (talentintel/funding/company_ranker.py) on the TUNING split only and write its JSON.

    .venv/bin/python scripts/train_company_ranker.py --no-rule [--write]   # the shipped model

Prints, for the tuning texts whose deal 1 is a company round: the candidates' ceiling (a right candidate exists),
the company figure of rules / ranker / hybrid under cross-validation grouped by publisher (a publisher's texts are
never both trained on and scored), and the resubstitution figure of the final model. `--write` saves the model
fitted on all tuning texts to talentintel/funding/data/company_ranker.json. Deterministic: the same files give the
same JSON (the test `tests/funding/test_company_ranker.py` checks it). The frozen test split is never read here.
"""

from __future__ import annotations

import json
import sys
from dataclasses import dataclass
from pathlib import Path

from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import GroupKFold

from cli.commands.funding import TUNING
from talentintel.funding import cjk
from talentintel.funding.company_features import Candidate, candidates
from talentintel.funding.company_ranker import RankerModel, decide
from talentintel.funding.deals import MAX_CHARS
from talentintel.funding.evaluate import company_ok
from talentintel.funding.extract import clean_text, extract_round, split_headline
from talentintel.funding.segments import split_deals

MODEL_PATH = Path(__file__).resolve().parents[1] / "talentintel" / "funding" / "data" / "company_ranker.json"
THRESHOLDS = (0.2, 0.3, 0.4, 0.5, 0.6, 0.7)
C = 1.0


@dataclass
class Example:
    group: str
    rule: str | None
    want: dict
    cands: list[Candidate]
    labels: list[int]


def load_examples(paths: tuple[Path, ...] = TUNING) -> list[Example]:
    """Deal 1 of every tuning text labeled as a company round, in Latin script, as the parser cuts it."""
    out = []
    for path in paths:
        for line in path.read_text("utf-8").splitlines():
            if not line.strip():
                continue
            obj = json.loads(line)
            labels = obj["labels"]
            want = labels["deals"][0] if "deals" in labels else {"kind": "round", **labels}
            if want.get("kind") != "round" or not want.get("company"):
                continue
            text = clean_text(obj["text"][: MAX_CHARS * 4])[:MAX_CHARS]
            parts = split_deals(text)
            if not parts or cjk.has_cjk(parts[0]):
                continue
            rule = extract_round(parts[0]).company
            header, body = split_headline(parts[0])
            cands = candidates(header, body, rule)
            group = obj.get("group") or obj.get("publisher") or path.stem
            out.append(Example(group, rule, want, cands, [int(company_ok(c.name, want)) for c in cands]))
    return out


# The rules' choice as a feature: on tuning it is right ~94% of the time (the rules were written on these texts), so
# a model given it learns to echo the rules; `--no-rule` fits on the generic features alone.
RULE_FEATURES = frozenset({"is_rule_choice", "overlaps_rule_choice"})


def feature_names(examples: list[Example], *, rule: bool = True) -> tuple[str, ...]:
    names = {k for e in examples for c in e.cands for k in c.features}
    return tuple(sorted(names if rule else names - RULE_FEATURES))


def fit(examples: list[Example], names: tuple[str, ...], threshold: float) -> RankerModel:
    rows = [[c.features.get(n, 0.0) for n in names] for e in examples for c in e.cands]
    ys = [y for e in examples for y in e.labels]
    lr = LogisticRegression(C=C, max_iter=2000)
    lr.fit(rows, ys)
    return RankerModel(names, tuple(float(w) for w in lr.coef_[0]), float(lr.intercept_[0]), threshold)


def pick(model: RankerModel, e: Example, mode: str) -> str | None:
    return decide(model, e.cands, e.rule, mode)


def accuracy(model: RankerModel, examples: list[Example], mode: str) -> float:
    return sum(company_ok(pick(model, e, mode), e.want) for e in examples) / len(examples)


def grouped_cv(examples: list[Example], names: tuple[str, ...], folds: int = 5) -> dict[str, float]:
    """Company accuracy when each publisher's texts are scored by a model trained without that publisher."""
    groups = [e.group for e in examples]
    right: dict[str, int] = {}
    for train_at, test_at in GroupKFold(n_splits=folds).split(examples, groups=groups):
        train = [examples[i] for i in train_at]
        held = [examples[i] for i in test_at]
        model = fit(train, names, 0.5)
        # The hybrid's threshold is chosen inside the fold, on the training publishers only.
        best_t = max(THRESHOLDS, key=lambda t: accuracy(_with(model, t), train, "hybrid"))
        for mode in ("rules", "ranker"):
            right[mode] = right.get(mode, 0) + sum(company_ok(pick(model, e, mode), e.want) for e in held)
        right["hybrid"] = right.get("hybrid", 0) + sum(
            company_ok(pick(_with(model, best_t), e, "hybrid"), e.want) for e in held
        )
    return {mode: n / len(examples) for mode, n in right.items()}


def _with(model: RankerModel, threshold: float) -> RankerModel:
    return RankerModel(model.features, model.coef, model.intercept, threshold)


def train(examples: list[Example], *, rule: bool = True) -> RankerModel:
    names = feature_names(examples, rule=rule)
    model = fit(examples, names, 0.5)
    best_t = max(THRESHOLDS, key=lambda t: accuracy(_with(model, t), examples, "hybrid"))
    return _with(model, best_t)


def main(argv: list[str]) -> None:
    examples = load_examples()
    rule = "--no-rule" not in argv
    names = feature_names(examples, rule=rule)
    ceiling = sum(any(e.labels) for e in examples) / len(examples)
    print(f"tuning company rounds (Latin script): {len(examples)} from {len({e.group for e in examples})} publishers")
    print(f"candidate ceiling (a right candidate exists): {ceiling:.3f}")
    for mode, value in grouped_cv(examples, names).items():
        print(f"grouped-CV company {mode:>7}: {value:.3f}")
    model = train(examples, rule=rule)
    for mode in ("rules", "ranker", "hybrid"):
        print(f"resubstitution company {mode:>7}: {accuracy(model, examples, mode):.3f}")
    print(f"hybrid override_below: {model.override_below}")
    if "--write" in argv:
        MODEL_PATH.write_text(json.dumps(model.to_json(), indent=1) + "\n", "utf-8")
        print(f"wrote {MODEL_PATH}")


if __name__ == "__main__":
    main(sys.argv[1:])
