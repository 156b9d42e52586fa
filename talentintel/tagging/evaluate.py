"""Tagger accuracy on a labeled dev set: per-class P/R/F1, macro-F1, confusions, region-set accuracy.

Two sector figures: the tagger as shipped, and company-blind (what reading the posting alone is worth). The dev
set's employers overlap the reference lists (known_companies.toml, company priors, employer names in the taxonomy),
so the first figure is partly knowing the company; postings from employers we have never seen get the second.

    python -m talentintel.tagging.evaluate [--company-blind] [--errors N] [DEVSET]
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from talentintel.tagging.company import CompanyContext
from talentintel.tagging.siblings import employer_key, second_pass, with_siblings
from talentintel.tagging.tagger import TagResult, sector_class, tag_posting

CLASSES = ("none", "crypto", "ai", "both")
# The labeled dev set lives with the tests (repository checkout).
DEFAULT_DEVSET = Path(__file__).resolve().parents[2] / "tests" / "fixtures" / "tagging" / "devset.jsonl"


@dataclass
class Report:
    n: int = 0
    per_class: dict[str, dict[str, float]] = field(default_factory=dict)
    macro_f1: float = 0.0
    confusion: dict[str, dict[str, int]] = field(default_factory=dict)  # truth -> predicted -> count
    region_exact: float = 0.0
    country_exact: float = 0.0
    sector_errors: list[dict[str, Any]] = field(default_factory=list)
    region_errors: list[dict[str, Any]] = field(default_factory=list)
    company_blind: bool = False
    # Macro-F1 over the items that have a description: titles alone ("Rust Engineer") rarely name a sector.
    described_n: int = 0
    described_macro_f1: float = 0.0
    blind: Report | None = None  # the company-blind report, alongside the shipped one


def load_devset(path: Path) -> list[dict[str, Any]]:
    rows = []
    # split on "\n" only: str.splitlines() also breaks at U+2028 and friends inside JSON strings
    for number, line in enumerate(path.read_text(encoding="utf-8").split("\n"), start=1):
        if line.strip():
            try:
                rows.append(json.loads(line))
            except json.JSONDecodeError as exc:
                raise ValueError(f"{path}:{number}: not JSON ({exc.msg})") from exc
    return rows


# "cLabs / Celo" names two companies; "Hubble (Solana, DeFi)" is a name and a description of it.
_OTHER_NAMES = re.compile(r"\s*[/|]\s*")
_ASIDE = re.compile(r"\(.*?\)")
_LEGAL = re.compile(
    r"[\s,]+(?:inc|llc|ltd|gmbh|corp|co|labs?|technologies|foundation|network|group|holdings)\.?$", re.I
)


def company_mask(company: str | None) -> re.Pattern[str] | None:
    """The company's own name as it may appear in its postings ("Parity Technologies", "Parity")."""
    names: set[str] = set()
    for part in _OTHER_NAMES.split(_ASIDE.sub(" ", company or "")):
        part = part.strip(" .,")
        names.update(n for n in (part, _LEGAL.sub("", part)) if len(n) >= 3)
    if not names:
        return None
    alternatives = "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True))
    return re.compile(rf"(?<!\w)(?:{alternatives})(?!\w)", re.IGNORECASE)


def item_context(item: Mapping[str, Any]) -> CompanyContext | None:
    """The optional company context an item (or a `talentintel tag` line) carries."""
    keys = ("company_description", "company_domain", "investors", "board")
    if not any(item.get(k) for k in keys):
        return None
    return CompanyContext(
        description=str(item.get("company_description") or ""),
        domain=str(item.get("company_domain") or ""),
        investors=tuple(str(x) for x in item.get("investors") or ()),
        board=str(item.get("board") or ""),
    )


def tag_item(
    item: Mapping[str, Any], *, company_blind: bool = False, siblings: Mapping[str, int] | None = None
) -> TagResult:
    """Tag a dev-set item; company-blind: no company field, no company prior, its name masked in the text.
    `siblings`: the text classes of the employer's other postings in the same file (siblings.py)."""
    location = item.get("location") or []
    title, description, department = item.get("title") or "", item.get("description") or "", item.get("department")
    company = item.get("company")
    if company_blind:
        mask = company_mask(company)
        if mask is not None:
            title, description = mask.sub("the company", title), mask.sub("the company", description)
            department = mask.sub("the company", department) if department else department
        company = None
    context = None if company_blind else item_context(item)
    if siblings:
        context = with_siblings(context, siblings)
    return tag_posting(
        title=title,
        description=description,
        company=company,
        locations=[location] if isinstance(location, str) else list(location),
        department=department,
        company_prior={} if company_blind else None,
        context=context,
        countries=list(item.get("countries") or ()),
    )


def tag_items(items: Sequence[Mapping[str, Any]], *, company_blind: bool = False) -> list[TagResult]:
    """Tag a file's items the way the service tags a company's postings: each alone first, then, where an employer
    has enough other postings in the file, again with their text classes as company knowledge (siblings.py)."""
    first = [tag_item(item, company_blind=company_blind) for item in items]
    if company_blind:
        return first
    keys = [employer_key(i.get("company"), i.get("company_domain")) for i in items]
    return second_pass(first, keys, lambda i, siblings: tag_item(items[i], siblings=siblings))


