"""Repairs of the fund rules' manager that are wrong by their shape, whatever the text.

The subject readers of `fund_raise` take the words before a fund verb; on text nobody here had read (tuning_funds16,
first look: fund company 0.389) they returned a sentence's connective with the name ("As Pitango successfully closed
their 5th fund"), a place adjective instead of the firm it describes ("the fourth fund launched by Tunisia-based
investment firm AfricInvest" read as "Tunisia-based") and a person quoted for the fund ("issued a statement through
its Managing Director, John W. Manzetti"), a Japanese company intro's bracket ("資本金151億4900万円)"), a date
("2019年4月15日") and a Korean time adverb ("최근 HashKey Capital"). A connective or an adverb is dropped, an adjective,
a bracket or a date gives way to the name it belongs to, and a person to the next reader (`deals_fund._rule_manager`'s
fallbacks). tuning_funds16 fund company after these and the role rules: 0.833 (older tuning files unchanged).
"""

from __future__ import annotations

import re

from talentintel.funding.cjk_names import clean
from talentintel.funding.openers import strip_opener

# Korean time adverbs before a subject: "최근 HashKey Capital은 제4기 펀드 …" (tuning_funds16 rootdata).
_KO_TIME = re.compile(r"^(?:최근|지난해|올해|이번에|이날|현재|앞서)\s(?=\S)")
# A date read as the subject: "2019年4月15日、グロービス・キャピタル・パートナーズ(以下、GCP)が…設立を発表" (compass).
_CJK_DATE = re.compile(r"^\d{4}年\d{1,2}月(?:\d{1,2}日)?$")
_PLACE_ADJECTIVE = re.compile(r"^[\w.&' -]+-(?:based|headquartered|born|focused)$")
# "Tunisia-based investment firm AfricInvest", "Hong Kong-based alternative asset management firm VMS Group".
_DESCRIBED = r"{adj}\s(?:[\w-]+\s){{0,4}}?(?:firm|company|investor|manager|group|house|fund\smanager|VC)\s([A-Z][\w&.'’-]*(?:\s[A-Z][\w&.'’-]*){{0,3}})"
# A quoted person: "Mr. Manzetti", "Manzetti said", "Managing Director, John W. Manzetti".
_FIRM_WORD = re.compile(
    r"\b(?:Capital|Ventures?|Partners|Invest\w*|Management|Group|Holdings|Funds?|Bank|Associates|Advisors|Equity|Labs?)\b"
)
_TITLES = (
    r"(?:Managing\sDirector|Director|CEO|Chief\s\w+\sOfficer|[Ff]ounder|[Cc]o-founder|[Pp]artner|President|Chairman)"
)


def _is_person(name: str, text: str) -> bool:
    words = name.split()
    if len(words) < 2 or not all(w[:1].isupper() for w in words) or not re.fullmatch(r"[A-Z]\w+", words[-1]):
        return False
    if _FIRM_WORD.search(name):
        return False  # "Partner, Speciale Invest": a title's firm, not a person (f13b-indianstartupnews)
    surname = re.escape(words[-1])
    # The surname said alone ("Manzetti said"); "China Renaissance said" is the whole name speaking.
    alone = rf"(?<!{re.escape(words[-2])}\s)"
    cue = (
        rf"\b(?:Mr|Ms|Mrs|Dr)\.\s{surname}\b|\b{alone}{surname}\s(?:said|says|added|told|continued)\b|"
        rf"{_TITLES},\s{re.escape(name)}\b|\b{re.escape(name)},\s(?:the\s|its\s)?{_TITLES}"
    )
    return bool(re.search(cue, text))


# A Japanese company's introduction, its address, head and capital in brackets before は/が: "(株)中国銀行(岡山市…、
# 永島旭頭取、資本金151億4900万円)は、…ファンド…を組成" (tuning_funds16 visionokayama); a reading that ends inside
# the brackets ("資本金151億4900万円)") is a fragment of them.
_JA_INTRO = re.compile(
    r"^\s*((?:\(株\)|（株）|株式会社)?[^\s、。(（)）]{2,30}?(?:株式会社)?)[(（][^)）]{0,120}?(?:資本金|代表|頭取|社長|本社|所在地)"
    r"[^)）]{0,80}[)）]\s?(?:は|が)",
    re.MULTILINE,
)
_INTRO_FRAGMENT = re.compile(r"(?:資本金|代表|頭取|社長|本社|所在地)|[)）]$")


# A name with its short form in brackets and nothing of an intro inside: "東京大学協創プラットフォーム開発株式会社(東大IPC)"
# (f22-todaishimbun-aoi1-fund-240oku, whose reading was dropped as an intro fragment and "昨年の" taken instead).
_ALIAS_BRACKET = re.compile(r"^[^\s、。(（]{2,40}[(（][^)）、。\s]{1,12}[)）]$")


def _ja_intro(manager: str, text: str) -> str | None:
    m = _JA_INTRO.search(text[:400])
    return re.sub(r"^(?:\(株\)|（株）)", "", m.group(1)) if m else None


# A title or a role alone names nobody's firm: "In late May the Crown Prince unveiled HUMAIN ... and a $10 billion
# venture fund" (hs20-pantaos), "one of the first female General Partners there" (hs18-zappermint; fund85 catalog).
ROLE_ONLY = re.compile(
    r"(?:(?:Crown\s)?Prince|King|Queen|Sheikh|Emir|President|(?:Prime\s)?Minister|Governor|Mayor|Chairman|Chairwoman|"
    r"Chancellor|(?:General|Managing|Limited|Founding|Senior|Operating)\sPartners?|Partners?|Founders?|Co-?founders?|"
    r"CEO|CFO|CIO|Director|Managing\sDirector)",
    re.IGNORECASE,
)


def repaired(manager: str | None, text: str) -> str | None:
    """The manager with a connective dropped, a place adjective replaced by the firm it qualifies; None for a person
    (or an adjective whose firm is not found), so the next reader answers."""
    if not manager or ROLE_ONLY.fullmatch(manager):
        return None
    if _ALIAS_BRACKET.match(manager) and not _INTRO_FRAGMENT.search(manager[:-1]):
        return clean(manager)  # the name without its short form and legal form ("…開発株式会社(東大IPC)")
    if _INTRO_FRAGMENT.search(manager):
        return _ja_intro(manager, text)
    if _CJK_DATE.match(manager):
        after = re.search(re.escape(manager) + r"、?([^\s、。(（]{2,40}?)(?:[(（][^)）]{0,40}[)）])?(?:は|が)", text)
        return after.group(1) if after else None
    manager = _KO_TIME.sub("", manager)
    manager = strip_opener(manager)
    if _PLACE_ADJECTIVE.match(manager):
        m = re.search(_DESCRIBED.format(adj=re.escape(manager)), text)
        return m.group(1).rstrip(".,") if m else None
    return None if _is_person(manager, text) else manager
