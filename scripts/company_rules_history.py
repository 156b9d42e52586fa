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
from collections.abc import Callable
from pathlib import Path

from rules_only import LEARNED_MODES, pin_rules

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "scripts" / "data" / "company_rules_history.json"

# Runs inside the old tree: prints deal 1's company, lead investors and the kind model's rule view
# ([kind, has_company, has_amount, deals]) per id for the file named in argv[1]; each history script keeps its part.
_CHILD = r"""
import json, sys
from datetime import date
import talentintel
assert talentintel.__file__.startswith(sys.argv[2]), talentintel.__file__
from talentintel.funding.deals import parse_deals
out, leads, view = {}, {}, {}
for line in open(sys.argv[1], encoding="utf-8"):
    if not line.strip():
        continue
    obj = json.loads(line)
    key = str(obj["id"])
    published = date.fromisoformat(obj["published"][:10]) if obj.get("published") else None
    try:
        try:
            deals = parse_deals(obj["text"], published=published)
        except TypeError:
            deals = parse_deals(obj["text"])
        out[key] = deals[0].company if deals else None
        leads[key] = list(deals[0].lead_investors) if deals else []
        head = deals[0]
        view[key] = [head.kind, head.company is not None, head.amount_usd is not None, len(deals)]
    except Exception as exc:  # an old tree's crash is its answer: no company, no deal
        out[key], leads[key], view[key] = None, [], ["other", False, False, 1]
        print(f"crash {obj['id']}: {exc!r}", file=sys.stderr)
print(json.dumps({"company": out, "leads": leads, "view": view}))
"""


def _git(*args: str) -> str:
    return subprocess.run(["git", *args], cwd=ROOT, capture_output=True, text=True, check=True).stdout.strip()


def added_in(path: Path) -> str | None:
    shas = _git("log", "--diff-filter=A", "--format=%h", "--", str(path.relative_to(ROOT))).splitlines()
    return shas[-1] if shas else None


def run_in_tree(sha: str, path: Path, child: str, pinned: tuple[str, ...], prefix: str = "old") -> dict[str, dict]:
    """What `child` prints (JSON) for `path` when run by the package as of `sha`: `git archive` of talentintel/ into a
    temporary folder, a subprocess with PYTHONPATH=<that tree> and the learned-mode variables `pinned` set to `rules` (the old
    rules' own answer, not a learned mode's, whatever that tree's default). Shared by the funding and the tagging history scripts."""
    tmp = Path(tempfile.mkdtemp(prefix=f"{prefix}_{sha}_", dir="/tmp"))
    try:
        archive = tmp / "tree.tar"
        subprocess.run(["git", "archive", "--format=tar", "-o", str(archive), sha, "talentintel"], cwd=ROOT, check=True)
        with tarfile.open(archive) as tar:
            tar.extractall(tmp, filter="data")
        env = dict(os.environ) | dict.fromkeys(pinned, "rules") | {"PYTHONPATH": str(tmp)}
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


def rules_at(sha: str, path: Path) -> dict[str, dict]:
    """Deal 1's company, lead investors and rule view (`_CHILD`) per id of `path`, parsed by the package as of `sha`."""
    return run_in_tree(sha, path, _CHILD, LEARNED_MODES)


def history_of(
    paths: list[Path],
    rules: Callable[[str, Path], dict[str, dict]],
    keys: tuple[str, ...] | None = None,
    *,
    skip_failures: bool = False,
) -> dict[str, dict[str, object]]:
    """Per file: the commit that added it, when, and what `rules` of the commit before made of it (only `keys` of
    that answer when given). With `skip_failures`, an old tree that cannot run is left out."""
    history: dict[str, dict[str, object]] = {}
    for path in paths:
        sha = added_in(path)
        if sha is None:
            continue
        parent = _git("rev-parse", "--short", f"{sha}^")
        when = _git("log", "-1", "--format=%cI", sha)
        try:
            got = rules(parent, path)
        except subprocess.CalledProcessError as exc:
            if not skip_failures:
                raise
            print(f"{path.name}: the tree of {parent} fails: {exc.stderr[-300:]}", file=sys.stderr)
            continue
        kept = got if keys is None else {k: got[k] for k in keys}
        history[path.name] = {"added_in": sha, "added_at": when, "rules_of": parent, **kept}
        print(f"{path.name}: added in {sha} at {when}, rules of {parent}, {len(next(iter(kept.values())))} items")
    return history


def collect(keys: tuple[str, ...], *, skip_failures: bool = False) -> dict[str, dict[str, object]]:
    """Per tuning file (not the dev set, which came with the parser): when it was added and what the rules of the
    commit before made of it (`keys` of `rules_at`). With `skip_failures`, an old tree that cannot run is left out."""
    from cli.commands.funding import TUNING

    paths = [p for p in TUNING if p.name != "devset.jsonl"]
    return history_of(paths, rules_at, keys, skip_failures=skip_failures)


def save(history: dict[str, dict[str, object]], out: Path, argv: list[str]) -> None:
    if "--write" in argv:
        out.parent.mkdir(exist_ok=True)
        out.write_text(json.dumps(history, indent=1, ensure_ascii=False, sort_keys=True) + "\n", "utf-8")
        print(f"wrote {out}")


def main(argv: list[str]) -> None:
    save(collect(("company", "leads")), OUT, argv)


if __name__ == "__main__":
    pin_rules()
    main(sys.argv[1:])
