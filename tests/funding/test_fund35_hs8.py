"""Rules added for issue 13 from the session-8 holdout, now tuning data (tuning_hs8.jsonl; scored once before any rule:
kind 0.667, lead F1 0.649, fund manager 0.375, mean 0.744). Each rule is checked on the real text that showed the
miss (PROVENANCE.md cites each page) and on inputs marked SYNTHETIC, made up to pin the class of language, not a name.
"""

from __future__ import annotations

import re

from talentintel.funding.deals import parse_deals
from talentintel.funding.fund_commitments import fund_received_commitments
from talentintel.funding.fund_roles import role_manager
from talentintel.funding.kind_launched import LAUNCHED_ROUND
from talentintel.funding.kind_prior_exit import prior_acquisition
from talentintel.funding.lead_appositive import drop_appositive_owners
from tests.funding.tuning_texts import assert_fund, tuning_deals


def _acquired_at(text: str) -> bool:
    return prior_acquisition(text, re.search(r"acquir", text).start())  # type: ignore[union-attr]


def test_an_earlier_company_acquired_in_a_relative_clause_is_background() -> None:
    # real: "founder of another startup called Geometric Intelligence which was acquired by Uber" before "Robust.AI said
    # today it has raised $ 15 million led by Jazz Venture Partners" (hs8-zumbacombo-robustai-15m)
    head = tuning_deals("hs8-zumbacombo-robustai-15m")[0]
    assert head.kind == "round" and head.company == "Robust.AI" and head.amount_usd == 15_000_000
    assert head.lead_investors == ["Jazz Venture Partners"]
    # SYNTHETIC: other relative and adverbial forms of a past exit; the story's own acquisition stays a trigger
    assert _acquired_at("her last company, which was later acquired by Oracle, and")
    assert _acquired_at("Zeta, previously acquired by Stripe,")
    assert not _acquired_at("Zeta has been acquired by Stripe")
    assert not _acquired_at("Stripe acquired Zeta")
    text = (
        "The CEO co-founded Beta Labs, which was acquired by Salesforce in 2019. Gamma Robotics has raised $12 million "
        "in a seed round led by Delta Ventures."
    )
    assert parse_deals(text)[0].kind == "round"
    assert parse_deals("Stripe acquired Zeta Robotics, which had raised $12 million.")[0].kind == "other"


def test_owners_named_in_a_leads_appositive_are_not_leads() -> None:
    # real: "led by TWG Global, the investment vehicle of Thomas Tull and Mark Walter" (hs8-ainews247-lambda-15b)
    assert tuning_deals("hs8-ainews247-lambda-15b")[0].lead_investors == ["TWG Global"]
    # SYNTHETIC: a family office's owners go; a co-lead after the closing comma stays
    text = "Zeta raised $5 million led by Foo Capital, the family office of Jane Doe and John Roe, with Bar joining."
    assert parse_deals(text)[0].lead_investors == ["Foo Capital"]
    text = "Zeta raised $5 million led by Foo Capital, an affiliate of Baz Group, and Qux Partners."
    assert parse_deals(text)[0].lead_investors == ["Foo Capital", "Qux Partners"]
    assert drop_appositive_owners(["Foo Capital", "Qux Partners"], "led by Foo Capital and Qux Partners") == [
        "Foo Capital",
        "Qux Partners",
    ]


def test_cjk_leads_announced_by_their_count_then_listed() -> None:
    # real: "領投方有三家:社保基金中關村自主創新基金(下稱“社保中關村基金”),啓明創投和洪泰基金"
    # (hs8-comemg-infinigence-series-a)
    leads = tuning_deals("hs8-comemg-infinigence-series-a")[0].lead_investors
    assert sorted(leads) == sorted(["社保基金中關村自主創新基金", "啓明創投", "洪泰基金"])
    # SYNTHETIC: simplified script, a full-width colon and 两家
    text = "某某科技完成近5亿元A轮融资,领投方有两家：红杉中国、高瓴创投。跟投方包括联想创投。"
    assert parse_deals(text)[0].lead_investors == ["红杉中国", "高瓴创投"]


def test_a_round_launched_or_targeted_is_not_closed() -> None:
    # real: "Photon AI Announces $124M Target Series A", "Photon AI has launched a \$124 million Series A fundraising
    # round" (hs8-aissential-photon-ai-124m-target)
    assert tuning_deals("hs8-aissential-photon-ai-124m-target")[0].kind == "other"
    # SYNTHETIC: English and Spanish launches; a startup that launches WITH money has raised it
    assert LAUNCHED_ROUND.search("Zeta opens a new $20 million funding round for its platform")
    assert LAUNCHED_ROUND.search("Zeta lanza una ronda de inversión")
    assert not LAUNCHED_ROUND.search("Zeta launches with $5 million in seed funding")
    assert parse_deals("Zeta Robotics has launched a $30 million Series B funding round to expand in Europe.")[
        0
    ].kind == ("other")
    assert parse_deals("Zeta Robotics launches with $30 million Series B led by Delta Ventures.")[0].kind == "round"


