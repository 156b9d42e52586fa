"""A Japanese or Chinese span that is a clause, a count of people or a predicate, never a company's name.

The CJK company patterns take what stands before は/が, inside 「」 or before a comma; on first sight (scripts/
company_rules_history.py, class "CJK clause read as a name", docs/company_miss_classes.md) they returned:
- Japanese clauses with particles: 「車内に置き去りにされた子どもを確実に検知できる技術はないか」 (a quoted request;
  b52-jstories-pegasus-aisin-vayyar-investment-ja, jstories.media), "これほどまでに興奮を呼ぶニュース" ("news this
  exciting"; hs21-gtgt-kiteai-18m-series-a-paypal-ventures-ja, gtgt.live). を (object) and the case particles between
  two content words do not occur inside a company name, while a name may hold kana (23世紀の子供たち, さくらインターネット).
- People counted or by nationality: "月間400万人以上" ("4 million people a month"; b52-ledgeai-softbank-vf2-leads-soda-
  series-d-ja, ledge.ai), "ロシア人と米国人" ("a Russian and an American"; hs11-fbc-napopravku-donut-lab-ja, fbc.de).
- Chinese fragments opened by a pronoun or an adverb: "其已" ("it has already"; hs8-hbryx-
  embodied-ai-lexiang-zh, hbryx.com), "甚至能独立" ("can even on its own"; b49-guosisoft-manus-75m-benchmark-zh,
  guosisoft.com). A verb-final reading ("投集團參與", b31-kittyhawkrental-plus-rounds-galbot-zh) was tried and dropped: one
  text, and the next span read there carried another deal's amount and sector (amount and sector each -1 text).
"""

from __future__ import annotations

import re

from talentintel.funding.company_tech_terms import is_technology_term

# Japanese: the object particle, or a case particle between content words, or a sentence-final question.
_JA_CLAUSE = re.compile(
    r"を|[\u30a0-\u30ff\u4e00-\u9fffA-Za-z0-9ー](?:に|で|から|まで|ほど)[\u3041-\u309f]*[\u30a0-\u30ff\u4e00-\u9fff]|"
    r"(?:ない|ます|です|する|した)か?$|[^\u3041-\u309f]か$"
)
# People: "400万人以上", "ロシア人と米国人".
_PEOPLE = re.compile(
    r"\d[\d,.]*\s?[万億]?人(?:以上|以下|超)?|[\u30a0-\u30ff\u4e00-\u9fff]人と[\u30a0-\u30ff\u4e00-\u9fff]+人$"
)
# Chinese: a pronoun or an adverb first ("其", "甚至", "已").
# Kept narrow: 将门 (Jiangmen Ventures), 均胜, 并行科技 are names, so 将/均/并 open no fragment here.
_ZH_OPENER = re.compile(r"^(?:其(?:已|将|將|在|于|於|$)|该|該|甚至|已(?:经|經|在|完|获|獲|$)|被|仍)")


def is_clause(name: str) -> bool:
    """True when a CJK span reads as a clause, a count of people or a verb phrase, or a Latin span is a technology
    word (company_tech_terms): not a name."""
    if re.fullmatch(r"[\x00-\u024f\s]+", name):  # a Latin span: only a technology word ("AIエージェント×Web3が")
        return is_technology_term(name)
    if _PEOPLE.search(name) or _ZH_OPENER.match(name):
        return True
    # Two kana runs alone are no clause: "23世紀の子供たち" (venturesquare-jp-23seiki-seed) is a name.
    return bool(_JA_CLAUSE.search(name))
