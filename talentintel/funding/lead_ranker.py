"""A learned choice of a round's lead investors among the investors the rules found (`lead_features`).

Lead F1 is 0.890 on the tuning texts the rules were written on, 0.724 on the frozen test and 0.43-0.65 on each new
batch's first score: the lead phrases do not hold on new language. Two per-candidate logistic models ship as JSON
(`data/lead_ranker.json`, no pickle), trained by `scripts/train_lead_ranker.py` on every tuning round, each with its
threshold chosen by publisher-grouped CV. Modes (setting `funding_lead_ranker`, env FUNDING_LEAD_RANKER):
- `rules`: the rules' leads, untouched (default);
- `ranker`: every candidate scored at or above the threshold on language features alone;
- `hybrid`: the same plus "the rules chose this", trained on the rules' leads from BEFORE each batch was added
  (`scripts/lead_rules_history.py`), so it learns how far the rules hold on new text.
Figures (2026-12-05, 936 tuning rounds, publisher-grouped 5-fold CV, lead F1): on the 49 files with a history, the
rules as they were before each file 0.605, ranker 0.764, hybrid 0.757 (forward in time 0.612 / 0.755 / 0.739); fed today's rules on the texts they were
written on 0.890 / 0.853 / 0.838. The default stays `rules` until the lead runs the frozen test once per mode (the
company ranker's same fair comparison overstated its hybrid there: older rules were weaker than today's).
Session 22: that comparison scored the learned modes on today's investors, found by rules written on those texts;
replayed with the parse of the time (`scripts/lead_time_cv.py`, 607 rounds of 41 files) rules 0.639, ranker 0.636,
hybrid 0.632, as the shipped models really gave on first sight (0.634 / 0.630): the ranker cannot find a lead the
rules never read as an investor, so `rules` stays.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, replace
from functools import cache, cached_property
from typing import Any

from talentintel.funding.company_features import Candidate
from talentintel.funding.company_ranker import RankerModel, shipped
from talentintel.funding.lead_features import LeadCandidate, lead_candidates
from talentintel.learned_mode import ModeSwitch

MODES = ("rules", "ranker", "hybrid")
RULE_FEATURES = frozenset({"is_rule_lead", "rule_leads_log"})


def feature_value(cand: LeadCandidate, name: str) -> float:
    """A feature of `cand`, or the product of two ("before_from*later_others": named after "from" with the others'
    phrase later in its sentence); the pairs let a linear model read a cue in its context (grouped CV lead F1 on
    unseen rule choices 0.756 -> 0.762 ranker, 0.747 -> 0.761 hybrid, 2026-12-05)."""
    if "*" not in name:
        return cand.features.get(name, 0.0)
    left, right = name.split("*", 1)
    return cand.features.get(left, 0.0) * cand.features.get(right, 0.0)


@dataclass(frozen=True)
class LeadModel(RankerModel):
    """The company ranker's linear model over feature pairs too ("a*b"), with a threshold: every candidate at or
    above it is a lead (a round has none, one or several)."""

    threshold: float = 0.5

    @cached_property
    def _terms(self) -> tuple[tuple[str, str | None, float], ...]:
        split = (name.split("*", 1) if "*" in name else (name, None) for name in self.features)
        return tuple((a, b, w) for (a, b), w in zip(split, self.coef, strict=True) if w)

    def score(self, cand: Candidate | LeadCandidate) -> float:
        f = cand.features
        z = self.intercept + sum(
            w * f.get(a, 0.0) * (1.0 if b is None else f.get(b, 0.0)) for a, b, w in self._terms if a in f
        )
        return 1.0 / (1.0 + math.exp(-max(-50.0, min(50.0, z))))

    def to_json(self) -> dict[str, Any]:
        return {**super().to_json(), "threshold": round(self.threshold, 4)}

    @classmethod
    def from_json(cls, obj: dict[str, Any]) -> LeadModel:
        return replace(super().from_json(obj), threshold=float(obj["threshold"]))


@cache
def shipped_models() -> dict[str, LeadModel]:
    """The lead ranker's two shipped models."""
    return shipped("lead_ranker.json", LeadModel.from_json)


_SWITCH: ModeSwitch[LeadModel] = ModeSwitch("funding_lead_ranker", "lead ranker", MODES)
configure = _SWITCH.configure


def decide(model: LeadModel, cands: list[LeadCandidate]) -> list[str]:
    """The candidates scored at or above the model's threshold, in the order the text names them."""
    return [c.name for c in cands if model.score(c) >= model.threshold]


def choose(part: str, rule_leads: list[str], investors: list[str], *, mode: str | None = None) -> list[str]:
    """The lead investors of one round part under `mode` (default: the setting); `rules` returns `rule_leads`."""
    mode = mode or _SWITCH.current()
    if mode == "rules":
        return rule_leads
    model = _SWITCH.model or shipped_models()[mode]
    return decide(model, lead_candidates(part, rule_leads, investors))
