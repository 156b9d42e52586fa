"""The tagger's full output on every labeled fixture and the bench's inputs, to prove a speed change changes nothing.

    .venv/bin/python bench/tagging_equivalence.py dump /tmp/tagging_before.jsonl     # before the change
    .venv/bin/python bench/tagging_equivalence.py check /tmp/tagging_before.jsonl    # after: byte-for-byte or exit 1

One JSON line per (input, path): tag_posting as shipped and company-blind (the two eval paths), tag_text (funding
announcements), job_fields (seniority, skills, pay, visa), for the dev set and the unseen sets; tag_posting for the
bench's 2 KB postings; tag_text and tag_posting for every longer string of the other fixtures (scraper pages,
funding dev sets) and for --fuzz SYNTHETIC texts strung from taxonomy phrases, context words, CJK words and
separators. Frozen test splits are not read. Runs under PYTHONHASHSEED=0 unless one is set: cjk_terms.cjk_hits collects
its matches in a set, so the order of tied evidence entries otherwise differs from one process to the next.
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import os
import random
import sys
from collections.abc import Iterator
from pathlib import Path

from bench_tagging import postings

from talentintel.tagging import tag_text
from talentintel.tagging.eval_splits import is_frozen
from talentintel.tagging.evaluate import load_devset, tag_item
from talentintel.tagging.job_fields import job_fields
from talentintel.tagging.tagger import tag_posting
from talentintel.tagging.taxonomy import taxonomy

FIXTURES = Path(__file__).parents[1] / "tests" / "fixtures" / "tagging"
# Every unseen set, not a fixed list: a set added later is checked too (frozen names are never read).
SETS = ("devset", *sorted(p.stem for p in FIXTURES.glob("unseen*.jsonl") if not is_frozen(p.name)))
SEPARATORS = [" ", " ", " ", ", ", ". ", "\n", "-", "_", " • ", "; ", "。", "、", "’", "(", ") ", "/", "  ", "\t", ": "]
EXTRA = [
    "50",
    "3",
    "we are",
    "is a",
    "about us",
    "nice to have:",
    "benefits",
    "우대사항",
    "加分项",
    "公司介绍",
    "naïve",
]


def _line(key: str, value: object) -> str:
    return json.dumps({"key": key, "out": value}, ensure_ascii=False, default=str)


def outputs(bench_n: int, fuzz_n: int) -> Iterator[str]:
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
    for key, text in [*other_fixture_texts(), *fuzz_texts(fuzz_n)]:
        yield _line(f"{key}:text", dataclasses.asdict(tag_text(text)))
        yield _line(f"{key}:posting", dataclasses.asdict(tag_posting(title=text[:80], description=text)))


def other_fixture_texts() -> Iterator[tuple[str, str]]:
    """Every string of 20+ characters in the other fixtures (JSON, JSON lines), and each file's first 60k chars."""
    root = FIXTURES.parent
    for path in sorted(root.rglob("*")):
        if path.suffix not in (".json", ".jsonl", ".html", ".xml", ".md") or is_frozen(path.name):
            continue
        if path.parent == FIXTURES:
            continue  # the labeled sets are read above
        raw = path.read_text(encoding="utf-8", errors="replace")
        name = str(path.relative_to(root))
        yield name, raw[:60_000]
        docs = [raw] if path.suffix == ".json" else raw.split("\n") if path.suffix == ".jsonl" else []
        strings: list[str] = []
        for doc in docs:
            try:
                _strings(json.loads(doc), strings)
            except ValueError:
                continue
        yield from ((f"{name}:{number}", text) for number, text in enumerate(strings))


def _strings(value: object, out: list[str]) -> None:
    if isinstance(value, str) and len(value) >= 20:
        out.append(value)
    elif isinstance(value, dict):
        for item in value.values():
            _strings(item, out)
    elif isinstance(value, list):
        for item in value:
            _strings(item, out)


def fuzz_texts(n: int) -> Iterator[tuple[str, str]]:
    """SYNTHETIC: random strings of taxonomy phrases (some with other gaps or upper case), the words that veto them,
    CJK words, numbers, headers and separators."""
    tax = taxonomy()
    terms = [t for cands in tax.by_first.values() for t in cands]
    phrases = sorted({t.text for t in terms})
    vetoes = sorted({w for t in terms for w in t.unless_near})
    cjk = sorted({w for table in tax.cjk.values() for w, _ in table} | set(tax.cjk_negative))
    rng = random.Random(18)
    for number in range(n):
        pieces = []
        for _ in range(rng.randint(1, 60)):
            draw = rng.random()
            word = rng.choice(phrases if draw < 0.45 else vetoes if draw < 0.65 else cjk if draw < 0.8 else EXTRA)
            if rng.random() < 0.2:
                word = word.replace(" ", rng.choice(["-", "  ", "_", " / "]))
            pieces += [word.upper() if rng.random() < 0.2 else word, rng.choice(SEPARATORS)]
        yield f"fuzz:{number}", "".join(pieces)


def main() -> int:
    if "PYTHONHASHSEED" not in os.environ:  # an explicit seed is kept (check other seeds too)
        os.execve(sys.executable, [sys.executable, *sys.argv], {**os.environ, "PYTHONHASHSEED": "0"})
    parser = argparse.ArgumentParser()
    parser.add_argument("mode", choices=("dump", "check"))
    parser.add_argument("path", type=Path)
    parser.add_argument("--bench-n", type=int, default=5000)
    parser.add_argument("--fuzz", type=int, default=3000, help="how many SYNTHETIC texts")
    args = parser.parse_args()
    lines = list(outputs(args.bench_n, args.fuzz))
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