def evaluate(items: Iterable[Mapping[str, Any]], *, company_blind: bool = False, both: bool = True) -> Report:
    """Score the tagger on labeled items; with `both` (and not company-blind), the company-blind report too."""
    items = list(items)
    rep = Report(confusion={t: dict.fromkeys(CLASSES, 0) for t in CLASSES}, company_blind=company_blind)
    described = {t: dict.fromkeys(CLASSES, 0) for t in CLASSES}
    region_ok = country_ok = 0
    for item, result in zip(items, tag_items(items, company_blind=company_blind), strict=True):
        rep.n += 1
        truth = sector_class(item["label_sector"])
        rep.confusion[truth][result.sector_class] += 1
        if (item.get("description") or "").strip():
            rep.described_n += 1
            described[truth][result.sector_class] += 1
        if truth != result.sector_class:
            rep.sector_errors.append(
                {
                    "id": item["id"],
                    "truth": truth,
                    "predicted": result.sector_class,
                    "title": item.get("title"),
                }
            )
        if sorted(item["label_regions"]) == result.regions:
            region_ok += 1
        else:
            rep.region_errors.append(
                {
                    "id": item["id"],
                    "location": item.get("location"),
                    "truth": sorted(item["label_regions"]),
                    "predicted": result.regions,
                }
            )
        if sorted(item.get("label_countries", [])) == result.countries:
            country_ok += 1
    rep.per_class = per_class(rep.confusion)
    rep.macro_f1 = sum(rep.per_class[c]["f1"] for c in CLASSES) / len(CLASSES)
    rep.described_macro_f1 = sum(m["f1"] for m in per_class(described).values()) / len(CLASSES)
    rep.region_exact = region_ok / rep.n if rep.n else 0.0
    rep.country_exact = country_ok / rep.n if rep.n else 0.0
    if both and not company_blind:
        rep.blind = evaluate(items, company_blind=True)
    return rep


def per_class(confusion: Mapping[str, Mapping[str, int]]) -> dict[str, dict[str, float]]:
    out = {}
    for cls in CLASSES:
        tp = confusion[cls][cls]
        predicted = sum(confusion[t][cls] for t in CLASSES)
        actual = sum(confusion[cls].values())
        p = tp / predicted if predicted else 0.0
        r = tp / actual if actual else 0.0
        f1 = 2 * p * r / (p + r) if p + r else 0.0
        out[cls] = {"precision": p, "recall": r, "f1": f1, "support": actual}
    return out


def _sector_lines(rep: Report) -> list[str]:
    lines = [f"{'class':<8}{'precision':>10}{'recall':>8}{'f1':>8}{'support':>9}"]
    for cls in CLASSES:
        m = rep.per_class[cls]
        lines.append(f"{cls:<8}{m['precision']:>10.3f}{m['recall']:>8.3f}{m['f1']:>8.3f}{int(m['support']):>9}")
    label = "company-blind sector macro-F1" if rep.company_blind else "sector macro-F1"
    lines += [
        f"{label}: {rep.macro_f1:.3f} (items with a description, {rep.described_n}: {rep.described_macro_f1:.3f})",
        "",
        "confusion (rows = label, columns = predicted)",
    ]
    lines.append(" " * 8 + "".join(f"{c:>8}" for c in CLASSES))
    for truth in CLASSES:
        lines.append(f"{truth:<8}" + "".join(f"{rep.confusion[truth][p]:>8}" for p in CLASSES))
    return lines


def _error_lines(errors: list[dict[str, Any]], heading: str, show: int) -> list[str]:
    if not show or not errors:
        return []
    shown = [f"  {e['id']}: {e['truth']} -> {e['predicted']}  {e['title']}" for e in errors[:show]]
    more = [f"  ... and {len(errors) - show} more"] if len(errors) > show else []
    return ["", heading, *shown, *more]


def format_report(rep: Report, *, show_errors: int = 20) -> str:
    lines = [f"items: {rep.n}"]
    if rep.company_blind:
        lines.append("company-blind: no company field, no company prior, the company's name masked in the text")
    lines += ["", *_sector_lines(rep)]
    lines += [
        "",
        f"region exact-set accuracy: {rep.region_exact:.3f}",
        f"country exact-set accuracy: {rep.country_exact:.3f}",
    ]
    lines += _error_lines(rep.sector_errors, "sector errors:", show_errors)
    if show_errors and rep.region_errors:
        lines += ["", "region errors:"]
        lines += [
            f"  {e['id']}: {e['location']!r} {e['truth']} -> {e['predicted']}" for e in rep.region_errors[:show_errors]
        ]
    if rep.blind is not None:
        blind = rep.blind
        lines += ["", "company-blind (no company field, prior or name in the text: what reading alone is worth)"]
        lines += _sector_lines(blind)
        lines += [
            f"sector macro-F1: {rep.macro_f1:.3f} shipped, {blind.macro_f1:.3f} company-blind; with a description:"
            f" {rep.described_macro_f1:.3f} shipped, {blind.described_macro_f1:.3f} company-blind"
        ]
        lines += _error_lines(blind.sector_errors, "company-blind sector errors:", show_errors)
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m talentintel.tagging.evaluate", description=__doc__.split("\n")[0])
    parser.add_argument("devset", nargs="?", type=Path, default=DEFAULT_DEVSET, help="labeled dev set (JSONL)")
    parser.add_argument(
        "--company-blind",
        "--no-company-priors",
        action="store_true",
        help="tag without the company: no company field, prior or name in the text",
    )
    parser.add_argument("--errors", type=int, default=20, help="how many misclassified items to list")
    args = parser.parse_args(argv)
    rep = evaluate(load_devset(args.devset), company_blind=args.company_blind)
    print(format_report(rep, show_errors=args.errors))
    return 0


if __name__ == "__main__":
    sys.exit(main())
