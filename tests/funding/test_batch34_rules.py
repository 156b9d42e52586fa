"""Rules added for issue 13 from tuning_batch34 (branch fund58: 28 real rounds with varied company and lead phrasing,
scored once before any rule: company 0.821, lead F1 0.863, mean 0.930). Each rule is checked on the real text that
showed the miss (PROVENANCE.md cites each item) and on inputs marked SYNTHETIC, made up to pin the class of language,
not a name.
"""

from __future__ import annotations

from talentintel.funding.deals import parse_deals
from tests.funding.tuning_texts import tuning_deals


def _slugs(names: list[str]) -> list[str]:
    return sorted(n.lstrip("@").lower() for n in names)


def test_handles_after_led_by_are_leads() -> None:
    # real: "Pond is excited to announce a $7.5M Seed round, led by @archetypevc with @cyberFund_, ..."
    # (b34-hantiv-pond-7-5m-seed-archetype); "... a $10M Seed Round led by @1confirmation, along with @ColliderVC"
    head = tuning_deals("b34-hantiv-pond-7-5m-seed-archetype")[0]
    assert (head.company, _slugs(head.lead_investors)) == ("Pond", ["archetypevc"])
    head = tuning_deals("b34-hantiv-limitless-10m-seed-1confirmation")[0]
    assert _slugs(head.lead_investors) == ["1confirmation"]
    # SYNTHETIC: two handles co-lead; a handle after "with" only participates
    text = "Quillbyte raised a $4M seed round led by @gammalabs and @deltafund_, with @epsilonvc joining."
    assert _slugs(parse_deals(text)[0].lead_investors) == ["deltafund_", "gammalabs"]


def test_lead_list_in_capitals_and_its_source_after_a_colon() -> None:
    # real: "STRIPE-BACKED BLOCKCHAIN STARTUP TEMPO RAISES $500 MILLION ROUND LED BY JOSHUA KUSHNER’S THRIVE CAPITAL AND
    # GREENOAKS: FORTUNE" (b34-hantiv-tempo-500m-thrive-greenoaks)
    head = tuning_deals("b34-hantiv-tempo-500m-thrive-greenoaks")[0]
    assert (head.amount_usd, sorted(head.lead_investors)) == (500_000_000.0, ["Greenoaks", "Thrive Capital"])
    # SYNTHETIC: a flash in capitals and a mixed-case line with a source after a colon
    text = "QUILLBYTE RAISES $40 MILLION ROUND LED BY GAMMA PARTNERS AND DELTA CAPITAL: REUTERS"
    assert sorted(parse_deals(text)[0].lead_investors) == ["Delta Capital", "Gamma Partners"]
    text = "Quillbyte raises $40 million in a round led by Gamma Partners: Bloomberg"
    assert parse_deals(text)[0].lead_investors == ["Gamma Partners"]


def test_led_by_an_executive_is_no_lead_investor() -> None:
    # real: "Backers included Morgan Stanley Expansion Capital, ... and Upfront Ventures. ... Led by CEO Phil ..."
    # (b34-everyday-gumgum-22m-series-b-backers)
    assert tuning_deals("b34-everyday-gumgum-22m-series-b-backers")[0].lead_investors == []
    # SYNTHETIC: the company's chief executive, then a real lead in the same text
    text = "Quillbyte, led by CEO Jane Roe, raised $8 million. The round was led by Gamma Partners."
    assert parse_deals(text)[0].lead_investors == ["Gamma Partners"]


def test_announcing_opens_a_heading_not_a_name() -> None:
    # real: "Announcing Credit — an automated, undercollateralized lending system built on stablecoins. ... We raised
    # $6.6M led by Paradigm" (b34-hantiv-credit-6-6m-paradigm)
    head = tuning_deals("b34-hantiv-credit-6-6m-paradigm")[0]
    assert (head.company, head.amount_usd, head.lead_investors) == ("Credit", 6_600_000.0, ["Paradigm"])
    # SYNTHETIC
    text = "Announcing Quillbyte — a ledger for small shops. We raised $3M led by Gamma Partners to grow Quillbyte."
    assert parse_deals(text)[0].company == "Quillbyte"


def test_day_before_said_it_raised() -> None:
    # real: "Silicon Valley-based AI chip startup SiMa.ai on Tuesday said it raised an additional $13 million from
    # investors including a key fund in Taiwan called VentureTech Alliance" (b34-everyday-sima-13m-venturetech)
    head = tuning_deals("b34-everyday-sima-13m-venturetech")[0]
    assert (head.company, head.amount_usd, head.lead_investors) == ("SiMa.ai", 13_000_000.0, [])
    # SYNTHETIC: the investor is named after "called", the raiser before "on Monday said it raised"
    text = "Quillbyte on Monday said it raised $6 million from investors including a fund called Delta Alliance."
    assert parse_deals(text)[0].company == "Quillbyte"


def test_backer_of_a_lead_fund_is_no_lead() -> None:
    # real: "Enflame said the latest fundraising was co-led by investors including a few funds backed by Shanghai
    # International Group," (b34-everyday-enflame-274m-tencent-backed)
    head = tuning_deals("b34-everyday-enflame-274m-tencent-backed")[0]
    assert (head.company, head.lead_investors) == ("Enflame", [])
    # SYNTHETIC: a named fund and its backer
    text = "Quillbyte raised $20 million in a round led by Gamma Growth Fund, backed by Delta Holdings."
    assert parse_deals(text)[0].lead_investors == ["Gamma Growth Fund"]


def test_successfully_between_auxiliary_and_raise_verb() -> None:
    # real: "Stablecoin payment infrastructure project Better Payment Network has successfully closed a $50 million
    # funding round, led by YZI Labs." (b34-hantiv-bpn-50m-yzi-labs)
    head = tuning_deals("b34-hantiv-bpn-50m-yzi-labs")[0]
    assert (head.company, head.amount_usd, head.lead_investors) == (
        "Better Payment Network",
        50_000_000.0,
        ["YZI Labs"],
    )
    # SYNTHETIC
    text = "Payments project Quillbyte Network has successfully raised $7 million, led by Gamma Partners."
    assert parse_deals(text)[0].company == "Quillbyte Network"


def test_headline_sector_word_is_no_part_of_the_name() -> None:
    # real: "AI Writer Startup Gets $21 Million in Series A Funding / Writer, an AI framework capable of generating
    # written content ..., announced today that it has secured $21 million" (b34-everyday-writer-21m-series-a-insight)
    head = tuning_deals("b34-everyday-writer-21m-series-a-insight")[0]
    assert (head.company, head.lead_investors) == ("Writer", ["Insight Partners"])
    # real: a name that begins with the word keeps it, the body never drops it (b34-everyday-aisquared-6m-seed-nea)
    assert tuning_deals("b34-everyday-aisquared-6m-seed-nea")[0].company == "AI Squared"
    # SYNTHETIC
    text = "Crypto Quillbyte Startup Lands $5 Million\nQuillbyte, a wallet maker, has raised $5 million from Gamma."
    assert parse_deals(text)[0].company == "Quillbyte"
