"""Rules added for issue 13 from tuning_batch45's misses (branch batch45; the batch scored mean 0.721, lead F1 0.400,
before them).

Each real sentence is quoted from its row (id and url); variants marked SYNTHETIC are written here to probe the same
construction in other words and are in no dev, tuning or holdout file. The kind model is pinned to `rules` (conftest).
"""

from talentintel.funding import parse_deals
from talentintel.funding.company_backer_predicate import investor_predicate
from talentintel.funding.investor_lists import lead_investors
from talentintel.funding.investor_names import split_names
from tests.funding.tuning_texts import tuning_deals


def test_a_french_round_carried_by_a_fund_names_the_lead_and_stops_at_aux_cotes() -> None:
    # b45-societe-mistral-105m-eur-lightspeed-fr, https://societe.com/actualites/mistral_ai_leve_105_millions_d_euros_...
    assert tuning_deals("b45-societe-mistral-105m-eur-lightspeed-fr")[0].lead_investors == ["Lightspeed Venture"]
    # SYNTHETIC: the participle after the round's noun, and Spanish/Portuguese "alongside".
    text = "La levée de fonds, portée par Orbital Capital aux côtés de Kestrel Ventures, atteint 8 millions d'euros."
    assert lead_investors(text) == ["Orbital Capital"]
    assert lead_investors("La ronda fue liderada por Orbital Capital junto a Kestrel Ventures.") == ["Orbital Capital"]
    # Negative, real: hs11-le360-ora-technologies-7-5m-series-a-fr, "La performance est portée par ORA Technologies"
    # ("driven by") names the company that raised, not a lead.
    assert "ORA Technologies" not in tuning_deals("hs11-le360-ora-technologies-7-5m-series-a-fr")[0].lead_investors
    # SYNTHETIC negative: a market "porté par" a trend.
    assert lead_investors("Le marché est porté par Orbital et par la demande en IA.") == []


def test_a_fronted_german_lead_phrase_ends_at_the_verb_and_drops_its_firm_noun() -> None:
    # b45-automobilwoche-sima-ai-70m-maverick-de, http://drupal.prod.automobilwoche.de/node/702901
    assert tuning_deals("b45-automobilwoche-sima-ai-70m-maverick-de")[0].lead_investors == ["Maverick Capital"]
    # SYNTHETIC: another verb and firm noun.
    text = "Angeführt von der Beteiligungsfirma Orbital Partners hat die Firma Kelvaro 12 Millionen Euro eingesammelt."
    assert lead_investors(text) == ["Orbital Partners"]
    # Negative, real (thespoon-doordash-g): "Softbank Vision Fund" is one name, "-bank" is no German firm noun.
    assert split_names("Softbank Vision Fund") == ["Softbank Vision Fund"]


def test_a_fund_proud_to_lead_a_financing_is_its_lead() -> None:
    # b45-cryptokeepercanada-bagel-3-1m-coinfund, https://cryptokeepercanada.com/coinfund-leads-3-1m-bagel-network-...
    assert tuning_deals("b45-cryptokeepercanada-bagel-3-1m-coinfund")[0].lead_investors == ["CoinFund"]
    # SYNTHETIC: another feeling and a co-lead.
    text = "Orbital Ventures is thrilled to co-lead the $4 million seed round of Kelvaro, a robotics startup."
    assert lead_investors(text) == ["Orbital Ventures"]
    # SYNTHETIC negative: a plan to lead is no lead.
    assert lead_investors("Orbital Ventures plans to lead the next round of Kelvaro.") == []


def test_a_title_cased_sector_descriptor_before_the_lead_is_dropped() -> None:
    # b45-trendingcoinz-poseidon-15m-seed-a16z, https://trendingcoinz.com/a16z-crypto-leads-a-15-million-seed-round-...
    assert tuning_deals("b45-trendingcoinz-poseidon-15m-seed-a16z")[0].lead_investors == ["A16z Crypto"]
    # SYNTHETIC: other descriptors; a name holding the noun keeps it.
    assert split_names("Crypto VC Giant Paradigm and Tech Titan Nvidia") == ["Paradigm", "Nvidia"]
    assert split_names("Frost Giant Studios") == ["Frost Giant Studios"]


