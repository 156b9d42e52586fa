"""A CJK lead list cut into its names (split out of `cjk._leads`, which split on 和/與/与/及/、/, and a Japanese と).

Two more joiners and two kinds of words around the names, missed on tuning (session 27, lead_f27):
- "+" between two Chinese names: "由百度+快手夺得领投资格" (Baidu + Kuaishou won the lead, b17-xiouwang-zhihu: read as one
  name "百度+快手夺得"); the verb after the last name ("夺得", won; "获得", got) goes with it;
- と between two quoted Japanese names: "主導したのはソフトバンクグループの2つのファンド、「ビジョンファンド2」と「ラテン
  アメリカ・ファンド」で" (diamond-dcg-700m-ja: read as "ビジョンファンド2」と「ラテンアメリカ・ファンド"), and the item
  before them that only counts them ("the group's two funds") is no name.
"""

from __future__ import annotations

import re

_JOINERS = re.compile(
    r"和|與|与|及|、|,|，|\s및\s|\sand\s|(?<=[A-Za-z\u30a0-\u30ff])と|(?<=基金|資本|銀行|公社|機構)と"
    r"|\+|＋|(?<=」)と(?=「)"
)
# "夺得领投资格", "获得领投": the verb between the last name and the lead word.
_TRAILING_VERB = re.compile(r"(?:夺得|奪得|获得|獲得|取得)$")
# "ソフトバンクグループの2つのファンド", "旗下两只基金": a count of the funds named after it, no name itself.
_COUNTED = re.compile(r"の(?:\d+|二|三|四|两|兩)つの(?:ファンド|投資家|企業)$|旗下(?:两|兩|三|四|\d+)只(?:基金)$")


def split_lead_list(group: str) -> list[str]:
    """The names in a matched lead list, with their quotes and a trailing verb taken off and a counting item left out."""
    names = [_TRAILING_VERB.sub("", n.strip().strip("「」『』")) for n in _JOINERS.split(group)]
    return [n for n in names if n and not _COUNTED.search(n)]
