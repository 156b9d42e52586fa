"""The tagger's full output on every labeled fixture and the bench's inputs, to prove a speed change changes nothing.

    .venv/bin/python bench/tagging_equivalence.py dump /tmp/tagging_before.jsonl     # before the change
    .venv/bin/python bench/tagging_equivalence.py check /tmp/tagging_before.jsonl    # after: byte-for-byte or exit 1

One JSON line per (input, path): tag_posting as shipped and company-blind (the two eval paths), tag_text (funding
announcements), job_fields (seniority, skills, pay, visa), for the dev set and the unseen sets; tag_posting for the
bench's 2 KB postings. Frozen test splits are not read. Runs under PYTHONHASHSEED=0 unless one is set: cjk_terms.cjk_hits collects
its matches in a set, so the order of tied evidence entries otherwise differs from one process to the next.
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import os
import sys
from collections.abc import Iterator
from pathlib import Path

from bench_tagging import postings

from talentintel.tagging import tag_text
from talentintel.tagging.evaluate import load_devset, tag_item
from talentintel.tagging.job_fields import job_fields
from talentintel.tagging.tagger import tag_posting

FIXTURES = Path(__file__).parents[1] / "tests" / "fixtures" / "tagging"
SETS = ("devset", "unseen2", "unseen3", "unseen4", "unseen5", "unseen5b", "unseen6")


def _line(key: str, value: object) -> str:
    return json.dumps({"key": key, "out": value}, ensure_ascii=False, default=str)


def outputs(bench_n: int) -> Iterator[str]:
    for name in SETS:
        for number, item in enumerate(load_devset(FIXTURES / f"{name}.jsonl")):
            key = f"{name}:{number}:{item.get('id')}"
            yield _line(f"{key}:shipped", dataclasses.asdict(tag_item(item)))
            yield _line(f"{key}:blind", dataclasses.asdict(tag_item(item, company_blind=True)))
            text = f"{item.get('title') or ''}\n{item.get('description') or ''}"
            yield _line(f"{key}:text", dataclasses.asdict(tag_text(text)))
            yield _line(
                f"{key}:fields", job_fields(title=item.get("title") or "", description=item.get("description") or "")
            )
    for number, posting in enumerate(postings(bench_n)):
        yield _line(f"bench:{number}", dataclasses.asdict(tag_posting(**posting)))


def main() -> int:
    if "PYTHONHASHSEED" not in os.environ:  # an explicit seed is kept (check other seeds too)
        os.execve(sys.executable, [sys.executable, *sys.argv], {**os.environ, "PYTHONHASHSEED": "0"})
    parser = argparse.ArgumentParser()
    parser.add_argument("mode", choices=("dump", "check"))
    parser.add_argument("path", type=Path)
    parser.add_argument("--bench-n", type=int, default=5000)
    args = parser.parse_args()
    lines = list(outputs(args.bench_n))
    if args.mode == "dump":
        args.path.write_text("\n".join(lines) + "\n", encoding="utf-8")
        print(f"wrote {len(lines)} outputs to {args.path}")
        return 0
    expected = args.path.read_text(encoding="utf-8").split("\n")[:-1]
    differ = [(a, b) for a, b in zip(expected, lines, strict=False) if a != b]
    if len(expected) != len(lines):
        print(f"{len(lines)} outputs, {len(expected)} expected")
    for a, b in differ[:5]:
        print(f"- {a[:300]}\n+ {b[:300]}")
    print(f"{len(lines) - len(differ)} of {len(expected)} outputs identical")
    return 1 if differ or len(expected) != len(lines) else 0


if __name__ == "__main__":
    sys.exit(main())
