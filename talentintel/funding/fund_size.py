"""The size of a fund in a fund-raise text: the amount closed so far, not a target, a cap or an earlier fund.

A fund story states its size first ("Dragonfly Capital Closes $650M Crypto Fund") and then history: the first
fund's size, the first close of a now-final fund, the target it beat. The round scorer (`money.round_amount`) reads
"new"/"latest" as the news and picked "$60 million in 2021" over the headline's "$115 million" (pashainnovation
Moonfire), and the hard-cap sentence of a Fund IV story; here the first amount wins unless its words make it a target,
a cap, a plan or the past. CJK texts say the raised amount with 調達金額は / を集めた / の出資を得 / 모금 and the plan with
最大 / を目指す / 목표; a compound number ("1억1000만달러", "2億6900万ドル") is one amount.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from talentintel.funding import cjk
from talentintel.funding.fund_cjk import FUND_RAISED_ZH
from talentintel.funding.money import Money, find_money, usd_echo


@dataclass(frozen=True)
class FundSize:
    amount: float
    currency: str
    original: str


# "targeting $250M", "hard-cap from $250m to $300m", "initial target of", "up to": a plan, not money committed.
_PLAN_BEFORE = re.compile(
    r"(?:target\w*|hard[- ]?caps?|caps?|capping|up to|initially|originally|aim\w*|plans? to raise|seek\w*|goal|"
    # Spanish, Portuguese, French plans: "busca recaudar US$ 500 millones", "pretende captar", "vise à lever".
    # "Eyeing a ₹350 Cr corpus, IAN raises ₹175 Cr" (b40-ettech-ian-175cr-first-close): the corpus eyed is the plan.
    r"\beye[sd]?|\beyeing|busca\w*|buscan|pretende\w*|objetivo|meta de|vise\w*|objectif|cible|"
    # What a fund will invest is its plan: "il investira 125 millions d'euros" beside "22 souscripteurs ont apporté 100
    # millions d'euros au fonds" (tuning_funds16 clubic).
    r"investira|investirá|invertirá|will\sinvest)"
    r"(?:\W+\w+){0,3}\W*$",
    re.IGNORECASE,
)
# "closed ... at the hard cap of $300M": a close at the cap is the size.
_AT_CAP = re.compile(r"\bat (?:the|a|its) hard[- ]?cap(?: of)?\s*$", re.IGNORECASE)
_PLAN_AFTER = re.compile(r"^\s?(?:-?\s?target(?:ed)?\b|goal\b|hard[- ]cap\b|target\b)", re.IGNORECASE)
# A volume planned or anticipated, in German, English, French, Italian: "des geplanten Fondsvolumens von 185 Millionen
# Dollar" (hs19-faz), "with an anticipated value of around 20 billion yen" (hs14-excluto; fund85 catalog). Unlike a
# target (which some tuning files take as the size of a fund launched with nothing closed), no label takes these.
_VOLUME_PLANNED_BEFORE = re.compile(
    r"(?:geplant\w*|angestrebt\w*|Zielvolumen\w*|anticipated|prévu\w*|previst\w*)(?:\W+\w+){0,3}\W*$", re.IGNORECASE
)
# German modals after the sum, or a sum said to be expected: "100 Millionen Euro davon wollen Kommission und EIF
# stellen" (hs19-wallstreetonline), "the total 20 billion yen capitalization is expected to originate from".
_VOLUME_PLANNED_AFTER = re.compile(
    r"^\s?(?:(?:\w+\s){0,2}(?-i:sollen|soll|wollen)\b|(?:[\w-]+\s){0,2}(?:is|are)\s(?:expected|planned|anticipated|"
    r"projected)\b)",
    re.IGNORECASE,
)
_COMMITTED_AFTER = re.compile(r"\s(?:in|of)\s(?:capital\s|LP\s|investor\s)?commitments\b", re.IGNORECASE)
# "locked in an additional USD 20 million in commitments": what a later close added, not the fund's size ("the third
# close of its Climate Investor Two Fund (CI2) at USD 875 million", climatefinancelab).
_ADDED_BEFORE = re.compile(r"\b(?:an\s)?(?:additional|another|further|extra)\s(?:[\w$.,]+\s)?$", re.IGNORECASE)
# Money said raised so far is what the fund has committed, not its plan: "The fund has raised $525,000 so far" after
# "launched its $5 million Climate Impact Fund", "AIC has garnered $160 million for the fund" of a $250 million raise
# (tuning_funds14 daccess, yahooau).
_SO_FAR_AFTER = re.compile(r"\s?(?:so\sfar|to\sdate|thus\sfar)\b", re.IGNORECASE)
GARNERED_BEFORE = re.compile(
    # "the fund has already raised $30 million" of its $100 million (b19-nftgators-prodigital-fund).
    r"\b(?:has|have)\s(?:(?:so\sfar\s)?(?:garnered|amassed|gathered|collected)|already\s(?:raised|secured|closed))\s"
    r"(?:about\s|around\s|nearly\s)?$",
    re.IGNORECASE,
)
_PAST_AFTER = re.compile(
    r"^\s?(?:in (?:19|20)\d\d\b|last year\b|(?:for|in) (?:its|the) (?:first|previous|prior|last))", re.I
)

_CJK_UNIT = {"억": 1e8, "億": 1e8, "亿": 1e8}
_CJK_CUR = {"달러": "USD", "ドル": "USD", "米ドル": "USD", "美元": "USD", "원": "KRW", "円": "JPY", "元": "CNY"}
_CJK_COMPOUND = re.compile(r"(\d+(?:\.\d+)?)\s?([억億亿])\s?(\d[\d,]*)\s?[만万]\s?(米ドル|달러|ドル|美元|원|円|元)")
# The money said to be in hand, and the money that is only planned.
_CJK_RAISED = re.compile(
    r"(?:調達金額は|調達額は|調達した|を調達|出資を得|を集め|組成|クローズ|모금|모집|결성|확보했|확보한|모았|募集|筹资|募资|融资|首关|首關|终关|終關|关账|關帳|"
    # Korean says the formed fund with 조성 too: "285억원이 조성됐으며" after the LPs' 10억/30억 shares (joongdo), "355억원
    # 규모로 조성됐다" after "구 출자금 10억원" (thesejong), both tuning_funds25, read as the first share before; "조성할" (a
    # plan) is not in it.
    r"조성(?:됐|했|되었|하였|된|한)(?!\s?(?:계획|예정)))"
)
# A firm's assets under management are not the fund: "10年管理资金总规模超过100亿元", "운용자산(AUM) 1조원".
# Nor is its own share capital: "(株)中国銀行(岡山市…、資本金151億4900万円)は…ファンド(5億円)を組成" (tuning_funds16).
_CJK_AUM_BEFORE = re.compile(
    r"(?:管理(?:资金|資金|资产|資產)?(?:总|總)?规模|管理規模|運用資産|운용자산|운용 ?규모|AUM|資本金|자본금|注册资本|注冊資本)"
    r"[^，。,.]{0,6}$"
)
_CJK_PLAN_BEFORE = re.compile(r"(?:最大|当初|目標|목표|目标|최대)(?:는|은|は|为|為)?\s?約?$")
# A first close's sum: "总规模25亿元。首关金额11.65亿元" (hs14-bowangcaijing, fund85 catalog: the size read over the
# close, which the labels take while no final close is told).
_CJK_FIRST_CLOSE_BEFORE = re.compile(
    r"(?:首关|首關|首次关账|首次關帳|首轮关闭|首輪關閉)(?:金额|金額|规模|規模|募资|募資)?(?:为|為|达|達|约|約)?\s?(?:人民币|人民幣)?$"
)
_CJK_FINAL_CLOSE = re.compile(r"终关|終關|最终关账|最終關帳")
# A restatement follows a figure: "5억8000만 달러(약 7698억원)"; a bracket after a name is the fund's size: "「中銀投資
# 事業組合3号」(5億円)" (tuning_funds16 visionokayama).
_CJK_RESTATED = re.compile(r"(?:\d|달러|ドル|美元|원|円|元|圓)\s?[(（]\s?(?:약|約|约)?\s?$")
# "1억달러를 모을 계획이다", "1억달러 모은다" (a headline's present tense): what a fund sets out to collect.
# A range around a round number is no size: "2000억원 후반대" (the high 2000s), "초반대", "중반대".
# So is a magnitude class: "最终形成1000亿级基金群" (a group of funds on the order of 100 billion, hs15-jiuzzc).
_CJK_VAGUE_AFTER = re.compile(r"^\s?(?:(?:후반|초반|중반)대|[级級])")
_CJK_PLAN_AFTER = re.compile(
    r"^\s?(?:規模)?(?:を目指|を想定|목표|를 목표|目标)|^(?:을|를)?\s?(?:모을|모집할|조성할|결성할)\s?(?:계획|예정)|^\s?모은다"
)


def _cjk_amounts(text: str) -> list[tuple[int, float, str, str]]:
    compounds = []
    for m in _CJK_COMPOUND.finditer(text):
        value = float(m.group(1)) * _CJK_UNIT[m.group(2)] + float(m.group(3).replace(",", "")) * 1e4
        compounds.append((m.start(), value, _CJK_CUR[m.group(4)], m.group(0)))
    default = "CNY" if re.search(r"基金|元", text) and not re.search(r"円|원", text) else None
    singles = [a for a in cjk._amounts(text, default) if not any(c[0] <= a[0] < c[0] + len(c[3]) for c in compounds)]
    return sorted(compounds + singles)


def _cjk_size(text: str) -> FundSize | None:
    candidates = []
    raised = [m.span() for m in FUND_RAISED_ZH.finditer(text)]  # where a firm's raise names its fund's sum
    final = bool(_CJK_FINAL_CLOSE.search(text))
    for start, value, currency, original in _cjk_amounts(text):
        end = start + len(original)
        if _CJK_PLAN_BEFORE.search(text[max(0, start - 4) : start]) or _CJK_PLAN_AFTER.match(text[end : end + 8]):
            continue
        if _CJK_AUM_BEFORE.search(text[max(0, start - 16) : start]):
            continue
        if _CJK_VAGUE_AFTER.match(text[end : end + 6]):
            continue  # "2000억원 후반대의 대형펀드": somewhere in the high 2000s, no figure (f21-woorivp-daol-funds-closed-topdaily)
        if _CJK_RESTATED.search(text[max(0, start - 6) : start]):
            continue  # "5억8000만 달러(약 7698억원)": the won figure restates the dollars
        near = text[max(0, start - 12) : end + 12]
        # The sum a firm's raise names comes first: "推出 22 亿美元的加密基金" over "融资超过 40 亿美元" (a market total).
        named = any(low <= start <= high for low, high in raised)
        closed = bool(_CJK_FIRST_CLOSE_BEFORE.search(text[max(0, start - 10) : start])) and not final
        candidates.append(
            (not closed, not named, not _CJK_RAISED.search(near), start, FundSize(value, currency, original))
        )
    return min(candidates, key=lambda c: c[:4])[4] if candidates else None


def fund_size(text: str) -> FundSize | None:
    """The fund's size: the first amount that is not a plan, a cap or the past (CJK: the one said to be raised).
    None when no amount qualifies."""
    if cjk.has_cjk(text):
        # A CJK text says its amounts in CJK numbers; when all of them are plans the size is unknown.
        return _cjk_size(text)
    sizes = [m for m in [*find_money(text), *_italian_money(text)] if _is_size(text, m)]
    sizes.sort(key=lambda m: m.start)
    # "Coinfund and Polychain Capital have managed to raise a combined $350 million": two firms' sum is neither fund's
    # size when the text gives another figure (hs19-mykingmoney, fund85 catalog: read $350M for Coinfund's $152M).
    sizes = [m for m in sizes if not _JOINT_BEFORE.search(text, max(0, m.start - 30), m.start)] or sizes
    if not sizes:
        return None
    # "launches $100M Web3 fund with $50M in commitments": the commitments are what is raised; the other figure is
    # the fund's planned size.
    committed = [
        m
        for m in sizes
        if (
            _COMMITTED_AFTER.match(text, m.end)
            or _first_close_amount(text, m)
            or _SO_FAR_AFTER.match(text, m.end)
            or GARNERED_BEFORE.search(text, 0, m.start)
        )
        and not _ADDED_BEFORE.search(text, 0, m.start)
    ]
    chosen = _respective_first(text, sizes) or (committed[0] if committed else sizes[0])
    if _FUNDS_TOTAL.search(text[max(0, chosen.start - 40) : chosen.start]):
        # "Blockchain Capital closes funds totaling $580M" then "$380 million for early stage investments and a $200
        # million opportunity fund": the sum of two funds is neither; the first named is deal 1's.
        chosen = next((m for m in sizes if m.start > chosen.start and m.amount < chosen.amount), chosen)
    headline_end = text.find("\n")
    if 0 <= chosen.start < headline_end and chosen.original.startswith("$") and _other_dollar(sizes, chosen):
        # "Jungle Ventures raises $327m" over "US$240 million (S$327 million)": the headline's bare $ was S$.
        chosen = next((m for m in sizes if m.start > headline_end and m.currency == "USD"), chosen)
    if 0 <= chosen.start < headline_end <= 150 and _round_figure(chosen):
        # "Qiming's New $1B Fund" then "raised $1.1 billion": the body's exact figure beats the headline's rounding
        # (only a short headline line and a whole number: "NEA closes $2.5bn" is exact, Oak's $2.56bn is another).
        chosen = next((m for m in sizes[1:] if _close(m, chosen)), chosen)
    echo = usd_echo(text, chosen) or _adjacent_usd(text, chosen) or _echo_elsewhere(text, chosen)
    final = echo or chosen
    return FundSize(final.amount, final.currency, final.original)


_JOINT_BEFORE = re.compile(r"\b(?:a\s)?(?:combined|joint)\s(?:total\s(?:of\s)?)?$", re.IGNORECASE)


# Italian amounts ("820 milioni di dollari"), which the shared money reader does not know.
_ITALIAN = re.compile(r"(\d[\d.,]*)\s(milioni|miliardi)\s(?:di\s)?(dollari|euro)\b")


def _italian_money(text: str) -> list[Money]:
    found = []
    for m in _ITALIAN.finditer(text):
        value = float(m.group(1).replace(".", "").replace(",", ".")) * (1e6 if m.group(2) == "milioni" else 1e9)
        found.append(Money(value, "USD" if m.group(3) == "dollari" else "EUR", m.start(), m.end(), m.group(0)))
    return found


# A firm's assets under management are not the fund it raised: "verwaltet der HTGF inzwischen ein Vermögen von 1,4
# Milliarden Euro", "with $1.6 billion in assets under management", "oversees about 466 billion yen in assets".
_AUM_BEFORE = re.compile(
    r"(?:\b(?:manag(?:es|ing)|oversees?|overseeing|verwaltet|gère|gestiona|administra)\b(?:\W+\w+){0,6}|"
    r"\b(?:Vermögen|assets under management|AUM)(?:\W+\w+){0,2})\W*$",
    re.IGNORECASE,
)
_AUM_AFTER = re.compile(
    r"^\s?(?:\([^()]{1,30}\)\s)?(?:in\s|of\s)?(?:(?:total\s)?assets\b|AUM\b|d[’']actifs|en activos|em ativos|sous gestion|"
    r"bajo gestión|an Vermögen)",
    re.IGNORECASE,
)
# The amount names a fund when the fund follows it as its noun ("$40 million second fund"), not after a preposition
# ("a first close of $40 million for Fund II").
_FUND_AFTER = re.compile(
    r"^\s?(?:(?!(?:for|of|in|to|from|into)\b)[\w-]+\s){0,3}?(?:fund|vehicle|Fonds|fonds|fondo|fundo)\b", re.IGNORECASE
)
# The money of a first close, which is what a fund has raised when its size is still a target: "achieved a first
# close of USD 25 million" after "its USD 50 million second fund", "La prima chiusura del fondo ha raccolto 30 milioni
# di dollari" after "un fondo da 100 milioni". "the first close of its $40 million fund" names the size instead (a
# fund noun follows the amount).
_FIRST_CLOSE_BEFORE = re.compile(
    r"(?:\b(?:first|initial|1st)\s(?:close|closing)\s(?:of|at|with|totall?ing)\s(?:about\s|around\s|over\s|nearly\s)?|"
    r"\b(?:prima\schiusura|premier\sclosing|primer\scierre|primeiro\sfechamento|ersten?\sClosing)\b[^.\n]{0,40}?)$",
    re.IGNORECASE,
)
# "collects $90 mn at first close".
_FIRST_CLOSE_AFTER = re.compile(r"^\s?(?:in|at)\s(?:its\s|the\s|a\s)?(?:first|initial)\s(?:close|closing)\b", re.I)
# A first close that is aimed at, or one a year ago before the final one, is not what the news says was raised:
# "is aiming for a first close of US$50 million", "a year after Partech hit its first close at $263 million".
_FIRST_CLOSE_PLANNED = re.compile(
    r"\b(?:target\w*|aim\w*|seek\w*|plans?|expect\w*|hopes?|after|since)\s(?:[\w-]+\s){0,3}(?:an?\s|its\s|the\s)?"
    r"(?:first|initial)\s(?:close|closing)\b"
    # The same "after" in Portuguese, Spanish, French and Italian: "O fechamento final ocorre dois anos ... após a TLcom
    # anunciar o primeiro fechamento do segundo fundo em US$ 70 milhões" (hs20-krudle-tlcom-capital-154m-tide-africa-
    # fund-ii-pt, fund84: the first close was read as the size of the USD 154 million fund).
    r"|\b(?:após|depois\sde|después\sde|tras|après|dopo)\s(?:[\w-]+\s){0,4}?(?:primeiro\sfechamento|primer\scierre|"
    r"premier\sclosing|prima\schiusura)\b",
    re.IGNORECASE,
)


def _first_close_amount(text: str, money: Money) -> bool:
    before = text[max(0, money.start - 60) : money.start]
    after = text[money.end : money.end + 30]
    if _FIRST_CLOSE_PLANNED.search(text[max(0, money.start - 80) : money.start + 40]):
        return False
    return bool(_FIRST_CLOSE_BEFORE.search(before) or _FIRST_CLOSE_AFTER.match(after)) and not _FUND_AFTER.match(after)


# A range is a cheque size, not the fund: "stakes of between $3m and $30m", "$500,000-$3 million in these projects".
# So in German, French, Spanish, Italian: "zwischen 300 und 400 Millionen Euro" (hs19-wallstreetonline, fund85).
_RANGE_BEFORE = re.compile(
    r"(?:\bbetween|\bfrom|[-–]|\bbetween\s\S+\s(?:and|to)|\bfrom\s\S+\sto|\bzwischen\s\S+\sund|"
    r"\bentre\s\S+\s(?:et|y|e)|\btra\s\S+\se|"
    # "ranging from 500 million yen to 1 billion yen" (hs14-excluto): the first end with its unit words.
    r"\b(?:from|between)\s(?:[$€£¥]|US\$)?[\d.,]+\s?(?:[^\W\d]+\s){1,2}(?:to|and))\s*$",
    re.IGNORECASE,
)
_RANGE_AFTER = re.compile(r"^\s?(?:and|to|-|–)\s?(?:[$€£¥]|US\$)", re.IGNORECASE)
# "closed ... at its $3 billion hard cap": the cap reached is the size.
_AT_ITS = re.compile(r"\bat (?:its|the|a)\s*$", re.IGNORECASE)


def in_range(text: str, money: Money) -> bool:
    """The amount is one end of a range ("between $3m and $30m", "zwischen 300 und 400 Millionen Euro")."""
    before = text[max(0, money.start - 40) : money.start]
    return bool(_RANGE_BEFORE.search(before) or _RANGE_AFTER.match(text[money.end : money.end + 30]))


def planned_size(text: str, money: Money) -> bool:
    """The amount is a volume planned or anticipated, or one end of a range, not money raised (a target is told apart
    by `_is_size` only)."""
    before = text[max(0, money.start - 40) : money.start]
    after = text[money.end : money.end + 30]
    if _RANGE_BEFORE.search(before) or _RANGE_AFTER.match(after):
        return True
    if _RESTATED_IN_BRACKET.search(before):
        # "an anticipated value of around 20 billion yen ($141 million)": the restatement is as planned as the sum.
        before = _RESTATED_IN_BRACKET.sub("", text[max(0, money.start - 100) : money.start])
    return bool(_VOLUME_PLANNED_BEFORE.search(before)) or bool(_VOLUME_PLANNED_AFTER.match(after))


_RESTATED_IN_BRACKET = re.compile(r"\s?[\d.,]+\s?(?:[^\W\d]+\s?){0,2}\(\s*(?:about\s|approx\.?\s|~|US)?\s*$")


def _is_size(text: str, money: Money) -> bool:
    before = text[max(0, money.start - 40) : money.start]
    after = text[money.end : money.end + 30]
    if _RANGE_BEFORE.search(before) or _RANGE_AFTER.match(after):
        return False
    if is_aum(text, money):
        return False
    if _PLAN_AFTER.match(after) and _AT_ITS.search(before) and re.match(r"^\s?hard[- ]cap", after, re.IGNORECASE):
        return True
    if (_PLAN_BEFORE.search(before) and not _AT_CAP.search(before)) or _PLAN_AFTER.match(after):
        return False
    if planned_size(text, money):
        return False
    return not _PAST_AFTER.match(after)


_RESPECTIVE = re.compile(r"\brespective(?:ly)?\b", re.IGNORECASE)


def _respective_first(text: str, sizes: list[Money]) -> Money | None:
    """ "Over $350 million has been raised by ... Polychain Capital and Coinfund with respective reported raises of $200
    million ... and $152 million": two firms' total, then each one's figure; the first firm's figure is deal 1's size.
    Only in the first body sentence, where a joint headline total is broken down."""
    head_end = text.find("\n")
    if head_end < 0:
        return None
    sentence_end = min(
        (i for i in (text.find(". ", head_end + 1), text.find("\n", head_end + 1)) if i > 0), default=len(text)
    )
    word = _RESPECTIVE.search(text, head_end, sentence_end)
    if not word:
        return None
    inside = [m for m in sizes if head_end < m.start < sentence_end]
    if len(inside) < 3:
        return None
    after = [m for m in inside if m.start > word.end()]
    return after[0] if len(after) >= 2 else inside[1]


def is_aum(text: str, money: Money) -> bool:
    """The amount is a firm's assets under management, not a fund it raised."""
    before = text[max(0, money.start - 40) : money.start]
    after = text[money.end : money.end + 30]
    return bool(_AUM_BEFORE.search(before) or _AUM_AFTER.match(after)) and not _FUND_AFTER.match(after)


