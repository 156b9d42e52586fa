"""The kind model's training variants, each against today's trainer, under both honest protocols (session 23, kind_f23).

    OMP_NUM_THREADS=1 PYTHONPATH=.:scripts .venv/bin/python scripts/kind_variants.py [--neutral] [--drop a,b]
        [--C 4] [--class-weight balanced] [--blend 0.5] [--gate 0.6] [--examples /tmp/kind_examples.pkl]

Fits the baseline (`train_kind_model.py` as it is) and the variant the flags describe on the same folds and prints,
per mode (rules / model / hybrid, all `@unseen`: the rules and the hybrid's rule view from before each batch):
- the publisher/story-grouped 5-fold CV of the trainer, per fold and overall, and the paired difference to the
  baseline with a 90% interval from 1,000 bootstrap draws of whole publisher groups;
- leave-one-holdout-out (`kind_holdouts.py`'s files: tuning_hs14 ... the newest, each by models trained on every
  other file), per file and the mean of files, and the paired difference with a 90% interval over files.
Flags: `--neutral` adds `kind_neutral`'s language-neutral features to both models (`--drop` leaves out feature
families by prefix, e.g. `nt:acquire,nt:ipo`); `--C` and `--class-weight` change the logistic fit; `--blend W` makes
the hybrid's kind the argmax of (1 - W) * hybrid + W * words model probabilities; `--gate P` keeps the rules' kind
unless the hybrid's top probability reaches P. `--examples` caches the parsed tuning texts (the rules' parse is
~4 min of the run). OMP_NUM_THREADS=1: the lbfgs fits run ~8x faster on the shared 2-core machine (60 s -> 8 s a fit).
The frozen test split is never read here.
"""

from __future__ import annotations

import pickle
import sys
from pathlib import Path
from typing import Any

import numpy as np
from kind_neutral import neutral_features
from rules_only import pin_rules
from sklearn.feature_extraction import DictVectorizer
from sklearn.linear_model import LogisticRegression
from span_holdouts import holdout_files
from train_kind_model import FOLDS, Example, _idf, load_examples
from training_cv import group_folds

from talentintel.funding.kind_model import KINDS, rule_features, vector

Probs = dict[int, tuple[str, np.ndarray, np.ndarray]]  # text index -> (fold or file, words model, hybrid)


def _flag(argv: list[str], name: str, default: str | None = None) -> str | None:
    return argv[argv.index(name) + 1] if name in argv else default


class Variant:
    def __init__(self, argv: list[str], examples: list[Example]) -> None:
        self.c = float(_flag(argv, "--C", "16") or 16)
        self.weight = _flag(argv, "--class-weight")
        self.blend = float(_flag(argv, "--blend", "0") or 0)
        self.gate = float(_flag(argv, "--gate", "0") or 0)
        self.refit = any(flag in argv for flag in ("--neutral", "--C", "--class-weight"))
        drop = tuple(filter(None, (_flag(argv, "--drop", "") or "").split(",")))
        self.extra: list[dict[str, float]] = [{} for _ in examples]
        if "--neutral" in argv:
            self.extra = [
                {k: v for k, v in neutral_features(e.text).items() if not k.startswith(drop or ("\0",))}
                for e in examples
            ]

    def fit_predict(self, examples: list[Example], train: list[int], test: list[int]) -> list[np.ndarray]:
        idf = _idf([examples[i] for i in train])
        y = [KINDS.index(examples[i].kind) for i in train]
        out = []
        for hybrid in (False, True):

            def row(i: int, hybrid: bool = hybrid) -> dict[str, float]:
                e = examples[i]
                feats = vector(e.counts, idf) | self.extra[i]
                return feats | rule_features(e.unseen or e.rule) if hybrid else feats

            vec = DictVectorizer()
            x = vec.fit_transform([row(i) for i in train])
            lr = LogisticRegression(C=self.c, max_iter=5000, random_state=0, class_weight=self.weight).fit(x, y)
            order = [list(lr.classes_).index(k) for k in range(3)]
            out.append(lr.predict_proba(vec.transform([row(i) for i in test]))[:, order])
        return out

    def run(self, examples: list[Example]) -> tuple[Probs, Probs]:
        cv: Probs = {}
        for k, (train, test) in enumerate(group_folds(examples, FOLDS)):
            words, hybrid = self.fit_predict(examples, train, test)
            cv.update({i: (str(k), words[j], hybrid[j]) for j, i in enumerate(test)})
        held: Probs = {}
        rows: list[Any] = list(examples)  # span_holdouts reads only .file and .has_history
        for name in holdout_files(rows):
            train = [i for i, e in enumerate(examples) if e.file != name]
            test = [i for i, e in enumerate(examples) if e.file == name and e.has_history]
            words, hybrid = self.fit_predict(examples, train, test)
            held.update({i: (name, words[j], hybrid[j]) for j, i in enumerate(test)})
        return cv, held

    def rights(self, examples: list[Example], probs: Probs) -> dict[int, tuple[str, np.ndarray]]:
        """Per text with a history: its fold or file, and whether rules / model / hybrid were right."""
        out = {}
        for i, (where, words, hybrid) in probs.items():
            e = examples[i]
            if e.unseen is None:
                continue
            p = (1 - self.blend) * hybrid + self.blend * words
            pick = KINDS[int(np.argmax(p))]
            if self.gate and pick != e.unseen[0] and p.max() < self.gate:
                pick = e.unseen[0]
            got = (e.unseen[0], KINDS[int(np.argmax(words))], pick)
            out[i] = (where, np.array([g == e.kind for g in got], float))
        return out


