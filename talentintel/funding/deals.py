"""`parse_deals`: a funding text -> one `Deal` per deal it announces (the contract in `types.py`)."""

from __future__ import annotations

from datetime import date

from talentintel.funding.extract import parse_announcement
from talentintel.funding.types import Deal, DealKind
from talentintel.tagging import tag_text


def parse_deals(text: str, *, published: date | None = None) -> list[Deal]:
    """Every deal the text announces, headline deal first. Never raises on bad text: an empty text is one `other`."""
    found = parse_announcement(text, published=published)
    tags = tag_text(text)
    kind: DealKind
    if found.fund_raise:
        kind = "fund"
    elif found.company or found.amount_usd is not None:
        kind = "round"
    else:
        kind = "other"
    return [
        Deal(
            deal=1,
            kind=kind,
            company=found.company,
            amount_usd=found.amount_usd,
            currency=found.currency,
            amount_original=found.amount_original,
            round=found.round if kind == "round" else None,
            investors=found.investors,
            lead_investors=found.lead_investors,
            announced_on=found.announced_on,
            sector=tags.sector,
            regions=tags.regions,
            focus=tags.sector if kind == "fund" else [],
        )
    ]
