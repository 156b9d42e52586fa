"""Train the fund-manager ranker (talentintel/funding/fund_manager_ranker.py) on ALL tuning files and write its JSON.

    .venv/bin/python scripts/train_fund_manager_ranker.py [--forward] [--write]   # ~1 min

Reads deal 1 of every tuning text labeled as a fund with a named manager, in Latin script (CJK fund texts keep their
rules), cut as the parser cuts it, and the fund path's own choice (`deals_fund.fund_deal`) as "the rules' choice". The
same pairwise linear models as the company ranker (`train_company_ranker.fit`), over the company candidates plus the
fund features of `fund_manager_features`. Prints the manager figure of each mode:
- grouped CV: 5 folds grouped by publisher (url host), so a publisher's texts are never both trained on and scored;
- `@unseen`: on files with a history (`scripts/data/company_rules_history.json`: deal 1's company from the rules as
  they were before the file was added), the rules' unseen choice against the learned modes fed that same choice.
`--write` saves both models to talentintel/funding/data/fund_manager_ranker.json. Deterministic (fixed folds, lbfgs,
seed 0). The frozen test split is never read here.
"""

from __future__ import annotations

import sys
from pathlib import Path

from rules_only import pin_rules
from train_company_ranker import HISTORY_PATH, Example, run
from train_company_ranker import load_examples as load_company_examples
from training_cv import load_history

from cli.commands.funding import TUNING
from talentintel.funding.deals_fund import fund_manager_rules
from talentintel.funding.extract import clean_text
from talentintel.funding.fund_manager_features import fund_candidates
from talentintel.funding.link_lines import drop_link_lines

ROOT = Path(__file__).resolve().parents[1]
MODEL_PATH = ROOT / "talentintel" / "funding" / "data" / "fund_manager_ranker.json"


def load_examples(paths: tuple[Path, ...] = TUNING, history: dict | None = None) -> list[Example]:
    """Deal 1 of every tuning text labeled as a fund with a manager, in Latin script, as the parser cuts it."""
    return load_company_examples(
        paths,
        history,
        kind="fund",
        prepare=lambda text: drop_link_lines(clean_text(text)),
        rule_of=fund_manager_rules,
        make=fund_candidates,
    )


def main(argv: list[str]) -> None:
    history = load_history(HISTORY_PATH)
    run(argv, "fund managers", load_examples(history=history), history, MODEL_PATH)


if __name__ == "__main__":
    pin_rules()
    main(sys.argv[1:])