def _interval(
    units: list[list[int]], diff: dict[int, np.ndarray], per_unit_mean: bool
) -> tuple[np.ndarray, np.ndarray]:
    rng = np.random.default_rng(0)
    sums = np.array([sum(diff[i] for i in u) for u in units])
    sizes = np.array([len(u) for u in units], float)
    draws = []
    for _ in range(1000):
        pick = rng.integers(0, len(units), len(units))
        draws.append(
            (sums[pick] / sizes[pick, None]).mean(0) if per_unit_mean else sums[pick].sum(0) / sizes[pick].sum()
        )
    lo, hi = np.percentile(draws, [5, 95], axis=0)
    return lo, hi


def report(title: str, examples: list[Example], base: dict, got: dict, per_unit_mean: bool) -> None:
    """Per fold or file, the variant's rules / model / hybrid; overall (pooled for the CV, the mean of files for the
    holdouts) and its difference to the baseline with a 90% bootstrap interval (over groups, over files)."""
    units: dict[str, list[int]] = {}
    for i, (where, _) in got.items():
        units.setdefault(where, []).append(i)
    print(f"\n{title}: rules / model / hybrid, variant (baseline)")
    for where, ids in units.items():
        v, b = np.mean([got[i][1] for i in ids], 0), np.mean([base[i][1] for i in ids], 0)
        print(f"{where:>20} " + "  ".join(f"{x:.3f} ({y:.3f})" for x, y in zip(v, b, strict=True)))
    diff = {i: got[i][1] - base[i][1] for i in got}
    if per_unit_mean:
        v = np.mean([np.mean([got[i][1] for i in u], 0) for u in units.values()], 0)
        d = np.mean([np.mean([diff[i] for i in u], 0) for u in units.values()], 0)
        lo, hi = _interval(list(units.values()), diff, True)
    else:
        v, d = np.mean([g[1] for g in got.values()], 0), np.mean(list(diff.values()), 0)
        groups: dict[str, list[int]] = {}
        for i in got:
            groups.setdefault(examples[i].group, []).append(i)
        lo, hi = _interval(list(groups.values()), diff, False)
    print(f"{'all':>20} " + "  ".join(f"{x:.3f}" for x in v))
    print(
        f"{'minus baseline':>20} "
        + "  ".join(f"{x:+.4f} [{a:+.4f}, {b:+.4f}]" for x, a, b in zip(d, lo, hi, strict=True))
    )


def main(argv: list[str]) -> None:
    cache = _flag(argv, "--examples")
    if cache and Path(cache).is_file():
        examples = pickle.loads(Path(cache).read_bytes())
    else:
        examples = load_examples()
        if cache:
            Path(cache).write_bytes(pickle.dumps(examples))
    baseline, variant = Variant([], examples), Variant(argv, examples)
    base_cv, base_held = baseline.run(examples)
    cv, held = variant.run(examples) if variant.refit else (base_cv, base_held)
    report("grouped CV", examples, baseline.rights(examples, base_cv), variant.rights(examples, cv), False)
    report(
        "leave-one-holdout-out", examples, baseline.rights(examples, base_held), variant.rights(examples, held), True
    )


if __name__ == "__main__":
    pin_rules()
    main(sys.argv[1:])
