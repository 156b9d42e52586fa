"""A Chinese round one investor made alone, told with the investor as subject: "珠海华发集团战略投资了大模型“六小虎”之一的
智谱AI,投资金额为5亿元人民币" (hs8-mmssai-zhipu-huafa-zh). Labels take a round's only named investor as its lead
(PROVENANCE: "one named investor -> its lead"); the Korean form ("X가 Y에 ... 투자했다") was read already (cjk._LEAD),
the Chinese "X(战略)投资了Y" was not. The perfective 了 says the investment was made, not planned.
"""

from __future__ import annotations

import re

ZH_INVESTED = re.compile(
    r"(?:^|[，,。：:\s])([^\s，,。、：:“”\"]{2,20}?)(?:(?:近日|日前|已|已经|已經)\s?)?(?:战略|戰略)?(?:投资|投資)了"
    r"(?=[^。]{0,40}?(?:公司|企业|企業|AI|科技|智能|[A-Za-z]))"
)
