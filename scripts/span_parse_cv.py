"""The company span model's CV objective, the eval's own: for each held-out publisher fold, every tuning text is parsed
in full (`parse_deals`, as `talentintel eval funding` does) with that fold's span model deciding each round's company,
and scored by the eval (`evaluate.score`: kind on every text, company and the other round fields on labeled rounds).

Why: the span CV of sessions 17-18 counted company on labeled rounds only, so it could not see that a fill turns an
explainer or a market total (the rules: no company, so no round) into a round; a fill threshold of 0.01 chosen there
cost ~95 tuning texts their kind (0.905 -> 0.851).

A parse depends on the span model only through `company_span.choose`'s answers, so each text is parsed once to record
its calls (the part and the rules' choice), the fold's model scores the recorded spans, and the text is parsed again
only for an answer vector not seen before (cached): a grid of thresholds costs a few parses per text, not one each.
On texts with a history the rules' choice of the first call (deal 1's part) is the rules' answer from before the
batch was added (`company_rules_history.json`); the rest of the parse is today's. Other learned modes stay `rules`
(the trainer pins them). The frozen test split is never read here.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
from training_cv import group_of

from talentintel.funding import company_span
from talentintel.funding.company_span import Scored, Thresholds, decide
from talentintel.funding.company_span_features import SpanCandidate, span_candidates
from talentintel.funding.evaluate import LabeledItem, Report, load_labeled, score
from talentintel.funding.extract import split_headline

Chooser = Callable[..., str | None]


@dataclass
class Call:
    part: str
    rule: str | None
    cands: list[SpanCandidate]


@dataclass
class Text:
    file: str
    group: str
    item: LabeledItem
    calls: list[Call] = field(default_factory=list)
    has_history: bool = False
    past: str | None = None  # the rules' deal-1 company before the batch was added


@contextmanager
def _chooser(fn: Chooser) -> Iterator[None]:
    """`parse_deals` reads `company_span.choose` at each call: swapped here, restored after."""
    saved = company_span.choose
    company_span.choose = fn  # type: ignore[assignment]
    try:
        yield
    finally:
        company_span.choose = saved  # type: ignore[assignment]


def _record(text: Text) -> None:
    def rec(part: str, rule_choice: str | None, *, mode: str | None = None) -> str | None:
        text.calls.append(Call(part, rule_choice, span_candidates(*split_headline(part))))
        return rule_choice

    with _chooser(rec):
        score(Report(), text.item)


def load_texts(paths: tuple[Path, ...], history: dict) -> list[Text]:
    """Every labeled text of `paths` with its recorded `choose` calls (one full parse each, ~100 s on 2,625 texts)."""
    out = []
    for path in paths:
        past = history.get(path.name, {}).get("company", {})
        objs = [json.loads(line) for line in path.read_text("utf-8").splitlines() if line.strip()]
        for obj, item in zip(objs, load_labeled(path), strict=True):
            t = Text(path.name, group_of(obj, path), item)
            if item.id in past:
                t.has_history, t.past = True, past[item.id]
            _record(t)
            out.append(t)
    return out


def rule_of(text: Text, k: int, *, unseen: bool) -> str | None:
    """The rules' choice fed to call `k`: deal 1's is the rules' answer from before the batch when `unseen`."""
    return text.past if unseen and text.has_history and k == 0 else text.calls[k].rule


def answers(mode: str, text: Text, scored: list[Scored], t: Thresholds, *, unseen: bool) -> tuple[str | None, ...]:
    return tuple(decide(mode, s, rule_of(text, k, unseen=unseen), t) for k, s in enumerate(scored))


FIELDS = ("kind", "company", "amount", "round", "sector", "fund_company", "fund_amount", "extra_deals")


def as_row(report: Report) -> list[int]:
    counts = [v for name in FIELDS for v in (getattr(report, name).ok, getattr(report, name).n)]
    return [report.n, *counts, report.lead_tp, report.lead_fp, report.lead_fn]


def as_report(row: np.ndarray) -> Report:
    out = Report(n=int(row[0]))
    for k, name in enumerate(FIELDS):
        cell = getattr(out, name)
        cell.ok, cell.n = int(row[1 + 2 * k]), int(row[2 + 2 * k])
    out.lead_tp, out.lead_fp, out.lead_fn = (int(v) for v in row[-3:])
    return out


class Outcomes:
    """Each text's eval tally (a row of counts) under one vector of `choose` answers, parsed once per distinct
    vector: a grid point sums rows, it parses nothing it has seen."""

    def __init__(self) -> None:
        self.ids: dict[tuple[int, tuple[str | None, ...]], int] = {}
        self.rows: list[list[int]] = []
        self._table: np.ndarray | None = None

    def of(self, index: int, text: Text, said: tuple[str | None, ...]) -> int:
        key = (index, said)
        if key not in self.ids:
            self.ids[key] = len(self.rows)
            self.rows.append(as_row(_replay(text, said)))
            self._table = None
        return self.ids[key]

    def total(self, ids: list[int]) -> Report:
        if self._table is None:
            self._table = np.array(self.rows, dtype=np.int64).reshape(-1, 4 + 2 * len(FIELDS))
        return as_report(self._table[ids].sum(axis=0))


def _replay(text: Text, said: tuple[str | None, ...]) -> Report:
    calls = iter(said)

    def play(part: str, rule_choice: str | None, *, mode: str | None = None) -> str | None:
        # A parse that calls more often than the recorded one (an answer changed its path) keeps the rules' choice.
        return next(calls, rule_choice)

    report = Report()
    with _chooser(play):
        score(report, text.item)
    return report


def figures(report: Report) -> dict[str, float]:
    """kind, company and the eval's mean (0.0 for an empty figure)."""
    f = report.figures()
    return {k: float(f[k] or 0.0) for k in ("kind", "company", "mean")}


def tally(
    outcomes: Outcomes,
    texts: list[Text],
    at: list[int],
    scored: list[list[Scored]],
    mode: str,
    t: Thresholds,
    *,
    unseen: bool,
) -> Report:
    """The eval's tally over `texts[at]` under `mode` and `t`; `unseen` keeps the texts with a history."""
    keep = [i for i in at if texts[i].has_history or not unseen]
    return outcomes.total(
        [outcomes.of(i, texts[i], answers(mode, texts[i], scored[i], t, unseen=unseen)) for i in keep]
    )


def best(
    outcomes: Outcomes, texts: list[Text], at: list[int], scored: list[list[Scored]], grid: list[Thresholds]
) -> Thresholds:
    """The grid's thresholds with the highest eval mean under `hybrid`, fed the rules' answer from before each batch
    (today's rules were written on these texts: tuned against them the hybrid would learn never to act)."""
    return max(grid, key=lambda t: figures(tally(outcomes, texts, at, scored, "hybrid", t, unseen=True))["mean"])
