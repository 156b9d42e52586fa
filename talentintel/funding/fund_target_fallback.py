"""A fund's amount by the last steps of the fund-amount convention (PROVENANCE labeling rules, "fund amounts", session
22): a share of a stated size or target said committed is the capital in hand, and when nothing committed or sized
was read, the fund's stated target, anticipated or planned volume is its figure. Ranges and magnitudes stay no figure.

The size rules (`fund_size`, `fund_closes`, `fund_size_phrases`) drop a target so that a close or a size told beside
it wins; under the convention the target is still the fund's figure when it is all the text gives. Seen on the
fourteen tuning fund rows relabeled to the convention (fund22): "with a target of US$300 million" (hs14-nestia),
"Das Zielvolumen liegt bei 120 Mio. EUR" (f17-vcmagazin), "an anticipated value of around 20 billion yen ($141
million)" (hs14-excluto), "targeting €500 million ($580 million)" (f19-eurradio), "targeting $9 million for the second
fund" (f20-thesilicondreams), "最終規模は100億円を目指す" (thebridge-incubate-iflp2), "目标规模不超过1.5亿美元"
(c4-unitedmoney); and shares: "currently 40% committed" of "$10 million" (f14-thedayspring), "committed about half of
the targeted $150 million" (hs21b-craincurrency), "Etwa die Hälfte des geplanten Fondsvolumens von 185 Millionen
Dollar sind bisher" (hs19-faz), "up to A$50 million ... with almost half raised" (f19-investvic).
"""

from __future__ import annotations

import re

from talentintel.funding import cjk
from talentintel.funding.fund_size import FundSize, in_range, is_aum
from talentintel.funding.money import Money, find_money, usd_echo

_SHARES = {"half": 0.5, "a third": 1 / 3, "one-third": 1 / 3, "two-thirds": 2 / 3, "three-quarters": 0.75}
_SHARE = r"(?P<share>half|a\sthird|one-third|two-thirds|three-quarters|(?P<pct>\d{1,2})\s?(?:%|percent|per\scent))"
_HEDGE = r"(?:(?:about|around|roughly|nearly|almost|over|more\sthan|some)\s)?"
# "have committed about half of the targeted $150 million": the share and its base in one phrase.
_SHARE_OF = re.compile(
    rf"\b(?:committed|raised|secured|gathered|collected|pledged)\s{_HEDGE}{_SHARE}\sof\s(?:the|its|a|their)\s"
    r"(?:(?:targeted|planned|intended|proposed)\s)?",
    re.IGNORECASE,
)
# German: "Etwa die Hälfte des geplanten Fondsvolumens von 185 Millionen Dollar sind bisher ... eingesammelt".
_HALF_DE = re.compile(r"\bdie\sHälfte\sdes\s(?:geplanten\s|angestrebten\s)?(?:Fonds|Gesamt)?[Vv]olumens\svon\s")
_SO_FAR_DE = re.compile(r"\b(?:bisher|bislang|bereits|schon)\b")
# A share said apart from its base: "the fund is currently 40% committed", "with almost half raised".
_SHARE_APART = (
    re.compile(rf"\b(?:is|are|was)\s(?:currently\s|already\s|now\s)?{_SHARE}\s(?:committed|subscribed|raised)\b", re.I),
    re.compile(
        rf"\bwith\s{_HEDGE}{_SHARE}\s(?:of\s(?:it|that|the\sfund)\s)?(?:already\s)?(?:raised|committed|secured)\b", re.I
    ),
)
# The target said before the figure, in English, German, French, Spanish, Italian.
_TARGET_BEFORE = re.compile(
    r"(?:\btarget(?:s|ed|ing)?\s(?:of\s|size\sof\s|a\s(?:final\s)?(?:close|size)\sof\s)?|\b(?:initial\s)?target\sof\s|"
    r"\baim(?:s|ed|ing)?\s(?:to\s(?:raise|secure|collect|reach|close)|for)\s|\bseek(?:s|ing)?\sto\sraise\s|"
    r"\bplans?\sto\sraise\s|\braising\s|\bgoal\sof\s|\banticipated\s(?:value|size|volume)\sof\s|"
    r"\b(?:Zielvolumen|Zielgröße)\s(?:\w+\s){0,2}|\bgeplanten\s(?:Fonds|Gesamt)?[Vv]olumens?\svon\s|"
    r"\bobjectif\sde\s(?:lev[ée]e\sde\s)?|\bobjetivo\s(?:[\w-]+\s){0,5}(?:captar|recaudar|levantar)\s|"
    r"\bobiettivo\sdi\sraccolta\s(?:\w+\s){0,3})"
    r"(?:(?:up\sto|about|around|roughly|approximately|some|rund|etwa)\s)?$",
    re.IGNORECASE,
)
_TARGET_AFTER = re.compile(r"^\s?-?\s?target(?:ed)?\b", re.IGNORECASE)
# CJK: the plan before ("目标规模不超过", "目標", "목표") or after ("を目指す", "목표로") the figure.
_CJK_TARGET_BEFORE = re.compile(
    r"(?:目标|目標|목표)(?:规模|規模|金额|金額|액)?(?:为|為|は|는|은)?\s?(?:不超过|不超過|约|約)?\s?$"
)
_CJK_TARGET_AFTER = re.compile(r"^\s?(?:規模)?(?:を目指|를\s?목표|을\s?목표|목표)")
# "不低于15亿元人民币且不超过30亿元": a range of two figures is no one figure.
_CJK_RANGE = re.compile(r"不低于|不低於|以上.{0,12}以下|[~〜～]")


