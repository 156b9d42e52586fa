"""Rounds a roundup names without a raise verb per company, added after the deals its parts gave (issue 13,
tuning_batch29; branch fund48roundup): "Name (amount)" enumerations (roundup_lists) and noun phrases (roundup_phrases)."""

from __future__ import annotations

from datetime import date

from talentintel.funding.deal_sector import tag_deal
from talentintel.funding.investors import normalize_company
from talentintel.funding.roundup_items import headed_deals, without_crossed
from talentintel.funding.roundup_lists import listed_deals
from talentintel.funding.roundup_phrases import phrase_deals
from talentintel.funding.types import Deal
from talentintel.tagging import tag_text


def _same(a: Deal, b: Deal) -> bool:
    return bool(a.company and b.company and normalize_company(a.company) == normalize_company(b.company))


def with_listed(text: str, deals: list[Deal], head_reason: str, when: date | None) -> list[Deal]:
    """`deals` and then the rounds a sentence names as "Name (amount)" items or as noun phrases ("X's $A Series B",
    "$B for Y") that no deal has yet; they replace a nameless opening read as no deal, not a period total's `other`."""
    listed: list[Deal] = []
    year = when.year if when else None
    # ... and the rounds told one per headed line, "Name: £43.2M Series B ..." (roundup_items), whose sums no other
    # name keeps; each is tagged by its own line
    lines = headed_deals(text, when)
    headed = [deal for deal, _ in lines]
    if headed:
        deals = without_crossed(deals, headed)
    found = [*((d, text) for d in listed_deals(text, year)), *((d, text) for d in phrase_deals(text)), *lines]
    for deal, context in found:
        if not any(_same(deal, g) for g in [*deals, *listed]):
            listed.append(deal)
            deal.announced_on = deals[0].announced_on if deals else None
            tag_deal(deal, context)
            if not deal.regions and context is not text:
                # a block with no place takes the roundup's ("Identitypass - $2.8 million." in a Nigerian recap)
                deal.regions = tag_text(text).regions
    # ... a headed line's deal never does: "1. Wefox: 585 Millionen Franken" under a half-year's overview
    # (b31-blick-swiss-h1-2021-wefox-nexthink-de) is the overview's list, the overview stays deal 1.
    replaces = any(not any(d is h for h in headed) for d in listed)
    if listed and replaces and len(deals) == 1 and deals[0].kind == "other" and head_reason == "no company":
        return listed
    return deals + listed
