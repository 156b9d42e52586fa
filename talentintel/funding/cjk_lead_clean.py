"""A Chinese lead investor's name keeps its city and loses a maker's description (issue 13, tuning_batch22; fund32).

`cjk_names.clean` cuts a leading city ("北京", "上海") because a company is named without it ("北京小马智行科技有限公司"
is told as 小马智行); a state or city fund is named WITH it: "由北京信息产业发展投资基金与北京市人工智能产业投资基金联合领投"
(hs7-chinacom-jiuzhang-yunji: read as "信息产业发展投资基金", "市人工智能产业投资基金"), "由上海國資投資平臺及上汽集團聯合領投"
(snsmcma-weltmeister-d: "國資投資平臺"). A name ending in a fund's or a group's word keeps the city it was written with.

"由日本最大的汽車制造商豐田汽車集團(Toyota Motor Corp)領投" (b22-fastread-zh-pony-ai-toyota): the description of the
investor ("Japan's largest car maker") ends in a maker's noun before the name; it goes.
"""

from __future__ import annotations

import re

_CITY = re.compile(r"^(?:北京市?|上海市?|深圳市?|杭州市?|香港)")
_FUND_END = re.compile(r"(?:基金|资本|資本|平台|平臺|集团|集團|投资|投資|控股|创投|創投)$")
_MAKER_BEFORE = re.compile(
    r"^.{0,20}?(?:的)?(?:汽车|汽車|手机|手機|芯片|半导体|半導體)?(?:制造商|製造商|巨头|巨頭|运营商|運營商|开发商|開發商|"
    r"供应商|供應商)(?=[^的]{2,})"
)

# A descriptor written before a Latin-script firm, ending in an institution's noun: "由主權財富基金 GIC 和專注於技術的投資
# 管理公司 Coatue 領投" (sovereign wealth fund GIC, hs21-creati-anthropic-30bn-series-g-gic-coatue-zh; fund86). The
# Chinese phrase is the firm's kind, the Latin name the firm; the same grammar as "the American BlackRock" elsewhere.
_DESCRIBED_LATIN = re.compile(
    r"^[\u3400-\u9fff]{0,20}(?:基金|公司|機構|机构|銀行|银行|集團|集团|巨頭|巨头|投資者|投资者|投資方|投资方|"
    r"資管|资管|平臺|平台)\s*(?=[A-Za-z][\w.&-]*(?:\s[A-Z0-9][\w.&-]*){0,3}$)"
)


def lead_clean(raw: str, cleaned: str) -> str:
    """`cleaned` (cjk_names.clean of `raw`) with the city `raw` opened on when it names a fund or a group, and without
    a maker's description before the name."""
    raw = raw.strip()
    city = _CITY.match(raw)
    # Only the city the name itself opens on: "香港新世界集团旗下六脉资本" keeps 六脉资本 (jmemedina-shanma), the owner's city.
    right_after = city and raw[city.end() :].lstrip("市").startswith(cleaned.lstrip("市"))
    if city and right_after and not cleaned.startswith(city.group(0)) and _FUND_END.search(cleaned):
        cleaned = raw[: city.end()] + cleaned.lstrip("市")
    return _DESCRIBED_LATIN.sub("", _MAKER_BEFORE.sub("", cleaned))