def test_a_korean_round_received_from_one_named_investor_is_led_by_it() -> None:
    # b45-hojourney-landing-ai-57m-mcrock-ko, https://github.com/hojourney/hojourney.github.io (2021-11-12 post)
    assert tuning_deals("b45-hojourney-landing-ai-57m-mcrock-ko")[0].lead_investors == ["맥라캐피털"]
    # SYNTHETIC: "으로부터" written together, the won amount.
    deal = parse_deals("켈바로가 오비탈벤처스로부터 30억원을 투자받았다고 밝혔다.")[0]
    assert deal.lead_investors == ["오비탈벤처스"]


def test_a_romance_with_opening_a_sentence_is_no_company_and_a_kind_headline_defers_to_the_opening() -> None:
    # b45-gazetamercantil-humans-480m-pt, https://gazetamercantil.com/?p=1133125: "Com apenas três meses de operação
    # ..., a Humans& alcançou" gave "Com"; the headline "Startup aposta em IA colaborativa ..." names no company.
    assert tuning_deals("b45-gazetamercantil-humans-480m-pt")[0].company == "Humans&"
    # SYNTHETIC: Spanish "Con" opening the sentence.
    deal = parse_deals("Con solo dos años de vida, Kelvaro levantó US$ 12 millones en una ronda serie A.")[0]
    assert deal.company == "Kelvaro"
    # SYNTHETIC negative: a plural kind in the headline (a scene report) names no raiser.
    text = (
        "Startups in Norway raise a record\n\nOrbital Ventures said Norwegian startups raised 300 million euros. "
        "Orbital Ventures counts 40 deals. Orbital Ventures expects more."
    )
    assert parse_deals(text)[0].company != "Orbital Ventures" or parse_deals(text)[0].kind != "round"


def test_the_subjects_of_back_a_named_object_are_backers_not_the_raiser() -> None:
    # b45-pumpushka-surf-15m-pantera-coinbase (headline "Pantera, Coinbase back Surf’s $15M push ...")
    deals = tuning_deals("b45-pumpushka-surf-15m-pantera-coinbase")
    assert deals[0].company == "Surf" and deals[0].amount_usd == 15_000_000
    # SYNTHETIC: a listed three-way backing; a raiser whose own verb is "raised" is no backer.
    text = "Orbital, Kestrel and Acme Labs have jointly backed Kelvaro in a $9 million round."
    assert investor_predicate(text, len("Orbital"))
    assert not investor_predicate("Kelvaro raised $9 million; Orbital Ventures backed it.", len("Kelvaro"))


def test_an_exchange_ticker_in_brackets_is_no_fund_manager() -> None:
    # b45-itnewslat-cisco-1b-ai-fund-es ("de Cisco (NASDAQ: CSCO), ha lanzado un fondo de inversión en IA")
    deal = tuning_deals("b45-itnewslat-cisco-1b-ai-fund-es")[0]
    assert deal.kind == "fund" and deal.company in ("Cisco", "Cisco Investments")
    # SYNTHETIC: another exchange.
    text = "Kelvaro Holdings (NYSE: KLV) has launched a $200 million climate fund for early-stage startups."
    assert parse_deals(text)[0].company != "KLV"


def test_a_markdown_link_glued_to_its_words_keeps_its_amount() -> None:
    # b45-bensbites-essential-ai-56-5m: "[Essential AI raises $56.5M](https://www.businesswire.com/...)to build"
    deal = tuning_deals("b45-bensbites-essential-ai-56-5m")[0]
    assert deal.company == "Essential AI" and deal.amount_usd == 56_500_000
    # SYNTHETIC: glued on the left as well.
    deal = parse_deals("Today:[Kelvaro raises $7M](https://example.com/k)in a seed round led by Orbital Ventures.")[0]
    assert deal.amount_usd == 7_000_000


def test_cumulative_funding_after_an_amount_is_no_round_size() -> None:
    # b45-alphascala-story-data-foundation-rebrand: "The rebrand follows $140 million in cumulative venture funding
    # led by Andreessen Horowitz's a16z crypto"
    assert tuning_deals("b45-alphascala-story-data-foundation-rebrand")[0].amount_usd is None
    # SYNTHETIC: the round beside the running total.
    text = "Kelvaro raised $12 million in a Series A, bringing it to $30 million in cumulative funding."
    assert parse_deals(text)[0].amount_usd == 12_000_000
