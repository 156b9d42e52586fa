"""CJK openings that announce no round though they use its words (tuning_cjk5).

A government body, an exchange or a regulator as the subject of the opening runs a programme or states figures; it
raises no round: "중소벤처기업부(이하 중기부)는 시드 팁스(TIPS)에 참여할 창업팀 15개팀을 선정하고" (a pre-seed programme),
"중소벤처기업부는 … 총 845억 원 규모의 투자 유치가 추진되고 있다고" (an investment fair), "國發會藉由跨部會整合平台 …
2024年臺灣新創募資金額為33.4億美元" (a country's yearly total), "東証はグロース市場の上場基準を引き上げる検討に入る" (listing
rules). Each was read as a round (kind 0.579 on the batch before these rules).

A count of companies with their sum, tallied: "국내 바이오기업의 3월 외부 투자유치가 9곳, 502억원으로 집계됐다" (a month's
total), "本周…共发生76起投融资事件".
"""

from __future__ import annotations

import re

# The body, an optional bracketed short form, then its subject particle or the clause that opens its statement.
PUBLIC_BODY_SUBJECT = re.compile(
    r"(?:^|[\s\]〕】」”\"'’.,，。])"
    r"(?:중소벤처기업부|중소기업청|과학기술정보통신부|산업통상자원부|금융위원회|금융감독원|한국거래소|"
    r"國發會|国发会|國家發展委員會|国家发展改革委|国家发改委|發改委|发改委|工信部|科技部|財政部|财政部|經濟部|"
    r"经济部|證監會|证监会|金管會|"
    r"経済産業省|経産省|金融庁|内閣府|東証|東京証券取引所)"
    r"(?:\([^)]{1,12}\)|（[^）]{1,12}）)?"
    r"(?:는|은|가|이|は|が|(?=藉由|透過|通过|通過|今天|今日|日前|近日|表示|指出|公布|發布|发布))"
)
# "9곳, 502억원으로 집계", "76起…合计", "110件…合計": a count of companies or deals and their sum, tallied.
COUNT_TALLIED = re.compile(
    r"\d+\s?(?:곳|개사|개\s?기업|家|件|社|起)[,，、]?\s?(?:총\s?|共\s?|合計\s?|合计\s?)?[\d,.]+\s?"
    r"(?:억|조|億|亿|万|萬)\s?(?:원|円|元)?(?:으로|이|가|に|で)?[^。.\n]{0,10}?(?:집계|統計|统计|集計)"
)
