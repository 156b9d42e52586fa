"""Side-by-side accuracy: dev set at known employers, dev set at unknown employers, and the frozen test splits.

A figure on the data the rules were tuned on is not the figure: the test split (tests/fixtures/tagging/testset.jsonl)
holds real postings from publishers the dev set does not use, employers disjoint from it, committed before the rules
of issue 18 changed and never read while tuning. "Known" means a shipped list names the employer
(known_companies.toml, the reference lists, the portfolio priors); everything else is an employer we have never seen.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

from talentintel.tagging.evaluate import CLASSES, Report, evaluate
from talentintel.tagging.prior import reference_prior

_FIXTURES = Path(__file__).resolve().parents[2] / "tests" / "fixtures" / "tagging"
DEFAULT_TESTSET = _FIXTURES / "testset.jsonl"
# A second frozen split (issue 18): the first one's aggregates were printed with every tuning run, so it is no longer
# a clean held-out figure. Other publishers than every other fixture, employers no shipped list names.
DEFAULT_TESTSET2 = _FIXTURES / "testset2.jsonl"
# Fixture names no tuning run, trainer or equivalence check reads: the frozen test splits (tagging's and, for checks
# that walk every fixture, funding's test_split*) and the current holdout while it is held out. A new holdout's name
# (e.g. "hs27" while unseen_hs27.jsonl is held out) goes here, once, until the lead scores it and moves it to tuning.
FROZEN_NAMES = ("test_split", "testset", "seniority_test", "holdout", "hs27")


def is_frozen(name: str) -> bool:
    """Whether a fixture file's name is a frozen split's or the current holdout's."""
    return any(f in name.lower() for f in FROZEN_NAMES)


def known_employer(item: Mapping[str, Any]) -> bool:
    return bool(reference_prior(item.get("company")))


def _test_reports(name: str, test: Sequence[Mapping[str, Any]]) -> list[tuple[str, Report]]:
    """A test split's report, then its unknown employers' report when the split has both kinds."""
    if not test:
        return []
    out = [(name, evaluate(test, both=False))]
    test_unknown = [i for i in test if not known_employer(i)]
    if 0 < len(test_unknown) < len(test):
        out.append((f"{name} unknown", evaluate(test_unknown, both=False)))
    return out


def split_reports(
    dev: Sequence[Mapping[str, Any]],
    test: Sequence[Mapping[str, Any]],
    test2: Sequence[Mapping[str, Any]] = (),
) -> list[tuple[str, Report]]:
    """(label, report) for the dev set's known and unknown employers, the test split (all, then unknown only) and the
    second test split ("test2")."""
    known = [i for i in dev if known_employer(i)]
    unknown = [i for i in dev if not known_employer(i)]
    out = [("dev known", evaluate(known, both=False)), ("dev unknown", evaluate(unknown, both=False))]
    return out + _test_reports("test", test) + _test_reports("test2", test2)


def _row(label: str, values: Sequence[str]) -> str:
    return f"{label:<22}" + "".join(f"{v:>14}" for v in values)


def format_side_by_side(reports: Sequence[tuple[str, Report]]) -> str:
    """One column per split: items, macro-F1, F1 of each class (both = the intersection), exact region-set accuracy."""
    lines = [_row("", [name for name, _ in reports]), _row("items", [str(r.n) for _, r in reports])]
    lines.append(_row("sector macro-F1", [f"{r.macro_f1:.3f}" for _, r in reports]))
    for cls in CLASSES:
        label = "F1 both (intersection)" if cls == "both" else f"F1 {cls}"
        cells = [f"{r.per_class[cls]['f1']:.3f} ({int(r.per_class[cls]['support'])})" for _, r in reports]
        lines.append(_row(label, cells))
    lines.append(_row("region exact-set acc.", [f"{r.region_exact:.3f}" for _, r in reports]))
    lines.append(_row("country exact-set acc.", [f"{r.country_exact:.3f}" for _, r in reports]))
    return "\n".join(lines)
