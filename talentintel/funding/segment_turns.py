"""Numbered roundup items as deals (tuning_batch16).

"1. Helsing - $691M (Munich) European military tech just landed the week's biggest round.", "2. Applied Intuition -
$600M (Mountain View) ...", "3. Teamworks - $235M (Durham) ... the legacy SaaS company founded in 2004, ..."
(b16-botmemo-helsing): each numbered item naming a company and an amount is a deal, whatever verb its description uses
(or none, or a founding year that reads as history); the amount after "Name - " is that deal's.
"""

from __future__ import annotations

import re

_NUMBERED_ITEM = re.compile(r"^\d{1,2}[.)]\s[A-Z][^\n]{0,60}?\s[-–—]\s(?:US)?[$€£]\s?\d")
_NAME_DASH = re.compile(r"[A-Z][\w.&'’-]*(?:\s[A-Z][\w.&'’-]*){0,5}\s[-–—]\s(?:US|CA|A|S)?")


def numbered_deal_item(unit: str) -> bool:
    """True for a numbered list item "N. Name - $amount ..." (a roundup's deal)."""
    return bool(_NUMBERED_ITEM.match(unit.strip()))


def list_item_amount(before: str) -> bool:
    """The sentence so far is a list item's "Name - " ("1. " already cut as a sentence end): the amount is its deal's."""
    return bool(_NAME_DASH.fullmatch(before))
