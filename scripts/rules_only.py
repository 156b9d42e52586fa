"""`pin_rules()`, called by every trainer and history script when run as a script (never on import, so a test that
imports a trainer keeps its own settings), pins each learned mode to `rules`; `run_in_tree` pins the same variables
in the old trees it runs. These scripts read `parse_deals` and `tag` as "the rules' answer". Since session 12 the shipped default of `funding_kind_model` is `hybrid`, so the
default alone no longer means the rules. A setting the running tree does not know is ignored by its settings class.
"""

from __future__ import annotations

import os

LEARNED_MODES = (
    "FUNDING_KIND_MODEL",
    "FUNDING_LEAD_RANKER",
    "FUNDING_COMPANY_RANKER",
    "FUNDING_COMPANY_SPAN",
    "FUNDING_FUND_MANAGER",
    "TAGGING_SECTOR_MODEL",
)


def pin_rules() -> None:
    os.environ.update(dict.fromkeys(LEARNED_MODES, "rules"))
