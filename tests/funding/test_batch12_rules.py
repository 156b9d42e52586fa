"""Lead, amount and round rules added for issue 13 from tuning_batch12 (branch fund12), each checked on the real
tuning text that showed the miss (PROVENANCE.md cites each page). One-line inputs marked SYNTHETIC are made up to pin
one rule of grammar, not a name.
"""

from __future__ import annotations

from talentintel.funding import normalize_investor, parse_deals
from talentintel.funding.investor_lists import lead_investors
from talentintel.funding.money import round_amount
from tests.funding.tuning_texts import tuning_deals


def _slugs(names: list[str]) -> set[str]:
    return {normalize_investor(n)[0] for n in names}


def test_lead_role_noun_then_separator_or_copula() -> None:
    # "| Lead investor | Keith Rabois |" (a fact table); Italian "Il lead investor, con tre milioni ..., è Cdp ...".
    assert _slugs(tuning_deals("thenextgen-spellbook-b")[0].lead_investors) == {"keith-rabois"}
    assert _slugs(tuning_deals("aifi-startupitalia-73m")[0].lead_investors) == {"cdp-venture-capital-sgr"}
    assert _slugs(lead_investors("Lead investors: Acme Ventures and Beta Capital.")) == {  # SYNTHETIC
        "acme-ventures",
        "beta-capital",
    }
    assert lead_investors("The lead investor is expected to join the board.") == []  # SYNTHETIC


def test_german_passive_with_an_appositive_before_the_participle() -> None:
    # "Die Finanzierungsrunde wurde von Prima Materia, der Beteiligungsfirma des Spotify-Gründers Daniel Ek, angeführt."
    assert _slugs(tuning_deals("begleiter-helsing-d")[0].lead_investors) == {"prima-materia"}
    synthetic = "Die Runde wurde von Acme Capital, dem Fonds eines Versicherers, angeführt."  # SYNTHETIC
    assert _slugs(lead_investors(synthetic)) == {"acme-capital"}


def test_a_funds_own_we_names_the_fund() -> None:
    # "Lux announced big news today: we are leading a $30 million founding seed round into Sakana AI".
    assert _slugs(tuning_deals("b12-luxcapital-sakana-seed")[0].lead_investors) == {"lux-capital"}
    # "We led the round and I'm joining the board. [...] At Foundry Group, we've experimented ..."
    assert _slugs(tuning_deals("b12-feld-psl")[0].lead_investors) == {"foundry-group"}
    synthetic = "We led the seed round of Foo. At Acme Ventures, we back founders early."  # SYNTHETIC
    assert _slugs(lead_investors(synthetic)) == {"acme-ventures"}


def test_buyer_of_a_stake_invests() -> None:
    # "Elcid Investments is reportedly picking up a 0.039% stake in quick commerce startup Zepto for INR 7.5 Cr."
    assert _slugs(tuning_deals("b12-htsyndication-zepto-elcid")[0].lead_investors) == {"elcid-investments"}
    synthetic = "Acme Capital has acquired a minority stake in Foo for $5 million."  # SYNTHETIC
    assert _slugs(lead_investors(synthetic)) == {"acme-capital"}


def test_the_vc_firm_points_back_to_the_firm_named_before() -> None:
    # "a16z Crypto also announced its latest investment. The VC firm led a £34.25 million (...) Series A".
    assert _slugs(tuning_deals("bigscoots-gensyn")[0].lead_investors) == {"a16z-crypto"}
    synthetic = "Foo raised $4 million. Acme Ventures announced the deal. The firm led the round."  # SYNTHETIC
    assert _slugs(lead_investors(synthetic)) == {"acme-ventures"}


def test_owner_possessive_only_for_a_known_owner() -> None:
    # "raised 2.6 million USD in a Pre-Series A funding round led by Monk's Hill Ventures": one name, not Monk's fund.
    assert _slugs(tuning_deals("b12-vnnewswire-coderschool")[0].lead_investors) == {"monk-hill-ventures"}
    assert _slugs(lead_investors("The round was led by Sam's Corner Capital.")) == {"sam-corner-capital"}  # SYNTHETIC


def test_a_sentence_about_another_round_gives_no_lead() -> None:
    # "Earlier, English learning app ELSA ... at the Series B round co-led by ..."; "EigenLabs has since also raised
    # an A led by our friends at Blockchain Capital".
    assert _slugs(tuning_deals("b12-bunin-eigenlabs-seed")[0].lead_investors) == {"polychain-capital", "ethereal"}
    text = "Foo raised $3M led by Acme Ventures. Earlier, Bar raised $9M in a round led by Beta Capital."  # SYNTHETIC
    assert _slugs(lead_investors(text)) == {"acme-ventures"}


