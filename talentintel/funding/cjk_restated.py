"""A US-dollar amount restated in a local currency, in Chinese, Japanese or Korean text (issue 13, branch fund26).

"摩拜單車再獲創紀錄47億融資" over "完成超過6億美元(約46.8億港元)新一輪融資" (b17-hkcd-mobike-tencent), "スマートニュースが12億円を
追加で資金調達" over "1000万ドル(約12億円)の資金調達" (b17-mediabox-smartnews-bridge): the headline's figure is the body's
restatement in the local currency, and the US-dollar figure it restates is the round's amount (as `money_restated`
reads "raises £4m" over "$5 million (approximately £4 million)").
"""

from __future__ import annotations

import re

from talentintel.funding.cjk_compound import join_compounds

_UNIT = {"億": 1e8, "亿": 1e8, "억": 1e8, "万": 1e4, "萬": 1e4, "만": 1e4, "천만": 1e7, "千万": 1e7}
_NUMBER = r"(\d[\d,]*(?:\.\d+)?)\s?(천만|千万|億|亿|억|万|萬|만)?"
# A compound figure ("9억 3500만 달러") is not read from its tail: the lookbehind keeps "3500만" from standing alone.
_RESTATED = re.compile(
    rf"(?<![억億亿万萬\d])(?<![억億亿万萬]\s){_NUMBER}\s?(?:美元|米ドル|ドル|달러)\s?[(（]\s?(?:約|约|약|およそ)?\s?{_NUMBER}\s?(?:港元|港幣|円|원|人民币|人民幣|元|新台幣)\s?[)）]"
)


# "約3万ドル、日本円にすると300万円超" (about $30k, in yen over ¥3M: b25-toyokeizai-metamo-ico-ja, whose headline gives
# only the yen): the restatement said in words, not in parentheses.
_SAID_IN_YEN = re.compile(
    rf"(?<![億亿万萬\d]){_NUMBER}\s?(?:米ドル|ドル)、?\s?(?:日本円にすると|日本円で|円換算で|円に換算すると)\s?(?:約|およそ)?\s?{_NUMBER}\s?円"
)


# The other way round: a local sum with its US-dollar restatement in parentheses, "25억 위안(3억 4,200만 달러·약 4601억
# 9000만 원)" (b36-jkn-zhipu-alibaba-tencent-342m-ko: the yuan were converted at the table's rate instead). Read on the
# text with its compounds joined ("3.42억 달러"); the sum read may be the one outside or a third one after the dollars
# inside ("약 4601억 9000만 원" for the headline's "4600억원").
_USD_IN_PARENS = re.compile(
    rf"(?<![억億亿万萬\d]){_NUMBER}\s?(?:위안|元|人民币|人民幣|円|엔|원|港元|港幣)\s?[(（]\s?(?:約|约|약|およそ)?\s?"
    rf"(?:US)?\$?\s?{_NUMBER}\s?(?:美元|米ドル|ドル|달러)(?:\s?[·・、,]\s?(?:約|约|약)?\s?{_NUMBER}\s?(?:원|円|元))?"
)


def _value(number: str, unit: str | None) -> float:
    return float(number.replace(",", "")) * (_UNIT[unit] if unit else 1.0)


def usd_restated(text: str, local_amount: float) -> float | None:
    """The US-dollar figure the text restates as `local_amount` (within 2%) in parentheses, if any."""
    for m in (*_RESTATED.finditer(text), *_SAID_IN_YEN.finditer(text)):
        local = _value(m.group(3), m.group(4))
        if local and abs(local - local_amount) <= 0.02 * local:
            return _value(m.group(1), m.group(2))
    for m in _USD_IN_PARENS.finditer(join_compounds(text)):
        for local in (_value(m.group(1), m.group(2)), _value(m.group(5), m.group(6)) if m.group(5) else 0.0):
            if local and abs(local - local_amount) <= 0.02 * local:
                return _value(m.group(3), m.group(4))
    return None
