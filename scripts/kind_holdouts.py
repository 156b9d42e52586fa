"""Leave-one-holdout-out for the kind model (`train_kind_model.py --holdouts`), the protocol of `span_holdouts.py`:
each former holdout file (`tuning_hs14` ... the newest `tuning_hs*`, each first scored on text no rule or model had
seen) is scored by models trained on every other tuning file, the hybrid fed the rules' kind from before the file was
added (`kind_rules_history.json`). Per file and the mean over files of rules / model / hybrid kind accuracy: the
figure that mimics a new holdout most closely. The frozen test split is never read here.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from span_holdouts import holdout_files

MODES = ("rules@unseen", "model@unseen", "hybrid@unseen")


def holdout_report(
    examples: Sequence[Any], train: Callable[[list[Any]], Any], picks: Callable[[Any, Any], dict[str, str]]
) -> dict[str, float]:
    """Prints and returns the per-mode mean over holdout files of kind accuracy. `train(examples)` fits the models,
    `picks(models, example)` gives each mode's kind (the `@unseen` keys of `train_kind_model.picks`)."""
    print(f"\nleave-one-holdout-out (kind accuracy per file)\n{'file':>20} " + " ".join(f"{m:>15}" for m in MODES))
    per: dict[str, list[float]] = {m: [] for m in MODES}
    for name in holdout_files(examples):
        models = train([e for e in examples if e.file != name])
        held = [e for e in examples if e.file == name and e.has_history]
        got = [picks(models, e) for e in held]
        row = []
        for mode in MODES:
            right = sum(g[mode] == e.kind for g, e in zip(got, held, strict=True))
            per[mode].append(right / len(held))
            row.append(f"{right}/{len(held)}")
        print(f"{name:>20} " + " ".join(f"{r:>15}" for r in row))
    out = {m: sum(v) / len(v) for m, v in per.items() if v}
    print(f"{'mean of files':>20} " + " ".join(f"{out.get(m, 0.0):>15.3f}" for m in MODES))
    return out
