"""A Korean sentence whose raiser stands bare before its amount: "비바리퍼블리카 4600억 원 규모의 유상증자를 이날 마무리했다".

News Korean drops the subject particle in headline-like sentences, and a paid-in capital increase (유상증자) is an
equity raise like "투자 유치" (tuning_batch23 businesspost; first score company 0.571 on 28 unseen rounds: no company
was read, the `cjk_ko_subject.korean_raiser` subject needs 은/는/이/가). The name opens its sentence and the amount follows it.
"""

from __future__ import annotations

import re

# "X 4600억 원 규모의 유상증자를 … 마무리했다", "X, 300억원 투자 유치": the name, then the amount, in a raising sentence.
_BARE = re.compile(
    r"^\s?(?:\d{1,2}일\s)?([^\s\d'’”\",.。()]{2,20}?)[,，]?\s[\d,.]+\s?(?:조|억|만)[\d,.]*\s?(?:원|달러)?"
    r"[^.。\n]{0,30}?(?:유상증자|투자\s?유치|투자를?\s?유치|투자금|시리즈\s?[A-Z])"
)
_CLOSED = re.compile(r"마무리|완료|유치|결정|단행|실시|성공|받았|받는다")


def bare_korean_raiser(text: str) -> str | None:
    """The bare name that opens a sentence telling the raise's amount and its close, or None."""
    for sentence in re.split(r"(?<=[.。!?])\s+|\n", text):
        m = _BARE.match(sentence)
        if m and _CLOSED.search(sentence, m.end()) and not re.search(r"(?:은|는|이|가|을|를|의|에)$", m.group(1)):
            return m.group(1)
    return None
