"""The raising company of a Korean sentence: the last subject (은/는/이/가) before "투자(를) 유치".

Moved out of `cjk` (399 lines) in session 9, unchanged: "… 서비스 어글리어스가 19억원 … 투자를 유치했다" names 어글리어스.
"""

from __future__ import annotations

import re

from talentintel.funding.cjk_ko_raise import KO_RAISE as _KO_RAISE
from talentintel.funding.cjk_names import COMPANY_NOISE

# Korean subject + particle; a verb's modifier form ("제공하는", "있는") or a quoted word's tail is no subject.
_KO_SUBJECT = re.compile(r"(?:^|[\s'‘“\"])([^\s'’”\",.。]{2,20}?)(?:\([^)]{1,30}\))?(?:은|는|이|가)\s")
# A quoted name may hold a space: "아프리카TV는 프로게임단 '아프리카 프릭스'가 … 투자받았다고".
_KO_QUOTED_SUBJECT = re.compile(r"['‘“\"]([^'’”\"]{2,20})['’”\"](?:은|는|이|가)\s")


def korean_raiser(text: str) -> str | None:
    """The last subject before "투자(를) 유치" in its sentence: "… 서비스 어글리어스가 19억원 … 투자를 유치했다"."""
    for sentence in re.split(r"(?<=[.。!?])\s+|\n", text):
        verb = _KO_RAISE.search(sentence)
        if not verb:
            continue
        before = sentence[: verb.start()]
        found = [(m.start(), m.group(1)) for m in _KO_SUBJECT.finditer(before)]
        found += [(m.start(), m.group(1)) for m in _KO_QUOTED_SUBJECT.finditer(before)]
        subjects = [
            name
            for _, name in sorted(found)
            if not re.search(r"(?:하|되|있|없|했|된|한)$", name) and not COMPANY_NOISE.match(name)
        ]
        if subjects:
            return korean_full_name(text, before, subjects[-1])
    return None


def korean_full_name(text: str, before: str, name: str) -> str:
    """A name of two words, told by the text writing both words together again: "아프리카 프릭스, … 투자 유치" over
    "프로게임단 아프리카 프릭스는 … 투자를 유치했다" (datanet-afreeca-freecs); a description before the name is not."""
    prev = re.search(r"([^\s'’”\",.。]{2,12})\s" + re.escape(name) + r"(?:은|는|이|가)\s", before)
    if (
        not prev
        or COMPANY_NOISE.match(prev.group(1))
        # ... or with the copula: "셰어챗 모기업인 X" ("ShareChat's parent company, X"; c4-cwn-mohalla-sharechat with its
        # name swapped read "모기업인 X", invariance harness, session 12).
        or re.search(r"(?:기업|업체|스타트업|회사|단|사|플랫폼)인?$", prev.group(1))
    ):
        return name
    full = f"{prev.group(1)} {name}"
    return full if text.count(full) >= 2 else name
