"""Rules added for issue 13 from tuning_batch28 (branch fund47batch: 27 real texts on new publishers chosen for lead
and amount language, scored once before any rule: lead F1 0.684, amount 0.680 on 25 rounds, mean 0.704). Each rule is
checked on the real text that showed the miss (PROVENANCE.md cites each page) and on inputs marked SYNTHETIC, made up
to pin the class of language, not a name.
"""

from __future__ import annotations

from talentintel.funding import arabic
from talentintel.funding.company_possessive_round import possessive_round_company
from talentintel.funding.deals import parse_deals
from talentintel.funding.fund_raise import is_fund_raise
from talentintel.funding.lead_german import german_leads
from talentintel.funding.lead_runs_company import runs_company
from tests.funding.tuning_texts import tuning_deals


def test_german_subject_and_participle_leads() -> None:
    # real: "Lightspeed Venture Partners, ein früher Unterstützer von Unternehmen wie Snapchat, Epic Games und
    # StabilityAI, führt Mistrals Runde an." (b28-taketonews-mistral-105m-eur-de)
    assert tuning_deals("b28-taketonews-mistral-105m-eur-de")[0].lead_investors == ["Lightspeed Venture Partners"]
    # real: "In der jüngsten von Caotue geführten Runde bekam das Unternehmen 250 Millionen US-Dollar zugesprochen."
    # (b28-btcecho-dapper-labs-250m-de)
    head = tuning_deals("b28-btcecho-dapper-labs-250m-de")[0]
    assert (head.kind, head.amount_usd, head.lead_investors) == ("round", 250_000_000.0, ["Caotue"])
    # SYNTHETIC: the past tense with an article, a participle before "Seed-Runde", and "geführt" meaning "managed"
    assert german_leads(
        "Das Start-up sammelt 3 Millionen Euro ein. Acme Capital führte die Finanzierungsrunde an."
    ) == ["Acme Capital"]
    assert german_leads("In der von Beta Ventures geführten Seed-Runde beteiligte sich auch Gamma.") == [
        "Beta Ventures"
    ]
    assert german_leads("Die von Delta Partners geführte Firma investiert in Start-ups.") == []


def test_joined_forces_to_lead_names_both_leads() -> None:
    # real: "Binance Labs and CoinFund have joined forces to lead a $10 million funding round for Neutron"
    # (b28-coinliberal-neutron-10m); Binance Labs is filed under its new name, YZi Labs
    head = tuning_deals("b28-coinliberal-neutron-10m")[0]
    assert (head.company, head.amount_usd) == ("Neutron", 10_000_000.0)
    assert set(head.lead_investors) == {"Binance Labs", "CoinFund"}
    # SYNTHETIC: "teamed up to co-lead" a seed round; teaming up to lead something else is no lead
    text = "Alpha Ventures and Beta Capital teamed up to co-lead a $5 million seed round for Gamma Robotics."
    assert set(parse_deals(text)[0].lead_investors) == {"Alpha Ventures", "Beta Capital"}
    text = "Gamma Robotics raised $5 million. Alpha Ventures and Beta Capital teamed up to lead a new research lab."
    assert parse_deals(text)[0].lead_investors == []


def test_romance_company_appositive_names_who_runs_it() -> None:
    # real: "A empresa portuguesa DefinedCrowd, liderada pela portuense Daniela Braga, ... conseguiu um investimento de
    # mais de 50,5 milhões de dólares na série B" (b28-tsf-definedcrowd-50m-pt): the founder, not a lead
    head = tuning_deals("b28-tsf-definedcrowd-50m-pt")[0]
    assert (head.company, head.amount_usd, head.lead_investors) == ("DefinedCrowd", 50_500_000.0, [])
    # SYNTHETIC: Spanish, the founder after the company and the fund after the round
    text = (
        "La empresa española Acme, liderada por su fundadora María López, cerró una ronda de 5 millones de euros "
        "liderada por Kibo Ventures."
    )
    assert parse_deals(text)[0].lead_investors == ["Kibo Ventures"]
    assert runs_company("La società italiana Beta Robotics, ")
    assert not runs_company("una ronda de 5 millones de euros ")


