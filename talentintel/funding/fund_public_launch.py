"""A fund launched, set up or closed with its capital stated, in the words state and public funds are announced in.

The lead's decision (a) of session 23 makes a government's or public body's fund launched or set up with capital a
`fund` like any investor's; the fund rules had read its launch words only for venture firms. Seen on tuning texts
from many publishers, one each, in five languages (first counted on the relabeled deals: 23 public funds, 8 read as
`fund` before this module):
- English: "came out with a new, $400 million climate-tech fund" (zebeth, BDC), "approved the establishment of the
  Startup India Fund of Funds 2.0 with a total corpus of Rs. 10,000 crore" (gadgets360).
- German: "starteten ... einen Investitionsfonds von 225 Millionen Euro" (morgenpost), "das First Closing des HTGF III
  mit einem Volumen von 245 Millionen Euro" (stbweb), "umfasst der HTGF III ein Volumen von 316,5 Millionen Euro"
  (munich-startup), "mit einer Milliarde Euro an Wagniskapital komplett gefüllt" (direktbroker).
- French: "Bpifrance se dote d'un fonds de 400 millions d'euros" (lematin).
- Portuguese / Spanish: "lançou oficialmente o Fundo de Investimento em Participações (FIP), que terá aporte inicial de
  R$ 250 milhões" (liulo.fm).
- Chinese: "發起設立了海南自由貿易港創新投資基金 ... 首期規模10億人民幣" (gzyxsc), "科创母基金成立 ... 总规模10亿元"
  (aipu6).
A plan is not a launch: a future or conditional verb in the sentence ("will", "plans", "would", "soll", "计划", "拟")
vetoes, so "would establish a KRW 1 trillion fund" (thepickool) stays a plan.
"""

from __future__ import annotations

import re

from talentintel.funding.fund_opening import opening_sentences
from talentintel.funding.fund_plan_table import PLAN_IN_SENTENCE as _PLANNED

_MONEY = (
    r"(?:(?:US|A|C|S|HK|NZ|R)?\$|€|£|¥|₹|Rs\.?|R\$|USD|EUR|INR)\s?[\d.,]+|"
    r"[\d.,]+\s?(?:Millionen|Milliarden|Mio\.?|Mrd\.?|millions?|milliards?|milhões|millones|billion|million|crore)\b|"
    r"(?:einer|eine|one)\s(?:Milliarde|Million|billion)\b"
)
_LAUNCH_EN = (
    r"\b(?:came\sout\swith|launch(?:es|ed)|set\sup|sets\sup|establish(?:es|ed)|creat(?:es|ed)|unveil(?:s|ed)|"
    r"start(?:s|ed)|kick(?:s|ed)\soff)\s(?:a|an|the|its)\s(?:new,?\s)?"
)
_EN = (
    # "came out with a new, $400 million climate-tech fund": the size before the fund noun ...
    _LAUNCH_EN
    + r"(?:"
    + _MONEY
    + r")\s?\w*\s(?:[\w-]+\s){0,3}?(?:fund|vehicle)\b|"
    # ... or after it: "launched a fund of funds with an initial allocation of RM1 billion".
    + _LAUNCH_EN
    + r"(?:[\w-]+\s){0,4}?(?:fund|vehicle)\b[^.\n]{0,60}?\b(?:with|of|worth)\s(?:a\s|an\s)?"
    r"(?:total\s|initial\s)?(?:(?:corpus|capital|endowment|allocation|size)\sof\s)?(?:" + _MONEY + r")|"
    r"\bapproved\sthe\s(?:establishment|creation|launch)\sof\s[^.\n]{0,80}?\bfund\b[^.\n]{0,40}?\bcorpus\sof\s"
)
_DE = (
    r"\b(?:starteten|startete|startet|starten|gründeten|gründete|gründet|lancierte|lancierten)\s(?:[^.\n]{0,60}?\s)?(?:einen|ein)\s"
    r"(?:[\w-]+\s){0,2}?\w*[Ff]onds\s(?:von|mit|über)\s(?:rund\s|knapp\s)?(?:" + _MONEY + r")|"
    r"\b(?:First|Second|Final|Erstes|Zweites|Finales)\s(?:Closing|Closings)\s(?:des|der|von)\s[^.\n]{0,60}?"
    r"\bmit\seinem\sVolumen\svon\s|"
    r"\bumfasst\s(?:der|die|das)\s[^.\n]{0,40}?\bein\s(?:Volumen|Fondsvolumen)\svon\s|"
    r"\bmit\s(?:" + _MONEY + r")\s(?:Euro\s)?an\s(?:Wagnis|Risiko)kapital\s(?:komplett\s|vollständig\s)?gefüllt\b"
)
_FR = r"\bse\sdote\sd['’]un\s(?:nouveau\s)?fonds\sde\s(?:plus\sde\s)?\d|\b(?:lance|crée|a\slancé|a\scréé)\sun\s(?:nouveau\s)?fonds\sde\s\d"
_PT_ES = (
    r"\b(?:lançou|lançam|lança|lanzó|lanza|creó|criou)\s(?:[^.\n]{0,40}?\s)?(?:o|a|um|uma|el|la|un|una)\s"
    r"(?:novo\s|nuevo\s)?(?:fundo|fondo|FIP)\b[^.\n]{0,160}?\b(?:aporte|capital|patrimônio|dotación)\s(?:inicial\s)?"
    r"(?:de\s)?(?:" + _MONEY + r")"
)
_ZH = (
    r"(?:发起设立|發起設立|出资设立|出資設立|设立|設立)了?[^，。,]{0,30}?(?:基金|母基金)[^。]{0,40}?"
    r"(?:首期规模|首期規模|总规模|總規模|规模|規模)(?:达|達|为|為)?\s?[\d.]+\s?(?:亿|億|万|萬)|"
    r"(?:基金|母基金)(?:正式)?成立[^。]{0,80}?(?:总规模|總規模)\s?[\d.]+\s?(?:亿|億)|"
    r"[\d.]+\s?(?:亿|億)元?[^。，,]{0,10}?(?:基金|母基金)(?:正式)?成立"
)
LAUNCHED_WITH_CAPITAL = re.compile("|".join((_EN, _DE, _FR, _PT_ES, _ZH)), re.IGNORECASE)
# The lede's sentences, cut at a sentence end but not after a day's number ("hat am 31. Mai das First Closing des HTGF
# III ... verkündet", stbweb, which `opening_sentences` cuts at "31."), read beside the opening's: a dateline line
# ("Berlin.") may use up the opening before the launch sentence (morgenpost).
_LEDE_CUT = re.compile(r"(?<!\d\.)(?<=[.!?。])\s+")


