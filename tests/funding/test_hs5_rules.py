"""Rules added for issue 13 from tuning_hs5 (the session-5 holdout, scored once, then moved to tuning; branch fund18),
each checked on the real text that showed the miss (PROVENANCE.md cites each page) and on a SYNTHETIC variant that
changes names and figures to pin the phrasing, not the example.
"""

from __future__ import annotations

from talentintel.funding import parse_deals
from talentintel.funding.cjk_registered import invested_startup, registered_raiser, seed_only_as_angel_investor
from talentintel.funding.company_backer_appositive import described_as_investor
from talentintel.funding.company_indefinite import indefinite_lede_company
from talentintel.funding.company_role_raise import role_raise_company
from talentintel.funding.fund_vehicles import (
    digest_fund_lead_in,
    headline_fund_launch,
    named_fund_closes,
    owner_of_new_fund,
)
from talentintel.funding.investor_lists import lead_investors
from talentintel.funding.kind import other_reason
from talentintel.funding.kind_market import states_market_figures
from talentintel.funding.lead_stage import this_rounds_leads
from talentintel.funding.money import round_amount
from tests.funding.tuning_texts import assert_fund, tuning_deals


def test_a_registered_chinese_name_with_its_city_is_the_raiser() -> None:
    # "近日,零重力(li)飛機工業(合肥)有(you)限(xian)公司完成A++++輪融(rong)資" (pinyin a mirror page writes in brackets)
    deal = tuning_deals("hs5-shccc-lingzhongli-a4")[0]
    assert (deal.company, deal.round) == ("零重力飛機工業(合肥)有限公司", "series_a")
    synthetic = "据悉,星河动力科技(苏州)有限公司近日完成B轮融资,融资金额约5亿元。此前,星河已完成三轮融资。"  # SYNTHETIC
    assert registered_raiser(synthetic) == "星河动力科技(苏州)有限公司"
    assert parse_deals(synthetic)[0].company == "星河动力科技(苏州)有限公司"
    # A registered name that is not said to raise (a change of registration) names no raiser.
    assert registered_raiser("云海智能科技(东莞)有限公司最近发生工商变更。") is None  # SYNTHETIC


def test_a_count_spelled_out_is_a_market_figure() -> None:
    # "Eighteen Nigerian startups raised $219m in the first quarter of the year" (a country's total, its examples after)
    assert tuning_deals("hs5-parrotnigeria-q1-2021")[0].kind == "other"
    synthetic = (  # SYNTHETIC
        "Kenyan startups raise $140m in H1\n"
        "Twenty-three Kenyan startups raised $140m in the first half of the year, according to a tracker.\n"
        "Fintech took most of it. Acme Pay raised $60m in the half.\n"
        "Beta Health raised $9m in the period."
    )
    assert states_market_figures(synthetic)
    assert parse_deals(synthetic)[0].kind == "other"


def test_a_round_for_the_firms_own_fund_is_a_fund_raise() -> None:
    # "Vida Ventures said on Thursday it had raised $825 million in an oversubscribed funding round for its third fund"
    assert_fund(tuning_deals("hs5-newsbreak-vida-iii"), "Vida Ventures", 825_000_000)
    synthetic = (  # SYNTHETIC
        "Oct 2 (Reuters) - Climate venture firm Northwind Partners said it closed a $310 million funding round "
        "for its second fund from pensions and endowments."
    )
    assert_fund(parse_deals(synthetic), "Northwind Partners", 310_000_000)
    # A company's round from a fund stays a round.
    round_text = "Acme Robotics raised $12 million in a funding round led by Beta Ventures' third fund."  # SYNTHETIC
    assert parse_deals(round_text)[0].kind == "round"


def test_a_named_fund_that_closes_money_is_its_own_manager() -> None:
    # "O OpenAI Startup Fund, um fundo de risco relacionado ... fechou discretamente uma tranche de US$ 15 milhões."
    assert_fund(tuning_deals("hs5-comentatech-openai-startup-fund-spv"), "OpenAI Startup Fund", 15_000_000)
    for synthetic, name in (  # SYNTHETIC
        (
            "El Andes Climate Fund, un fondo ligado a la aceleradora Andes, cerró discretamente US$ 40 millones.",
            "Andes Climate Fund",
        ),
        (
            "The Harbor Bio Fund, a venture vehicle tied to Harbor Labs, quietly closed a $25 million tranche.",
            "Harbor Bio Fund",
        ),
    ):
        assert_fund(parse_deals(synthetic), name)
    # A fund named as an investor in a round is not the raiser.
    round_text = "The Harbor Bio Fund, a venture vehicle, closed a $25 million Series A in Acme Bio."  # SYNTHETIC
    assert named_fund_closes([round_text]) is None


