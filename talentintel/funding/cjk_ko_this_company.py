"""A Korean raise told of "이 회사" (this company): the raiser is the name the text introduces in quotes.

"그리고 1년 만에, 이 회사는 ... 실리콘밸리 유명 투자사로부터 500만 달러의 초기 투자를 따냈다. 이재성(28·대표이사)씨 등 5명이
공동 창업한 ‘트웰브랩스’다." (hs14-chosundaily-twelve-labs-5m-ko, tuning_hs14): the raise's subject is the demonstrative,
and the name comes as the copula's complement ("... ‘X’다") or after a kind noun ("AI 기술 개발 스타트업 ‘트웰브랩스’").
`cjk_ko_subject.korean_raiser` refuses 회사 (a kind word, COMPANY_NOISE), so no company was read and the round was `other`.
"""

from __future__ import annotations

import re
from collections import Counter

from talentintel.funding.cjk_ko_raise import KO_RAISE
from talentintel.funding.cjk_names import COMPANY_NOISE

# The demonstrative subject: "이 회사는", "해당 기업이", "이 스타트업은".
_THIS_SUBJECT = re.compile(r"(?:^|\s)(?:이|해당|그)\s?(?:회사|기업|스타트업|업체)(?:는|은|가|이)\s")
# The name the text gives it: in quotes after a kind noun, or in quotes before the copula closing a sentence.
_QUOTED = r"['‘“\"]([^'’”\"\s][^'’”\"]{1,19})['’”\"]"
_NAMED = re.compile(rf"(?:스타트업|기업|회사|업체)\s?{_QUOTED}|{_QUOTED}(?:이)?다(?=[.。\s]|$)")


def this_company_raiser(text: str) -> str | None:
    """The quoted name of the company a "이 회사는 ... 투자를 유치했다/따냈다" sentence is about, or None."""
    raised = False
    for sentence in re.split(r"(?<=[.。!?])\s+|\n", text):
        verb = KO_RAISE.search(sentence)
        if verb and _THIS_SUBJECT.search(sentence[: verb.start()]):
            raised = True
            break
    if not raised:
        return None
    names = [m.group(1) or m.group(2) for m in _NAMED.finditer(text)]
    names = [n for n in names if not COMPANY_NOISE.match(n)]
    # The name told most often: a quoted product or slogan is told once, the company in the caption and the lede.
    return Counter(names).most_common(1)[0][0] if names else None