def _other_dollar(sizes: list[Money], bare: Money) -> bool:
    return any(m.currency != "USD" and m.start != bare.start and abs(m.amount - bare.amount) < 1 for m in sizes)


def _round_figure(money: Money) -> bool:
    digits = re.search(r"[\d.,]+", money.original)
    return bool(digits) and not re.search(r"[.,]\d", digits.group(0) if digits else "")


def _close(money: Money, headline: Money) -> bool:
    return money.currency == headline.currency and abs(money.amount - headline.amount) <= 0.15 * headline.amount


_FUNDS_TOTAL = re.compile(
    r"\b(?:two|three|several|new)?\s?funds,?\s(?:totall?ing|worth\sa\scombined|with\sa\scombined)\s*$", re.I
)
_RESTATE_GAP = re.compile(r"\s?(?:or|/|,|-|–|—)?\s?")


def _adjacent_usd(text: str, money: Money) -> Money | None:
    """ "at Rmb6.5 billion $942 million", "100 billion riyals or $26.67 billion": a dollar figure right after a
    foreign one, with no bracket, restates it (aatreyaacademy China Renaissance)."""
    if money.currency == "USD":
        return None
    for other in find_money(text):
        gap = text[money.end : other.start]
        if other.start >= money.end and other.currency == "USD" and _RESTATE_GAP.fullmatch(gap):
            return other
    return None


def _echo_elsewhere(text: str, money: Money) -> Money | None:
    """ "Index races to €300m" then "on €300 million ($397 million)": the same figure restated in dollars later."""
    if money.currency == "USD":
        return None
    for other in find_money(text):
        if other.currency == money.currency and abs(other.amount - money.amount) < 1e-6 * money.amount:
            echo = usd_echo(text, other)
            if echo is not None:
                return echo
    return None
