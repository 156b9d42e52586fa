"""Tagging throughput on one core: postings/s with ~2 KB descriptions (target >= 2,000/s).

    .venv/bin/python bench/bench_tagging.py [--n 5000] [--cold]

Descriptions are the real dev-set descriptions, padded by repeating themselves to 2 KB; locations vary so the
per-string location cache does not make the figure look better than ingest of fresh boards. The per-core figure is
CPU time of this process, best of --repeat runs: on a shared machine wall time measures the neighbours too.
The bench cycles through 91 descriptions, so after the first of them every sentence is one the tagger has read, and
its per-sentence answers are kept (tagging/sentence_memo.py); --cold empties them before each posting, as a stream
that repeats no sentence across postings would.
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path

from talentintel.tagging import tag_posting
from talentintel.tagging.evaluate import load_devset
from talentintel.tagging.sentence_memo import forget

DEVSET = Path(__file__).parents[1] / "tests" / "fixtures" / "tagging" / "devset.jsonl"


def postings(n: int) -> list[dict]:
    items = [i for i in load_devset(DEVSET) if len(i.get("description") or "") > 200]
    out = []
    for k in range(n):
        item = items[k % len(items)]
        text = item["description"]
        while len(text) < 2048:
            text += "\n" + item["description"]
        location = item["location"] if isinstance(item["location"], list) else [item["location"]]
        out.append(
            {
                "title": item["title"],
                "company": item.get("company"),
                "description": text[:2048],
                "locations": [f"{loc} {k % 97}" if loc else "" for loc in location],
            }
        )
    return out


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--n", type=int, default=5000)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--cold", action="store_true", help="empty the kept per-sentence answers before each posting")
    args = parser.parse_args()
    batch = postings(args.n)
    tag_posting(**batch[0])  # load taxonomy + gazetteer outside the timing
    cpu, wall = [], []
    for _ in range(max(1, args.repeat)):
        start, start_cpu = time.perf_counter(), time.process_time()
        for p in batch:
            if args.cold:
                forget()
            tag_posting(**p)
        wall.append(time.perf_counter() - start)
        cpu.append(time.process_time() - start_cpu)
    n = len(batch)
    print(
        f"tagged {n} postings (2 KB descriptions): {n / min(cpu):,.0f} postings/s per core (CPU time, best of "
        f"{len(cpu)}); wall {n / min(wall):,.0f}/s{'; cold: kept answers emptied before each posting' if args.cold else ''}"
    )


if __name__ == "__main__":
    main()
