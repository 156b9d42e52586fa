"""Train the sector model (talentintel/tagging/sector_model.py) on the tagging tuning files and write its JSON.

    .venv/bin/python scripts/train_sector_model.py [--write]        # ~3 min: grouped CV, shipped and company-blind
    .venv/bin/python scripts/train_sector_model.py --forward        # + each batch by models of earlier batches
    .venv/bin/python scripts/train_sector_model.py --holdouts       # + leave one former holdout out

Tuning files: tests/fixtures/tagging/devset.jsonl and every unseen*.jsonl (never testset*.jsonl or
seniority_test_split.jsonl); label = the sector class (none / crypto / ai / both). The model reads exactly what the
tagger hands `sector_model.second_opinion` (recorded while the rules tag each file, siblings pass included), and the
hybrid the rules' result there. `scripts/data/sector_rules_history.json` (`sector_rules_history.py`) holds what the
rules made of each unseen batch before it was added.
Prints macro-F1 and both-F1 per mode, pooled over the items scored:
- grouped CV: 5 folds grouped by publisher AND employer (items sharing a source repository / host or an employer
  are one group, joined transitively), so neither a publisher's nor an employer's items are trained on and scored;
  `rules` are today's rules (written on these items), `@unseen` the rules of before each batch on the batches with a
  history, and the hybrid fed those same unseen rules;
- company-blind: the same with the tagger's company-blind reading (no company field or prior, the name masked);
- `--forward`: each unseen batch scored by models trained only on the dev set and the batches added before it;
- `--holdouts`: each former holdout (unseen_hs10 to the newest) scored by models trained on every other tuning item,
  with the rules of its time; per file (macro-F1 over the classes present), pooled and the per-file mean.
Two multinomial logistic models are fitted (lbfgs, fixed folds, so the same files give the same JSON): `model`
(words only) and `hybrid` (words plus the rules' result, trained on the unseen rules' result where there is one).
"""

from __future__ import annotations

import json
import math
import re
import sys
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlparse

from rules_only import pin_rules
from sklearn.feature_extraction import DictVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import GroupKFold

from talentintel.tagging import sector_model
from talentintel.tagging.evaluate import CLASSES, load_devset, per_class, tag_items
from talentintel.tagging.sector_model import SECTORS, SectorModel, terms, vector, write_models
from talentintel.tagging.siblings import employer_key
from talentintel.tagging.tagger import sector_class

sys.path.insert(0, str(Path(__file__).resolve().parent))  # the sibling script, also when loaded by path (tests)

from sector_rules_history import batches
from training_cv import Groups

ROOT = Path(__file__).resolve().parents[1]
FIXTURES = ROOT / "tests" / "fixtures" / "tagging"
MODEL_PATH = ROOT / "talentintel" / "tagging" / "data" / "sector_model.json"
HISTORY_PATH = ROOT / "scripts" / "data" / "sector_rules_history.json"
C = 8.0
MIN_DF = 8  # grouped CV: min_df 3 / 5 / 8 / 12 gave the words model 0.695 / 0.701 / 0.710 / 0.723, JSON 1.7 MB / 909 / 503 / 308 kB
PRUNE = 0.02  # weights under this in every class are dropped (the JSON stays small; CV figures unchanged)
# In the hybrid's fit a `both` posting weighs this many postings in each head (on top of the balanced class weights):
# `both` is the class users watch most and the rarest (109 of 2,448 tuning items). Session 22, 2,448 items, the hybrid
# fed the rules of the time, macro-F1 / both-F1 at weight 1 -> 3: grouped CV 0.864 / 0.746 -> 0.866 / 0.755; forward
# 0.867 / 0.768 -> 0.867 / 0.766; leaving one former holdout out (unseen_hs10 to unseen_hs21b) pooled 0.853 / 0.712 ->
# 0.860 / 0.742, per-file mean 0.804 -> 0.815 (weights 2 / 4 / 6: 0.806 / 0.815 / 0.814). The rules of the time:
# 0.866 / 0.752, 0.866 / 0.752, 0.849 / 0.719 (mean 0.786). The words model is not weighted: at 3 its holdout figure
# fell, 0.685 / 0.449 -> 0.667 / 0.423 (grouped CV 0.689 -> 0.692, forward 0.651 -> 0.650).
BOTH_WEIGHT = 3.0
FOLDS = 5
FORMER_HOLDOUT = re.compile(r"unseen_hs(\d+)b?\.jsonl")
FIRST_HOLDOUT = 10  # the holdouts scored per mode from session 10 on (docs/model_choices.md)
Feats = dict[str, float]


