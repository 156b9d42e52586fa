"""Words the CJK lead rules keep on a lead's name: its role in the round after it, a person's title before it.

"香港博約國際投貸基金作為本輪領投方" (the fund "as this round's lead"): the rule that takes the words before 領投 kept
"作為本輪" (tuning_cjk5, c5-ozgbdpf-yitu). "由內地知名智能手機生產商小米公司董事長雷軍領投": the chairman himself led, and
the description and title before his name are not part of it (c5-wenweipo-vancl read "董事長雷軍").
"""

from __future__ import annotations

import re

# "X作為本輪", "X作为本次", "X作為": the role clause after the name.
_ROLE_AFTER = re.compile(r"(?<=..)(?:作為|作为|担任|擔任)(?:本[輪轮次]|此次|該輪|该轮)?$")
# "…公司董事長雷軍", "创始人兼CEO张三": everything up to a title; the person's name follows it.
_TITLE_BEFORE = re.compile(
    r"^.*?(?:董事長|董事长|董事會主席|董事会主席|創始人|创始人|創辦人|创办人|總裁|总裁|首席執行官|首席执行官|CEO|合夥人|合伙人)"
    r"(?:兼(?:CEO|總裁|总裁))?(?=[\u3400-\u9fff]{2,4}$)"
)


# "シンガポール政府系ファンドのTemasek傘下Vertex Growth", "阿里巴巴旗下的蚂蚁集团": the owner named before 傘下/旗下
# is not the lead (tuning_batch20, b20-ronpyousha-alt-d read the whole phrase as the lead's name).
_OWNER_BEFORE = re.compile(r"^.*(?:傘下|旗下)(?:的|の)?(?=.{2,}$)")


# "由加密風投 Multicoin Capital 和 CoinFund 領投": a Chinese category word for the investor ("crypto VC", "投资机构")
# written before a Latin-script name is a description, not part of the name (tuning_cjk6, cjk6-kqgmpj-lifi read
# "加密風投-multicoin-capital").
_CATEGORY_BEFORE = re.compile(
    r"^[\u3400-\u9fff]*(?:風投|风投|風險投資|风险投资|投資機構|投资机构|創投機構|创投机构)\s*(?=[A-Za-z])"
)


def lead_name(name: str) -> str:
    """The lead's name without a role clause after it, a title, an owner or a category word before it."""
    name = _CATEGORY_BEFORE.sub("", name)
    return _OWNER_BEFORE.sub("", _TITLE_BEFORE.sub("", _ROLE_AFTER.sub("", name)))
