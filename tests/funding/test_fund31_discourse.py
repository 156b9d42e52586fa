"""Discourse-word rules added for issue 13 from tuning_hs7 (branch fund31; tuning_hs7 was the session-7 funding
holdout, scored once at mean 0.632, company 0.550, then moved to tuning), each checked on the real tuning text that
showed the miss (PROVENANCE.md cites each page) and on one-line inputs marked SYNTHETIC, made up to pin the class of
language, not a name.
"""

from __future__ import annotations

from talentintel.funding import cjk
from talentintel.funding.company_discourse import is_byline, is_discourse_word, without_report_verb
from talentintel.funding.company_nonnames import not_a_name
from talentintel.funding.deals import parse_deals
from talentintel.funding.fund_firm_sets_up import firm_sets_up_fund, headline_fund_owner
from tests.funding.tuning_texts import tuning_deals


def test_an_opening_time_adverb_is_no_company() -> None:
    # real: "Yesterday, the re-staking project Symbiotic announced its official launch and completed a $5.8 million
    # seed round led by Paradigm and Cyber Fund." gave "Yesterday"
    assert tuning_deals("hs7-coinlive-symbiotic-seed")[0].company == "Symbiotic"
    assert not_a_name("Yesterday") and not_a_name("However")
    # SYNTHETIC
    deals = parse_deals(
        "Today, the payments startup Acmepay announced it closed a $4 million seed round led by X Ventures."
    )
    assert deals and deals[0].company == "Acmepay"
    assert not is_discourse_word("Indeed Labs") and not is_discourse_word("Todayville")


def test_a_chinese_connective_is_no_company() -> None:
    # real: "摩尔线程宣布……成功研制了首颗国产全功能GPU,同时完成了20亿元A轮融资" gave "同时"
    assert tuning_deals("hs7-shadafang-moore-threads-a")[0].company == "摩尔线程"
    # SYNTHETIC: Chinese, Japanese and Korean connectives stand alone; a name that starts with one is kept
    assert is_discourse_word("同时") and is_discourse_word("此外") and is_discourse_word("また")
    assert is_discourse_word("한편") and not is_discourse_word("同时科技")
    assert cjk.extract("甲乙科技推出新产品,同时完成了5000万元A轮融资。").company != "同时"


def test_a_report_verb_or_adverb_after_a_chinese_name_is_cut() -> None:
    # real: "6月下旬,宇樹科技被曝確認完成C輪融資" gave "宇樹科技被曝確認"
    assert "宇樹科技" in [d.company for d in tuning_deals("hs7-ctmanga-embodied-ai-giants")]
    # SYNTHETIC
    assert without_report_verb("甲乙科技被曝") == "甲乙科技"
    assert without_report_verb("甲乙科技被曝已") == "甲乙科技"
    assert without_report_verb("甲乙科技就") == "甲乙科技"
    assert without_report_verb("被曝") == "被曝"  # nothing left: not cut


def test_a_translated_byline_is_recognised() -> None:
    # real: "BlockBeats Nachrichten, 22. Januar, kündigte ... (Sunrise) an" (hs7-gate-sunrise-gpu-de); only
    # recognised for now: rejecting it left that text with no company and kind other
    assert is_byline("BlockBeats Nachrichten")
    # SYNTHETIC: English "News" is a company's name as often as a byline
    assert is_byline("PANews Noticias") and not is_byline("Ground News")


def test_a_venture_firm_setting_up_a_sized_fund_is_a_fund() -> None:
    # real: "Germany-based venture capital firm Cherry Ventures is launching its Web3 campaign after setting up a $34
    # million crypto fund." was read as a round of "Cherry Crypto 1"
    deal = tuning_deals("hs7-ainftgo-cherry-crypto-1")[0]
    assert (deal.kind, deal.company, deal.amount_usd) == ("fund", "Cherry Ventures", 34_000_000)
    # SYNTHETIC
    assert firm_sets_up_fund(
        "Quick take. Oslo-based venture capital firm Fjord Ventures has set up a $12 million fund."
    )
    # SYNTHETIC: a startup's round is not a firm's fund
    assert not firm_sets_up_fund("Fintech startup Acmepay has raised a $12 million Series A led by Fjord Ventures.")


def test_his_firm_named_in_apposition_raising_is_a_fund() -> None:
    # real: "He said his firm, Escape Velocity Ventures, has raised $20 million to invest in and around the
    # decentralized wireless (DeWi) sector"
    assert tuning_deals("hs7-lightreading-escape-velocity-dewi-fund")[0].kind == "fund"
    # SYNTHETIC
    assert firm_sets_up_fund("She said her firm, Northwind Capital, has raised $40 million for climate software.")
    assert not firm_sets_up_fund("She said her startup, Northwind Labs, has raised $40 million in a Series B.")


def test_a_headline_naming_the_owners_sized_fund_is_that_owners_fund() -> None:
    # real: "Factorial’s $25M Startup Venture Fund Targets AI Builders" was read as a round of Modal (a portfolio
    # company the body names)
    deal = tuning_deals("hs7-aicerts-factorial-fund-ii")[0]
    assert (deal.kind, deal.company, deal.amount_usd) == ("fund", "Factorial Capital", 25_000_000)
    # SYNTHETIC
    assert headline_fund_owner("Northwind’s $40M Climate Seed Fund Opens Its Doors\nNorthwind Ventures said ...") == (
        "Northwind"
    )
    # SYNTHETIC: a fund that backs someone is an investor in that round
    assert headline_fund_owner("Northwind's $40M Growth Fund Backs Acmepay\nAcmepay raised ...") is None
