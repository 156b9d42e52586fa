"""Korean co-leads joined by 와/과: "한국 AFW파트너스와 삼성증권이 주도한 7억 달러(약 9824억원) 규모의 … 펀딩 라운드".

cjk's lead rule takes the one word before 이/가 주도 ("삼성증권"); the investor joined to it by 와/과 led too
(tuning_cjk4, c4-daum-tenstorrent: F1 lost one of two leads).
"""

from __future__ import annotations

import re

from talentintel.funding import cjk


def korean_co_leads(text: str, leads: list[str]) -> list[str]:
    """The leads with any investor joined to the first one by 와/과 before 이/가 주도/리드 added in front."""
    if not leads:
        return leads
    m = re.search(
        r"([^\s,，。'‘’\"“”]{2,30})(?:와|과)\s"
        + re.escape(leads[0])
        + r"(?:이|가)\s(?:투자를\s)?(?:공동\s?)?(?:리드|주도)",
        text,
    )
    if not m:
        return leads
    other = cjk._clean(m.group(1))
    return [other, *leads] if len(other) >= 2 and other not in leads else leads