def test_possessive_round_names_the_company() -> None:
    # real: "Sakana AI’s JPY30.1 billion Series C round, led by New Enterprise Associates (NEA), Khosla Ventures, and
    # Lux Capital" (b28-chambers-sakana-jpy30-1bn)
    head = tuning_deals("b28-chambers-sakana-jpy30-1bn")[0]
    assert (head.company, head.round) == ("Sakana AI", "series_c")
    # real, elsewhere: "nine Saudi startups raised $46.6 million, mainly due to Sary’s $30.5 million Series B round"
    # (pioneerinvestors-mena-may2021, tuning_batch6): the month's total first, then Sary's round
    deals = tuning_deals("pioneerinvestors-mena-may2021")
    assert [(d.company, d.amount_usd) for d in deals[1:]] == [("Sary", 30_500_000.0)]
    # SYNTHETIC: rupees and a seed round; a common noun's possessive names no company
    assert possessive_round_company("The week's largest deal was Acme Health’s ₹50 crore seed round.") == "Acme Health"
    assert possessive_round_company("the company’s $5 million seed round closed in May") is None


def test_fund_raising_in_two_words_is_a_round() -> None:
    # real: "announced the closure of a $5 million seed fund raising for its P2E mobile game, Blast Royale ... The round
    # was co-led by Animoca Brands and Mechanism Capital." (b28-investingcube-blast-royale-5m)
    head = tuning_deals("b28-investingcube-blast-royale-5m")[0]
    assert (head.kind, head.round) == ("round", "seed")
    assert head.lead_investors == ["Animoca Brands", "Mechanism Capital"]
    # SYNTHETIC: a hyphenated "fund-raising" by a startup, and a firm's own seed fund still a fund
    assert not is_fund_raise("Delta Labs completed a $2 million pre-seed fund-raising led by Epsilon Ventures.")
    assert is_fund_raise("Zeta Ventures closes a $40 million seed fund to back early-stage AI startups.")


def test_arabic_verb_first_leads_bare_units_and_round_of_company() -> None:
    # real: "قادت مجموعة «علي بابا جروب هولدينج» أكبر جولة تمويل ... الجولة التمويلية البالغ قيمتها مليار دولار وحصلت
    # عليها شركة «مونشوت إيه آي Moonshot AI»" (b28-fintechgate-moonshot-1bn-alibaba-ar)
    head = tuning_deals("b28-fintechgate-moonshot-1bn-alibaba-ar")[0]
    assert (head.kind, head.company, head.amount_usd) == ("round", "Moonshot AI", 1_000_000_000.0)
    assert head.lead_investors == ["علي بابا جروب هولدينج"]
    # real: "انضم صندوق Prosperity7 السعودي إلى جولة تمويل لشركة Zhipu AI الصينية الناشئة بقيمة 400 مليون دولار"
    # (b28-menatech-zhipu-prosperity7-400m-ar): a fund that joined is no lead
    head = tuning_deals("b28-menatech-zhipu-prosperity7-400m-ar")[0]
    assert (head.company, head.amount_usd, head.lead_investors) == ("Zhipu AI", 400_000_000.0, [])
    # SYNTHETIC: a bare "million", a Latin lead after the verb, and "قاد" with no round after it
    text = (
        "جمعت شركة Nahla الناشئة في مجال الذكاء الاصطناعي تمويلاً بقيمة مليون دولار في جولة تأسيسية جديدة. "
        "وقادت شركة Raed Ventures جولة التمويل بمشاركة مستثمرين من المنطقة والعالم خلال الشهر الماضي."
    )
    found = arabic.raises(text)
    assert arabic.amount(text, found[0].start()) == (1_000_000.0, "USD", "مليون دولار")
    assert arabic.leads(text) == ["Raed Ventures"]
    assert arabic.leads("قاد الرئيس التنفيذي الشركة خلال عامها الأول بنجاح كبير في السوق المحلية.") == []
