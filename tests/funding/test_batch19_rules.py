"""Rules added for issue 13 from tuning_batch19 (branch fund26; first score on its 29 texts: mean 0.771, lead F1
0.560, extra deals 0.412), each checked on the real tuning text that showed the miss (PROVENANCE.md cites each page)
and on one-line inputs marked SYNTHETIC, made up to pin the class of language, not a name.
"""

from __future__ import annotations

from talentintel.funding import parse_deals
from talentintel.funding.cjk_restated import usd_restated
from talentintel.funding.dateline import without_dateline
from talentintel.funding.investor_lists import lead_investors
from talentintel.funding.investors import normalize_investor
from talentintel.funding.kind import other_reason
from talentintel.funding.lead_runs_company import runs_company
from talentintel.funding.money import round_amount
from talentintel.funding.round_hindi import hindi_stage
from talentintel.funding.round_mixed import two_stages
from talentintel.funding.rounds import classify_round
from talentintel.funding.segment_items import bullet_subject, item_raise
from talentintel.funding.text_repairs import repair_bullets
from tests.funding.tuning_texts import tuning_deals


def _slugs(names: list[str]) -> set[str]:
    return {normalize_investor(n)[0] for n in names}


def _pairs(item_id: str) -> list[tuple[str | None, float | None]]:
    return [(d.company, d.amount_usd) for d in tuning_deals(item_id)]


def test_roundup_items_told_with_announced_or_brought_in_are_deals_of_their_own() -> None:
    # A bulleted roundup: "4Paradigm said it brought in $230 million", "XiaoduoAI ... announced a $28 million Series C",
    # "Biobot Analytics ... announced $6.7 million in funding" stayed in the part before them; Intellifusion read as
    # $28 million with XiaoduoAI's Series C.
    deals = tuning_deals("b19-morningbrew-china-ai-april")
    assert [(d.company, d.amount_usd) for d in deals] == [
        ("MiningLamp Technology", 300e6),
        ("4Paradigm", 230e6),
        ("Intellifusion", 141e6),
        ("XiaoduoAI", 28e6),
        ("54gene", 15e6),
        ("Biobot Analytics", 6.7e6),
        ("Amperon", 2e6),
    ]
    assert deals[2].round is None and deals[3].round == "series_c"
    # SYNTHETIC
    text = "• Orbly said it brought in $40 million.\n• Kitewave, which builds drones, announced a $12 million Series A."
    assert [(d.company, d.amount_usd, d.round) for d in parse_deals(text)] == [
        ("Orbly", 40e6, None),
        ("Kitewave", 12e6, "series_a"),
    ]
    # "- London-based Centauri Therapeutics unveiled a £24 million Series A round" (medcity-roundup-2022-02).
    assert "Centauri Therapeutics" in [d.company for d in tuning_deals("medcity-roundup-2022-02")]
    assert item_raise("Nimbus unveiled a $9 million seed round on Monday.")  # SYNTHETIC
    # SYNTHETIC: "announced" with an amount that no round word follows is not a raise
    assert item_raise("Orbly announced a $1 billion fund for climate startups.") is None
    assert item_raise("Orbly announced revenue of $15 million.") is None
    assert item_raise("Orbly announced $6.7 million in funding.") is not None


def test_a_us_dollar_restatement_two_words_on_wins() -> None:
    # "46 milhões de euros (50,5 milhões de dólares)" gave the euro figure at the table rate ($52.5M).
    assert tuning_deals("b19-publico-pt-definedcrowd-b")[0].amount_usd == 50.5e6
    found = round_amount("Orbly recaudó 20 millones de euros (21,6 millones de dólares) en una serie A.")  # SYNTHETIC
    assert found is not None and found[1] is not None and found[1].amount == 21.6e6


def test_ai_words_of_the_press_in_other_languages_tag_the_sector() -> None:
    # "startups de Inteligência Artificial" (Portuguese) was not read as AI.
    assert tuning_deals("b19-publico-pt-definedcrowd-b")[0].sector == ["ai"]
    deal = parse_deals("La start-up Orbly, spécialisée en intelligence artificielle, lève 5 millions d'euros.")[0]
    assert deal.sector == ["ai"]  # SYNTHETIC


