"""A Chinese, Japanese or Korean round part: `cjk`'s own rules merged over what the English rules read.

Split from deals.py (session 12) to keep it under 400 lines; `_round_deal` calls `merge_cjk` for a part with CJK text.
"""

from __future__ import annotations

import re
from datetime import date

from talentintel.funding import cjk
from talentintel.funding.cjk_alias import alias_raiser
from talentintel.funding.cjk_capital_increase import capital_increase_target, one_investors_part
from talentintel.funding.cjk_compound import join_compounds
from talentintel.funding.cjk_glued_descriptor import without_descriptor
from talentintel.funding.cjk_ko_topic import connective, counted, sized_amount, topic_raiser
from talentintel.funding.cjk_lead_words import lead_name
from talentintel.funding.cjk_leads import korean_co_leads, korean_spaced_leads
from talentintel.funding.cjk_raise import japanese_raiser, korean_invested_in, korean_possessor, korean_startup_invested
from talentintel.funding.cjk_registered import (
    invested_startup,
    investor_topic_object,
    registered_raiser,
    seed_only_as_angel_investor,
)
from talentintel.funding.cjk_registry_change import registry_change
from talentintel.funding.cjk_restated import usd_restated
from talentintel.funding.cjk_subject import report_frame, said_raiser, trimmed
from talentintel.funding.cjk_token_sale import token_sale_holder, token_sale_round
from talentintel.funding.cjk_year import dated_raise_year, undated_raise_year
from talentintel.funding.fx import to_usd
from talentintel.funding.lead_roles import cjk_role_investor
from talentintel.funding.money_year import rate_year
from talentintel.funding.text_repairs import PINYIN_READING
from talentintel.funding.types import Deal


def merge_cjk(deal: Deal, part: str, when: date | None) -> None:
    """Chinese, Japanese and Korean text: its own rules win where the English ones read the wrong words."""
    # Compound numerals are read as one number ("6억5000만 달러"); a registered name with its bracketed city, or a
    # short form the release defines for itself ("(以下、X)は"), names the raiser, read without the pinyin a mirror page
    # writes into it ("半導(dǎo)體").
    found = cjk.extract(join_compounds(part))
    read = found.company
    # "X(Latin)表示,完成A輪融資" (cjk_subject): the subject that says it raised, before the name rules' later reading.
    said = said_raiser(part)
    found.company = token_sale_holder(part) or registered_raiser(part) or alias_raiser(PINYIN_READING.sub("", part))
    found.company = found.company or said or korean_possessor(part) or korean_startup_invested(part)
    found.company = found.company or investor_topic_object(part)  # "Xは…、Yに出資した" (cjk_registered)
    found.company = found.company or (None if report_frame(read) or connective(read) else trimmed(read))
    found.company = found.company or invested_startup(part) or japanese_raiser(part) or korean_invested_in(part)
    found.company = found.company or capital_increase_target(part)  # "共同增资趣链科技" (cjk_capital_increase)
    change = registry_change(part)  # "X有限公司发生工商变更,新增股东Y": (company, its one new shareholder)
    found.company = found.company or (change[0] if change else None)
    found.company = found.company or topic_raiser(part)  # "이를 바탕으로 테사는 ... 투자유치" (cjk_ko_topic)
    if counted(part, found.original):  # "6만명의 회원": members, not money (cjk_ko_topic)
        found.amount, found.currency, found.original = sized_amount(part) or (None, None, None)
    if one_investors_part(part, found.original):
        found.amount = None  # "其中智脑投资以人民币112074.0393万元": one investor's part, not the round
    found.leads = found.leads or cjk_role_investor(part)  # "投資方為X": one investor by its role (lead_roles)
    one = change[1] if change and change[0] == found.company else None
    found.leads = found.leads or ([one] if one else [])  # the one new shareholder (cjk_registry_change)
    found.leads = [lead_name(n) for n in korean_co_leads(part, korean_spaced_leads(part, found.leads))]
    found.company = without_descriptor(found.company, part)  # "ビットコインマイナーBitfarms" (cjk_glued_descriptor)
    if found.company:
        deal.company = found.company
    elif deal.company and re.search(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]", deal.company):
        # The English rules read no Chinese, Japanese or Korean grammar: "為什麼AI公司都在一邊融資" is a question.
        deal.company = None
    if found.amount is not None and found.currency:
        # No page date: the year the raise's own sentence gives ("2023年4月に…5.5億円の資金調達を完了", cjk_year).
        year = rate_year(part, found.original, when.year) if when else undated_raise_year(part, found.original)
        year = (dated_raise_year(part, found.original, when.year) or year) if when else year  # "2016年2月…を実施"
        usd = to_usd(found.amount, found.currency, year)
        usd = usd_restated(part, found.amount) or usd  # "47億" over "6億美元(約46.8億港元)" (cjk_restated)
        if usd is not None and not (deal.currency == "USD" and deal.amount_usd):
            deal.amount_usd, deal.currency, deal.amount_original = round(usd, 2), found.currency, found.original
    deal.round = found.round or deal.round or token_sale_round(part)  # "ICOを行った" (cjk_token_sale)
    if deal.round == "seed" and seed_only_as_angel_investor(part):
        deal.round = None  # "天使投资人雷军投资的…小米科技最新融资": an angel investor, not an angel round
    if found.leads:
        deal.lead_investors = found.leads
        deal.investors = list(dict.fromkeys([*found.leads, *deal.investors]))
