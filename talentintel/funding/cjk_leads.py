"""Korean co-leads joined by 와/과: "한국 AFW파트너스와 삼성증권이 주도한 7억 달러(약 9824억원) 규모의 … 펀딩 라운드".

cjk's lead rule takes the one word before 이/가 주도 ("삼성증권"); the investor joined to it by 와/과 led too
(tuning_cjk4, c4-daum-tenstorrent: F1 lost one of two leads).

A Korean firm's name is often two words, a proper word and an organisation word: "레드포인트 벤처스가 주도한 이번 투자"
(b32-aipick-serval-47m-series-a-redpoint-ko) was read "벤처스" ("Ventures"), the word before 가 only. A lead that is an
organisation word alone takes the word written before it.
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


# Organisation words that are no name alone: Venture(s), Partners, Capital, Investment, Asset Management, Securities,
# Holdings, Labs, Fund, Group, Crypto. "SDIC 벤처 캐피털이 주도해" (hs8-einfomax-cambricon-ko) takes two words back.
_ORG_WORD = re.compile(
    r"(?:벤처스?|벤처캐피탈|파트너스|캐피탈|캐피털|인베스트먼트|인베스트먼츠|자산운용|증권|홀딩스|랩스|펀드|그룹|크립토|"
    r"매니지먼트|에쿼티|벤처투자|창업투자|기술투자)"
)


def korean_spaced_leads(text: str, leads: list[str]) -> list[str]:
    """Each lead that starts with a Korean organisation word, with the words written before it up to a proper one."""
    out = []
    for lead in leads:
        for _ in range(3):
            first = lead.split(" ", 1)[0]
            if not _ORG_WORD.fullmatch(first):
                break
            m = re.search(
                r"(?:^|[\s,，·‘'\"“(])([가-힣A-Za-z0-9]{2,20})\s" + re.escape(lead) + r"(?:이|가|와|과|의|는|은)", text
            )
            if not m:
                break
            lead = f"{m.group(1)} {lead}"
        out.append(lead)
    return out