def test_korean_fund_managers_named_by_their_gp_role() -> None:
    # real: "운용사로 선정된 케이브릿지인베스트먼트와 ..." (hs8-kookje-dongnam-jobs-fund-kbridge-ko); "30억 원 규모로 부산
    # 창조경제혁신센터가 운용(GP)한다" and "오늘(1일) 자로 결성된다" (formed as of today: hs8-mby-busan-unicorn-startup-fund-ko)
    assert_fund(tuning_deals("hs8-kookje-dongnam-jobs-fund-kbridge-ko"), "케이브릿지인베스트먼트")
    assert_fund(tuning_deals("hs8-mby-busan-unicorn-startup-fund-ko"), "부산 창조경제혁신센터")
    # SYNTHETIC: the role word before the name, the verb after it; a selection still under way names nobody
    assert role_manager("운용사 한빛벤처스는 초기 기업에 투자한다.") == "한빛벤처스"
    assert role_manager("이 펀드는 한국투자파트너스가 운용한다.") == "한국투자파트너스"
    assert role_manager("운용사 선정 작업을 마쳤다.") is None


def test_the_one_investor_as_subject_of_to_invest_leads() -> None:
    # real: "the decision by Stellar Development Foundation to invest $750K in Cowrie" (hs8-regtechafrica-cowrie-sdf-750k)
    assert tuning_deals("hs8-regtechafrica-cowrie-sdf-750k")[0].lead_investors == ["Stellar Development Foundation"]
    # SYNTHETIC
    text = "Zeta Robotics has raised $2 million after an agreement for Delta Ventures to invest $2 million in Zeta Robotics."
    assert parse_deals(text)[0].lead_investors == ["Delta Ventures"]


def test_korean_lead_named_after_the_investment_it_leads() -> None:
    # real: "이번 투자를 주도하는 대홍기획은" (hs8-lawissue-blocko-lotte-ko; the text itself reads `other` on its IPO line)
    # SYNTHETIC: a round with the past form 주도한 and the present 주도하는
    text = "블록체인 기업 한빛체인이 50억원 규모의 시리즈B 투자를 유치했다. 이번 투자를 주도한 한국벤처투자는 블록체인에 집중해왔다."
    assert parse_deals(text)[0].lead_investors == ["한국벤처투자"]
    text = "이번 투자를 주도하는 대홍기획은 롯데그룹의 계열사다. 블로코는 50억원 투자를 유치했다."
    assert parse_deals(text)[0].lead_investors == ["대홍기획"]


def test_a_named_fund_that_received_commitments_is_a_fund() -> None:
    # real: "the Brookfield Artificial Intelligence Infrastructure Fund (BAIIF) has already received $5 billion in
    # capital commitments" (hs8-polarherald-brookfield-ai-infra-fund)
    assert_fund(tuning_deals("hs8-polarherald-brookfield-ai-infra-fund"), "Brookfield Asset Management", 5e9)
    # SYNTHETIC: a numbered fund; a company's round is no commitments received by a Fund
    assert fund_received_commitments("Zeta Growth Fund II has secured €300 million in commitments from pensions.")
    assert not fund_received_commitments("Zeta Robotics has received $30 million in funding from Delta Fund.")


def test_a_chinese_investor_as_subject_of_invested_leads() -> None:
    # real: "珠海华发集团战略投资了大模型“六小虎”之一的智谱AI,投资金额为5亿元人民币" (hs8-mmssai-zhipu-huafa-zh)
    assert tuning_deals("hs8-mmssai-zhipu-huafa-zh")[0].lead_investors == ["珠海华发集团"]
    # SYNTHETIC: traditional script, 已 before the verb
    text = "記者獲悉,星河資本已投資了機器人公司云行科技,投資金額為2億元人民幣。"
    assert parse_deals(text)[0].lead_investors == ["星河資本"]


def test_a_cjk_pre_seed_round_is_pre_seed() -> None:
    # real: "已完成230万美元的Pre-Seed轮融资" (hs8-github-yhf213-inference-labs-zh) was read as seed
    assert tuning_deals("hs8-github-yhf213-inference-labs-zh")[0].round == "pre_seed"
    # SYNTHETIC: Japanese and Korean; a plain seed round stays seed
    assert (
        parse_deals("株式会社ゼータは、プレシードラウンドで5000万円の資金調達を実施しました。")[0].round == "pre_seed"
    )
    assert parse_deals("제타로보틱스가 5억원 규모의 프리시드 투자를 유치했다.")[0].round == "pre_seed"
    assert parse_deals("某某科技完成1000万元种子轮融资。")[0].round == "seed"


