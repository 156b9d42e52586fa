"""A learned choice of a fund's manager among the candidates of a (Latin-script) fund announcement.

The company ranker (`company_ranker`) picks a round's company; a fund text is a different reading: the manager is
the firm that closed or launched the fund, and the text also names its LPs, a sponsor, the fund itself and people.
Two linear models ship as JSON (`data/fund_manager_ranker.json`, no pickle), trained pairwise by
`scripts/train_fund_manager_ranker.py` on the fund texts of every tuning file over the company candidates plus the
fund features of `fund_manager_features`. Modes (setting `funding_fund_manager`, env FUNDING_FUND_MANAGER):
- `rules`: the fund rules' choice (`deals._rule_manager`), untouched (default);
- `ranker`: the best-scored candidate on language features alone;
- `hybrid`: the same plus "the rules chose this", trained on the rules' choice from before each file was added.
Figures and why the default is what it is: `fund_manager_ranker.json`'s provenance in PROVENANCE.md and the
module's tests.
"""

from __future__ import annotations

import json
from functools import cache
from importlib import resources

from talentintel.funding.company_ranker import MODES, RankerModel, decide
from talentintel.funding.extract import split_headline
from talentintel.funding.fund_manager_features import fund_candidates


@cache
def shipped_models() -> dict[str, RankerModel]:
    raw = json.loads(
        resources.files("talentintel.funding").joinpath("data/fund_manager_ranker.json").read_text("utf-8")
    )
    return {mode: RankerModel.from_json(raw[mode]) for mode in ("ranker", "hybrid")}


class _State:
    """Overrides for tests (a mode, a model) without touching settings."""

    mode: str | None = None
    model: RankerModel | None = None


def configure(mode: str | None = None, model: RankerModel | None = None) -> None:
    if mode is not None and mode not in MODES:
        raise ValueError(f"fund manager mode: one of {MODES}")
    _State.mode, _State.model = mode, model


def _mode() -> str:
    if _State.mode is not None:
        return _State.mode
    from talentintel.settings import get_settings  # the settings object is cached

    return get_settings().funding_fund_manager


def choose(part: str, rule_choice: str | None, *, mode: str | None = None) -> str | None:
    """The manager of one fund deal's text under `mode` (default: the setting)."""
    mode = mode or _mode()
    if mode == "rules":
        return rule_choice
    header, body = split_headline(part)
    model = _State.model or shipped_models()[mode]
    return decide(model, fund_candidates(header, body, rule_choice), rule_choice)
