"""A gated hybrid under the time CV (`lead_time_cv.py`): keep the rules' leads unless the hybrid scores one below `low`,
add another investor only when it scores at or above `high`; both chosen by an inner file-grouped CV on the time view.

    .venv/bin/python scripts/lead_time_gate.py [--history PATH] [--config N]   # ~6 min

On text nobody had read, the rules' leads are 232 right and 78 wrong of 416 wanted (607 rounds), and only 10 wanted
leads are among the investors the rules found but did not mark: a learned choice can gain mostly by dropping wrong
rule leads. This asks whether an asymmetric gate does that without losing right ones. The frozen test is never read.
"""

from __future__ import annotations

import random
import sys
from pathlib import Path

from lead_time_cv import CONFIGS, HISTORY, Config, Tally, Time, fit, folds, load_time, show
from rules_only import pin_rules
from train_lead_ranker import Example, _count, f1, load_examples

from talentintel.funding.lead_ranker import LeadModel

LOWS = (0.0, 0.05, 0.1, 0.15, 0.2, 0.3)  # 0.0: never drop a rule lead
HIGHS = (0.5, 0.6, 0.7, 0.8, 0.9, 1.01)  # 1.01: never add


def gated(model: LeadModel, t: Time, low: float, high: float) -> list[str]:
    if t.cands is None:
        return t.rules
    out = []
    for c in t.cands:
        s = model.score(c)
        if s >= (low if c.features.get("is_rule_lead") else high):
            out.append(c.name)
    return out


def choose_gate(examples: list[Example], times: dict, cfg: Config) -> tuple[float, float]:
    counts = {(lo, hi): [0, 0, 0] for lo in LOWS for hi in HIGHS}
    for train, held in folds(examples, times, 3):
        model = fit(train, times, cfg, rule=True)
        for e in held:
            t = times[(e.file, e.key)]
            for lo, hi in counts:
                _count(counts[(lo, hi)], gated(model, t, lo, hi), e.want)
    return max(counts, key=lambda g: (f1(counts[g]), -g[0], g[1]))


def gate_cv(examples: list[Example], times: dict, cfg: Config, k: int = 5) -> Tally:
    per: Tally = {}
    for train, held in folds(examples, times, k):
        low, high = choose_gate(train, times, cfg)
        model = fit(train, times, cfg, rule=True)
        print(f"fold gate: low {low}, high {high}", flush=True)
        for e in held:
            t = times[(e.file, e.key)]
            cells = per.setdefault(e.file, {})
            for mode, leads in (("rules", t.rules), ("gate", gated(model, t, low, high))):
                _count(cells.setdefault(mode, [0, 0, 0]), leads, e.want)
    return per


def main(argv: list[str]) -> None:
    path = Path(argv[argv.index("--history") + 1]) if "--history" in argv else HISTORY
    cfg = CONFIGS[int(argv[argv.index("--config") + 1])] if "--config" in argv else CONFIGS[0]
    times = load_time(path)
    per = gate_cv(load_examples(), times, cfg)
    show(f"time CV, gated hybrid ({cfg.name})", per, ["rules", "gate"], files=False)
    for mode in ("rules", "gate"):
        print(mode, "tp/fp/fn", [sum(cells[mode][i] for cells in per.values()) for i in range(3)])
    lo, hi = paired_interval(per, "gate", "rules")
    print(f"gate minus rules, 90% file-bootstrap interval: {lo:+.3f} .. {hi:+.3f}")


def paired_interval(per: Tally, a: str, b: str, rounds: int = 2000) -> tuple[float, float]:
    """The 5th and 95th percentile of F1(a) - F1(b) over files drawn with replacement (seeded)."""
    rng = random.Random(0)
    files = sorted(per)
    deltas = []
    for _ in range(rounds):
        draw = [per[rng.choice(files)] for _ in files]
        sums = {m: [sum(c[m][i] for c in draw) for i in range(3)] for m in (a, b)}
        deltas.append(f1(sums[a]) - f1(sums[b]))
    deltas.sort()
    return deltas[int(0.05 * rounds)], deltas[int(0.95 * rounds)]


if __name__ == "__main__":
    pin_rules()
    main(sys.argv[1:])
