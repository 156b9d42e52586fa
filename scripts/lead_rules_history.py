"""The rules' lead investors on each tuning batch as they were BEFORE the batch was added: the honest unseen figure.

    .venv/bin/python scripts/lead_rules_history.py [--write]   # ~5 min: one old tree per batch

The same method as `company_rules_history.py`, whose `collect` it calls: for each tuning file, the package as of the
PARENT of the commit that added it parses today's copy of the file's texts, and deal 1's lead investors per text id
are written to `scripts/data/lead_rules_history.json`. Its own file (not the company history's `leads`) because that
history stops at tuning_hs6 and rewriting it would move the company ranker's training data. The lead ranker's
trainer (`train_lead_ranker.py`) compares the learned modes with these unseen leads and trains the hybrid on them.
`devset.jsonl` was added with the parser itself: it has no unseen figure and is left out. The frozen test split is
never read.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from company_rules_history import ROOT, collect, save
from rules_only import pin_rules

OUT = ROOT / "scripts" / "data" / "lead_rules_history.json"


def main(argv: list[str]) -> None:
    save(collect(("leads",), skip_failures=True), OUT, argv)


if __name__ == "__main__":
    pin_rules()
    main(sys.argv[1:])