def test_a_corporate_venture_arm_in_an_appositive_is_no_raiser() -> None:
    # "existing investors Baillie Gifford and M12, the venture fund of Microsoft"
    text = "investors Foo and M12, the venture fund of Microsoft."
    assert described_as_investor(text, text.index(","))
    synthetic = (
        "Backers include Delta Partners and Orbit Ventures, the corporate venture arm of Orbit Motors."  # SYNTHETIC
    )
    assert described_as_investor(synthetic, synthetic.index(", the"))
    # A firm described without an owner may be the raiser itself (a fund close): not refused here.
    firm = "Blackbird, a venture capital fund based in the South Pacific, closed a fund."  # SYNTHETIC
    assert not described_as_investor(firm, firm.index(","))


def test_an_indefinite_lede_is_named_by_the_next_sentence() -> None:
    # "An Aussie-led quantum computing startup ... has closed a US$450 million ... Series D raise, ... Founded in 2016
    # and headed up by ... Jeremy O’Brien, PsiQuantum is working on ..."
    deal = tuning_deals("hs5-smartcompany-psiquantum-d")[0]
    assert (deal.company, deal.lead_investors) == ("PsiQuantum", ["BlackRock"])
    synthetic = (  # SYNTHETIC
        "A Melbourne-based battery recycling startup has raised A$12.5 million in a Series A round led by Foo Capital.\n"
        "Based in Clayton and run by chief executive Jane Doe, Ecocell Recycling is building its first plant."
    )
    assert indefinite_lede_company(synthetic) == "Ecocell Recycling"
    assert parse_deals(synthetic)[0].company == "Ecocell Recycling"
    # A next sentence whose subject is a person names no company.
    person = "A Melbourne startup has raised $3 million.\nJane Doe is its founder."  # SYNTHETIC
    assert indefinite_lede_company(person) is None


def test_per_opening_a_clause_is_a_source_not_a_name() -> None:
    # "Per Bitlayer, a major portion of the newly raised funds will go to ..." (per = according to)
    assert tuning_deals("hs5-coinspeaker-bitlayer-a")[0].company == "Bitlayer"
    synthetic = (  # SYNTHETIC
        "Northgate Leads $6M Funding Round for Payments Network Lumora\n\n"
        "Per Lumora, a large share of the newly raised money will go to its settlement engine.\n\n"
        "Asset manager Northgate has backed Lumora Labs, a payments network for small banks.\n\n"
        "According to an announcement by Lumora, it recently raised $6 million in a Series A funding round."
    )
    assert parse_deals(synthetic)[0].company == "Lumora Labs"


def test_the_rounds_own_verb_after_the_lead_clause_ends_the_leads() -> None:
    # "The funding round, spearheaded by Archetype, saw contributions from other prominent entities such as Accomplice
    # and Robot Ventures."
    deal = tuning_deals("hs5-cryptohead-ritual")[0]
    assert deal.lead_investors == ["Archetype"]
    assert {"Accomplice", "Robot Ventures"} <= set(deal.investors)
    for synthetic in (  # SYNTHETIC
        "Lumora raised $9 million. The round, led by Foo Capital, saw participation from Bar Ventures and Baz Labs.",
        "Lumora raised $9 million. The round, led by Foo Capital, included Bar Ventures and Baz Labs.",
        "Lumora raised $9 million. The round, headed by Foo Capital, drew contributions from Bar Ventures and Baz Labs.",
    ):
        assert lead_investors(synthetic) == ["Foo Capital"], synthetic
    # Co-leads named after the verb stay leads.
    assert lead_investors("The round, led by Foo Capital and Qux Partners, saw Bar Ventures join.") == [  # SYNTHETIC
        "Foo Capital",
        "Qux Partners",
    ]


def test_a_list_named_as_the_lead_investors() -> None:
    # "after getting help from Franklin Templeton, ABCDE, and Framework Ventures as the lead investors"
    deal = tuning_deals("hs5-coinspeaker-bitlayer-a")[0]
    assert deal.lead_investors == ["Franklin Templeton", "ABCDE", "Framework Ventures"]
    synthetic = (  # SYNTHETIC
        "Lumora said it raised $7 million in a seed round with Foo Capital, XYZW, and Bar Ventures as the lead "
        "investors. Baz Labs also took part."
    )
    assert lead_investors(synthetic) == ["Foo Capital", "XYZW", "Bar Ventures"]