def test_a_raise_in_progress_is_not_a_round() -> None:
    # Headline "Mercurity Fintech raising $800 million to fund bitcoin treasury", body "announced it’s raising".
    assert tuning_deals("b19-sherwood-mercurity-raising")[0].kind == "other"
    assert other_reason("Orbly Labs raising $50 million at a $1 billion valuation") == "not closed"  # SYNTHETIC
    assert other_reason("Orbly said it’s raising $50 million from new investors.") == "not closed"  # SYNTHETIC
    assert other_reason("Orbly raised $50 million after raising $10 million last year.") is None  # SYNTHETIC


def test_with_x_and_y_co_leading_names_both_leads() -> None:
    # "Cure Ventures led the seed round, with The Column Group and AN Venture Partners co-leading Series A".
    deal = tuning_deals("b19-newzbits-tortugas-skyfire")[0]
    assert _slugs(deal.lead_investors) == {"cure-ventures", "column-group", "an-venture-partners"}
    text = "Orbly raised $9M, with Kite Ventures and Acme Capital co-leading the round."  # SYNTHETIC
    assert _slugs(lead_investors(text)) == {"kite-ventures", "acme-capital"}


def test_a_mis_decoded_bullet_is_a_bullet() -> None:
    # "β’Cure Ventures led the seed round" gave the lead "β’Cure Ventures".
    assert "cure-ventures" in _slugs(tuning_deals("b19-newzbits-tortugas-skyfire")[0].lead_investors)
    assert repair_bullets("Deals\nβ’Orbly raised $5M.\nâ€¢ Kite raised $2M.") == (  # SYNTHETIC
        "Deals\n• Orbly raised $5M.\n• Kite raised $2M."
    )


def test_one_amount_for_two_stages_is_no_stage() -> None:
    # "$106 million in combined seed and Series A funding" read as a seed.
    assert tuning_deals("b19-newzbits-tortugas-skyfire")[0].round is None
    text = "Orbly raised $30 million in combined seed and Series A funding."  # SYNTHETIC
    assert two_stages(text, None) and classify_round(text) is None
    assert not two_stages("Orbly raised $30 million in a seed round and plans a Series A.", None)  # SYNTHETIC


def test_a_headline_company_told_in_the_body_leaves_the_next_raise_a_deal_of_its_own() -> None:
    # "Funding Roundup: Binance Labs invests in BIO Protocol" ... "And finally, the Pharos layer-1 closed an $8 million
    # seed round, with Lightspeed Faction and Hack VC leading the charge": Pharos's amount and leads went to BIO.
    deals = tuning_deals("b15-blockworkscom-bio-pharos")
    assert deals[0].company == "BIO Protocol" and deals[0].amount_usd is None
    assert ("Pharos", 8e6) in [(d.company, d.amount_usd) for d in deals[1:]]
    text = (  # SYNTHETIC
        "Weekly wrap: Kite Labs backs Orbly\nKite Labs invested in Orbly this week, it said.\n"
        "Elsewhere, the Nimbus protocol closed a $4 million seed round led by Acme Capital."
    )
    deals = parse_deals(text)
    assert deals[0].company == "Orbly" and deals[0].amount_usd is None
    assert [(d.company, d.amount_usd) for d in deals[1:]] == [("Nimbus", 4e6)]


def test_a_lead_list_stops_at_and_also_participated() -> None:
    # "jointly led by ..., 5Y Capital and Bohai Sheng (Hubei) Industrial Fund Management and also participated in by
    # nine institutions" gave the lead "... Fund Management and".
    assert _slugs(tuning_deals("b19-macedon-moorethreads-a")[0].lead_investors) == {
        "shanghai-guosheng-group",
        "5y-capital",
        "bohai-sheng-industrial-fund-management",
    }
    text = "The round was led by Kite Ventures and Acme Capital and also participated in by Orbly Fund."  # SYNTHETIC
    assert _slugs(lead_investors(text)) == {"kite-ventures", "acme-capital"}


def test_from_one_investor_and_others_is_no_sole_investor() -> None:
    # Headline "Symphony raises $100 mn from Google, others" made Google the lead.
    assert tuning_deals("b19-domainb-symphony-100m")[0].lead_investors == []
    assert lead_investors("Orbly raises $10M from Kite Ventures, others") == []  # SYNTHETIC
    assert _slugs(lead_investors("Orbly raises $10M from Kite Ventures.")) == {"kite-ventures"}  # SYNTHETIC


