"""What the four trainers of scripts/ share around their fits: the publisher groups, the rules' history of each batch,
the grouped folds, the forward-in-time splits and the per-file tables they print.

Each trainer (train_kind_model, train_company_ranker, train_fund_manager_ranker, train_lead_ranker) scores its modes
the same two ways: a grouped CV (a publisher's texts are never both trained on and scored) and forward in time (each
batch with a history scored by models trained only on the files added before it, and the first dev set). Until
session 10 each kept its own copy of these loops and of the table; the fits and the figures stay each trainer's own.
The frozen test split is never read here.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import Protocol, TypeVar
from urllib.parse import urlparse

from sklearn.model_selection import GroupKFold

# Per file, per mode: counts ([right, n]; the lead trainer's [tp, fp, fn]).
Tally = dict[str, dict[str, list[int]]]
FORWARD_TITLE = "forward in time (trained on earlier files only)"


class Scored(Protocol):
    """A trainer's example as these helpers read it."""

    @property
    def file(self) -> str: ...

    @property
    def group(self) -> str: ...

    @property
    def has_history(self) -> bool: ...


E = TypeVar("E", bound=Scored)


class Groups:
    """Union-find over publisher keys (hosts, story `group`s, employers): two keys seen on one item join, so an item
    told by two publishers, or an employer seen at two, never sits on both sides of a fold."""

    def __init__(self) -> None:
        self.parent: dict[str, str] = {}

    def find(self, key: str) -> str:
        while self.parent.setdefault(key, key) != key:
            key = self.parent[key]
        return key

    def join(self, keys: Sequence[str]) -> None:
        roots = [self.find(k) for k in keys]
        for r in roots[1:]:
            self.parent[r] = roots[0]


def host(obj: dict) -> str:
    """The url's host without "www." ("" when the row has no url): two files' spellings of one publisher meet."""
    return urlparse(obj.get("url") or "").netloc.lower().removeprefix("www.")


def group_of(obj: dict, path: Path) -> str:
    """A publisher key: the url's host, else the row's group or publisher, else the id's source."""
    return host(obj) or str(
        obj.get("group") or obj.get("publisher") or f"{path.stem}:{str(obj.get('id', '')).split('-')[0]}"
    )


def load_history(path: Path) -> dict:
    """A `*_rules_history.json` (the rules' output on each batch before it was added); {} when it is not written."""
    return json.loads(path.read_text("utf-8")) if path.is_file() else {}


def history_order(history: dict) -> list[str]:
    """The files of a history in the order they were added."""
    return sorted(history, key=lambda f: history[f]["added_at"])


def group_folds(examples: Sequence[Scored], folds: int) -> list[tuple[list[int], list[int]]]:
    """(train, test) indexes of `folds` folds grouped by `group`, so a group is never on both sides."""
    split = GroupKFold(n_splits=folds).split(examples, groups=[e.group for e in examples])
    return [(list(a), list(b)) for a, b in split]


def forward_splits(examples: list[E], order: list[str]) -> Iterator[tuple[str, list[E], list[E]]]:
    """(file, past, held) per history file in `order` with examples that have a history: `past` is the files added
    before it and the first dev set; each trainer decides whether `past` is enough to train on."""
    for k, name in enumerate(order):
        held = [e for e in examples if e.file == name and e.has_history]
        if held:
            yield name, [e for e in examples if e.file in order[:k] or e.file == "devset.jsonl"], held


def total(per_file: Tally, key: str) -> tuple[int, int]:
    cells = [f[key] for f in per_file.values() if key in f]
    return sum(c[0] for c in cells), sum(c[1] for c in cells)


def report(title: str, per_file: Tally, keys: list[str], width: int = 15) -> None:
    """One row per file of right/total per key, then the share and count over all files."""
    print(f"\n{title}\n{'file':>22} " + " ".join(f"{k:>{width}}" for k in keys))
    for name, cells in per_file.items():
        row = [f"{cells[k][0]}/{cells[k][1]}" if k in cells else "-" for k in keys]
        print(f"{name:>22} " + " ".join(f"{r:>{width}}" for r in row))
    sums = [total(per_file, k) for k in keys]
    print(f"{'all':>22} " + " ".join(f"{r / n if n else 0:>{width}.3f}" for r, n in sums))
    print(f"{'n':>22} " + " ".join(f"{n:>{width}}" for _, n in sums))


def unseen(modes: list[str]) -> list[str]:
    """The keys of the modes fed the rules' unseen choice."""
    return [f"{m}@unseen" for m in modes]


def report_cv_and_forward(
    argv: list[str],
    modes: list[str],
    cv: tuple[str, Callable[[], Tally]],
    forward: Callable[[], Tally],
    show: Callable[[str, Tally, list[str]], None] = report,
) -> None:
    """The grouped CV's table (each mode, today's and unseen), then with --forward the forward-in-time table."""
    title, run_cv = cv
    show(title, run_cv(), modes + unseen(modes))
    if "--forward" in argv:
        show(FORWARD_TITLE, forward(), unseen(modes))


def save(argv: list[str], path: Path, text: str) -> None:
    """With --write, the model's JSON to `path`."""
    if "--write" in argv:
        path.write_text(text, "utf-8")
        print(f"wrote {path} ({path.stat().st_size // 1024} kB)")