# A company's round told in the sentence: the fund there is its investor's ("has announced seed funding of $3.75
# million with investments secured from ... Binance X, ... which set up a $725m deep tech fund", b14-cryptoninjas).
_ROUND_TOLD = re.compile(r"\b(?:seed\s(?:funding|round)|funding\sround|financing\sround|round\sof\sfunding)", re.I)


def launched_with_capital(text: str) -> bool:
    """An opening sentence tells a fund launched, set up or closed at a stated size, with no plan in it."""
    for sentence in [*opening_sentences(text), *_LEDE_CUT.split(text[:600])]:
        found = LAUNCHED_WITH_CAPITAL.search(sentence)
        at = text.find(sentence[:40])
        told = text[max(0, at - 250) : at + len(sentence)] if at >= 0 else sentence
        if found and not _PLANNED.search(sentence) and not _ROUND_TOLD.search(told):
            return True
    return False


# Several funds told as one sum are a programme's result, not one fund's launch (decision (a) keeps them `other`):
# "15개 펀드가 ... 조합 결성을 마쳤다" (hankyung-kpf-15funds), "决定共同出资设立3支母基金" (ce-hubei), "이번에 조성이 완료된
# 펀드는 ... 등 총 5개다" (mwowtv), "five funds worth 1.1 billion lire" (SYNTHETIC variant in the tests).
_SEVERAL = re.compile(
    # Not a fund's sub-funds: "首批49支子基金与27个直投项目同步签约" is the national fund's first commitments (dicn).
    r"(?:[2-9]|[1-9]\d)\s?(?:개|支|只|隻|檔|档)\s?(?:의\s)?[\w·]{0,12}?(?<!子)(?:펀드|基金|ファンド)|"
    r"(?:펀드|基金)[^.。]{0,40}?(?:총|共)\s?(?:[2-9]|[1-9]\d)\s?(?:개|支|只)|"
    r"\b(?:two|three|four|five|six|seven|eight|nine|ten|[2-9]|[1-9]\d)\s(?:new\s)?(?:[\w-]+\s){0,2}?funds\b",
    re.IGNORECASE,
)


def several_funds(text: str) -> bool:
    """The opening tells several funds at once."""
    return any(_SEVERAL.search(sentence) for sentence in opening_sentences(text))