def _target_monies(text: str) -> list[Money]:
    found = []
    for money in find_money(text):
        before = text[max(0, money.start - 60) : money.start]
        if not (_TARGET_BEFORE.search(before) or _TARGET_AFTER.match(text, money.end)):
            continue
        if in_range(text, money) or is_aum(text, money):
            continue
        found.append(money)
    return found


def _size_of(text: str, money: Money, share: float = 1.0, words: str | None = None) -> FundSize:
    shown = usd_echo(text, money) or money
    return FundSize(shown.amount * share, shown.currency, words or shown.original)


def _share(m: re.Match[str]) -> float:
    return int(m.group("pct")) / 100 if m.group("pct") else _SHARES[re.sub(r"\s+", " ", m.group("share").lower())]


def share_committed(text: str) -> FundSize | None:
    """A share of a stated size or target said committed, as money in hand; None when the text says no such share."""
    head = text[:2500]
    if (m := _SHARE_OF.search(head)) and (base := _money_right_after(head, m.end())) is not None:
        return _size_of(head, base, _share(m), f"{m.group('share')} of {base.original}")
    de = _HALF_DE.search(head)
    base = _money_right_after(head, de.end()) if de else None
    if base is not None and _SO_FAR_DE.search(head, base.end, base.end + 60):
        return _size_of(head, base, 0.5, f"die Hälfte von {base.original}")
    if (apart := next((m for p in _SHARE_APART if (m := p.search(head))), None)) is not None:
        targets = [t for t in _target_monies(head) if t.start < apart.start()]
        if targets:
            base = targets[-1]
            return _size_of(head, base, _share(apart), f"{apart.group('share')} of {base.original}")
    return None


def _money_right_after(text: str, start: int) -> Money | None:
    return next((m for m in find_money(text) if start <= m.start <= start + 3), None)


def stated_target(text: str) -> FundSize | None:
    """The fund's stated target, anticipated or planned volume, for a fund text whose size rules read no amount."""
    head = text[:2500]
    if cjk.has_cjk(head):
        return _cjk_target(head)
    targets = _target_monies(head)
    return _size_of(head, targets[0]) if targets else None


def _cjk_target(text: str) -> FundSize | None:
    if _CJK_RANGE.search(text):
        return None
    for start, value, currency, original in cjk._amounts(text, "CNY" if "元" in text else None):
        end = start + len(original)
        if _CJK_TARGET_BEFORE.search(text[max(0, start - 12) : start]) or _CJK_TARGET_AFTER.match(text[end : end + 8]):
            if re.match(r"^\s?[级級]", text[end : end + 3]):
                continue  # "1000亿级基金群": a magnitude, no figure
            return FundSize(value, currency, original)
    return None
