"""A Vietnamese text's headline deal from the rules in vietnamese.py (the English and CJK rules read it as `other`)."""

from __future__ import annotations

from datetime import date

from talentintel.funding import vietnamese as vi
from talentintel.funding import vietnamese_announced as va
from talentintel.funding import vietnamese_clauses as vc
from talentintel.funding.rounds import classify_round
from talentintel.funding.types import Deal


def vietnamese_deal(part: str, announced: date | None) -> Deal | None:
    """A round or a fund when the opening says one was made; None when the text is not Vietnamese or says none."""
    if not vi.is_vietnamese(part):
        return None
    # "huy động được" (fund43); "công bố vòng gọi vốn", "thu hút N triệu USD" (vietnamese_announced, fund68)
    kind = vi.announces(part) or ("round" if vc.raises_more(part) or va.announces_round(part) else None)
    if kind is None:
        return None
    if kind == "other":
        return Deal(kind="other", announced_on=announced)
    found = vc.raised_amount(part) or vi.amount(part)
    deal = Deal(
        kind="fund" if kind == "fund" else "round",
        company=vi.raiser(part) or vc.appositive_raiser(part) or va.announced_raiser(part),  # vietnamese_announced
        announced_on=announced,
    )
    if found:
        deal.amount_usd, deal.currency, deal.amount_original = found[0], "USD", found[1]
    if kind == "round":
        deal.round = classify_round(part) or ("seed" if vi.SEED.search(part) else None)
        deal.lead_investors = vi.leads(part) or vc.owned_leads(part)  # "do Binance của ... dẫn đầu"
        deal.investors = list(deal.lead_investors)
    return deal