def test_romance_pre_seed_and_a_million_in_words() -> None:
    # "a réussi récemment à lever un montant d’un million USD en financement de pré-amorçage"
    deal = tuning_deals("hs5-financialafrik-payday-preseed")[0]
    assert (deal.company, deal.amount_usd, deal.round) == ("Payday", 1_000_000, "pre_seed")
    for synthetic, stage in (  # SYNTHETIC
        ("La start-up sénégalaise Wakili a bouclé un tour de pré-amorçage de 800 000 euros.", "pre_seed"),
        ("La fintech chilena Pagora cerró una ronda presemilla de US$ 2 millones.", "pre_seed"),
        ("A healthtech Vitta fechou uma rodada pré-semente de R$ 3 milhões.", "pre_seed"),
        ("La start-up Wakili a levé 2 millions d'euros en amorçage.", "seed"),
    ):
        assert parse_deals(synthetic)[0].round == stage, synthetic
    money = round_amount(
        "La start-up togolaise Kiva Pay va lever un million USD auprès de business angels."
    )  # SYNTHETIC
    assert money is not None and money[0].amount == 1_000_000 and money[0].currency == "USD"


def test_a_raise_told_of_a_role_names_its_company_and_a_buy_target_is_not() -> None:
    # "Jarred Kessler, CEO of EasyKnock, who came down with Covid-19 while raising a $20 million Series B this spring"
    # ... "negotiate a deal to buy Movoto, a residential listings website" (the target of a purchase).
    deal = tuning_deals("hs5-therealdeal-easyknock-b")[0]
    assert (deal.company, deal.amount_usd, deal.round) == ("EasyKnock", 20_000_000, "series_b")
    synthetic = (  # SYNTHETIC
        "How founders kept fundraising through the storm\n\n"
        "“We nearly gave up,” said Maria Lopez, co-founder of Tilecraft, who spent the winter raising a $6 million "
        "Series A from her kitchen.\n\n"
        "Another founder said his efforts to raise money went on while he negotiated a deal to buy Roomly, "
        "a booking app."
    )
    assert role_raise_company(synthetic) == "Tilecraft"
    assert parse_deals(synthetic)[0].company == "Tilecraft"


def test_a_japanese_startup_invested_in_is_the_raiser() -> None:
    # "…のファンドなどが、シリコンバレーのAIチップの新興企業ルミナス・コンピューティングに出資した。"
    assert tuning_deals("hs5-nikkei-luminous-seed")[0].company == "ルミナス・コンピューティング"
    synthetic = "米大手VCなどが、ボストンの量子計算スタートアップのクオンタム・ブリッジに出資した。今回のシリーズAで2000万ドルを調達した。"  # SYNTHETIC
    assert invested_startup(synthetic) == "クオンタム・ブリッジ"
    assert parse_deals(synthetic)[0].company == "クオンタム・ブリッジ"


def test_a_parachain_crowdloan_is_not_a_round() -> None:
    # "over 53,000 participants had contributed 8.5 million DOT ... Acala’s funding strategy is a crowd loan"
    assert tuning_deals("hs5-todayincrypto-acala-crowdloan")[0].kind == "other"
    synthetic = (  # SYNTHETIC
        "Kusama project Lunaris said on Friday that 12,000 holders had locked 310,000 KSM ($95 million) to back it.\n"
        "The tokens were pledged in its crowdloan for a parachain slot and will be returned when the lease ends."
    )
    assert other_reason(synthetic) == "crowdloan"
    assert parse_deals(synthetic)[0].kind == "other"
    # A seed round told before a crowdloan is the round.
    seed = "Lunaris raised $6 million in a seed round led by Foo Capital ahead of its Kusama crowdloan."  # SYNTHETIC
    assert parse_deals(seed)[0].kind == "round"


def test_an_investment_pledged_under_an_mou_is_not_closed() -> None:
    # "‘요즈마 그룹’이 경북 중소기업에 180억원을 투자한다" ... "투자를 위한 업무협약을 체결했다"
    assert tuning_deals("hs5-kbmaeil-yozma-gyeongbuk")[0].kind == "other"
    for synthetic in (  # SYNTHETIC
        "한빛벤처스가 전남 제조기업 두 곳에 120억원을 투자한다.\n전남도는 5일 도청에서 한빛벤처스와 투자 업무협약을 체결했다.",
        "Gulf fund Alnoor will invest $40 million in two Kenyan agritech firms.\n"
        "The fund signed a memorandum of understanding with the county government on Tuesday.",
    ):
        assert other_reason(synthetic) == "not closed", synthetic
    closed = "Acme raised $40 million in a Series B led by Alnoor, which signed an MoU with the county last year."  # SYNTHETIC
    assert parse_deals(closed)[0].kind == "round"