def test_who_runs_a_company_after_its_founding_is_no_lead() -> None:
    # "La société, fondée en 2014 et dirigée par Richard Barlow, ..." gave the lead Richard Barlow.
    assert tuning_deals("b19-benzinga-fr-wejo")[0].lead_investors == []
    assert runs_company("The company, founded in 2019 and ")  # SYNTHETIC
    text = "Orbly, founded in 2019 and led by Jane Doe, raised $4M from Kite Ventures and Acme Capital."  # SYNTHETIC
    assert lead_investors(text) == []
    text = "Orbly lève 4 millions d'euros dans une levée dirigée par Kite Ventures."  # SYNTHETIC
    assert _slugs(lead_investors(text)) == {"kite-ventures"}


def test_the_name_before_its_kind_names_the_raiser() -> None:
    # "And finally, the Pharos layer-1 closed an $8 million seed round".
    assert "Pharos" in [d.company for d in tuning_deals("b15-blockworkscom-bio-pharos")]
    assert parse_deals("This week the Nimbus protocol raised $3 million.")[0].company == "Nimbus"  # SYNTHETIC


def test_another_company_s_raise_and_an_investor_s_vehicle_are_not_the_amount() -> None:
    # "In April, another China-based firm, SenseTime, announced that it had raised $600 million through its own
    # series-C" gave Yitu $600 million and a Series C; "through its $10 billion venture arm" gave BIO Protocol $10B.
    assert tuning_deals("b19-mobileidworld-yitu")[0].amount_usd == 100e6
    assert tuning_deals("b19-mobileidworld-yitu")[0].round is None
    text = (  # SYNTHETIC
        "Orbly has raised $12 million from Kite Ventures. Last month another Berlin-based startup, Nimbus, said it had "
        "raised $90 million in its Series B."
    )
    assert parse_deals(text)[0].amount_usd == 12e6
    deal = parse_deals("Kite Capital invested in Orbly through its $2 billion venture arm.")[0]  # SYNTHETIC
    assert deal.amount_usd is None


def test_portuguese_rounds_their_leads_and_their_amounts() -> None:
    # "A Scale AI captou US$ 1 bilhão em rodada liderada pela Accel e com a participação de Nvidia, ..." then "a H, ...,
    # anunciou uma rodada seed de US$ 220 milhões": "captou" and "anunciou uma rodada" were no raises (H's seed went to
    # Scale AI), "Accel e" no lead, and H's part took the later "US$ 10 milhões" typical-cheque figure.
    deals = tuning_deals("b19-grandesobras-pt-scale-h")
    assert [(d.company, d.amount_usd, d.round) for d in deals] == [("Scale AI", 1e9, None), ("H", 220e6, "seed")]
    assert _slugs(deals[0].lead_investors) == {"accel"}
    text = (
        "A Orbly captou US$ 5 milhões em rodada liderada pela Kite Ventures e com a participação de Acme."  # SYNTHETIC
    )
    assert _slugs(lead_investors(text)) == {"kite-ventures"}
    assert item_raise("A Nimbus anunciou uma rodada série A de US$ 12 milhões.")  # SYNTHETIC
    found = round_amount("A Nimbus anunciou uma rodada seed de US$ 12 milhões; o cheque médio é de US$ 2 milhões.")
    assert found is not None and found[0].amount == 12e6  # SYNTHETIC


def test_money_a_fund_has_already_raised_is_its_size_so_far() -> None:
    # "launching a new $100 million crypto fund ... has already raised $30 million of the total fund" gave $100 million.
    head = tuning_deals("b19-nftgators-prodigital-fund")[0]
    assert head.kind == "fund" and head.amount_usd == 30e6
    deal = parse_deals("Kite Capital launches a $200 million AI fund. The fund has already raised $80 million.")[0]
    assert deal.kind == "fund" and deal.amount_usd == 80e6  # SYNTHETIC


def test_a_wire_dateline_is_no_company() -> None:
    # "New Delhi, March 29 (IANS) The domestic startup ecosystem secured ..." gave smallcase's $50 million Series D to
    # the company "New Delhi".
    deals = tuning_deals("newsstreetlive-india-week")
    assert ("smallcase", 50e6) in [(d.company, d.amount_usd) for d in deals]
    assert "New Delhi" not in [d.company for d in deals]
    assert without_dateline("LONDON, 12 June 2023 (GLOBE NEWSWIRE) -- Orbly raised $5M.") == "Orbly raised $5M."
    text = (  # SYNTHETIC: a press release's dateline before "X, a ..., today announced"
        "Orbly Raises $12 Million Series A\n"
        "SAN FRANCISCO, March 5, 2024 /PRNewswire/ -- Orbly, a maker of payment software, today announced it has "
        "closed a $12 million Series A led by Kite Ventures."
    )
    deal = parse_deals(text)[0]
    assert (deal.company, deal.amount_usd, deal.round) == ("Orbly", 12e6, "series_a")
    assert _slugs(deal.lead_investors) == {"kite-ventures"}
    assert deal.announced_on is not None and deal.announced_on.isoformat() == "2024-03-05"


