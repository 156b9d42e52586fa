"""A Korean round told with a round noun as the object and the raiser as a topic or subject the sentence may leave out.

Korean names the round itself as the object of 유치 (attract) or 확정 (confirm): "Unconventional AI가 4억 7,500만
달러(약 6,500억 원)라는 ... 시드 라운드 투자를 확정했습니다" (b45-haesikryu-unconventional-ai-475m-seed-ko: kind `other`, no
company on the rules), "$50M Series A를 유치하며" (b47-aigrant-goodfire-50m-series-a-ko: no company). The verbs
`cjk_ko_raise.KO_RAISE` reads (투자를 유치, 투자받, 달러를 유치) do not cover a round noun, and:
- a subject that modifies a relative-clause verb is the investor, not the raiser: "Menlo Ventures가 리드한 $50M Series A"
  (the Series A that Menlo Ventures led);
- Korean drops a subject the previous sentence set as its topic (zero anaphora): "Goodfire는 2024년 설립된 ... 스타트업으로,
  ... 개발합니다. 2025년 4월 Menlo Ventures가 리드한 $50M Series A를 유치하며" -- the raise sentence's raiser is the topic
  that opens the sentence before it, in the same paragraph;
- a Latin-script name may hold spaces ("Unconventional AI가").
"""

from __future__ import annotations

import re

from talentintel.funding.cjk_names import COMPANY_NOISE

# A round noun, then the object particle (or none in a headline), then 유치 / 확정 / 받: "시드 라운드 투자를 확정",
# "Series A를 유치", "시리즈 B 유치", "프리A 투자 유치".
_ROUND_RAISE = re.compile(
    r"(?:라운드|시드|시리즈\s?[A-H]|[Ss]eries\s[A-H]|프리\s?-?[Aa]|[Pp]re-?[Aa])(?:\s?투자)?(?:를|을)?\s?(?:유치|확정|받)"
)
_LATIN = r"[A-Z][\w&.\-]*(?:\s[A-Z0-9][\w&.\-]*){0,3}"
_HANGUL = r"[가-힣][가-힣A-Za-z0-9]{1,11}"
_SUBJECT = re.compile(rf"(?:^|(?<=[\s'‘“\"(]))(?P<name>{_LATIN}|{_HANGUL})(?:은|는|이|가)\s(?P<next>\S+)")
# "X가 리드한 / 주도한 / 이끈 / 참여한 ..." : the subject of a relative clause before the round noun is an investor.
_RELATIVE = re.compile(r"^(?:리드|주도|이끈|이끄는|참여|투자)\w*(?:한|하는|했던)?$")
_KINDS = frozenset({"스타트업", "기업", "회사", "업체", "플랫폼", "투자사", "벤처", "이번", "이는", "이"})


def _subjects(clause: str) -> list[str]:
    found = []
    for m in _SUBJECT.finditer(clause):
        name, following = m.group("name"), m.group("next")
        if _RELATIVE.match(following):
            continue
        if name in _KINDS or COMPANY_NOISE.match(name) or re.search(r"(?:하|되|있|없|했|된|한)$", name):
            continue
        found.append(name)
    return found


def round_topic_raiser(text: str) -> str | None:
    """The raiser of the first sentence whose object is the round: its own last subject, else the topic that opens
    the sentence before it in the same paragraph."""
    for paragraph in text.split("\n"):
        sentences = re.split(r"(?<=[다요]\.)\s+|(?<=[.!?])\s+(?=[^\sa-z])", paragraph)
        for i, sentence in enumerate(sentences):
            verb = _ROUND_RAISE.search(sentence)
            if not verb:
                continue
            own = _subjects(sentence[: verb.start()])
            if own:
                return own[-1]
            if i and (topic := _subjects(sentences[i - 1][:40])):
                return topic[0]
    return None
