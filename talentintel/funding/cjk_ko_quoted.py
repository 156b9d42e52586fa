"""A Korean round from one investor named in quotes: "앤드리슨 호로위츠(a16z)의 ‘a16z 크립토(a16z crypto)’로부터 시드 투자
1,500만 달러(한화 약 208억 원)를 유치했다" (b32-newspic-story-poseidon-15m-seed-a16z-ko, read with no lead).

`cjk._LEAD`'s 로부터 patterns take one unquoted word; the press quotes a name of several words (‘a16z 크립토’) and glosses
it in parentheses inside the quotes. A round from exactly one named investor is led by it (the labeling rules), unless
the sentence goes on to others who took part ("참여", "비롯해", "함께", "등"). A Latin gloss in the parentheses is the
name the investor is known by across texts ("a16z crypto"), so it is read first.
"""

from __future__ import annotations

import re

_FROM_ONE = (
    r"[’'”\"](?:로부터|으로부터)\s(?:\S+\s){0,4}?(?:투자|[\d,.]+\s?(?:만|억)?\s?(?:달러|원))"
    r"(?![^.。\n]*(?:참여|비롯|함께|등이|등의))"
)
KO_QUOTED_GLOSS = re.compile(r"[‘'“\"][^’'”\"\n(]{2,30}?\(([A-Za-z][^)]{1,30})\)" + _FROM_ONE)
KO_QUOTED_FROM = re.compile(r"[‘'“\"]([^’'”\"\n]{2,30}?)(?:\([^)]{1,30}\))?" + _FROM_ONE)