def test_many_investors_money_into_a_field_is_a_market_total() -> None:
    # "Why Legal Tech Investors Are Putting Over $750 Million into AI Tools for Lawyers"
    assert tuning_deals("hs5-zonixai-legal-ai-750m")[0].kind == "other"
    for synthetic in (  # SYNTHETIC
        "Why Climate Investors Are Pouring $2 Billion into Grid Software\nUtilities are changing fast.",
        "Venture capital firms have funneled more than $400 million into robotics for warehouses since 2022.",
    ):
        assert other_reason(synthetic) == "market total", synthetic
        assert parse_deals(synthetic)[0].kind == "other", synthetic
    # Investors putting money into one named company is that company's round.
    one = "Investors are putting $50 million into Lumora, the payments startup said on Monday."  # SYNTHETIC
    assert other_reason(one) is None


def test_a_round_story_that_mentions_funds_stays_a_round() -> None:
    # "from two separate a16z funds: the firm’s $600 million debut games vehicle and its $4.5 billion crypto fund"
    # ("debut" is the adjective here, not the verb of "Acme debuts a $100M fund").
    deal = tuning_deals("hs5-channelnewsbox-plai-seed")[0]
    assert (deal.kind, deal.lead_investors) == ("round", ["Andreessen Horowitz"])
    # "Plus a pair of venture capital firms close their second funds": a digest's subheading over a round.
    assert tuning_deals("hs5-heatmap-redwood-e")[0].kind == "round"
    for synthetic in (  # SYNTHETIC
        "Lumora raised $12 million in a seed round led by Foo Capital.\n"
        "The money comes from the firm’s $300 million debut growth vehicle and its $1 billion flagship fund.",
        "Funding Friday: Robots Everywhere\nPlus three venture firms close their new funds.\n"
        "Robotics maker Gripper just closed a $90 million Series C round led by Bar Partners.",
    ):
        assert parse_deals(synthetic)[0].kind == "round", synthetic
    debut = "Acme Ventures debuts a $100 million fund for climate startups."  # SYNTHETIC
    assert parse_deals(debut)[0].kind == "fund"


def test_a_headline_launch_the_body_defines_as_a_fund() -> None:
    # "Project Europe Launches to Boost Startups" ... "Harry Stebbings of 20VC announced the launch of “Project
    # Europe,” a €10 million fund aimed at supporting the next generation of young entrepreneurs."
    assert_fund(tuning_deals("hs5-selfemployed-project-europe"), "20VC", 11_299_435)
    synthetic = (  # SYNTHETIC
        "Nordic Builders Launches to Back Student Founders\n\n"
        "A group of Nordic founders wants to help students start companies. "
        "On Monday, investor Anna Berg of Fjord Ventures announced the launch of “Nordic Builders,” a €25 million "
        "fund for first-time founders."
    )
    assert headline_fund_launch(synthetic) == "Fjord Ventures"
    assert_fund(parse_deals(synthetic), "Fjord Ventures")
    # A headline that launches a product the body does not call a fund is no fund.
    product = "Acme Launches Its New App\n\nAcme, which raised $5 million in a seed round, launched Acme Go today."
    assert headline_fund_launch(product) is None  # SYNTHETIC


def test_an_opening_about_the_new_fund_named_later_with_its_owner() -> None:
    # "... but the new fund will “play a pivotal role ...”" then "With the new a16z fund, named “Games Fund One” ..."
    assert_fund(tuning_deals("hs5-cryptohotnews-a16z-games-fund"), "a16z")
    synthetic = (  # SYNTHETIC
        "The firm has backed health startups for years, but the new fund will focus on clinics, a partner said.\n"
        "Under the new Kestrel fund, called “Care Fund Two”, the team will write first cheques of up to $2 million."
    )
    assert owner_of_new_fund(synthetic, [synthetic.split("\n")[0]]) == "Kestrel"
    assert_fund(parse_deals(synthetic), "Kestrel")
    # A round story that mentions the new fund of an investor later is still the round.
    round_text = (  # SYNTHETIC
        "Lumora raised $8 million in a seed round led by Kestrel.\n"
        "The cheque came from the new Kestrel fund, called “Care Fund Two”."
    )
    assert parse_deals(round_text)[0].kind == "round"


