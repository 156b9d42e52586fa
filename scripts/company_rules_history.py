"""The rules' company choice on each tuning batch as it was BEFORE the batch was added: the honest unseen figure.

    .venv/bin/python scripts/company_rules_history.py [--write]

The rules were written on the tuning texts, so their figure on them (and under any cross-validation) is inflated.
For each tuning file this finds the commit that added it (`git log --diff-filter=A`), exports the package as of
that commit's PARENT (`git archive`, so the rules had never seen the batch), and runs that tree's `parse_deals` on
the file's texts (today's copy of the texts, so later label fixes count) in a subprocess with
PYTHONPATH=<old tree>. Deal 1's company and lead investors per text id are written to `scripts/data/company_rules_history.json`, which
`train_company_ranker.py` reads to compare with the ranker and as the stacked hybrid's "the rules chose this while
unseen" feature. `devset.jsonl` was added with the parser itself: it has no unseen figure and is left out.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import tarfile
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "scripts" / "data" / "company_rules_history.json"

# Runs inside the old tree: prints {id: deal 1 company} for the file named in argv[1].
_CHILD = r"""
import json, sys
from datetime import date
import talentintel
assert talentintel.__file__.startswith(sys.argv[2]), talentintel.__file__
from talentintel.funding.deals import parse_deals
out, leads = {}, {}
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
        out[str(obj["id"])] = deals[0].company if deals else None
        leads[str(obj["id"])] = list(deals[0].lead_investors) if deals else []
    except Exception as exc:  # an old tree's crash is its answer: no company
        out[str(obj["id"])], leads[str(obj["id"])] = None, []
        print(f"crash {obj['id']}: {exc!r}", file=sys.stderr)
print(json.dumps({"company": out, "leads": leads}))
"""


def _git(*args: str) -> str:
    return subprocess.run(["git", *args], cwd=ROOT, capture_output=True, text=True, check=True).stdout.strip()


def added_in(path: Path) -> str | None:
    shas = _git("log", "--diff-filter=A", "--format=%h", "--", str(path.relative_to(ROOT))).splitlines()
    return shas[-1] if shas else None


def rules_at(sha: str, path: Path, child: str = _CHILD) -> dict[str, dict]:
    """Deal 1's company and lead investors per id of `path`, parsed by the package as of `sha` (or what another
    `child` script prints: `kind_rules_history.py` reads deal 1's kind the same way)."""
    tmp = Path(tempfile.mkdtemp(prefix=f"old_{sha}_", dir="/tmp"))
    try:
        archive = tmp / "tree.tar"
        subprocess.run(["git", "archive", "--format=tar", "-o", str(archive), sha, "talentintel"], cwd=ROOT, check=True)
        with tarfile.open(archive) as tar:
            tar.extractall(tmp, filter="data")
        env = {**os.environ, "PYTHONPATH": str(tmp)}
        env.pop("FUNDING_COMPANY_RANKER", None)
        env.pop("FUNDING_KIND_MODEL", None)
        run = subprocess.run(
            [sys.executable, "-c", child, str(path), str(tmp)],
            cwd=tmp,
            env=env,
            capture_output=True,
            text=True,
            check=True,
        )
        if run.stderr.strip():
            print(run.stderr.strip()[-500:], file=sys.stderr)
        result: dict[str, dict] = json.loads(run.stdout)
        return result
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


def main(argv: list[str]) -> None:
    from cli.commands.funding import TUNING

    history: dict[str, dict[str, object]] = {}
    for path in TUNING:
        sha = added_in(path)
        if sha is None or path.name == "devset.jsonl":
            continue
        parent = _git("rev-parse", "--short", f"{sha}^")
        when = _git("log", "-1", "--format=%cI", sha)
        history[path.name] = {"added_in": sha, "added_at": when, "rules_of": parent, **rules_at(parent, path)}
        print(f"{path.name}: added in {sha}, rules of {parent}, {len(history[path.name]['company'])} texts")  # type: ignore[arg-type]
    if "--write" in argv:
        OUT.parent.mkdir(exist_ok=True)
        OUT.write_text(json.dumps(history, indent=1, ensure_ascii=False, sort_keys=True) + "\n", "utf-8")
        print(f"wrote {OUT}")


if __name__ == "__main__":
    main(sys.argv[1:])
