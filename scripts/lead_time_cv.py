"""The lead ranker's CV against the pipeline of the time: does the learned lead choice beat the rules on text nobody had
read? (issue 13, session 22)

    .venv/bin/python scripts/lead_time_history.py            # once: /tmp/lead_time_history.json (~6 min)
    .venv/bin/python scripts/lead_time_cv.py [--history PATH] [--configs]   # ~5 min

`train_lead_ranker.py`'s `@unseen` view scores the learned modes on TODAY's round part, investors and features (only
the rules' leads are the old ones). Today's parse was written on these very texts: it finds the investors, and its lead
phrases (`lead_phrases.LEAD_TRIGGERS`, read as a `before_lead` cue) and known-investor list (`known_investor`) fire on
them. So the learned modes see clean cues on the held-out text that unseen text does not give them, and the CV said
ranker 0.768 against rules 0.620 while the frozen test and the holdouts said the ranker trails. Here each history file
is scored as it was first seen: the candidates and features of the tree before it was added (`lead_time_history.py`),
by models trained on the other files (file-grouped folds; a publisher of a held-out file is never trained on).

Prints per file and overall: the rules of the time, the shipped ranker and hybrid of the time (the record: what
FUNDING_LEAD_RANKER=ranker|hybrid really gave), the old `@unseen` view and this CV's ranker and hybrid, for each
training configuration (`Config`). The frozen test split is never read.
"""

from __future__ import annotations

import json
import sys
from dataclasses import dataclass
from pathlib import Path

from rules_only import pin_rules
from sklearn.model_selection import GroupKFold
from train_lead_ranker import Example, _count, f1, feature_names, fit_rows, labels, load_examples, training_cands

from talentintel.funding.lead_features import LeadCandidate
from talentintel.funding.lead_ranker import LeadModel, decide

HISTORY = Path("/tmp/lead_time_history.json")
THRESHOLDS = tuple(round(0.20 + 0.05 * i, 2) for i in range(13))
# Lead F1 as first scored (docs/model_choices.md, FUNDING_LEAD_RANKER: rules / ranker / hybrid of the time); s21 has
# the shipped mode (rules) only.
FIRST_SIGHT = {
    "tuning_hs14.jsonl": (0.526, 0.556, 0.588),
    "tuning_hs15.jsonl": (0.400, 0.385, 0.435),
    "tuning_hs16.jsonl": (0.743, 0.606, 0.606),
    "tuning_hs17.jsonl": (0.516, 0.485, 0.500),
    "tuning_hs18.jsonl": (0.500, 0.533, 0.533),
    "tuning_hs19.jsonl": (0.300, 0.400, 0.333),
    "tuning_hs20.jsonl": (0.667, 0.667, 0.667),
    "tuning_hs21.jsonl": (0.562, None, None),
}


@dataclass
class Time:
    """Deal 1 of one text as the tree before its file was added made it."""

    rules: list[str]
    cands: list[LeadCandidate] | None  # None: that tree made no round part (every mode gives the rules' leads)
    ranker: list[str]
    hybrid: list[str]

    def pick(self, model: LeadModel | None) -> list[str]:
        return self.rules if model is None or self.cands is None else decide(model, self.cands)


@dataclass(frozen=True)
class Config:
    """One way to train: regularization, feature pairs on/off, features left out (by substring), and whether rows with
    a time view train on it (the candidates and cues unseen text gives) rather than on today's parse."""

    name: str
    c: float = 0.3
    pairs: bool = True
    drop: tuple[str, ...] = ()
    train_time: bool = False


CONFIGS = (
    Config("shipped (today's parse, C 0.3, pairs)"),
    Config("no known_investor", drop=("known_investor",)),
    Config("C 0.03", c=0.03),
    Config("no pairs", pairs=False),
    Config("trained on the time view", train_time=True),
    Config("time view, no known_investor", train_time=True, drop=("known_investor",)),
    Config("time view, C 0.03, no pairs", train_time=True, c=0.03, pairs=False),
)


def load_time(path: Path) -> dict[tuple[str, str], Time]:
    out = {}
    for file, entry in json.loads(path.read_text("utf-8")).items():
        for key, row in entry["rows"].items():
            cands = None
            if row.get("cands") is not None:
                cands = [LeadCandidate(name, feats) for name, feats in row["cands"]]
            rules = row["rules"]
            out[(file, key)] = Time(rules, cands, row.get("ranker", rules), row.get("hybrid", rules))
    return out


def names_for(examples: list[Example], cfg: Config, *, rule: bool) -> tuple[str, ...]:
    names = feature_names(examples, rule=rule)
    return tuple(n for n in names if (cfg.pairs or "*" not in n) and not any(d in n for d in cfg.drop))


