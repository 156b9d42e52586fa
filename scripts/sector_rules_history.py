"""The tagger's sector on each unseen batch as the rules were BEFORE the batch was added: the honest unseen figure.

    .venv/bin/python scripts/sector_rules_history.py [--write]   # ~5 min: one old tree per batch

The method of `company_rules_history.py` (whose `history_of`, `run_in_tree` and `save` it reuses): for each unseen*.jsonl
tagging batch, the package as of the PARENT of the commit that added it (`git archive`) tags today's copy of the
batch's items (so later label fixes count), shipped and company-blind, in a subprocess with PYTHONPATH=<old tree>.
Per item id it keeps what the sector model's hybrid reads of the rules (`sector_model.rule_features`, computed here
from the old TagResult), written to `scripts/data/sector_rules_history.json`. `train_sector_model.py` compares the
learned modes with these unseen rules, trains the hybrid on them, and orders the batches by `added_at` for the
forward-in-time figure. The dev set came with the tagger: it has no unseen figure. The frozen test splits are never
read.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from company_rules_history import ROOT, history_of, run_in_tree, save
from rules_only import LEARNED_MODES, pin_rules

from talentintel.tagging.eval_splits import is_frozen

OUT = ROOT / "scripts" / "data" / "sector_rules_history.json"
FIXTURES = ROOT / "tests" / "fixtures" / "tagging"

# Runs inside the old tree: prints {"view": {id: features}, "blind": {id: features}} for the file in argv[1]. The
# features are sector_model.rule_features, written out here because the old tree has no sector_model.
_CHILD = r"""
import json, sys
import talentintel
assert talentintel.__file__.startswith(sys.argv[2]), talentintel.__file__
from talentintel.tagging import evaluate as ev

def features(r):
    feats = {"rule:class=" + r.sector_class: 1.0}
    ev_ = r.evidence or {}
    if ev_.get("text_class"):
        feats["rule:text=" + ev_["text_class"]] = 1.0
    for s in ("crypto", "ai"):
        found = ev_.get(s) or []
        feats["rule:conf:" + s] = float((r.confidence or {}).get(s, 0.0))
        if found:
            feats["rule:n:" + s] = min(len(found), 10) / 10
        if any(isinstance(e, dict) and e.get("field") == "title" for e in found):
            feats["rule:title:" + s] = 1.0
        if any(isinstance(e, dict) and e.get("term") == "company_prior" for e in found):
            feats["rule:prior:" + s] = 1.0
    return feats

items = ev.load_devset(__import__("pathlib").Path(sys.argv[1]))
out = {}
for key, blind in (("view", False), ("blind", True)):
    if hasattr(ev, "tag_items"):
        results = ev.tag_items(items, company_blind=blind)
    else:
        results = [ev.tag_item(i, company_blind=blind) for i in items]
    out[key] = {str(i["id"]): features(r) for i, r in zip(items, results)}
print(json.dumps(out))
"""


def rules_at(sha: str, path: Path) -> dict[str, dict]:
    """The old tree's rule features per item id of `path`, shipped ("view") and company-blind ("blind")."""
    return run_in_tree(sha, path, _CHILD, LEARNED_MODES, prefix="old_tag")


def tuning_name(name: str) -> bool:
    """Files the tuning never reads: the frozen test splits and the current holdout (eval_splits.FROZEN_NAMES)."""
    return not is_frozen(name)


def batches() -> list[Path]:
    """The unseen batches, never a frozen split or the current holdout."""
    return sorted(p for p in FIXTURES.glob("unseen*.jsonl") if tuning_name(p.name))


def collect() -> dict[str, dict[str, object]]:
    return history_of(batches(), rules_at, skip_failures=True)


def main(argv: list[str]) -> None:
    save(collect(), OUT, argv)


if __name__ == "__main__":
    pin_rules()
    main(sys.argv[1:])
