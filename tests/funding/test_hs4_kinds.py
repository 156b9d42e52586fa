"""Event-kind rules added for issue 13 from tuning_hs4 (the session-4 holdout, scored once, then moved to tuning;
branch fund15), each checked on the real text that showed the miss (PROVENANCE.md cites each page). One-line inputs
marked SYNTHETIC are made up to pin one class of phrasing, not a name.
"""

from __future__ import annotations

from talentintel.funding import parse_deals
from talentintel.funding.kind import other_reason, reports_raise
from talentintel.funding.money import round_amount
from tests.funding.tuning_texts import tuning_deals


def test_a_stalled_or_abandoned_raise_is_not_a_deal() -> None:
    # "... 親会社との対立で新規ファンド組成に難航か" (the new fund's formation is in difficulty)
    assert tuning_deals("hs4-finash-strive-fund-stalled")[0].kind == "other"
    for synthetic in (  # SYNTHETIC
        "Acme Ventures struggled to raise its third fund\nThe firm told LPs it would pause.",
        "Beta Labs' $40 million Series B fell through after the lead investor withdrew.",
        "Gamma Capital abandons plans for a $300 million growth fund\nThe manager cited the market.",
        "某科技公司融资搁浅\n该公司原计划募集5亿元。",
        "A사 시리즈B 투자 유치 무산\n회사는 계획을 철회했다.",
    ):
        assert other_reason(synthetic) == "not closed", synthetic
    assert other_reason("Acme raised $5 million in a Series A round led by Beta Ventures.") is None  # SYNTHETIC


def test_a_period_total_is_not_a_round() -> None:
    # "Archangels has reported a record £7.3 million of direct investment during the first half of 2021"
    assert tuning_deals("hs4-heraldscotland-archangels-h1")[0].kind == "other"
    # "Manchester tech firms raised a record £532m funding in 2022"
    assert tuning_deals("hs4-prolificnorth-manchester-2022")[0].kind == "other"
    for synthetic in (  # SYNTHETIC
        "Northern Angels made £4 million of new investments in the first half of 2023, its best six months.",
        "Leeds tech businesses raised a combined £210m in 2023, a record for the city.",
        "In total, 41 funding rounds were announced, totalling $1.9b. Acme raised $13m.",
    ):
        assert other_reason(synthetic) == "market total", synthetic


def test_a_digest_total_then_its_round_keeps_both() -> None:
    # "In total, 58 funding rounds were announced, totalling $2.6b." then "Fold Raises A $13m Series A ... led by
    # Craft Ventures" in the same part: deal 1 is the total, deal 2 the round.
    deals = tuning_deals("fintechradar-fold-a")
    assert [d.kind for d in deals[:2]] == ["other", "round"]
    assert deals[1].company == "Fold" and deals[1].amount_usd == 13_000_000


def test_a_passive_round_and_spanish_or_french_raise_verbs_report_a_raise() -> None:
    # "Excited to see the $17MM Series C round announced for Weave Communications."
    head = tuning_deals("hs4-sirjrg-weave-c")[0]
    assert head.kind == "round" and head.amount_usd == 17_000_000 and head.round == "series_c"
    # "Cette startup edtech et fintech a reçu 1,9 millions de dollars de leur part"
    assert tuning_deals("hs4-afriqueitnews-edpartners")[0].amount_usd == 1_900_000
    assert reports_raise("A $6 million seed round was closed by Acme Robotics this week.")  # SYNTHETIC
    assert reports_raise("La empresa obtuvo 12 millones de dólares en una ronda de financiamiento.")  # SYNTHETIC
    found = round_amount("La start-up a obtenu 3 millions d'euros auprès de Beta Ventures.")  # SYNTHETIC
    assert found is not None and found[0].amount == 3_000_000
    assert parse_deals("Excited to see the $9MM Series A round announced for Acme Robotics.")[0].kind == "round"


def test_acquiring_funding_a_stake_or_tokens_is_an_investment_not_a_takeover() -> None:
    # "Blockchain interoperability protocol Polkadot has acquired around $43.7 million in funding through a private
    # token sale."
    head = tuning_deals("cryptotradeinfo-polkadot")[0]
    assert head.kind == "round" and head.amount_usd == 43_700_000
    # "Venture funds Dragonfly Capital and Paradigm have acquired $27.5 million worth of MKR tokens"
    head = tuning_deals("coinage-maker-mkr")[0]
    assert head.kind == "round" and head.amount_usd == 27_500_000
    # "two funds acquired the startup stake - the organizer of the round Greylock Partners and Google Ventures"
    assert tuning_deals("sudonull-medium-57m")[0].kind == "round"
    assert other_reason("Beta Capital acquired a minority stake in Acme for $5 million.") is None  # SYNTHETIC
    assert other_reason("Acme has acquired seed funding from Beta Ventures.") is None  # SYNTHETIC
    assert other_reason("Gamma Corp acquired a majority stake in Acme for $50 million.") == "acquisition"  # SYNTHETIC
    assert other_reason("Gamma Corp acquired Acme for $50 million.") == "acquisition"  # SYNTHETIC


def test_a_market_trend_and_a_total_said_of_the_us_are_market_totals() -> None:
    # "Singapore is experiencing a surge in venture capital fundraising, reflecting growing interest ..."
    assert tuning_deals("gulftime-singapore-vc-surge")[0].kind == "other"
    # "... startups in the U.S. raised $15 billion in venture capital during the third quarter ..."
    assert tuning_deals("venturebeat-q3-2016-nvca")[0].kind == "other"
    for synthetic in (  # SYNTHETIC
        "Berlin sees a slump in startup funding\nInvestors held back in the spring.",
        "Funding of start-ups in Portugal is picking up, a new report says.\nLisbon leads.",
        "Report says startups in the U.K. raised $4 billion in the second quarter.",
    ):
        assert other_reason(synthetic) == "market total", synthetic