@dataclass
class Example:
    file: str
    id: str
    group: str
    label: str
    head: Counter[str]
    body: Counter[str]
    rule: Feats  # today's rules
    unseen: Feats | None  # the rules before this batch was added

    @property
    def rule_class(self) -> str:
        return next(k.split("=", 1)[1] for k in self.rule if k.startswith("rule:class="))


def tuning_files() -> list[Path]:
    """The dev set and the unseen batches; never a frozen split or the current holdout (eval_splits.FROZEN_NAMES)."""
    return [FIXTURES / "devset.jsonl", *batches()]


def publisher(source: str) -> str:
    """'github:owner/repo @sha path' -> the repository; a URL -> its host; else the first word."""
    source = (source or "").strip()
    if source.startswith(("http://", "https://")):
        return "host:" + urlparse(source.split()[0]).netloc.lower().removeprefix("www.")
    head = source.split()[0] if source else "?"
    return "pub:" + re.sub(r"@.*$", "", head).lower()


def _recorded(items: list[dict], *, company_blind: bool) -> list[tuple[str, str, Feats]]:
    """(title, description, rule features) the tagger hands the second opinion for each item's final result."""
    seen: dict[int, tuple[str, str, Feats]] = {}
    real = sector_model.second_opinion

    def record(result, title, description, *, mode=None):  # type: ignore[no-untyped-def]
        seen[id(result)] = (title, description, sector_model.rule_features(result))
        return result

    sector_model.second_opinion = record  # type: ignore[assignment]
    try:
        results = tag_items(items, company_blind=company_blind)
    finally:
        sector_model.second_opinion = real  # type: ignore[assignment]
    return [seen[id(r)] for r in results]


def load_examples(history: dict, *, company_blind: bool = False) -> list[Example]:
    groups, rows = Groups(), []
    sector_model.configure(mode="rules")
    try:
        for path in tuning_files():
            past = history.get(path.name, {}).get("blind" if company_blind else "view", {})
            items = load_devset(path)
            for item, (title, text, rule) in zip(items, _recorded(items, company_blind=company_blind), strict=True):
                keys = [publisher(str(item.get("source") or path.stem))]
                if (emp := employer_key(item.get("company"), item.get("company_domain"))) is not None:
                    keys.append(emp)
                groups.join(keys)
                head, body = terms(title, text)
                label = sector_class(item["label_sector"])
                rows.append(
                    (
                        keys[0],
                        Example(path.name, str(item["id"]), "", label, head, body, rule, past.get(str(item["id"]))),
                    )
                )
    finally:
        sector_model.configure()
    for key, e in rows:
        e.group = groups.find(key)
    return [e for _, e in rows]


def load_history() -> dict:
    return json.loads(HISTORY_PATH.read_text("utf-8")) if HISTORY_PATH.is_file() else {}


def _idf(examples: Sequence[Example]) -> dict[str, float]:
    df: Counter[str] = Counter()
    for e in examples:
        df.update(e.head.keys())
        df.update(e.body.keys())
    n = len(examples)
    return {t: math.log((1 + n) / (1 + d)) + 1.0 for t, d in df.items() if d >= MIN_DF}


def _features(e: Example, idf: dict[str, float], rules: Feats | None) -> Feats:
    feats = vector(e.head, idf)
    feats.update(vector(e.body, idf))
    if rules is not None:
        feats.update(rules)
    return feats


