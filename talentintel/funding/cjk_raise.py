"""The raiser in Japanese and Korean sentences the CJK company rules did not read (tuning_cjk4).

Japanese: a topic at the start of a sentence that raises by a capital increase, which the rules' 調達 verbs do not
cover: "…を手掛けるインターステラテクノロジズは7月10日、…を引き受け先とした65億円の第三者割当増資を実施したと発表した",
"智光エネルギー貯蔵は10の投資家から合計7億人民元の追加投資を受けた".
Korean: the raiser as the possessor of the raise, "모할라 테크(Mohalla Tech)의 투자금 유치 소식을 보도했다" (the news of
Mohalla Tech's raise): the subject of that sentence is the press ("복수 외신이"), not the company; and the quoted company
investors put money in, "삼성·LG전자·현대차그룹이 인공지능(AI) 스타트업 '텐스토렌트'에 투자했다고" (the subject is the investors).
"""

from __future__ import annotations

import re

from talentintel.funding import cjk_company
from talentintel.funding.cjk_ko_subject import korean_full_name

_JA_RAISE = re.compile(r"第三者割当増資|増資を(?:実施|行)|追加投資を受け|出資を受け|資金調達を(?:実施|行)|を調達し")
_JA_INVESTS = re.compile(r"に出資|へ出資|を引き受け(?:る|た)(?!先)")
_JA_TOPIC = re.compile(
    r"^\s*(?P<name>[^\s、。「」:：]{2,40}?)(?:\([^)]{1,40}\)|（[^）]{1,40}）)?(?:は|が)(?:\d{1,2}月\d{1,2}日)?[、,]?"
)
# A measure noun said of the amount before 의 ("규모의 투자", "상당의 투자"): how much, never who.
_KO_MEASURE = re.compile(r"규모|상당|수준|가량|정도|금액|액수|총액|총|전체|일부")
_KO_GENITIVE = re.compile(
    r"(?:^|[\s'‘“\"])(?P<name>[^\s'’”\",.。()]{2,20}?)(?:\([^)]{1,30}\))?의\s(?:신규\s|추가\s)?투자(?:금)?\s?유치"
)


# "'텐스토렌트'에 투자했다": the quoted name invested in; a name with an amount in between is cjk's own rule.
_KO_INVESTED_IN = re.compile(r"['‘\"“](?P<name>[^'’\"”]{2,20})['’\"”]에\s(?:\S+\s)?투자(?:했|한|하였)")
# Unquoted after the kind of company: "미국 AI 스타트업 인월드AI에 수십억원 규모의 추가 투자를 했다고 밝혔다"
# (hs10-kgrowth-inworld-ai-lg-follow-on-ko: the investor LG was read as the raiser).
_KO_STARTUP_INVESTED = re.compile(
    r"(?:스타트업|벤처기업|신생기업|업체)\s(?P<name>[가-힣A-Za-z0-9]{2,20})에\s(?:[^\s.]+\s){0,4}?투자(?:를\s?)?(?:했|하였|단행)"
)


def japanese_raiser(text: str) -> str | None:
    """The topic of the first sentence that raises money by shares issued to it: "Xは…第三者割当増資を実施"."""
    for sentence in re.split(r"(?<=。)|\n", text):
        said = re.sub(
            r"「[^」]*」", "", sentence
        )  # a title quoted in the sentence ("今回のネタは「X、5億円を調達」です")
        if not _JA_RAISE.search(said) or _JA_INVESTS.search(said):
            continue
        m = _JA_TOPIC.match(sentence)
        name = cjk_company.acceptable(m.group("name")) if m else None
        if name:
            return name
    return None


def korean_possessor(text: str) -> str | None:
    """ "X의 투자금 유치": X raised; a two-word name written whole elsewhere is kept whole ("모할라 테크")."""
    m = _KO_GENITIVE.search(text)
    if not m:
        return None
    name = cjk_company.acceptable(m.group("name"))
    # "6억5000만 달러(…)의 신규 투자를 유치" (the amount), "벤처캐피털로부터의 투자 유치" (the source): no raiser. Nor is
    # the amount's measure noun: "300억 원 규모의 투자유치" (b30-ajunews-woorled-30bn-won-2010-ko) gave 규모 ("scale").
    if not name or re.search(r"\d|(?:달러|원|엔|위안|유로|로부터|에서|에게서)$", name) or _KO_MEASURE.fullmatch(name):
        return None
    return korean_full_name(text, text[: m.end("name")] + "는 ", name)


def korean_invested_in(text: str) -> str | None:
    """ "스타트업 '텐스토렌트'에 투자했다": the quoted company is the one that raised."""
    m = _KO_INVESTED_IN.search(text)
    return cjk_company.acceptable(m.group("name"), quoted=True) if m else None


def korean_startup_invested(text: str) -> str | None:
    """ "스타트업 인월드AI에 ... 투자를 했다": the startup an investor put money in, named after its kind."""
    m = _KO_STARTUP_INVESTED.search(text)
    return cjk_company.acceptable(m.group("name")) if m else None