def _rows(examples: list[Example], times: dict, cfg: Config, *, rule: bool) -> list[tuple[LeadCandidate, int]]:
    rows = []
    for e in examples:
        t = times.get((e.file, e.key)) if cfg.train_time else None
        cands = t.cands if t is not None and t.cands is not None else training_cands(e, rule=rule)
        rows += list(zip(cands, labels(e, cands), strict=True))
    return rows


def fit(examples: list[Example], times: dict, cfg: Config, *, rule: bool, threshold: float = 0.5) -> LeadModel:
    return fit_rows(
        names_for(examples, cfg, rule=rule), _rows(examples, times, cfg, rule=rule), c=cfg.c, threshold=threshold
    )


def folds(examples: list[Example], times: dict, k: int) -> list[tuple[list[Example], list[Example]]]:
    """(train, held) per fold: held-out files are history files (file-grouped); no publisher of a held file trains."""
    hist = sorted({e.file for e in examples if (e.file, e.key) in times})
    out = []
    for _, test_at in GroupKFold(n_splits=k).split(hist, groups=hist):
        held_files = {hist[i] for i in test_at}
        held = [e for e in examples if e.file in held_files and (e.file, e.key) in times]
        groups = {e.group for e in examples if e.file in held_files}
        train = [e for e in examples if e.file not in held_files and e.group not in groups]
        out.append((train, held))
    return out


def best_threshold(examples: list[Example], times: dict, cfg: Config, *, rule: bool) -> float:
    """The threshold of the best lead F1 on held files' time view, by an inner file-grouped 3-fold CV."""
    counts = {t: [0, 0, 0] for t in THRESHOLDS}
    for train, held in folds(examples, times, 3):
        model = fit(train, times, cfg, rule=rule)
        for e in held:
            t = times[(e.file, e.key)]
            scored = [(c.name, model.score(c)) for c in t.cands] if t.cands is not None else None
            for th in THRESHOLDS:
                got = t.rules if scored is None else [n for n, s in scored if s >= th]
                _count(counts[th], got, e.want)
    return max(THRESHOLDS, key=lambda th: (f1(counts[th]), -abs(th - 0.5)))


def train_pair(examples: list[Example], times: dict, cfg: Config) -> tuple[LeadModel, LeadModel]:
    pair = []
    for rule in (False, True):
        th = best_threshold(examples, times, cfg, rule=rule)
        pair.append(fit(examples, times, cfg, rule=rule, threshold=th))
    return pair[0], pair[1]


Tally = dict[str, dict[str, list[int]]]


def time_cv(examples: list[Example], times: dict, cfg: Config, k: int = 5) -> Tally:
    """Per history file, [tp, fp, fn] of the rules, the shipped models of the time, and this config's models."""
    per: Tally = {}
    for train, held in folds(examples, times, k):
        ranker, hybrid = train_pair(train, times, cfg)
        for e in held:
            t = times[(e.file, e.key)]
            cells = per.setdefault(e.file, {})
            got = {"rules": t.rules, "ranker then": t.ranker, "hybrid then": t.hybrid}
            got |= {"ranker": t.pick(ranker), "hybrid": t.pick(hybrid)}
            for mode, leads in got.items():
                _count(cells.setdefault(mode, [0, 0, 0]), leads, e.want)
    return per


def show(title: str, per: Tally, keys: list[str], *, files: bool) -> None:
    print(f"\n{title}\n{'file':>20} " + " ".join(f"{k:>12}" for k in keys) + "   first sight (docs)")
    if files:
        for name in sorted(per, key=lambda f: (f not in FIRST_SIGHT, f)):
            doc = FIRST_SIGHT.get(name)
            seen = " / ".join("-" if x is None else f"{x:.3f}" for x in doc) if doc else ""
            print(f"{name[:20]:>20} " + " ".join(f"{f1(per[name][k]):>12.3f}" for k in keys) + f"   {seen}")
    for label, chosen in (("holdouts s14-s21", [f for f in per if f in FIRST_SIGHT]), ("all", list(per))):
        sums = {k: [sum(per[f][k][i] for f in chosen) for i in range(3)] for k in keys}
        print(f"{label:>20} " + " ".join(f"{f1(sums[k]):>12.3f}" for k in keys))


def main(argv: list[str]) -> None:
    path = Path(argv[argv.index("--history") + 1]) if "--history" in argv else HISTORY
    times = load_time(path)
    examples = load_examples()
    print(f"{len(examples)} tuning rounds; {sum((e.file, e.key) in times for e in examples)} with a time view")
    chosen = range(len(CONFIGS)) if "--configs" in argv else [0]
    if "--only" in argv:
        chosen = [int(i) for i in argv[argv.index("--only") + 1].split(",")]
    for n in chosen:
        cfg = CONFIGS[n]
        per = time_cv(examples, times, cfg)
        keys = (["rules", "ranker then", "hybrid then"] if n == 0 else []) + ["ranker", "hybrid"]
        show(f"time CV, {cfg.name}", per, keys, files=n == 0)


if __name__ == "__main__":
    pin_rules()
    main(sys.argv[1:])