def sample_weights(examples: Sequence[Example], *, hybrid: bool) -> list[float]:
    """Each item's weight in the fit: in the hybrid BOTH_WEIGHT for a `both` posting, else 1; scaled to mean 1 (so C
    keeps its meaning)."""
    raw = [BOTH_WEIGHT if hybrid and e.label == "both" else 1.0 for e in examples]
    scale = len(raw) / sum(raw) if raw else 1.0
    return [w * scale for w in raw]


def fit(examples: Sequence[Example], *, hybrid: bool, idf: dict[str, float] | None = None) -> SectorModel:
    """One balanced logistic head per sector over the same features (a `both` posting is positive for each, and
    weighs BOTH_WEIGHT in the hybrid)."""
    idf = _idf(examples) if idf is None else idf
    weights = sample_weights(examples, hybrid=hybrid)
    rows = [_features(e, idf, (e.unseen or e.rule) if hybrid else None) for e in examples]
    vec = DictVectorizer()
    x = vec.fit_transform(rows)
    coefs, intercepts = [], []
    for sector in SECTORS:
        lr = LogisticRegression(C=C, class_weight="balanced", max_iter=5000, random_state=0)
        lr.fit(x, [e.label in (sector, "both") for e in examples], sample_weight=weights)
        coefs.append(lr.coef_[0])
        intercepts.append(float(lr.intercept_[0]))
    kept = {}
    for j, name in enumerate(vec.feature_names_):
        w = (float(coefs[0][j]), float(coefs[1][j]))
        if max(abs(v) for v in w) >= PRUNE:
            kept[name] = w
    return SectorModel(idf, kept, (intercepts[0], intercepts[1]))


def train(examples: Sequence[Example]) -> dict[str, SectorModel]:
    idf = _idf(examples)
    return {"model": fit(examples, hybrid=False, idf=idf), "hybrid": fit(examples, hybrid=True, idf=idf)}


def picks(models: dict[str, SectorModel], e: Example) -> dict[str, str]:
    idf = models["model"].idf
    out = {
        "rules": e.rule_class,
        "model": models["model"].predict(_features(e, idf, None)),
        "hybrid": models["hybrid"].predict(_features(e, idf, e.rule)),
    }
    if e.unseen is not None:
        out["rules@unseen"] = next(k.split("=", 1)[1] for k in e.unseen if k.startswith("rule:class="))
        out["model@unseen"] = out["model"]
        out["hybrid@unseen"] = models["hybrid"].predict(_features(e, idf, e.unseen))
    return out


Scored = list[tuple[Example, dict[str, str]]]


def folds(examples: Sequence[Example]) -> list[tuple[list[int], list[int]]]:
    split = GroupKFold(n_splits=FOLDS).split(examples, groups=[e.group for e in examples])
    return [(list(a), list(b)) for a, b in split]


def grouped_cv(examples: list[Example]) -> Scored:
    out: Scored = []
    for train_at, test_at in folds(examples):
        models = train([examples[i] for i in train_at])
        out += [(examples[i], picks(models, examples[i])) for i in test_at]
    return out


def forward(examples: list[Example], history: dict) -> Scored:
    order = sorted(history, key=lambda f: history[f]["added_at"])
    out: Scored = []
    for k, name in enumerate(order):
        past = [e for e in examples if e.file in order[:k] or e.file == "devset.jsonl"]
        held = [e for e in examples if e.file == name and e.unseen is not None]
        if held:
            models = train(past)
            out += [(e, picks(models, e)) for e in held]
    return out


def former_holdouts(examples: Sequence[Example]) -> list[str]:
    """The tuning files that were once the frozen holdout and were scored per mode (unseen_hs10 on), in order."""
    found = {
        e.file: int(m[1]) for e in examples if (m := FORMER_HOLDOUT.fullmatch(e.file)) and int(m[1]) >= FIRST_HOLDOUT
    }
    return sorted(found, key=lambda name: (found[name], name))


