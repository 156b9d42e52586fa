"""Perturbation invariance of `parse_deals`: does the answer follow a swapped name or amount?

    PYTHONPATH=.:scripts .venv/bin/python scripts/funding_invariance.py [--fails N] [--json OUT]   # ~27 min
    PYTHONPATH=.:scripts .venv/bin/python scripts/funding_invariance.py --shape company/lowercase,leads  # a subset

For every tuning text (TUNING of cli/commands/funding.py) whose deal 1 is a company round and where the parser gets
the company (resp. amount, lead investors) right, labeled SYNTHETIC variants swap the labeled company for unseen
names of several shapes ("Veltrix", "Harbor Lane", "Nuvola AI", "zentra", "Morgan & Reyes", "0xRelay", CJK names
for CJK names), the leads for unseen fund names, the amount for other numbers, scales and currencies
(`funding_variants.py`). A variant passes when the parser's answer changes exactly as the swap implies. Prints the
invariance rate per field and shape and the failing variants (`--fails N` per field and shape). The frozen test
split is never read.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter, defaultdict
from multiprocessing import Pool
from pathlib import Path
from typing import Any

from funding_variants import Variant, _pattern, amount_variants, company_variants

from cli.commands.funding import TUNING
from talentintel.funding.deals import parse_deals
from talentintel.funding.evaluate import amount_ok, company_ok, load_labeled
from talentintel.funding.investors import _aliases, normalize_company, normalize_investor
from talentintel.funding.types import Deal


def _swapped(name: str, swap: dict[str, str]) -> str:
    for old, new in swap.items():
        name = _pattern(old).sub(new.replace("\\", r"\\"), name)
    return name


def _slugs(names: list[str]) -> set[str]:
    return {normalize_investor(n)[0] for n in names if n and n.strip()}


def _lead_spellings(text: str, label: str, got: list[str]) -> list[str]:
    """The label, the parser's spelling of it and every alias of the table that the text writes."""
    slug = normalize_investor(label)[0]
    names = [label, *(g for g in got if normalize_investor(g)[0] == slug)]
    names += [alias for key, (s, alias) in _aliases().items() if s == slug]
    names += [key for key, (s, _n) in _aliases().items() if s == slug]
    return sorted({n for n in names if n and re.search(re.escape(n), text, re.IGNORECASE)}, key=len, reverse=True)


def _variants(text: str, head: Deal, want: dict[str, Any], year: int | None) -> list[Variant]:
    out: list[Variant] = []
    if company_ok(head.company, want) and want.get("company"):
        alts = [*want.get("company_alt", []), head.company or ""]
        out += company_variants(text, want["company"], alts)
    if want.get("amount_usd") and amount_ok(head.amount_usd, want.get("amount_usd")):
        out += amount_variants(text, head.amount_original, head.amount_usd or 0.0, year)
    leads = want.get("lead_investors", [])
    if leads and _slugs(head.lead_investors) == _slugs(leads):
        out += _lead_variants(text, leads, head.lead_investors)
    return out


def _lead_variants(text: str, leads: list[str], got: list[str]) -> list[Variant]:
    from funding_variants import CJK_LEAD_SHAPES, LEAD_SHAPES, shapes_for, swap_names

    out = []
    for shape, names in shapes_for(leads[0], LEAD_SHAPES, CJK_LEAD_SHAPES).items():
        if len(leads) > len(names):
            continue
        swapped: str | None = text
        swap: dict[str, str] = {}
        for label, new in zip(leads, names, strict=False):
            olds = _lead_spellings(text, label, got) or [label]
            swapped = swap_names(swapped, olds, new) if swapped is not None else None
            swap |= {o: new for o in olds}
        if swapped is not None and swapped != text:
            out.append(Variant("leads", shape, swapped, swap))
    return out


