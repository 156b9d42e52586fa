"""Hand-written helpers against the well-kept libraries that do the same job: speed, and agreement on real data.

    .venv/bin/python bench/bench_handwritten.py

Inputs are real: every HTML description in tests/fixtures/scrapers (recorded ATS boards, provenance in SOURCES.md),
and the investor names of talentintel/funding/data/investor_aliases.json and tests/fixtures/funding/devset.jsonl.
Libraries not installed (html-text, inscriptis, itsdangerous are not dependencies) are reported and skipped.
"""

from __future__ import annotations

import html
import importlib
import json
import os
import re
import sys
import time
from collections.abc import Callable, Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("SECRET_KEY", "bench")

from bs4 import BeautifulSoup  # noqa: E402
from slugify import slugify as library_slugify  # noqa: E402

from scrapers.normalize import html_to_text  # noqa: E402
from talentintel.funding.extract import clean_text  # noqa: E402
from talentintel.funding.investors import _key, slugify  # noqa: E402
from talentintel.services.queries import cursor  # noqa: E402
from talentintel.tagging.text import plain_text  # noqa: E402


def _strings(value: Any) -> Iterator[str]:
    if isinstance(value, dict):
        for v in value.values():
            yield from _strings(v)
    elif isinstance(value, list):
        for v in value:
            yield from _strings(v)
    elif isinstance(value, str):
        yield value


def descriptions() -> list[str]:
    found: list[str] = []
    for path in sorted((ROOT / "tests/fixtures/scrapers").rglob("*.json")):
        try:
            data = json.loads(path.read_text())
        except (ValueError, UnicodeDecodeError):
            continue
        for s in _strings(data):
            s = html.unescape(s) if "&lt;" in s else s  # Greenhouse entity-escapes its HTML
            if len(s) > 200 and re.search(r"<(p|div|li|br|ul)\b", s):
                found.append(s)
    return list(dict.fromkeys(found))


def _optional(module: str) -> Any:
    try:
        return importlib.import_module(module)
    except ImportError:
        return None


def per_call_us(fn: Callable[[Any], Any], inputs: list[Any], rounds: int = 5) -> float:
    # CPU time of this process, best of `rounds`: the machine is shared, and wall time measured the neighbours.
    best = float("inf")
    for _ in range(rounds):
        start = time.process_time()
        for x in inputs:
            fn(x)
        best = min(best, time.process_time() - start)
    return best / len(inputs) * 1e6


def html_to_text_report() -> None:
    docs = descriptions()
    words = [re.findall(r"\w+", html_to_text(d).lower()) for d in docs]
    print(f"HTML to text: {len(docs)} real descriptions, {sum(map(len, docs)) // 1000} KB")
    html_text, inscriptis = _optional("html_text"), _optional("inscriptis")
    candidates: dict[str, Callable[[str], str] | None] = {
        "scrapers.normalize.html_to_text (lxml, hand)": html_to_text,
        "html-text extract_text": html_text.extract_text if html_text else None,
        "inscriptis get_text": inscriptis.get_text if inscriptis else None,
        "BeautifulSoup(lxml).get_text": lambda s: BeautifulSoup(s, "lxml").get_text("\n"),
        "tagging.text.plain_text (regex)": plain_text,
        "funding.extract.clean_text (regex)": clean_text,
    }
    for name, fn in candidates.items():
        if fn is None:
            print(f"  {name:46s} not installed")
            continue
        same = sum(re.findall(r"\w+", fn(d).lower()) == w for d, w in zip(docs, words, strict=True))
        print(
            f"  {name:46s} {per_call_us(fn, docs) / 1000:6.3f} ms/doc   same words as html_to_text: {same}/{len(docs)}"
        )


def cursor_report() -> None:
    key = (datetime(2026, 12, 5, tzinfo=UTC), 123456)
    rows = [key] * 5000
    print("Keyset cursor, encode + decode:")
    hand = per_call_us(lambda k: cursor.decode(cursor.encode("jobs", "posted_at", k), "jobs", "posted_at"), rows)
    print(
        f"  {'services.queries.cursor (hmac + orjson)':46s} {hand:6.1f} us  {len(cursor.encode('jobs', 'posted_at', key))} chars"
    )
    its = _optional("itsdangerous")
    if its is None:
        print(f"  {'itsdangerous URLSafeSerializer':46s} not installed")
        return
    s = its.URLSafeSerializer("bench", salt="cursor")
    payload = ["jobs", "posted_at", [key[0].isoformat(), key[1]]]
    lib = per_call_us(lambda _k: s.loads(s.dumps(payload)), rows)
    print(f"  {'itsdangerous URLSafeSerializer':46s} {lib:6.1f} us  {len(s.dumps(payload))} chars")


def slug_report() -> None:
    aliases = json.loads((ROOT / "talentintel/funding/data/investor_aliases.json").read_text())["investors"]
    names = {n for e in aliases for n in [e["name"], *e["aliases"]]}
    for line in (ROOT / "tests/fixtures/funding/devset.jsonl").read_text().splitlines():
        labels = json.loads(line).get("labels") or {}
        names.update(n for k in ("lead_investors", "investors") for n in labels.get(k) or [] if isinstance(n, str))
    ordered = sorted(names)
    differ = [n for n in ordered if slugify(n) != library_slugify(_key(n))]
    print(f"Investor slugs: {len(ordered)} real names")
    print(f"  {'funding.investors.slugify (hand)':46s} {per_call_us(slugify, ordered):6.1f} us")
    print(
        f"  {'python-slugify on the same key':46s} {per_call_us(lambda n: library_slugify(_key(n)), ordered):6.1f} us"
        f"  differs on {len(differ)}: {differ[:5]}"
    )


if __name__ == "__main__":
    html_to_text_report()
    cursor_report()
    slug_report()
