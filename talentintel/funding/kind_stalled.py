"""A round or a fund whose raising stalled, failed or was abandoned: news about a deal that did not close.

`kind` reads STALLED as a "not closed" trigger (before the opening's first completed raise, like its other triggers).
Seen on tuning_hs4 (the session-4 holdout, kind 0.822 at its one score, then moved to tuning):
"グリー傘下の「ベンチャー投資会社」が陥った袋小路、親会社との対立で新規ファンド組成に難航か" (the fund's formation is in
difficulty, hs4-finash-strive-fund-stalled). The class in English, Chinese and Korean too: "struggled to raise",
"tried to raise", "sought a $5 million facility", "failed to close", "the round fell through", "abandoned plans for its fund", "融资搁浅", "펀드 결성 난항".
"""

from __future__ import annotations

import re

STALLED = re.compile(
    r"\b(?:struggl(?:es|ed|ing)|fail(?:s|ed)?|unable)\sto\s(?:raise|close|form|launch|secure|complete)\b|"
    r"\b(?:fell|falls?|falling)\sthrough\b|"
    # An attempt is no close: "tried to raise $5 million to salvage its business", "sought a $5 million facility from
    # UK-based Advanced Global Capital" (tuning_batch24 bhluemountain-lipa-later; first score kind 0.778).
    r"\b(?:tried|attempted)\sto\s(?:raise|secure|close)\b|"
    r"\bsought\s(?:(?:a|an)\s)?(?:US)?[$€£]\s?[\d.,]+\s?(?:[mbk]n?\b|million|billion)?|"
    r"\bsought\s(?:(?:a|an)\s)?(?:[\w-]+\s){0,2}?(?:facility|loan|round|investment|funding)\b|"
    r"\b(?:stall(?:s|ed|ing)?|collaps(?:es|ed|ing)|abandon(?:s|ed|ing)?|scrapp(?:ed|ing)|shelv(?:es|ed|ing)|call(?:s|ed|ing)?\soff)\s"
    r"(?:(?:its|the|their|a|an|plans?\sfor|plans?\sto)\s)*(?:[\w$€£.,-]+\s){0,4}?"
    r"(?:fund(?:raising|raise)?|round|raise|financing|funding|deal|IPO)\b|"
    r"\b(?:fund(?:raising|raise)?|round|raise|financing|funding)\s(?:has\s|have\s|had\s)?(?:stalled|collapsed|fell\sthrough)\b|"
    # Japanese, Chinese, Korean: "組成に難航", "計画が頓挫", "断念", "融资搁浅/受阻", "결성 난항", "투자 유치 무산".
    r"(?:組成|設立|調達|募集)(?:に|が)?(?:難航|頓挫|断念)|(?:融资|募资|融資|募資)(?:[^，。]{0,6})?(?:搁浅|擱淺|受阻|失败|失敗)|"
    r"(?:결성|조성|유치|투자)\s?(?:난항|무산|실패)",
    re.IGNORECASE,
)
