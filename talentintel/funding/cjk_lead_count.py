"""Leads announced by their count, then listed after a colon: "領投方有三家:社保基金中關村自主創新基金(...),啓明創投和洪泰基
金" (hs8-comemg-infinigence-series-a). cjk.py's role pattern ("领投方为/是/包括 X") wanted a copula and stopped at
the first comma, so a counted list gave no lead; the count says a list follows, so the list runs to the full stop.
"""

from __future__ import annotations

import re

COUNTED_LEADS = re.compile(
    r"(?:联合|聯合)?(?:领投|領投)(?:方|机构|機構|投资人|投資人)(?:共有|有|共|为|為|是)?[一二三四五六七八九十两兩\d]+(?:家|个|個|位)"
    r"(?:机构|機構)?[:：，,]\s?([^。；;\n]{2,120}?)(?:等|。|；|;|$)"
)
