"""Per-field accuracy of `parse_announcement` on a labeled dev set (JSONL with `text` and `labels`)."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from talentintel.funding.extract import parse_announcement
from talentintel.funding.investors import normalize_company, normalize_investor


@dataclass
class Report:
    n: int = 0
    company: int = 0
    amount: int = 0
    round: int = 0
    date: int = 0
    lead_tp: int = 0
    lead_fp: int = 0
    lead_fn: int = 0
    inv_tp: int = 0
    inv_fp: int = 0
    inv_fn: int = 0
    misses: list[str] = field(default_factory=list)

    @staticmethod
    def _f1(tp: int, fp: int, fn: int) -> float:
        return 2 * tp / (2 * tp + fp + fn) if tp + fp + fn else 1.0

    def figures(self) -> dict[str, float]:
        n = max(self.n, 1)
        return {
            "company": self.company / n,
            "amount_within_2pct": self.amount / n,
            "round": self.round / n,
            "announced_on": self.date / n,
            "lead_investor_f1": self._f1(self.lead_tp, self.lead_fp, self.lead_fn),
            "investor_f1": self._f1(self.inv_tp, self.inv_fp, self.inv_fn),
        }


def _slugs(names: list[str]) -> set[str]:
    return {normalize_investor(n)[0] for n in names if n.strip()}


def _amount_ok(got: float | None, want: float | None) -> bool:
    if want is None or got is None:
        return got is None and want is None
    return abs(got - want) <= 0.02 * want


def evaluate(path: Path) -> Report:
    report = Report()
    for line in path.read_text("utf-8").splitlines():
        if not line.strip():
            continue
        item = json.loads(line)
        want = item["labels"]
        published = date.fromisoformat(item["published"]) if item.get("published") else None
        got = parse_announcement(item["text"], published=published)
        report.n += 1
        ok_company = got.company is not None and normalize_company(got.company) == normalize_company(want["company"])
        report.company += ok_company
        report.amount += _amount_ok(got.amount_usd, want["amount_usd"])
        report.round += got.round == want["round"]
        report.date += (got.announced_on.isoformat() if got.announced_on else None) == want.get("announced_on")
        for prefix, g, w in (
            ("lead", got.lead_investors, want["lead_investors"]),
            ("inv", got.investors, want["investors"]),
        ):
            gs, ws = _slugs(g), _slugs(w)
            setattr(report, f"{prefix}_tp", getattr(report, f"{prefix}_tp") + len(gs & ws))
            setattr(report, f"{prefix}_fp", getattr(report, f"{prefix}_fp") + len(gs - ws))
            setattr(report, f"{prefix}_fn", getattr(report, f"{prefix}_fn") + len(ws - gs))
        wrong = [
            f"company={got.company!r}/{want['company']!r}" if not ok_company else "",
            f"amount={got.amount_usd}/{want['amount_usd']}"
            if not _amount_ok(got.amount_usd, want["amount_usd"])
            else "",
            f"round={got.round}/{want['round']}" if got.round != want["round"] else "",
            f"leads={sorted(_slugs(got.lead_investors))}/{sorted(_slugs(want['lead_investors']))}"
            if _slugs(got.lead_investors) != _slugs(want["lead_investors"])
            else "",
        ]
        if any(wrong):
            report.misses.append(f"{item['id']}: " + " ".join(w for w in wrong if w))
    return report
