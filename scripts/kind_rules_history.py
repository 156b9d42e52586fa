"""The rules' deal kind on each tuning batch as it was BEFORE the batch was added: the honest unseen kind figure.

    .venv/bin/python scripts/kind_rules_history.py [--write]   # ~5 min: one old tree per batch

The same method as `company_rules_history.py` (whose `added_in` and `rules_at` it reuses): for each tuning file, the
package as of the PARENT of the commit that added it parses today's copy of the file's texts. Per text id it keeps
what the kind model's hybrid mode reads from the rules (`kind_model.rule_view`: deal 1's kind, whether a company
and an amount were read, how many deals), written to `scripts/data/kind_rules_history.json`. The trainer
(`train_kind_model.py`) compares the learned modes with these unseen rules and trains the hybrid on them, so the
hybrid learns how far the rules' kind holds on new text, not the ~0.92 it reaches on the text it was written on.
`devset.jsonl` was added with the parser itself: it has no unseen figure and is left out. The frozen test split is
never read.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from company_rules_history import ROOT, _git, added_in, rules_at

OUT = ROOT / "scripts" / "data" / "kind_rules_history.json"

# Runs inside the old tree: prints {"view": {id: [kind, has_company, has_amount, deals]}} for the file in argv[1].
_CHILD = r"""
import json, sys
from datetime import date
import talentintel
assert talentintel.__file__.startswith(sys.argv[2]), talentintel.__file__
from talentintel.funding.deals import parse_deals
view = {}
for line in open(sys.argv[1], encoding="utf-8"):
    if not line.strip():
        continue
    obj = json.loads(line)
    published = date.fromisoformat(obj["published"][:10]) if obj.get("published") else None
    try:
        try:
            deals = parse_deals(obj["text"], published=published)
        except TypeError:
            deals = parse_deals(obj["text"])
        head = deals[0]
        view[str(obj["id"])] = [head.kind, head.company is not None, head.amount_usd is not None, len(deals)]
    except Exception as exc:  # an old tree's crash is its answer: no deal
        view[str(obj["id"])] = ["other", False, False, 1]
        print(f"crash {obj['id']}: {exc!r}", file=sys.stderr)
print(json.dumps({"view": view}))
"""


def main(argv: list[str]) -> None:
    from cli.commands.funding import TUNING

    history: dict[str, dict[str, object]] = {}
    for path in TUNING:
        sha = added_in(path)
        if sha is None or path.name == "devset.jsonl":
            continue
        parent = _git("rev-parse", "--short", f"{sha}^")
        when = _git("log", "-1", "--format=%cI", sha)
        try:
            got = rules_at(parent, path, child=_CHILD)
        except subprocess.CalledProcessError as exc:
            print(f"{path.name}: the tree of {parent} fails: {exc.stderr[-300:]}", file=sys.stderr)
            continue
        history[path.name] = {"added_in": sha, "added_at": when, "rules_of": parent, **got}
        print(f"{path.name}: added in {sha}, rules of {parent}, {len(got['view'])} texts", flush=True)
    if "--write" in argv:
        OUT.parent.mkdir(exist_ok=True)
        OUT.write_text(json.dumps(history, indent=1, ensure_ascii=False, sort_keys=True) + "\n", "utf-8")
        print(f"wrote {OUT}")


if __name__ == "__main__":
    main(sys.argv[1:])
