"""Tagger accuracy on a labeled dev set: per-class P/R/F1, macro-F1, confusions, region-set accuracy."""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from talentintel.tagging.tagger import TagResult, sector_class, tag_posting

CLASSES = ("none", "crypto", "ai", "both")


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


def load_devset(path: Path) -> list[dict[str, Any]]:
    rows = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if line.strip():
            try:
                rows.append(json.loads(line))
            except json.JSONDecodeError as exc:
                raise ValueError(f"{path}:{number}: not JSON ({exc.msg})") from exc
    return rows


def tag_item(item: Mapping[str, Any]) -> TagResult:
    location = item.get("location") or []
    return tag_posting(
        title=item.get("title") or "",
        description=item.get("description") or "",
        company=item.get("company"),
        locations=[location] if isinstance(location, str) else list(location),
        department=item.get("department"),
    )


def evaluate(items: Iterable[Mapping[str, Any]]) -> Report:
    rep = Report(confusion={t: dict.fromkeys(CLASSES, 0) for t in CLASSES})
    region_ok = country_ok = 0
    for item in items:
        rep.n += 1
        result = tag_item(item)
        truth = sector_class(item["label_sector"])
        rep.confusion[truth][result.sector_class] += 1
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
    for cls in CLASSES:
        tp = rep.confusion[cls][cls]
        predicted = sum(rep.confusion[t][cls] for t in CLASSES)
        actual = sum(rep.confusion[cls].values())
        p = tp / predicted if predicted else 0.0
        r = tp / actual if actual else 0.0
        f1 = 2 * p * r / (p + r) if p + r else 0.0
        rep.per_class[cls] = {"precision": p, "recall": r, "f1": f1, "support": actual}
    rep.macro_f1 = sum(rep.per_class[c]["f1"] for c in CLASSES) / len(CLASSES)
    rep.region_exact = region_ok / rep.n if rep.n else 0.0
    rep.country_exact = country_ok / rep.n if rep.n else 0.0
    return rep


def format_report(rep: Report, *, show_errors: int = 20) -> str:
    lines = [f"items: {rep.n}", "", f"{'class':<8}{'precision':>10}{'recall':>8}{'f1':>8}{'support':>9}"]
    for cls in CLASSES:
        m = rep.per_class[cls]
        lines.append(f"{cls:<8}{m['precision']:>10.3f}{m['recall']:>8.3f}{m['f1']:>8.3f}{int(m['support']):>9}")
    lines += [f"sector macro-F1: {rep.macro_f1:.3f}", "", "confusion (rows = label, columns = predicted)"]
    lines.append(" " * 8 + "".join(f"{c:>8}" for c in CLASSES))
    for truth in CLASSES:
        lines.append(f"{truth:<8}" + "".join(f"{rep.confusion[truth][p]:>8}" for p in CLASSES))
    lines += [
        "",
        f"region exact-set accuracy: {rep.region_exact:.3f}",
        f"country exact-set accuracy: {rep.country_exact:.3f}",
    ]
    if show_errors:
        if rep.sector_errors:
            lines += ["", "sector errors:"]
            lines += [
                f"  {e['id']}: {e['truth']} -> {e['predicted']}  {e['title']}" for e in rep.sector_errors[:show_errors]
            ]
        if rep.region_errors:
            lines += ["", "region errors:"]
            lines += [
                f"  {e['id']}: {e['location']!r} {e['truth']} -> {e['predicted']}"
                for e in rep.region_errors[:show_errors]
            ]
    return "\n".join(lines)
