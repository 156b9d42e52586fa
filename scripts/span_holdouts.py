"""Leave-one-holdout-out for the company span model (`train_company_span.py --holdouts`): each former holdout file
(`tuning_hs14` ... the newest `tuning_hs*`, each first scored on text no rule or model had seen) is scored by a model
trained on every other tuning file, fed the rules' deal-1 company from before the file was added
(`company_rules_history.json`), under thresholds chosen on the grouped CV's held-out parses of every non-holdout text.
Per file and the mean over files, rules / model / hybrid, company and the eval's mean: the figure that mimics a new
holdout most closely. The frozen test split is never read here.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

import numpy as np
from span_parse_cv import Outcomes, Text, answers, best, figures

from talentintel.funding.company_span import Scored, Thresholds

MODES = ("rules", "model", "hybrid")
FIRST = 14  # holdouts from session 14 on were each scored once, first sight, by the models of their time


def holdout_files(texts: Sequence[Text]) -> list[str]:
    """The former holdouts (`tuning_hs<N>[b].jsonl`, N >= FIRST) with a history, in session order."""

    def number(name: str) -> tuple[int, str]:
        stem = name.removeprefix("tuning_hs").removesuffix(".jsonl")
        digits = "".join(c for c in stem if c.isdigit())
        return (int(digits) if digits else -1, stem)

    names = {t.file for t in texts if t.file.startswith("tuning_hs") and t.has_history}
    return sorted((n for n in names if number(n)[0] >= FIRST), key=number)


def holdout_report(
    texts: list[Text],
    examples: Sequence[Any],
    cv_scored: list[list[Scored]],
    score: Callable[[Sequence[Any], list[Text]], list[list[Scored]]],
    grid: list[Thresholds],
    outcomes: Outcomes,
) -> dict[str, dict[str, float]]:
    """Prints and returns the per-mode mean over holdout files of company and the eval's mean. `score(examples,
    texts)` fits on `examples` and returns each text's calls' scored spans."""
    files = holdout_files(texts)
    rest = [i for i, t in enumerate(texts) if t.file not in files]
    chosen = best(outcomes, texts, rest, cv_scored, grid)
    print(f"\nleave-one-holdout-out (thresholds on the CV parses of the {len(rest)} other texts: {chosen})")
    print(f"{'file':>20} " + " ".join(f"{m + ' company/mean':>22}" for m in MODES))
    per: dict[str, list[dict[str, float]]] = {m: [] for m in MODES}
    for name in files:
        at = [i for i, t in enumerate(texts) if t.file == name and t.has_history]
        scored = score([e for e in examples if e.file != name], [texts[i] for i in at])
        row = []
        for mode in MODES:
            ids = [
                outcomes.of(i, texts[i], answers(mode, texts[i], s, chosen, unseen=True))
                for i, s in zip(at, scored, strict=True)
            ]
            f = figures(outcomes.total(ids))
            per[mode].append(f)
            row.append(f"{f['company']:.3f}/{f['mean']:.3f}")
        print(f"{name:>20} " + " ".join(f"{r:>22}" for r in row))
    out = {m: {k: float(np.mean([f[k] for f in per[m]])) for k in ("company", "mean")} for m in MODES}
    print(
        f"{'mean of files':>20} " + " ".join(f"{out[m]['company']:.3f}/{out[m]['mean']:.3f}".rjust(22) for m in MODES)
    )
    return out
