"""CJK openings that tell no one company's round (tuning_cjk6: two `other` texts read as rounds).

- Several companies raising: "近期,包括月之暗面、智譜AI、百川智能、零一萬物在內的多家國內大模型企業都找到了下一筆融資"
  (cjk6-sinahk-model-five-tigers, a piece on the "five tigers" of Chinese LLMs): the subject is "多家…企業" (several
  companies), a trend, as English "startups raised" is a market piece. The pages corpus writes the same frame on
  other trend pieces: "多家AI初创企业获得融资", "数家公司完成融资".
- A bankruptcy: "2019年4月23日に破産手続が報じられた「seven dreamers laboratories株式会社」が、設立以降破産に至るまでに行った
  資本取引について振り返ります" (cjk6-visionarybase-seven-dreamers): a company's capital history told after its
  bankruptcy, as English "filed for bankruptcy" is a shutdown (`kind._SHUTDOWN` reads no CJK word for it).
"""

from __future__ import annotations

import re

# "多家…企業" / "数家公司" / "众多初创企业" with the raise in the same sentence.
MANY_RAISERS = re.compile(
    r"(?:多家|数家|數家|几家|幾家|众多|眾多|多个|多個)[^。！？\n]{0,16}?(?:企业|企業|公司|创企|創企|初创|初創|独角兽|獨角獸)"
    r"(?=[^。！？\n]{0,30}(?:融资|融資))"
)
# A bankruptcy (破産, 倒産, 破产/破產, 倒闭/倒閉, 파산): the company's end, not a raise.
BANKRUPTCY = re.compile(r"破産|倒産|破产|破產|倒闭|倒閉|파산")
