"""The rules' deal kind on each tuning batch as it was BEFORE the batch was added: the honest unseen kind figure.

    .venv/bin/python scripts/kind_rules_history.py [--write]   # ~5 min: one old tree per batch

The same method as `company_rules_history.py`, whose `collect` it calls (one old-tree run reads company, leads and
kind alike): for each tuning file, the package as of the PARENT of the commit that added it parses today's copy of the file's texts. Per text id it keeps
what the kind model's hybrid mode reads from the rules (`kind_model.rule_view`: deal 1's kind, whether a company
and an amount were read, how many deals), written to `scripts/data/kind_rules_history.json`. The trainer
(`train_kind_model.py`) compares the learned modes with these unseen rules and trains the hybrid on them, so the
hybrid learns how far the rules' kind holds on new text, not the ~0.92 it reaches on the text it was written on.
`devset.jsonl` was added with the parser itself: it has no unseen figure and is left out. The frozen test split is
never read.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from company_rules_history import ROOT, collect, save
from rules_only import pin_rules

OUT = ROOT / "scripts" / "data" / "kind_rules_history.json"


def main(argv: list[str]) -> None:
    save(collect(("view",), skip_failures=True), OUT, argv)


if __name__ == "__main__":
    pin_rules()
    main(sys.argv[1:])
