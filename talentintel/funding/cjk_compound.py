"""Compound CJK numerals in round amounts, written as one decimal so the unit rules read them whole.

"약 6억5000만 달러(한화 약 8955억원)" is 650 million dollars; read piecewise it was "6억" (won, no currency next to it)
and the 5000만 달러 was lost (tuning_cjk4, c4-newdaily-neuralink: 422,535 read for 650,000,000). The same shape is
"2억 6,600만 달러", "1조 2500억원", "1億2000万ドル", "3亿5000万元". The fund-size reader has its own compound rule
(fund_size._CJK_COMPOUND); this one serves the round path, which reads amounts with cjk._amounts.
"""

from __future__ import annotations

import re

# The larger unit, then a smaller one that fits under it: 억 + 만 (1e8 / 1e4), 조 + 억 (1e12 / 1e8).
_PAIRS = {"억": ("만", 1e4), "億": ("万", 1e4), "亿": ("万", 1e4), "조": ("억", 1e4), "兆": ("億", 1e4)}
# The smaller part may count thousands of its unit: "26억5천만달러" (26억 and 5천만: 2.65 billion dollars, b49-chicagokoreatimes-
# rivian-2-65bn-ko, read as 26억 won), "21억 5천만원" (platum-bearrobotics-seed), "6億6千万円" (f20-cyber-hyogo-kobe-startup-fund).
_THOUSANDS = {"천만": "만", "千万": "万", "千萬": "万"}
_COMPOUND = re.compile(
    r"(?<![\d.,])(\d+)\s?([억億亿조兆])\s?(\d{1,3}(?:,\d{3})|\d{1,4})\s?(천만|千万|千萬|만|万|억|億)(?=\s?(?:[^\d\s]|$))"
)


def _joined(m: re.Match[str]) -> str:
    big, big_unit, small, small_unit = m.group(1), m.group(2), int(m.group(3).replace(",", "")), m.group(4)
    if small_unit in _THOUSANDS:
        small, small_unit = small * 1000, _THOUSANDS[small_unit]
    if _PAIRS[big_unit][0] != small_unit or small >= _PAIRS[big_unit][1]:
        return m.group(0)  # "3억 5억" or "1억 12000만" is no single number
    value = int(big) + small / _PAIRS[big_unit][1]
    return f"{value:g}{big_unit}"


# Japanese writes the yuan 人民元 ("合計7億人民元の追加投資を受けた", c4-redplanx): the amount rules know it as 人民币.
_YUAN = re.compile(r"(?<=[\d万億亿])人民元")

# "融資額達到億元人民幣" (reached the hundred-million-yuan mark, hs9-shengjixing-siliconflow-pre-a-zh): a unit with no
# numeral after a verb of reaching is one of it ("達(dá)到": a mirror page writes pinyin inside the verb).
_BARE_UNIT = re.compile(r"(?:(?<=超過|超过)|(?<=到|逾|近))(?=[億亿]元)")


# A sum spelled in Chinese numerals: "共同参与的约十亿元A轮融资" (c4-cls-weekly-roundup-xinyueneng, cls.cn), "获超十亿元融资",
# "完成五亿美元融资". One numeral after a word of size or of getting, before 亿/千万: "数十亿" (several) stays vague.
_SPELLED = re.compile(r"(?<=[约約近超逾获獲成的达達了为為])([一二两兩三四五六七八九十])(?=[亿億]|千万|千萬)")
_NUMERALS = dict(
    zip("一二两兩三四五六七八九十", ["1", "2", "2", "2", "3", "4", "5", "6", "7", "8", "9", "10"], strict=True)
)


def join_compounds(text: str) -> str:
    """ "6억5000만 달러" -> "6.5억 달러", "7億人民元" -> "7億人民币", "達到億元" -> "達到1億元", "约十亿元" -> "约10亿元";
    other text is unchanged."""
    text = _SPELLED.sub(lambda m: _NUMERALS[m.group(1)], text)
    return _BARE_UNIT.sub("1", _YUAN.sub("人民币", _COMPOUND.sub(_joined, text)))
