"""A Korean investor's own ticket ("X은 Y에 100억원을 투자한다") is a part of the round a text also states as raised.

"기업은행은 퓨리오사AI에 100억원을 투자한다고 14일 밝혔다. 이번 퓨리오사AI 투자 유치에는 1500억원 이상의 자금이 모인
것으로 알려졌다" (hs13-genews-furiosaai-ibk-100-eok-ko) and "퓨리오사AI에는 총 100억원의 투자를 실행했다 ... 총 800억원
규모의 시리즈 B 투자유치에 성공" (b32-newspim-furiosaai-80bn-won-series-b-ko): a bank's press release names its own
investment first, sent to the company in the dative (에), and the company's raise (유치, attracted) after it; the first
sum in a funding sentence (cjk._amount) was the ticket. The part-for-the-whole class of the holdouts' amount misses
(docs/funding_amount_catalog.md: Upstage's equity tranche, Daylight's equity part) in Korean grammar.
"""

from __future__ import annotations

import re

from talentintel.funding.cjk_ko_raise import KO_RAISE

# The recipient in the dative right before the sum, the sum as the object (을/를) or the genitive of 투자 (의 투자).
_TICKET_BEFORE = re.compile(r"\S에(?:는|도|게)?\s(?:총\s|약\s)?$")
_TICKET_AFTER = re.compile(r"^\s?(?:을|를|의)\s(?:[\uac00-\ud7af]+\s)?투자(?!받)")
_SUM = re.compile(r"\d[\d,.]*\s?(?:조|억|천만|만)\s?(?:원|달러)")


# The investor's act or a part named as such: "브릿지 투자 20억원을 실행했다" (executed a bridge investment), "산업은행
# 추가투자 60억원을 포함, 총 800억원 규모의 시리즈 B" (including; b32-newspim).
_PART_AFTER = re.compile(r"^\s?(?:을|를)\s(?:실행|포함)")


def is_ticket(sentence: str, start: int, original: str) -> bool:
    """The sum at `start` of `sentence` is an investor's own part: "퓨리오사AI에 100억원을 투자", "20억원을 실행"."""
    end = start + len(original)
    if _PART_AFTER.match(sentence[end:]):
        return True
    return bool(_TICKET_BEFORE.search(sentence[:start]) and _TICKET_AFTER.match(sentence[end:]))


def states_raise(text: str) -> bool:
    """Some sentence of `text` gives a Korean sum with the company's raise verb (유치, 투자받다, 모았다)."""
    return any(_SUM.search(s) and KO_RAISE.search(s) for s in re.split(r"(?<=[.!?。])\s+|\n", text))