def _passes(variant: Variant, head: Deal, got: Deal) -> bool:
    if variant.field == "company":
        expected = _swapped(head.company or "", variant.swap)
        return got.company is not None and normalize_company(got.company) == normalize_company(expected)
    if variant.field == "amount":
        if variant.amount_usd is not None:
            return amount_ok(got.amount_usd, variant.amount_usd)
        return amount_ok(got.amount_usd, (head.amount_usd or 0.0) * (variant.amount_factor or 0.0))
    return _slugs(got.lead_investors) == _slugs([_swapped(name, variant.swap) for name in head.lead_investors])


def _shown(variant: Variant, head: Deal, got: Deal) -> str:
    if variant.field == "company":
        return f"{head.company!r}->{_swapped(head.company or '', variant.swap)!r} got {got.company!r}"
    if variant.field == "amount":
        return f"{head.amount_original!r} got {got.amount_original!r} ({got.amount_usd})"
    return f"{head.lead_investors}->{variant.swap} got {got.lead_investors}"


# `--shape field/shape,...`: only these variants are parsed (a subset run takes minutes, the full one ~27).
_SHAPES: set[str] = set()


def _keep(variant: Variant) -> bool:
    return not _SHAPES or f"{variant.field}/{variant.shape}" in _SHAPES or variant.field in _SHAPES


def check_item(job: tuple[str, str, str | None, dict[str, Any]]) -> list[tuple[str, str, bool, str]]:
    """(field, shape, passed, note) for every variant of one labeled text."""
    item_id, text, published, want = job
    from datetime import date

    day = date.fromisoformat(published) if published else None
    head = parse_deals(text, published=day)[0]
    if head.kind != "round":
        return []
    rows = []
    for variant in filter(_keep, _variants(text, head, want, day.year if day else None)):
        got = parse_deals(variant.text, published=day)[0]
        ok = _passes(variant, head, got)
        rows.append((variant.field, variant.shape, ok, "" if ok else f"{item_id}: {_shown(variant, head, got)}"))
    return rows


def jobs() -> list[tuple[str, str, str | None, dict[str, Any]]]:
    out = []
    for path in TUNING:
        for item in load_labeled(path):
            want = item.deals[0]
            if want.get("kind") == "round":
                published = item.published.isoformat() if item.published else None
                out.append((f"{path.stem}/{item.id}", item.text, published, want))
    return out


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--fails", type=int, default=3, help="failing variants shown per field and shape")
    parser.add_argument("--json", type=Path, help="write every variant's result here")
    parser.add_argument("--only", help="regex on the text id (path stem/id)")
    parser.add_argument("--shape", default="", help="comma list of field or field/shape (leads/x_capital) to run")
    args = parser.parse_args(argv)
    _SHAPES.update(s for s in args.shape.split(",") if s)
    work = [j for j in jobs() if not args.only or re.search(args.only, j[0])]
    with Pool() as pool:
        results = [row for rows in pool.imap(check_item, work, chunksize=8) for row in rows]
    tally: dict[tuple[str, str], Counter[bool]] = defaultdict(Counter)
    fails: dict[tuple[str, str], list[str]] = defaultdict(list)
    for field, shape, ok, note in results:
        tally[(field, shape)][ok] += 1
        if not ok:
            fails[(field, shape)].append(note)
    for field in ("company", "amount", "leads"):
        rows = {k: v for k, v in tally.items() if k[0] == field}
        good = sum(c[True] for c in rows.values())
        total = sum(c.total() for c in rows.values())
        print(f"{field:8} all          {good / max(total, 1):.3f}  ({good}/{total})")
        for (_, shape), count in sorted(rows.items()):
            print(f"{'':8} {shape:12} {count[True] / count.total():.3f}  ({count[True]}/{count.total()})")
    for key, notes in sorted(fails.items()):
        for note in notes[: args.fails]:
            print(f"  FAIL {key[0]}/{key[1]} {note}")
    if args.json:
        args.json.write_text(json.dumps(results, ensure_ascii=False, indent=0), "utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
