"""A board's tag cloud ("Python, 딥러닝, 솔루션, AWS, 머신러닝"): words picked from a menu, not what the job does.
sector.py reads a sentence that is one as mere mentions."""

from __future__ import annotations

import re

from talentintel.tagging.board_stamps import without_board_stamp
from talentintel.tagging.cjk_terms import without_ordinal

_LIST_ITEM = re.compile(r"[^,，、]+")
KEYWORD_LIST_ITEMS = 4
KEYWORD_ITEM_WORDS = 3
# Chinese and Japanese put no spaces between words, so a word count says nothing there: "负责风险控制样本挖掘、特征工程、
# 模型训练" is a duty written as a list, each item a clause of 6+ characters; a tag ("机器学习", "自然语言处理",
# "백엔드/서버개발") is at most this many characters. Counting words alone made every Chinese sentence with three
# "、" a tag cloud and capped all its terms as mere mentions.
KEYWORD_ITEM_CHARS = 10


def _short_item(item: str) -> bool:
    return len(item.split()) <= KEYWORD_ITEM_WORDS and (item.isascii() or len(item) <= KEYWORD_ITEM_CHARS)


def keyword_list(part: str) -> bool:
    if part.count(",") + part.count("，") + part.count("、") < KEYWORD_LIST_ITEMS - 1:
        return False  # cheap test first: most sentences are not lists
    items = [x.strip() for x in _LIST_ITEM.findall(without_ordinal(without_board_stamp(part))) if x.strip()]
    return len(items) >= KEYWORD_LIST_ITEMS and all(_short_item(x) for x in items)