def test_sole_investor_described_before_its_name() -> None:
    # "has raised $56.7 million in funding from the Indian two-wheeler vehicle maker Hero Motocorp as the latter looks".
    assert _slugs(tuning_deals("b12-strictlyvc-ather")[0].lead_investors) == {"hero-motocorp"}
    synthetic = "Foo has raised $8 million from the Swiss bank Acme Bank as the latter expands in Asia."  # SYNTHETIC
    assert _slugs(lead_investors(synthetic)) == {"acme-bank"}


def _amount(text: str) -> float | None:
    found = round_amount(text)
    return found[0].amount if found else None


def test_local_restatement_after_a_conversion_note_keeps_the_dollars() -> None:
    # "levantou pelo menos US$ 600 milhões (na cotação atual, 2,2 bilhões de reais) em rodada de financiamento"
    assert tuning_deals("b12-exame-meicai")[0].amount_usd == 600_000_000
    synthetic = "Foo raised $40 million (at current rates, Rs 330 crore) in a Series B round."  # SYNTHETIC
    assert _amount(synthetic) == 40_000_000


def test_market_totals_are_not_a_round() -> None:
    # "start-ups saw fund raising of $85.4 million across a total of 17 deals"; "Indian fintech startups raised US$436
    # million in the July-September period" ... "the US$50 million raised by Credgenics".
    assert tuning_deals("b12-indiainfoline-week-jul14")[0].amount_usd == 25_000_000
    # kapronasia opens on its period total, so deal 1 is `other` (relabeled in session 25 by the market-total rule,
    # PROVENANCE.md): what must hold is that the total is never any deal's round amount.
    kapronasia = tuning_deals("kapronasia-credgenics-q3")
    assert kapronasia[0].kind == "other"
    assert all(d.amount_usd != 436_000_000 for d in kapronasia)
    synthetic = "Fintech startups raised $900 million this quarter. Foo raised $12 million in a Series A."  # SYNTHETIC
    assert _amount(synthetic) == 12_000_000
    assert (
        _amount("Funding rose to $300 million across 41 deals, while Foo raised $9 million.") == 9_000_000
    )  # SYNTHETIC


def test_parts_and_one_investors_share_are_not_the_round() -> None:
    # "raised $30 million from Goldman Sachs, including a $23.75 million equity investment and $6.25 million in debt"
    assert tuning_deals("b12-smmrized-twiga")[0].amount_usd == 30_000_000
    # "Wang Xing led the investment infusing USD 300 million" ... "a Series C round of funding ..., grabbing USD 530 million"
    assert tuning_deals("b12-equalocean-lixiang-c")[0].amount_usd == 530_000_000
    synthetic = "Foo raised $50 million, including a $10 million tranche from Acme."  # SYNTHETIC
    assert _amount(synthetic) == 50_000_000


def test_background_clause_and_a_dated_earlier_month() -> None:
    # "the fintech — which announced a $110 million investment last October, received over $10 million from Visa"
    assert tuning_deals("b12-afn-moniepoint-visa")[0].amount_usd == 10_000_000
    synthetic = "Foo, which raised a $20 million Series A last March, has secured $35 million."  # SYNTHETIC
    assert _amount(synthetic) == 35_000_000


def test_valuation_verb_and_stake_price() -> None:
    # "picking up a 0.039% stake in ... Zepto for INR 7.5 Cr. ... the investment will likely value the company at $2.22 Bn"
    assert round(tuning_deals("b12-htsyndication-zepto-elcid")[0].amount_usd or 0) == 860_426  # ECB 2025 INR 87.17
    assert _amount("The deal would value the company at $2 billion; Foo raised $80 million.") == 80_000_000  # SYNTHETIC


def test_running_total_in_known_funding_to_date() -> None:
    # "has raised $67.1 million in known venture funding to date"
    assert _amount("Foo has raised $67.1 million in known venture funding to date.") is None  # SYNTHETIC


def test_this_round_after_a_reporting_verb_continues_the_deal() -> None:
    # "彭博社稱,本輪融資由阿里巴巴集團領投" and "특히, 이번 시리즈C 투자 유치에는 ...": the same deal, not a new one.
    assert tuning_deals("jizihe-sensetime")[0].lead_investors == ["阿里巴巴集團"]
    assert tuning_deals("eccoshoes-wadiz-c")[0].lead_investors == ["네오플럭스"]
    synthetic = "甲公司宣布完成1亿元B轮融资。据悉,本轮融资由乙资本领投。"  # SYNTHETIC
    deals = parse_deals(synthetic)
    assert len(deals) == 1 and deals[0].lead_investors == ["乙资本"]


