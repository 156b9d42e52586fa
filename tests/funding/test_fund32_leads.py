"""Lead and amount rules added for issue 13 from tuning_batch22 (branch fund32; first score on its 30 texts, 28 rounds:
amount 0.643, lead F1 0.429, mean 0.657), each checked on the real tuning text that showed the miss (PROVENANCE.md
cites each page) and on inputs marked SYNTHETIC, made up to pin the class of language, not a name.
"""

from __future__ import annotations

from talentintel.funding.cjk_generic import generic_investor
from talentintel.funding.cjk_lead_clean import lead_clean
from talentintel.funding.deals import parse_deals
from talentintel.funding.extract import extract_round
from talentintel.funding.from_list_tail import list_goes_on
from talentintel.funding.lead_noise import clean_leads
from talentintel.funding.lead_runs_company import runs_company
from talentintel.funding.money_share import share_or_running_total
from tests.funding.tuning_texts import tuning_deals


def _leads(item_id: str) -> list[str]:
    return tuning_deals(item_id)[0].lead_investors


def test_enumerators_openers_and_nationalities_are_cut_from_lead_names() -> None:
    # real: "③ Ant Group led the investment in Xinghaitu"; "While Tiger Global led the round"; "led by ... General
    # Atlantic and Japanese SoftBank Vision Fund 2"
    assert _leads("b17-gushiio-xinghaitu-a") == ["Ant Group"]
    assert _leads("b22-dataphoenix-cerebras-1b-tiger") == ["Tiger Global"]
    assert _leads("turkeynewsgazette-trendyol") == ["General Atlantic", "SoftBank Vision Fund 2"]
    # SYNTHETIC
    assert clean_leads(["② Sequoia Capital", "Although Accel", "Chinese Tencent"]) == [
        "Sequoia Capital",
        "Accel",
        "Tencent",
    ]
    assert extract_round("Although Accel led the round, most of the $9 million came from angels.").lead_investors == [
        "Accel"
    ]
    # SYNTHETIC: a nationality that is part of a firm's name stays ("Indian Angel Network" is not a known firm)
    assert clean_leads(["Indian Angel Network"]) == ["Indian Angel Network"]


def test_years_amounts_and_dates_are_no_leads() -> None:
    # real: "Benchmark first backed Cerebras in 2016, leading its $27 million Series A"; "un tour mené par ASML (≈ 1,3
    # Md€), valorisation 11,7 Md€"; "ein neues Investment in Höhe von 100 Mio. US-Dollar"; "funding rounds from
    # September 22–29, 2025"
    assert "2016" not in _leads("b22-dataphoenix-cerebras-1b-tiger")
    assert _leads("polesocietes-mistral-c") == ["ASML"]
    assert _leads("b22-startupradar-de-n26-100m-extension") == []
    assert _leads("b14-enginerds-oura-series-e") == []
    # SYNTHETIC
    assert clean_leads(["2019", "7", "40 cr", "3,5 Mrd", "12 Millionen Euro", "March 3–9", "4 June 2024"]) == []
    # SYNTHETIC: funds named by digits keep their names
    assert clean_leads(["776", "2150", "500 Global", "1789 Capital"]) == ["776", "2150", "500 Global", "1789 Capital"]


def test_a_lead_named_with_a_stage_word_keeps_its_lead_of_a_later_stage() -> None:
    # real: "Seed Capital, the Danish venture capital firm that led the round in August, returned to lead the
    # extension" of a Series B
    deals = tuning_deals("b22-fintechglobal-lunar-series-b-extension")
    assert (deals[0].round, deals[0].lead_investors) == ("series_b", ["Seed Capital"])
    # SYNTHETIC
    found = extract_round(
        "Acme raised a $30 million Series B led by Seed Ventures, which also led the company's first round."
    )
    assert found.lead_investors == ["Seed Ventures"]