def test_an_amount_the_next_sentence_ties_to_its_raiser() -> None:
    # "A $32 million seed round may seem like a throwback ... But that’s how much PLAI Labs just raised ..."
    deal = tuning_deals("hs5-channelnewsbox-plai-seed")[0]
    assert (deal.amount_usd, deal.round) == (32_000_000, "seed")
    synthetic = (  # SYNTHETIC
        "A $75 million Series B sounds big for a two-year-old company. That is exactly how much Lumora has raised, "
        "in a deal led by Foo Capital.\nBack in 2022, its rival Orbix managed to snag $200 million in funding."
    )
    money = round_amount(synthetic)
    assert money is not None and money[0].amount == 75_000_000


def test_a_fund_size_in_mm_is_a_fund_amount() -> None:
    # "the (relatively) easy time Polaris is having closing its current $900mm fund" ("mm": VC shorthand for million)
    deal = tuning_deals("hs5-kedrosky-polaris-fund")[0]
    assert (deal.kind, deal.amount_usd) == ("fund", 900_000_000)
    synthetic = (
        "Harbor Peak closes its current $250mm fund for seed-stage founders\nThe firm said LPs were eager."  # SYNTHETIC
    )
    assert_fund(parse_deals(synthetic), "Harbor Peak", 250_000_000)


def test_an_angel_investor_is_not_an_angel_round() -> None:
    # "天使投资人雷军投资的APP开发团队小米科技最新融资3500万美元"
    assert tuning_deals("hs5-gongming-xiaomi-2010")[0].round is None
    synthetic = "据悉,知名天使投资人张三投资的机器人公司星火科技完成2000万美元融资,投资方为某资本。"  # SYNTHETIC
    assert seed_only_as_angel_investor(synthetic)
    assert parse_deals(synthetic)[0].round is None
    angel_round = "星火科技完成2000万元天使轮融资,由某资本领投。"  # SYNTHETIC
    assert parse_deals(angel_round)[0].round == "seed"


def test_a_digest_lead_in_that_closes_a_named_fund() -> None:
    # "Sofinnova Partners closes Capital XI: The Paris-based venture capital firm announced the final close of its
    # "Capital XI" fund at €650 million ($750M)." (item 2 of a weekly brief whose item 1 is regulatory news)
    assert_fund(tuning_deals("hs5-nelsonadvisors-sofinnova-xi"), "Sofinnova Partners", 750_000_000)
    synthetic = (  # SYNTHETIC
        "This Week in Nordic Climate Tech: 3rd March 2026\n\n"
        "1. Policy: The grid levy vote\nThe parliament delayed its vote on the new levy.\n\n"
        "2. Investment\nNorthwind Partners closes Fund IV: The Oslo-based firm announced the final close of its fourth "
        "fund at €300 million."
    )
    assert digest_fund_lead_in(synthetic) == "Northwind Partners"
    assert_fund(parse_deals(synthetic), "Northwind Partners")
    # A digest that told a company's round first leads with that round.
    rounds_first = synthetic.replace(  # SYNTHETIC
        "The parliament delayed its vote on the new levy.", "Gridly raised $12 million in a Series A round."
    )
    assert digest_fund_lead_in(rounds_first) is None


def test_a_round_of_equity_and_a_loan_names_no_stage() -> None:
    # "closed a €2.1M round combining a €1.4M oversubscribed seed from family offices ... and an ENISA participative loan"
    assert tuning_deals("hs5-disruptinghealthcare-hla-seed")[0].round is None
    synthetic = (  # SYNTHETIC
        "Lisbon-based Tidal Health closed a €3.5M round consisting of a €2M Series A from Foo Ventures and a €1.5M "
        "venture debt facility."
    )
    assert parse_deals(synthetic)[0].round is None
    seed = "Lisbon-based Tidal Health closed a €2M seed round led by Foo Ventures."  # SYNTHETIC
    assert parse_deals(seed)[0].round == "seed"


def test_a_lead_of_another_stage_is_history() -> None:
    # "has raised $81 million in a Series B funding round" ... "SoftBank led the startup’s Series A round"
    deal = tuning_deals("hs5-metro-bearrobotics-b")[0]
    assert (deal.round, deal.lead_investors) == ("series_b", [])
    synthetic = (  # SYNTHETIC
        "Kestrel Robotics has raised $40 million in a Series C round with investors including Foo Capital.\n"
        "Bar Ventures led the company’s Series B round."
    )
    assert this_rounds_leads(synthetic, ["Bar Ventures"], "series_c") == []
    assert this_rounds_leads(synthetic, ["Bar Ventures"], "series_b") == ["Bar Ventures"]
    same = "Kestrel Robotics raised $40 million. Bar Ventures led the Series C round."  # SYNTHETIC
    assert parse_deals(same)[0].lead_investors == ["Bar Ventures"]
