"""Rules added for issue 13 from tuning_batch36 (the boundary between a closed round and its look-alikes; scored once
before any rule: rules' kind 0.759, mean 0.736). Each rule is checked on the real text that showed the miss
(PROVENANCE.md cites each page), on real sentences of the same class from other pages (the `search` pages corpus,
cited by address), and on inputs marked SYNTHETIC, made up to pin the class of language, not a name.
"""

from __future__ import annotations

from talentintel.funding.cjk_restated import usd_restated
from talentintel.funding.kind import other_reason, reports_raise
from talentintel.funding.kind_giveaways import AIRDROP
from talentintel.funding.kind_sought_intl import SOUGHT_INTL
from talentintel.funding.kind_totals import PERIOD_TOTAL
from talentintel.funding.opening_noise import is_noise_line
from tests.funding.tuning_texts import tuning_deals


def test_chinese_round_planned_or_opened_is_sought() -> None:
    # real: "OpenAI正在筹划一轮规模高达 1000亿美元的新融资" (b36-fadeduo-openai-100b-plan-zh), "智元機器人正在開啟新一輪融資"
    # (b36-degang-agibot-new-round-talks-zh)
    for item in ("b36-fadeduo-openai-100b-plan-zh", "b36-degang-agibot-new-round-talks-zh"):
        assert tuning_deals(item)[0].kind == "other", item
    # SYNTHETIC: plans in simplified and traditional script; a completed round is not sought
    assert SOUGHT_INTL.search("据悉,某公司正在筹划新一轮融资,估值或达50亿元。")
    assert SOUGHT_INTL.search("該公司擬融資3億元,用於研發。")
    assert SOUGHT_INTL.search("公司计划于年内启动新一轮融资。")
    assert not SOUGHT_INTL.search("某公司宣布完成新一轮融资,由红杉中国领投。")
    assert not SOUGHT_INTL.search("本轮融资将用于产品研发和市场拓展。")


def test_airdrop_is_no_raise() -> None:
    # real: "Solana DEX Drift set to airdrop 100 million tokens to users" (b36-newsjani-drift-airdrop-100m-tokens)
    assert tuning_deals("b36-newsjani-drift-airdrop-100m-tokens")[0].kind == "other"
    # real, other pages: "Grass Announces ‘Airdrop One,’ Distributing 100M Tokens To Early Users" (mpost.io), "Drift
    # Protocol Announces 100 Million Token Airdrop" (coinengineer.io)
    assert AIRDROP.search("Grass Announces ‘Airdrop One,’ Distributing 100M Tokens To Early Users")
    assert AIRDROP.search("Drift Protocol Announces 100 Million Token Airdrop")
    # SYNTHETIC: an airdrop of a count; a raise that mentions a later airdrop keeps its raise first
    assert AIRDROP.search("The foundation will airdrop 5% of the supply to early testers.")
    assert AIRDROP.search("an airdrop of 50 million ACME tokens")
    assert not AIRDROP.search("Acme raised $5 million in a seed round led by Paradigm.")
    assert not AIRDROP.search("The Protocol: Blast's $3B Airdrop and Bitcoin's Mt. Gox Moment")
    assert (
        other_reason("Acme raises $10M seed round\nAcme raised $10 million and plans to airdrop tokens later.") is None
    )


def test_sector_funding_trend_and_round_tally_are_totals() -> None:
    # real: "The much-anticipated slowdown in AI funding did not materialize in the first quarter of 2024"
    # (b36-unicornnest-q1-2024-ai-12-2b-moonshot-figure-minimax); "participating in 49 funding rounds in 2024, up from
    # 34 in 2023" (b36-haywaa-nvidia-49-rounds-2024-openai-xai)
    for item in (
        "b36-unicornnest-q1-2024-ai-12-2b-moonshot-figure-minimax",
        "b36-haywaa-nvidia-49-rounds-2024-openai-xai",
    ):
        assert tuning_deals(item)[0].kind == "other", item
    # SYNTHETIC: the same classes with other sectors and periods; one company's round is neither
    assert PERIOD_TOTAL.search("A rebound in crypto funding lifted the sector in Q3.")
    assert PERIOD_TOTAL.search("The firm took part in 12 seed deals during the first half of 2023.")
    assert not PERIOD_TOTAL.search("Acme raised $20 million in a Series A round in 2024.")


def test_market_total_with_a_long_tail_before_the_month() -> None:
    # real: "Cryptocurrency startups raised $777 million in investments from venture capital (VC) funds in May."
    # (b36-technicalterrence-crypto-may-777m-farcaster-babylon)
    assert tuning_deals("b36-technicalterrence-crypto-may-777m-farcaster-babylon")[0].kind == "other"
    # SYNTHETIC: one company raising in a month is no total
    assert other_reason("Acme raised $7 million from venture capital funds and angel investors in May.") is None


def test_vietnamese_round_closed() -> None:
    # real: "công bố hoàn thành vòng gọi vốn Pre-A trị giá 528 triệu nhân dân tệ, do Prosperity7 Ventures (P7) ... dẫn
    # đầu" (b36-sperfume-spirit-ai-pre-a-528m-cny-vi)
    assert tuning_deals("b36-sperfume-spirit-ai-pre-a-528m-cny-vi")[0].kind == "round"
    # SYNTHETIC: the other phrasing; an explainer of rounds is not one
    assert reports_raise("Startup Acme đã gọi vốn thành công 2 triệu USD trong vòng hạt giống.")
    assert not reports_raise("Seed round là vòng gọi vốn đầu tiên mà các startup thực hiện.")


def test_chinese_byline_is_no_lede() -> None:
    # real: "文|《中國企業家》記者閆俊文", "編輯|李薇", "頭圖來源|視覺中國" (b36-degang-agibot-new-round-talks-zh)
    assert is_noise_line("文|《中國企業家》記者閆俊文")
    assert is_noise_line("編輯|李薇")
    assert is_noise_line("頭圖來源|視覺中國")
    # SYNTHETIC: a sentence of the story is no byline
    assert not is_noise_line("据悉,某公司已完成A轮融资,由红杉中国领投。")


def test_korean_local_sum_with_dollars_in_parentheses() -> None:
    # real: "25억 위안(3억 4,200만 달러·약 4601억 9000만 원)" under the headline's "4600억원 규모 투자 유치"
    # (b36-jkn-zhipu-alibaba-tencent-342m-ko): the restated dollars are the amount
    assert tuning_deals("b36-jkn-zhipu-alibaba-tencent-342m-ko")[0].amount_usd == 342000000.0
    text = "지푸가 25억 위안(3억 4,200만 달러·약 4601억 9000만 원)을 투자를 유치했다."
    assert usd_restated(text, 2.5e9) == 342000000.0  # the yuan outside the parentheses
    assert usd_restated(text, 4.6e11) == 342000000.0  # the won after the dollars inside them
    # SYNTHETIC: a different sum is no restatement of this one
    assert usd_restated(text, 1.0e9) is None
    assert usd_restated("Acme는 50억원(약 380만 달러) 규모의 투자를 유치했다.", 5.0e9) == 3800000.0