def test_who_runs_a_firm_is_not_a_lead() -> None:
    # real: "Serie A de USD$18 millones, liderada por Union Square Ventures (USV) y Ribbit Capital ... Ribbit Capital,
    # dirigido por el inversionista venezolano Micky Malka"
    assert _leads("b22-enter-co-somos-internet-18m") == ["Union Square Ventures", "Ribbit Capital"]
    # SYNTHETIC
    assert runs_company("Beta raised $4 million from Northwind Capital, ")
    assert not runs_company("Beta raised a $4 million round, ")
    found = extract_round(
        "Beta raised a $4 million seed round led by Northwind Capital. Northwind Capital, led by Jane Roe, "
        "focuses on robotics."
    )
    assert found.lead_investors == ["Northwind Capital"]


def test_a_from_list_that_goes_on_after_an_aside_names_no_lead() -> None:
    # real: "from Japanese SoftBank, the most powerful high-tech fund on the planet, and US investment firm Tiger
    # Global Management"
    assert _leads("b22-gettotext-revolut-800m-neobanks") == []
    # SYNTHETIC
    assert list_goes_on(", the largest bank in Spain, and German investment firm Blue Oak")
    assert list_goes_on(", a fund based in Lagos, and Tiger Global")
    assert not list_goes_on(", the company said on Monday.")
    found = extract_round("Gamma raised $12 million from Sequoia Capital, the Silicon Valley fund, and Accel.")
    assert found.lead_investors == []


def test_an_investors_earlier_round_in_a_relative_clause_is_neither_lead_nor_amount() -> None:
    # real: "raised over $20 million ... Vostok New Ventures, who last year co-led Swvl’s $42 million Series B-5"
    deals = tuning_deals("b22-propakistani-swvl-over-20m")
    assert (deals[0].amount_usd, deals[0].lead_investors) == (20_000_000, [])
    # SYNTHETIC
    found = extract_round(
        "Delta raised $6 million this month. Its backer Orbit Ventures, who previously led Delta's $15 million "
        "Series A, joined again."
    )
    assert (found.amount_usd, found.lead_investors) == (6_000_000, [])


def test_a_sentence_opening_on_to_date_sums_every_round() -> None:
    # real: "Azra Games has raised another $10 million from A16z ... To date, the Sacramento, California-based company
    # has raised $25 million in seed funding"
    assert tuning_deals("hs5-gamesbeat-azra-seed-ext")[0].amount_usd == 10_000_000
    # SYNTHETIC
    found = extract_round("Omega raised $3 million from Northwind Capital. So far, the company has raised $11 million.")
    assert found.amount_usd == 3_000_000
    assert share_or_running_total("To date, the Lagos-based startup has raised ", " in seed funding")
    assert share_or_running_total("All told, Omega has raised more than ", " in a Series A and B")
    assert not share_or_running_total("Omega has raised ", " in seed funding")


def test_investors_who_came_back_to_lead_are_the_leads() -> None:
    # real: "Nan Fung Life Sciences and Pivotal BioVentures China came back to lead the $80 million round"
    assert _leads("hs6-endpts-oncologie-b") == ["Nan Fung Life Sciences", "Pivotal BioVentures China"]
    # SYNTHETIC
    found = extract_round("Sigma raised $20 million. Existing backer Orbit Ventures returned to lead the round.")
    assert found.lead_investors == ["Orbit Ventures"]


def test_the_leading_is_an_adjective_not_a_lead() -> None:
    # real: "RELX agrees to acquire Doctrine, the leading French legal AI platform" (beside a Series D extension)
    assert "Doctrine" not in _leads("hs5-flank-legora-d-ext")
    # SYNTHETIC
    found = extract_round(
        "Sigma raised a $20 million Series B. Its rival is Delta, the leading Swedish player in the field."
    )
    assert found.lead_investors == []


