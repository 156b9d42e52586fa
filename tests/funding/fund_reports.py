"""The fund reports of tests/fixtures/funding/fund_reports.json (facts of real, cited fund raises) as parser deals
and as the items the feed kind makes of them."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path
from typing import Any

from scrapers.base import Item
from scrapers.feed import deal_items
from talentintel.funding.types import Deal

REPORTS_FILE = Path(__file__).parents[1] / "fixtures" / "funding" / "fund_reports.json"
REPORTS: dict[str, dict[str, Any]] = {r["id"]: r for r in json.loads(REPORTS_FILE.read_text())["reports"]}


def deals(report_id: str) -> list[Deal]:
    out = []
    for raw in REPORTS[report_id]["deals"]:
        fields = dict(raw)
        if fields.get("announced_on"):
            fields["announced_on"] = date.fromisoformat(fields["announced_on"])
        out.append(Deal(**fields))
    return out


def items(report_id: str) -> list[Item]:
    """What the feed kind yields for the report: one item per deal (FundItem, RoundItem or NoDeal)."""
    report = REPORTS[report_id]
    return deal_items(deals(report_id), title=report["title"], summary="", url=report["url"])