def test_a_bulleted_item_opens_on_its_company_s_name() -> None:
    # "• Sport Ngin, Minneapolis, Mn.-based company that helps sports organizations ..., has raised $25M in Series D"
    # stayed in the fund item before it (its city description is no "a/an/the" appositive).
    assert ("Sport Ngin", 25e6) in [(d.company, d.amount_usd) for d in tuning_deals("jtam-weekly-2014-06-30")]
    assert (
        bullet_subject("• Orbly, Austin, Texas-based maker of drones, has raised $7M in a seed round.") == "Orbly"
    )  # SYNTHETIC
    assert bullet_subject("Orbly, Austin-based maker of drones, has raised $7M.") is None  # SYNTHETIC: no bullet


def test_a_newsletter_paragraph_item_opens_on_its_company_s_name() -> None:
    # "Round, a London-based company offering an AI-driven treasury ..., has raised $5m in seed funding": the name reads
    # as a round word, so Qoro Quantum's item before it took the $5m and its seed.
    deals = tuning_deals("b19-joyceshen-ai-deals-0420")
    assert ("Round", 5e6) in [(d.company, d.amount_usd) for d in deals]
    assert ("Qoro Quantum", None) in [(d.company, d.amount_usd) for d in deals]
    text = "Seed, a Lisbon-based maker of farm sensors, has raised $2m in pre-seed funding."  # SYNTHETIC
    assert bullet_subject(text) == "Seed"


def test_a_cjk_headline_figure_restating_a_us_dollar_amount_gives_way_to_it() -> None:
    # "摩拜單車再獲創紀錄47億融資" over "完成超過6億美元(約46.8億港元)新一輪融資"; "12億円" over "1000万ドル(約12億円)".
    assert tuning_deals("b17-hkcd-mobike-tencent")[0].amount_usd == 600e6
    assert tuning_deals("b17-mediabox-smartnews-bridge")[0].amount_usd == 10e6
    assert usd_restated("奥布莉完成3億美元(約23.4億港元)融資", 2.34e9) == 3e8  # SYNTHETIC
    assert (
        usd_restated("오브리가 9억 3500만 달러(약 9350억원)를 조달했다", 9.35e11) is None
    )  # SYNTHETIC: a compound figure


def test_a_stage_written_in_hindi_is_the_round() -> None:
    # "कू ने सीरीज बी फंडिंग में 30 मिलियन डॉलर जुटाए हैं" (Koo raised $30 million in Series B funding) had no round.
    assert tuning_deals("b19-thedailyvoice-hi-koo")[0].round == "series_b"
    assert hindi_stage("ओर्बली ने सीड राउंड में 20 लाख डॉलर जुटाए") == "seed"  # SYNTHETIC
    assert hindi_stage("ओर्बली ने प्री-सीरीज ए राउंड में निवेश जुटाया") is None  # SYNTHETIC: pre-Series A is no stage


def test_a_period_share_of_venture_money_in_portuguese_or_spanish_is_a_market_total() -> None:
    # "Startups de inteligência artificial capturaram 57,9% ... dos investimentos globais em capital de risco no primeiro
    # trimestre de 2025" read as OpenAI's round.
    assert tuning_deals("b19-yellow-pt-q1-2025-totals")[0].kind == "other"
    text = (  # SYNTHETIC
        "Las startups de robótica recaudaron el 12% del capital de riesgo de la región en el primer trimestre de 2024."
    )
    assert parse_deals(text)[0].kind == "other"


def test_clinched_is_a_raise_verb() -> None:
    # "Dream Games clinched a $255 million deal, casual gaming startup Spyke Games raised $55 million ..." had no
    # Dream Games deal.
    assert ("Dream Games", 255e6) in [(d.company, d.amount_usd) for d in tuning_deals("dailysabah-gaming-2022")]
    deal = parse_deals("Orbly clinched a $12 million Series A led by Kite Ventures.")[0]  # SYNTHETIC
    assert (deal.company, deal.amount_usd, deal.round) == ("Orbly", 12e6, "series_a")