def holdouts_out(examples: list[Example]) -> dict[str, Scored]:
    """Leave one former holdout out: each scored by models trained on every other tuning item, with the rules of its
    time (the figure nearest to a new holdout's first score)."""
    out: dict[str, Scored] = {}
    for name in former_holdouts(examples):
        held = [e for e in examples if e.file == name and e.unseen is not None]
        if held:
            models = train([e for e in examples if e.file != name])
            out[name] = [(e, picks(models, e)) for e in held]
    return out


def report_holdouts(per_file: dict[str, Scored]) -> None:
    modes = ("rules@unseen", "model", "hybrid@unseen")
    print("\nleave one former holdout out (macro-F1 over the classes present; pooled: macro-F1 / both-F1)")
    for name, scored in per_file.items():
        print(f"  {name:<20}" + "".join(f"{m} {figures(scored, m, present=True)[1]:.3f}  " for m in modes))
    pooled = [x for scored in per_file.values() for x in scored]
    for m in modes:
        mean = sum(figures(s, m, present=True)[1] for s in per_file.values()) / max(1, len(per_file))
        _, macro, both = figures(pooled, m)
        print(f"  {m:<15}pooled {macro:.3f} / {both:.3f}  per-file mean {mean:.3f}")


def figures(
    scored: Scored, mode: str, keep: Callable[[Example], bool] = lambda e: True, *, present: bool = False
) -> tuple[int, float, float]:
    """(items, macro-F1, both-F1) of `mode` over the scored items `keep` selects (one pooled confusion); `present`:
    the macro over the classes labeled or predicted there only (a small file without `both` is not capped at 0.75)."""
    confusion = {t: dict.fromkeys(CLASSES, 0) for t in CLASSES}
    n = 0
    for e, got in scored:
        if mode in got and keep(e):
            confusion[e.label][got[mode]] += 1
            n += 1
    f1 = {c: m["f1"] for c, m in per_class(confusion).items()}
    seen = [c for c in CLASSES if not present or any(confusion[c].values()) or any(r[c] for r in confusion.values())]
    return n, sum(f1[c] for c in seen) / max(1, len(seen)), f1["both"]


def report(title: str, scored: Scored) -> None:
    print(f"\n{title}")
    rows = [("all", mode, lambda e: True) for mode in ("rules", "model", "hybrid")]
    rows += [("with history", mode, lambda e: e.unseen is not None) for mode in ("rules", "rules@unseen", "model")]
    rows += [("with history", "hybrid", lambda e: e.unseen is not None), ("with history", "hybrid@unseen", None)]
    for label, mode, keep in rows:
        n, macro, both = figures(scored, mode, keep or (lambda e: True))
        if n:
            print(f"  {label:<13}{mode:<15}items {n:>5}  macro-F1 {macro:.3f}  both-F1 {both:.3f}")


def main(argv: list[str]) -> None:
    history = load_history()
    examples = load_examples(history)
    print(
        f"tuning items: {len(examples)} in {len({e.group for e in examples})} publisher/employer groups; classes "
        f"{dict(Counter(e.label for e in examples))}; with history {sum(e.unseen is not None for e in examples)}"
    )
    report(f"grouped {FOLDS}-fold CV (publisher/employer groups), C={C}", grouped_cv(examples))
    blind = load_examples(history, company_blind=True)
    report("company-blind grouped CV (trained and scored company-blind)", grouped_cv(blind))
    if "--forward" in argv:
        report("forward in time (trained on the dev set and earlier batches only)", forward(examples, history))
    if "--holdouts" in argv:
        report_holdouts(holdouts_out(examples))
    models = train(examples)
    for mode in ("model", "hybrid"):
        right = sum(picks(models, e)[mode] == e.label for e in examples)
        print(f"resubstitution {mode:>7}: {right / len(examples):.3f}")
    text = write_models(models)
    print(f"JSON {len(text) // 1024} kB, {len(models['model'].idf)} idf terms")
    if "--write" in argv:
        MODEL_PATH.write_text(text, "utf-8")
        print(f"wrote {MODEL_PATH}")


if __name__ == "__main__":
    pin_rules()
    main(sys.argv[1:])
