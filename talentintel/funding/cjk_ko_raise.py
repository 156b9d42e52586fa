"""The Korean verbs of a raise that cjk_ko_subject.korean_raiser reads the subject of: "투자를 유치", "투자받", "달러를 유치", and
"총 900만 달러를 모은 것으로 알려졌다" (gathered $9 million in all: hs8-kukode-luminous-9m-ko, read as no raise; the
money word before 모으다 says it is capital gathered, not people or opinions).
"""

from __future__ import annotations

import re

# An adverb of addition may stand between the object and 유치: "26억5천만달러의 자금을 추가로 유치했다" (more money,
# b49-chicagokoreatimes-rivian-2-65bn-ko, read as no raise), "투자를 새로 유치".
_MORE = r"(?:추가로|새로|신규로)\s"
KO_RAISE = re.compile(
    rf"투자를?\s?(?:{_MORE})?유치|투자를?\s?따(?:냈|낸|내)|투자금|투자를\s받|투자받|자금(?:을)?\s?(?:{_MORE})?유치|"
    rf"(?:원|달러)(?:을|를)?\s?(?:(?:{_MORE})?유치|모았|모은)"
)
