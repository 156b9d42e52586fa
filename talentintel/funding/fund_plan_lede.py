"""A fund only planned, with its size, told in the story's opening: `other`, not a fund (issue 13 open item "a fund
plan with a size read as a fund"; decision (a) of session 23 keeps a planned public fund `other` too).

The fund rules read "a $100 million venture capital fund" as a fund launched wherever a plan verb does not stand right
before it; `fund_plans.PLANNED` reads "decided to raise", "plans to launch" only before the first sentence that looks
like a raise. Seen on tuning, one publisher each (all labeled `other`, all read as a fund before this module):
- English: "has announced his plans to set up a $100 million venture capital fund" (patriot), "His investment company,
  LLH Capital Ltd, aims to raise a $200 million ... fund" under a headline "Launches R3.5 Billion AI Fund" (joburgetc),
  "has decided to raise a $2 billion fund" after two scene-setting sentences (nfthorizon), "African leaders have
  endorsed the establishment of a $60 billion Africa AI Fund" (norvanreports), "is raising about $1 billion for its new
  Web3 fund" (web3byts).
- Korean: "100억원대 규모의 바이오 벤처 전문펀드를 오는 3월 조성키로 했다" (joongang).
- Chinese: "今年底啟動二檔新基金的募集" (alabook).
A fund the opening also reports raised or closed ("has raised", "closed its", "결성을 완료") is not only planned; Korean
says the formed fund in more verb forms than "결성을 완료": "285억원이 조성됐으며 앞으로 ... 300억원 규모의 자금을 조성할
계획" (joongdo) and "결성총회를 개최했다 ... 355억원 규모로 조성됐다" (thesejong), both tuning_funds25, read as plans before.
"""

from __future__ import annotations

import re

from talentintel.funding.fund_opening import opening_sentences
from talentintel.funding.fund_plan_table import PLAN_TO_FUND as _PLAN
from talentintel.funding.fund_programs import made_public
from talentintel.funding.kind_opening import opening

_DONE = re.compile(
    r"\b(?:has|have|had)\s(?:now\s|just\s|already\s)?(?:raised|closed|secured|collected|completed)\b|"
    r"\b(?:closed|completed)\s(?:its|their|a|an|the)\s|\b(?:first|second|final)\s(?:close|closing)\s(?:of|at)\s|"
    r"\b(?:held|reached|hit|achieved|announced)\s(?:a|its|the|their)\s(?:first|second|final)\s(?:close|closing)\b|(?:결성|조성)(?:을|이)?\s?(?:완료|마쳤|마친|했다|했으며|했고|됐다|됐으며|됐고|되었다)|결성\s?총회를\s?(?:마쳤|마친|개최했|열었|가졌)|完成[^。]{0,10}(?:募集|募资|募資|关账|關賬)",
    re.IGNORECASE,
)


# "Baidu announced that it plans to establish a venture fund with 1 billion yuan" (f13-consumersadvisory): the same.
_TOLD_PLAN = re.compile(r"\bannounced\s(?:that\s)?(?:it|they|he|she)\s$", re.IGNORECASE)


def planned_fund(text: str) -> bool:
    """The opening tells a fund planned or being raised, and tells no fund raised or closed."""
    sentences = list(dict.fromkeys([*opening_sentences(text), *opening(text, 4).split(" \n")]))
    # "unveiled his plan to set up a 10 billion yen ... fund", "announced that it plans to establish a venture fund with
    # 1 billion yuan": a plan made public with its size is the launch, as `fund_plans` reads it (fund_programs).
    planned = any(
        not made_public(sentence, found.start()) and not _TOLD_PLAN.search(sentence, 0, found.start())
        for sentence in sentences
        for found in _PLAN.finditer(sentence)
    )
    return planned and not any(_DONE.search(sentence) for sentence in sentences)
