"""A period total's own part may also tell one named round: it follows the total's `other` (fund67, tuning_batch37).

"The Robot Report tracked 38 robotics investments worth more than $4.8 billion in April 2021. ... AutoStore, a leading
developer of AS/RS systems, raised $2.8 billion from Softbank" (b37-therobotreport-april-2021-autostore-cruise): once
the month's total is read as deal 1 `other` (kind_recaps), the AutoStore round of that same first part was lost, while
the Cruise round of the next part stayed. `deals.parse_deals` already reads a single-part total's round this way; this
is the same for a first part of several. A named lead or stage says the round is one company's, and a sum that is the
period's total stays the market's figure (segment_ledes).
"""

from __future__ import annotations

from collections.abc import Callable

from talentintel.funding.deal_sector import tag_deal
from talentintel.funding.investors import normalize_company
from talentintel.funding.money import find_money
from talentintel.funding.segment_ledes import is_period_total
from talentintel.funding.segments import units
from talentintel.funding.types import Deal


def _named(deal: Deal, deals: list[Deal]) -> bool:
    key = normalize_company(deal.company or "")
    return any(d.company and normalize_company(d.company) == key for d in deals)


def _own_sentence(deal: Deal, sentences: list[str]) -> bool:
    """One sentence names the company and states the round's sum alone: not a sum of the total's sentence given to a name
    read elsewhere in the part (a half-year's "$800 million" read as Momo's; tuning_batch6 vietnamplus, a probe)."""
    # ... and only that sum: "a $250M debt raise for Tamara ..., Tabby’s $200M Series D" gave Tamara Tabby's sum
    # (tuning_batch22 rasmal, a probe).
    said = (deal.amount_original or "\0", deal.company or "\0")
    return any(all(x in s for x in said) and len(find_money(s)) == 1 for s in sentences)


def with_head_round(
    deals: list[Deal], parts: list[str], head_reason: str, read: Callable[[str], Deal | None]
) -> list[Deal]:
    """`deals` with the first part's own named round after a period total's `other`, when the part tells one."""
    if head_reason != "market total" or len(parts) < 2 or not deals or deals[0].kind != "other":
        return deals
    first = read(parts[0])
    if first is None or not (first.company and first.amount_usd and (first.lead_investors or first.round)):
        return deals
    sentences = [s for _, s in units(parts[0])]
    if _named(first, deals) or is_period_total(sentences, first.amount_usd) or not _own_sentence(first, sentences):
        return deals
    tag_deal(first, parts[0])
    return [deals[0], first, *deals[1:]]
