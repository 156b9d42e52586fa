"""Korean round sentences the other rules misread: the raiser as the sentence's topic, a head count as money.

"이를 바탕으로 테사는 2020년 4월 서비스 론칭 이후 2022년도 1월말 6만명의 회원 수를 보유하게 되었고 더 나아가 최근 40억
규모의 시리즈 A 투자유치(총 누적 투자유치 52억 원)까지 했다" (b25-sisanews-tesa-series-a-ko, first score: company '나아'
from "더 나아가" (furthermore), amount 6만 from "6만명" (60,000 members)):
- the raiser is the topic ("X는/은") that opens the sentence telling the 투자유치, after its connective ("이를 바탕으로");
- a number counted in people or things ("6만명", "3천개", "200곳") is no amount;
- "40억 규모의 시리즈 A" (a 4-billion-scale Series A) is won even without "원".
"""

from __future__ import annotations

import re

from talentintel.funding.openers import KOREAN_OPENERS

_RAISE = re.compile(r"투자\s?유치|투자를\s?유치")
# A topic sentence counts only when it says the raise was done, not failed: "투자 유치에 실패해" (failed to attract,
# kookmin-platform-deathvalley) is a market study's plural subject.
_DONE = re.compile(
    r"(?:투자\s?유치|투자를\s?유치)(?![^.。]{0,10}실패)[^.。]{0,40}?(?:했다|했고|하였다|완료|성공|마무리)"
)
_TOPIC = re.compile(r"(?:^|\s)(?P<co>[가-힣A-Za-z][가-힣A-Za-z0-9]{1,11})(?:는|은)\s")
_NOT_TOPIC = frozenset({"회사", "업계", "당사"}) | KOREAN_OPENERS  # the company, the industry, our company
_KINDS = frozenset({"스타트업", "기업", "회사", "업체", "플랫폼", "투자사", "벤처"})
_COUNTED = re.compile(r"\s?(?:명|개|곳|건|가구|대|회|개사|만명)")
_SIZED = re.compile(r"(?P<num>\d[\d,]*(?:\.\d+)?)\s?(?P<unit>억|천만)\s?원?\s?규모")
_UNIT = {"억": 1e8, "천만": 1e7}


# "더 나아가" (furthermore) and "게다가" (besides) end in 가, the subject particle: their stems are no raiser.
_CONNECTIVE_STEMS = frozenset({"나아", "더 나아", "게다"})


def connective(name: str | None) -> bool:
    """True when a name read before the particle 가 is a connective's stem ("나아" of "나아가")."""
    return name in _CONNECTIVE_STEMS


def topic_raiser(text: str) -> str | None:
    """The topic that opens the first sentence telling a 투자유치."""
    for sentence in re.split(r"(?<=다\.)\s*|\n", text):
        done = _DONE.search(sentence)
        if not done:
            continue
        for m in _TOPIC.finditer(sentence[: done.start()]):
            name = m.group("co")
            if name not in _NOT_TOPIC and not name.endswith("들") and name not in _KINDS:
                return name
    return None


def counted(text: str, original: str | None) -> bool:
    """True when the amount read is a count of people or things ("6만명")."""
    if not original or original[-1] not in "만억천":
        return False
    at = text.find(original)
    return at >= 0 and bool(_COUNTED.match(text, at + len(original)))


def sized_amount(text: str) -> tuple[float, str, str] | None:
    """(won, "KRW", words) of the first "N억 규모" sum in a sentence telling a 투자유치."""
    for sentence in re.split(r"(?<=다\.)\s*|\n", text):
        if not _RAISE.search(sentence):
            continue
        m = _SIZED.search(sentence)
        if m:
            return float(m.group("num").replace(",", "")) * _UNIT[m.group("unit")], "KRW", m.group(0)
    return None
