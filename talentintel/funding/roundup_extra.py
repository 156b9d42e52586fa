"""Rounds a roundup names without a raise verb per company, added after the deals its parts gave (issue 13,
tuning_batch29; branch fund48roundup): "Name (amount)" enumerations (roundup_lists) and noun phrases (roundup_phrases)."""

from __future__ import annotations

from datetime import date

from talentintel.funding.deal_sector import tag_deal
from talentintel.funding.investors import normalize_company
from talentintel.funding.roundup_lists import line_deals, listed_deals
from talentintel.funding.roundup_phrases import phrase_deals
from talentintel.funding.types import Deal


def _same(a: Deal, b: Deal) -> bool:
    return bool(a.company and b.company and normalize_company(a.company) == normalize_company(b.company))


def with_listed(text: str, deals: list[Deal], head_reason: str, when: date | None) -> list[Deal]:
    """`deals` and then the rounds a sentence names as "Name (amount)" items or as noun phrases ("X's $A Series B",
    "$B for Y") that no deal has yet; they replace a nameless opening read as no deal, not a period total's `other`."""
    listed: list[Deal] = []
    year = when.year if when else None
    found = [*((d, text) for d in listed_deals(text, year)), *line_deals(text, year)]
    for deal, context in [*found, *((d, text) for d in phrase_deals(text))]:
        if not any(_same(deal, g) for g in [*deals, *listed]):
            listed.append(deal)
            deal.announced_on = deals[0].announced_on if deals else None
            tag_deal(deal, context)
    if listed and len(deals) == 1 and deals[0].kind == "other" and head_reason == "no company":
        return listed
    return deals + listed