def test_cjk_leads_as_object_sole_investor_and_subject() -> None:
    # "并獲得阿里巴巴集團、富士康和IDG資本的聯合領投支持"
    assert tuning_deals("surfing-xpeng-b")[0].lead_investors == ["阿里巴巴集團", "富士康", "IDG資本"]
    # "宣布獲軟銀中國10億美元投資"
    assert tuning_deals("ifuun-sensetime-softbank")[0].lead_investors == ["軟銀中國"]
    # "우아한형제들이 미국의 로봇 기업인 베어로보틱스(Bear Robotics, Inc.)에 200만 달러(...)를 투자했다"
    assert tuning_deals("platum-bearrobotics-seed")[0].lead_investors == ["우아한형제들"]
    # "전문 벤처 캐피털 '센트럴투자파트너스'로부터 5억원을 투자받았다" after a headline's "전문 벤처로부터"
    assert tuning_deals("cstimes-afreeca-freecs")[0].lead_investors == ["센트럴투자파트너스"]
    assert parse_deals("甲公司完成1亿元B轮融资,并获得乙资本和丙创投的联合领投。")[0].lead_investors == [
        "乙资本",
        "丙创投",
    ]  # SYNTHETIC


def test_romance_participle_list_leads_and_fund_of_a_person() -> None:
    # "avec le Founders Fund de Peter Thiel, Pantera Capital et Framework Ventures codirigeant l'investissement"
    assert _slugs(tuning_deals("binsqfr-sentient")[0].lead_investors) == {
        "founders-fund",
        "pantera-capital",
        "framework-ventures",
    }
    synthetic = "Foo lève 5 millions d'euros, avec Acme Capital et Beta Ventures codirigeant le tour."  # SYNTHETIC
    assert _slugs(lead_investors(synthetic)) == {"acme-capital", "beta-ventures"}
    # a place after "of" stays: "Investment Group of Santa Barbara" (fh-1079)
    assert _slugs(tuning_deals("fh-1079")[0].lead_investors) == {"investment-group-of-santa-barbara"}


def test_a_countrys_possessive_describes_the_investor() -> None:
    # "$40M round led by China's Transsion"
    assert _slugs(tuning_deals("venturename-palmpay-40m")[0].lead_investors) == {"transsion"}
    assert _slugs(lead_investors("Foo raised $3M in a round led by Japan's Acme.")) == {"acme"}  # SYNTHETIC


def test_romance_earlier_round_markers() -> None:
    # "tras conseguir el año pasado una Serie C ..., en aquella ocasión liderada por Seaya Ventures, ..."
    assert tuning_deals("diariocordoba-glovo-150m")[0].lead_investors == []
    synthetic = "Foo capta 10 millones. El año pasado cerró una ronda liderada por Acme Ventures."  # SYNTHETIC
    assert lead_investors(synthetic) == []


def test_pinyin_annotations_and_latin_names_in_cjk() -> None:
    # "領(lǐng)投方為專注于機器人賽道的投資基金Robostrategy"; "Bedford Ridge Capitalが主導したこのラウンド"
    assert tuning_deals("xbjpep-dyna-a")[0].lead_investors == ["Robostrategy"]
    assert _slugs(tuning_deals("israelkeizai-quantum-art-a")[0].lead_investors) == {"bedford-ridge-capital"}
    synthetic = "甲公司完成1亿元B轮融资,领(lǐng)投方为专注于医疗的投资基金Acme。"  # SYNTHETIC
    assert parse_deals(synthetic)[0].lead_investors == ["Acme"]


def test_one_sentence_roundup_split_at_commas_before_another_raise() -> None:
    # "Sendy raised a US$20 million funding round ..., agri-tech startup Twiga Foods secured US$29.4 million in debt
    # funding from the International Finance Corporation (IFC), and B2B e-commerce platform Sokowatch raised US$14 million
    # in Series A funding"
    deals = tuning_deals("b12-iafrica-kenya-2020")
    assert [(d.company, d.amount_usd) for d in deals] == [
        ("Sendy", 20_000_000),
        ("Twiga Foods", 29_400_000),
        ("Sokowatch", 14_000_000),
    ]
    assert deals[0].lead_investors == []
    synthetic = (
        "Foo raised $5 million in seed funding, and fintech startup Bar secured $9 million in a Series A."  # SYNTHETIC
    )
    assert [d.amount_usd for d in parse_deals(synthetic)] == [5_000_000, 9_000_000]