def test_a_chinese_lead_list_keeps_every_fund_and_its_city() -> None:
    # real: "由北京信息产业发展投资基金与北京市人工智能产业投资基金联合领投"; "由上海國資投資平臺及上汽集團聯合領投";
    # "由上海国盛资本、五源资本、中银国际旗下渤海中盛基金联合领投"; "由日本最大的汽車制造商豐田汽車集團(Toyota Motor Corp)領投"
    assert _leads("hs7-chinacom-jiuzhang-yunji") == ["北京信息产业发展投资基金", "北京市人工智能产业投资基金"]
    assert sorted(_leads("snsmcma-weltmeister-d")) == sorted(["上海國資投資平臺", "上汽集團"])
    assert _leads("hs7-shadafang-moore-threads-a") == ["上海国盛资本", "五源资本", "渤海中盛基金"]
    assert _leads("b22-fastread-zh-pony-ai-toyota") == ["豐田汽車集團"]
    # real: the owner's city before 旗下 is not the fund's ("香港新世界集团旗下六脉资本")
    assert lead_clean("香港新世界集团旗下六脉资本", "六脉资本") == "六脉资本"
    # SYNTHETIC
    assert lead_clean("深圳市天使投资引导基金", "天使投资引导基金") == "深圳市天使投资引导基金"
    assert lead_clean("杭州阿克米科技", "阿克米科技") == "阿克米科技"  # a company is named without its city
    assert lead_clean("全球最大的手机制造商阿克米集团", "全球最大的手机制造商阿克米集团") == "阿克米集团"
    deals = parse_deals(
        "阿克米科技宣布完成2亿元B轮融资，本轮融资由杭州创新基金、星河资本、贝塔集团旗下贝塔创投联合领投。"
    )
    assert deals[0].lead_investors == ["杭州创新基金", "星河资本", "贝塔创投"]


def test_a_kind_of_investor_in_korean_or_japanese_is_no_lead() -> None:
    # real: "해외 유수의 국부펀드로부터 약 1조2000억원 규모의 투자를 유치"; "国内外の新規投資家と既存株主を引受先とする";
    # "잇따라 크립토펀드로부터 추가 투자를 유치"
    assert _leads("techm-kakaoent-1trn") == []
    assert _leads("ampmedia-smartnews-f") == []
    assert _leads("b19-fnnews-ko-cosmochain") == []
    # SYNTHETIC
    assert generic_investor("글로벌 사모펀드") and generic_investor("既存株主") and generic_investor("해외 투자자들")
    assert not generic_investor("해시드") and not generic_investor("ジャフコ")
    deals = parse_deals("아크미가 국내외 투자자로부터 50억원 규모의 시리즈A 투자를 유치했다고 밝혔다.")
    assert deals[0].lead_investors == []


def test_backers_like_x_name_several_investors() -> None:
    # real: "raised a whopping $465 million with contributions from its big tech backers like Tencent"
    assert _leads("b13-firstword-yuanxin-january") == []
    # SYNTHETIC
    found = extract_round("Zeta raised $40 million from existing shareholders such as Orbit Ventures.")
    assert found.lead_investors == []


def test_a_restatement_rounded_with_over_keeps_the_dollar_figure() -> None:
    # real: "has raised USD 113 million (over Rs 805 crore) in the latest funding round"
    assert tuning_deals("hs7-thehindu-swiggy-113m")[0].amount_usd == 113_000_000
    # SYNTHETIC
    found = extract_round("Theta said it has raised $40 million (more than €36 million) in a Series B round.")
    assert (found.amount_usd, found.currency) == (40_000_000, "USD")


def test_the_parts_a_total_includes_are_not_the_round() -> None:
    # real: "raised $167 million from existing investors ... The investment includes $121 million in new funding and
    # $46 million from previously committed funds"
    assert tuning_deals("b17-mobileworldlive-voyager-167m")[0].amount_usd == 167_000_000
    # SYNTHETIC
    found = extract_round(
        "Iota received $50 million from Orbit Ventures. The investment includes $35 million in new funding and "
        "$15 million in previously committed capital."
    )
    assert found.amount_usd == 50_000_000


def test_in_hoehe_von_names_no_company() -> None:
    # real: "Die Digitalbank N26 hat Anfang Mai ein neues Investment in Höhe von 100 Mio. US-Dollar bekanntgegeben"
    deals = tuning_deals("b22-startupradar-de-n26-100m-extension")
    assert (deals[0].company, deals[0].amount_usd, deals[0].lead_investors) == ("N26", 100_000_000, [])
    # SYNTHETIC
    found = extract_round("Die Neobank Acme hat ein neues Investment in Höhe von 100 Mio. Euro bekanntgegeben.")
    assert found.company != "Höhe"
