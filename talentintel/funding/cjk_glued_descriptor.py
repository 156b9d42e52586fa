"""A Japanese katakana descriptor glued to a Latin name: "ビットコインマイナーBitfarms、Macquarieから…融資確保" (bitcoin miner
Bitfarms; hs17-gfa-bitfarms-300m-macquarie-loan-ja) was read as the company 'ビットコインマイナーBitfarms'. Japanese
writes no space between a common noun and the name it describes; when the Latin name also stands on its own in the
text ("ビットコインマイニング企業のBitfarmsは"), the katakana before it is the descriptor, not part of the name.
"""

from __future__ import annotations

import re

# The Latin part must read as a name of its own (a lower-case letter, three or more letters): "オープンAI" is OpenAI
# written half in katakana (b38-auone-openai-9600oku-ja), not a descriptor before "AI".
# Chinese glues its descriptor the same way: "AI 区块链项目RuviAI宣布完成170万美元种子轮融资" (an AI blockchain project
# RuviAI; hs20-famikj-ruviai-1-7m-seed-draper-zh, fund84), with "RuviAI完成170万美元融资" alone in its headline.
_GLUED = re.compile(r"^[\u30a1-\u30fa・ー\u4e00-\u9fff]{2,20}(?P<name>[A-Z](?=[\w.&'’ -]*[a-z])[\w.&'’ -]{2,})$")


# Chinese glues a trade noun the same way: "碳化硅芯片生产制造研发商芯粤能完成...A轮融资" (silicon-carbide chip maker 芯粤能,
# c4-cls-weekly-roundup-xinyueneng, fund83), "跨境电商服务商XX", "工业软件提供商XX": the name follows the -商 noun.
_GLUED_ZH = re.compile(
    r"^[\u4e00-\u9fffA-Za-z0-9]{2,24}?(?:研发商|開發商|开发商|服务商|服務商|提供商|制造商|製造商|运营商|營運商|供应商|供應商|"
    r"生产商|生產商|厂商|廠商)(?P<name>[\u4e00-\u9fff]{2,8}|[A-Z][\w.&'’-]{1,30})$"
)


def without_descriptor(name: str | None, text: str) -> str | None:
    """`name` without a katakana descriptor glued before its Latin part, when the text writes that part alone, or
    without a Chinese trade noun (-商) glued before it."""
    zh = _GLUED_ZH.match(name or "")
    if zh:
        return zh.group("name")
    m = _GLUED.match(name or "")
    if not m:
        return name
    latin = m.group("name").strip()
    alone = re.search(rf"(?<![\u30a1-\u30fa・ー\u4e00-\u9fffA-Za-z]){re.escape(latin)}(?![A-Za-z])", text)
    return latin if alone else name
