"""Accuracy of `parse_deals` on labeled announcement files: the tuning split and the frozen test split.

Two label shapes are read: the first dev set's flat `labels` (one company round per text, no sector label) and
the `labels.deals` list of the later files (one object per deal, kind round/fund/other). Figures:
- kind: deal 1's kind (round/fund/other) on every text;
- company, amount (within 2%), round, lead-investor F1 (micro) and sector on texts whose deal 1 is a company round;
  sector only where the label has one;
- mean: the mean of those six, the issue's headline figure;
- fund_company / fund_amount on texts whose deal 1 is a fund; extra_deals: the share of labeled deals after the
  first (rounds and funds of a roundup) that the parser returns with the right company and amount.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from talentintel.funding.deals import parse_deals
from talentintel.funding.investors import normalize_company, normalize_investor
from talentintel.funding.types import Deal


@dataclass
class LabeledItem:
    id: str
    text: str
    published: date | None
    deals: list[dict[str, Any]]
    source: str | None = None  # the item's url, else its publisher: who a first-person post's "we" is


def _deals_of(labels: dict[str, Any]) -> list[dict[str, Any]]:
    if "deals" in labels:
        deals = labels["deals"]
        if not isinstance(deals, list) or not deals:
            raise ValueError("labels.deals must be a non-empty list")
        return deals
    # The first dev set: every text is one company round; its labels carry no sector.
    return [{"kind": "round", **labels}]


def load_labeled(path: Path) -> list[LabeledItem]:
    items = []
    for number, line in enumerate(path.read_text("utf-8").splitlines(), start=1):
        if not line.strip():
            continue
        obj = json.loads(line)
        if not isinstance(obj, dict) or not isinstance(obj.get("text"), str) or "labels" not in obj:
            raise ValueError(f"{path.name} line {number}: needs 'text' and 'labels'")
        published = date.fromisoformat(obj["published"]) if obj.get("published") else None
        source = obj.get("url") or obj.get("publisher")
        items.append(LabeledItem(str(obj.get("id", number)), obj["text"], published, _deals_of(obj["labels"]), source))
    return items


def _slugs(names: list[str]) -> set[str]:
    return {normalize_investor(n)[0] for n in names if n and n.strip()}


def amount_ok(got: float | None, want: float | None) -> bool:
    if want is None or got is None:
        return got is None and want is None
    return abs(got - want) <= 0.02 * want


def company_ok(got: str | None, want: dict[str, Any]) -> bool:
    names = [want.get("company"), *want.get("company_alt", [])]
    if want.get("company") is None:
        return got is None
    return got is not None and normalize_company(got) in {normalize_company(n) for n in names if n}


@dataclass
class Counts:
    ok: int = 0
    n: int = 0

    def add(self, good: bool) -> None:
        self.ok += good
        self.n += 1

    def rate(self) -> float | None:
        return self.ok / self.n if self.n else None


@dataclass
class Report:
    n: int = 0
    kind: Counts = field(default_factory=Counts)
    company: Counts = field(default_factory=Counts)
    amount: Counts = field(default_factory=Counts)
    round: Counts = field(default_factory=Counts)
    sector: Counts = field(default_factory=Counts)
    fund_company: Counts = field(default_factory=Counts)
    fund_amount: Counts = field(default_factory=Counts)
    extra_deals: Counts = field(default_factory=Counts)
    lead_tp: int = 0
    lead_fp: int = 0
    lead_fn: int = 0
    misses: list[str] = field(default_factory=list)

    def lead_f1(self) -> float | None:
        if not self.company.n:
            return None
        total = 2 * self.lead_tp + self.lead_fp + self.lead_fn
        return 2 * self.lead_tp / total if total else 1.0

    def figures(self) -> dict[str, float | None]:
        parts = {
            "kind": self.kind.rate(),
            "company": self.company.rate(),
            "amount_within_2pct": self.amount.rate(),
            "round": self.round.rate(),
            "lead_investor_f1": self.lead_f1(),
            "sector": self.sector.rate(),
        }
        present = [v for v in parts.values() if v is not None]
        return {
            **parts,
            "mean": sum(present) / len(present) if present else None,
            "fund_company": self.fund_company.rate(),
            "fund_amount": self.fund_amount.rate(),
            "extra_deals": self.extra_deals.rate(),
        }

    def sizes(self) -> dict[str, int]:
        return {"texts": self.n, "rounds": self.company.n, "with_sector": self.sector.n, "funds": self.fund_company.n}


def _score_round(report: Report, got: Deal, want: dict[str, Any]) -> list[str]:
    wrong = []
    good_company = company_ok(got.company, want)
    report.company.add(good_company)
    if not good_company:
        wrong.append(f"company={got.company!r}/{want.get('company')!r}")
    good_amount = amount_ok(got.amount_usd, want.get("amount_usd"))
    report.amount.add(good_amount)
    if not good_amount:
        wrong.append(f"amount={got.amount_usd}/{want.get('amount_usd')}")
    report.round.add(got.round == want.get("round"))
    if got.round != want.get("round"):
        wrong.append(f"round={got.round}/{want.get('round')}")
    gs, ws = _slugs(got.lead_investors), _slugs(want.get("lead_investors", []))
    report.lead_tp += len(gs & ws)
    report.lead_fp += len(gs - ws)
    report.lead_fn += len(ws - gs)
    if gs != ws:
        wrong.append(f"leads={sorted(gs)}/{sorted(ws)}")
    if want.get("sector") is not None:
        report.sector.add(sorted(got.sector) == sorted(want["sector"]))
        if sorted(got.sector) != sorted(want["sector"]):
            wrong.append(f"sector={got.sector}/{want['sector']}")
    return wrong


def _score_extra(report: Report, got: list[Deal], wanted: list[dict[str, Any]]) -> list[str]:
    wrong = []
    for want in wanted[1:]:
        if want.get("kind") not in ("round", "fund"):
            continue
        hit = any(
            g.kind == want["kind"] and company_ok(g.company, want) and amount_ok(g.amount_usd, want.get("amount_usd"))
            for g in got
        )
        report.extra_deals.add(hit)
        if not hit:
            wrong.append(f"missing deal {want.get('company')!r}")
    return wrong


def score(report: Report, item: LabeledItem) -> None:
    got = parse_deals(item.text, published=item.published, source=item.source)
    want = item.deals[0]
    head = got[0]
    report.n += 1
    report.kind.add(head.kind == want["kind"])
    wrong = [] if head.kind == want["kind"] else [f"kind={head.kind}/{want['kind']}"]
    if want["kind"] == "round":
        wrong += _score_round(report, head, want)
    elif want["kind"] == "fund":
        report.fund_company.add(company_ok(head.company, want))
        report.fund_amount.add(amount_ok(head.amount_usd, want.get("amount_usd")))
        if not company_ok(head.company, want) or not amount_ok(head.amount_usd, want.get("amount_usd")):
            wrong.append(f"fund={head.company!r},{head.amount_usd}/{want.get('company')!r},{want.get('amount_usd')}")
    wrong += _score_extra(report, got, item.deals)
    if wrong:
        report.misses.append(f"{item.id}: " + " ".join(wrong))


def evaluate(*paths: Path) -> Report:
    report = Report()
    for path in paths:
        for item in load_labeled(path):
            score(report, item)
    return report
