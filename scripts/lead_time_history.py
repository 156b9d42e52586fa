"""The whole lead pipeline of the time on each tuning batch, as it was BEFORE the batch was added: what the rules, the
shipped ranker and the shipped hybrid really said on text they had never seen, and the candidates they saw.

    .venv/bin/python scripts/lead_time_history.py [--out PATH]   # ~10 min: one old tree per batch since the ranker

`lead_rules_history.py` keeps only the old rules' leads; `train_lead_ranker.py` then scored its learned modes on
TODAY's round part, investors and features with those old leads marked (`@unseen`), and that view said ranker 0.768
against rules 0.620 (session 21) while every frozen test and holdout since session 9 said the ranker trails or ties.
This script records, for every file added after the lead ranker existed (commit 92f5f98b), deal 1 as the tree of the
parent commit made it: the rules' leads, the round part, the investors, each candidate's features under THAT tree's
`lead_features`, and the shipped ranker's and hybrid's choice (that tree's JSON). The trainer's `--time` view reads it
(`lead_time_cv.py`). Written to /tmp by default (no shipped file changes); the frozen test split is never read.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from company_rules_history import _git, added_in, run_in_tree
from rules_only import LEARNED_MODES, pin_rules

FIRST = "92f5f98b"  # the commit that added the lead ranker: older trees have no ranker to replay
OUT = Path("/tmp/lead_time_history.json")

# Runs inside the old tree with every learned mode pinned to `rules`: deal 1's round part, investors and rules' leads
# are recorded by wrapping `lead_ranker.choose` (keyed by the leads list's identity, as train_lead_ranker does), then
# the tree's own shipped models decide on that tree's candidates (what FUNDING_LEAD_RANKER=ranker|hybrid gave).
_CHILD = r"""
import json, sys
from datetime import date
import talentintel
assert talentintel.__file__.startswith(sys.argv[2]), talentintel.__file__
from talentintel.funding import deals as deals_module, lead_ranker
from talentintel.funding.lead_features import lead_candidates
real = lead_ranker.choose
models = lead_ranker.shipped_models()
out = {}
for line in open(sys.argv[1], encoding="utf-8"):
    if not line.strip():
        continue
    obj = json.loads(line)
    calls = {}
    def record(part, rule_leads, investors, **kw):
        calls[id(rule_leads)] = (rule_leads, part, list(investors))
        return rule_leads
    lead_ranker.choose = record
    published = date.fromisoformat(obj["published"][:10]) if obj.get("published") else None
    try:
        head = deals_module.parse_deals(obj["text"], published=published)[0]
    except Exception as exc:
        print(f"crash {obj['id']}: {exc!r}", file=sys.stderr)
        out[str(obj["id"])] = {"rules": [], "part": None}
        continue
    finally:
        lead_ranker.choose = real
    rules = list(head.lead_investors)
    _, part, investors = calls.get(id(head.lead_investors), (None, None, []))
    row = {"rules": rules, "part": part, "investors": investors}
    if part is not None:
        cands = lead_candidates(part, rules, investors)
        row["cands"] = [[c.name, c.features] for c in cands]
        row["ranker"] = lead_ranker.decide(models["ranker"], cands)
        row["hybrid"] = lead_ranker.decide(models["hybrid"], cands)
    out[str(obj["id"])] = row
print(json.dumps(out, ensure_ascii=False))
"""


def collect() -> dict[str, dict[str, object]]:
    from cli.commands.funding import TUNING

    first_at = _git("log", "-1", "--format=%cI", FIRST)
    history: dict[str, dict[str, object]] = {}
    for path in TUNING:
        sha = added_in(path)
        if sha is None or path.name == "devset.jsonl":
            continue
        when = _git("log", "-1", "--format=%cI", sha)
        if when <= first_at:
            continue
        parent = _git("rev-parse", "--short", f"{sha}^")
        try:
            rows = run_in_tree(parent, path, _CHILD, LEARNED_MODES, prefix="leadtime")
        except subprocess.CalledProcessError as exc:
            print(f"{path.name}: the tree of {parent} fails: {exc.stderr[-300:]}", file=sys.stderr)
            continue
        history[path.name] = {"added_in": sha, "added_at": when, "rules_of": parent, "rows": rows}
        print(f"{path.name}: rules of {parent}, {len(rows)} texts", flush=True)
    return history


def main(argv: list[str]) -> None:
    out = Path(argv[argv.index("--out") + 1]) if "--out" in argv else OUT
    out.write_text(json.dumps(collect(), ensure_ascii=False, sort_keys=True) + "\n", "utf-8")
    print(f"wrote {out}")


if __name__ == "__main__":
    pin_rules()
    main(sys.argv[1:])
