"""DefiLlama raises API: GET api.llama.fi/raises -> {"raises": [...]}; amounts in USD millions, dates unix."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from scrapers.base import Kind, Page, Request, Response, RoundItem, SourceSpec, items_of, start_at_url
from scrapers.normalize import json_list
from talentintel.funding.rounds import classify_round


def _names(value: Any) -> list[str]:
    if not value:
        return []
    if isinstance(value, str):
        return [v.strip() for v in value.split(",") if v.strip()]
    return [str(v).strip() for v in value if str(v).strip()]


def build(raw: dict[str, Any]) -> RoundItem:
    name = (raw.get("name") or "").strip()
    if not name:
        raise ValueError("raise without a project name")
    amount = raw.get("amount")
    leads = _names(raw.get("leadInvestors"))
    when = raw.get("date")
    round_text = str(raw.get("round") or "")
    return RoundItem(
        company=name,
        amount_usd=float(amount) * 1e6 if amount not in (None, "") else None,
        currency="USD" if amount not in (None, "") else None,
        round=classify_round(round_text) if round_text else None,
        announced_on=datetime.fromtimestamp(int(when), tz=UTC).date() if when not in (None, "") else None,
        lead_investors=leads,
        investors=leads + [n for n in _names(raw.get("otherInvestors")) if n not in leads],
        url=raw.get("source") or None,
        text=" ".join(str(x) for x in (name, raw.get("category") or "", raw.get("sector") or "", "crypto") if x),
    )


def parse(spec: SourceSpec, req: Request, resp: Response) -> Page:
    raises = json_list(resp.body, resp.url, "raises", "DefiLlama")
    return items_of(Page(), raises, build, lambda raw: raw.get("name"))


KIND = Kind(
    "defillama", start_at_url, parse, description="DefiLlama public raises API (crypto rounds)", yields="funding"
)