def test_a_stage_the_raise_is_measured_against_is_an_earlier_round() -> None:
    # real: "The raise dwarf’s Lambda’s February Series D ($480M)" (hs8-ainews247-lambda-15b): no series for this round
    assert tuning_deals("hs8-ainews247-lambda-15b")[0].round is None
    # SYNTHETIC: "more than doubles its Series B"; this round's own stage is still read
    text = (
        "Zeta Robotics raised $300 million in new funding led by Delta Ventures. The raise more than doubles its "
        "Series B from last spring."
    )
    assert parse_deals(text)[0].round is None
    text = (
        "Zeta Robotics raised a $300 million Series C led by Delta Ventures. The raise dwarfs its $40 million Series B."
    )
    assert parse_deals(text)[0].round == "series_c"


def test_vietnamese_rounds_and_funds() -> None:
    # real: "Vòng gọi vốn series A trị giá 10 triệu USD vừa hoàn tất" about "AI Hay" (hs8-vietnet24h-ai-hay-series-a-vi),
    # "Dự án Bio Protocol gọi vốn thành công gần 7 triệu USD" (hs7-vntokenpost-bio-protocol-vi), "Multicoin Capital lập
    # quỹ đầu tư mạo hiểm mới trị giá 430 triệu USD" (hs6-zcyxrc4-multicoin-fund-iii-vi)
    head = tuning_deals("hs8-vietnet24h-ai-hay-series-a-vi")[0]
    assert (head.kind, head.company, head.amount_usd, head.round) == ("round", "AI Hay", 10e6, "series_a")
    head = tuning_deals("hs7-vntokenpost-bio-protocol-vi")[0]
    assert head.kind == "round" and head.company == "Bio Protocol" and head.amount_usd == 7e6
    assert_fund(tuning_deals("hs6-zcyxrc4-multicoin-fund-iii-vi"), "Multicoin Capital", 430e6)
    # SYNTHETIC: a decimal comma, tỷ, leads after "do ... dẫn dắt"; a text that raises nothing stays other
    text = (
        "Startup Zeta Robotics vừa hoàn tất vòng gọi vốn series B trị giá 1,5 tỷ USD do Delta Ventures và Gamma Capital "
        "dẫn dắt. Công ty sẽ dùng vốn để mở rộng sang thị trường Đông Nam Á và tuyển thêm kỹ sư."
    )
    head = parse_deals(text)[0]
    assert (head.kind, head.company, head.amount_usd, head.round) == ("round", "Zeta Robotics", 1.5e9, "series_b")
    assert head.lead_investors == ["Delta Ventures", "Gamma Capital"]
    text = "Thị trường khởi nghiệp Việt Nam đang chững lại, các nhà đầu tư thận trọng hơn với những thương vụ mới trong năm."
    assert parse_deals(text)[0].kind == "other"


def test_korean_money_gathered_is_a_raise() -> None:
    # real: "루미너스는 이번 자금 모금을 통해 총 900만 달러를 모은 것으로 알려졌다" (hs8-kukode-luminous-9m-ko)
    head = tuning_deals("hs8-kukode-luminous-9m-ko")[0]
    assert (head.kind, head.company, head.amount_usd) == ("round", "루미너스", 9e6)
    # SYNTHETIC: won, the past tense; gathering people is no raise
    head = parse_deals("로봇 스타트업 제타로보틱스는 최근 50억 원을 모았다고 밝혔다.")[0]
    assert (head.kind, head.company) == ("round", "제타로보틱스")
    assert parse_deals("제타로보틱스는 행사에 300명을 모았다고 밝혔다.")[0].kind == "other"


def test_a_japanese_round_from_one_named_investor_is_led_by_it() -> None:
    # real: "Ault & Company, Inc.(関連会社「A&C」)から最大2500万ドルの資金調達" (hs8-moomoo-hyperscale-data-25m-ja; its English
    # headline is still cut off as a deal of its own, so the lead is on the Japanese part's deal)
    deals = tuning_deals("hs8-moomoo-hyperscale-data-25m-ja")
    assert any(d.lead_investors == ["Ault & Company"] for d in deals)
    # SYNTHETIC: a Japanese firm name and a Latin one with its legal form
    text = "株式会社ゼータは、グローバル・ブレイン株式会社から3億円の資金調達を実施しました。"
    assert parse_deals(text)[0].lead_investors == ["グローバル・ブレイン"]
    text = "株式会社ゼータは、Delta Ventures, Inc.から最大500万ドルの出資を受けることで合意しました。"
    assert parse_deals(text)[0].lead_investors == ["Delta Ventures"]
