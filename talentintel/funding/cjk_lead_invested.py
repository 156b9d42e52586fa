"""A Chinese or Japanese round one investor made alone, told with the investor as subject: "珠海华发集团战略投资了大模型“六小虎”之一的
智谱AI,投资金额为5亿元人民币" (hs8-mmssai-zhipu-huafa-zh). Labels take a round's only named investor as its lead
(PROVENANCE: "one named investor -> its lead"); the Korean form ("X가 Y에 ... 투자했다") was read already (cjk._LEAD),
the Chinese "X(战略)投资了Y" was not. The perfective 了 says the investment was made, not planned.
"""

from __future__ import annotations

import re

# Japanese, the same one-investor round: "Ault & Company, Inc.(関連会社「A&C」)から最大2500万ドルの資金調達"
# (hs8-moomoo-hyperscale-data-25m-ja): the name before から and the sum of the 資金調達/出資; a Latin name's legal
# form after a comma is left out of the name (the list split in cjk._leads cuts at commas).
_LATIN = r"[A-Z][\w.'’-]*(?:\s(?:&|[A-Z][\w.'’-]*))*"
_LEGAL = r"(?:,?\s(?:Inc\.|Ltd\.|LLC|Corp\.|Co\.,?\sLtd\.|GmbH|AG|S\.A\.))?"
ZH_INVESTED = re.compile(
    rf"(?:^|[，,。：:、\s])({_LATIN}|[^\s，,。、：:“”\"]{{2,20}}?){_LEGAL}(?:\([^)]{{1,30}}\)|（[^）]{{1,30}}）)?"
    r"(?:(?:(?:近日|日前|已|已经|已經)\s?)?(?:战略|戰略)?(?:投资|投資)了(?=[^。]{0,40}?(?:公司|企业|企業|AI|科技|智能|[A-Za-z]))|"
    r"から(?:最大|総額|約)?[\d,.]+\s?(?:億|万)?(?:米ドル|ドル|円)の(?:資金調達|出資))"
)
