"""Rules added for issue 13 from the session-13 holdout, now tuning data (tuning_hs13.jsonl; scored once by the lead
before any rule, with the rules' kind: mean 0.645, kind 0.615, company 0.750, amount 0.438, round 0.875, lead 0.444,
sector 0.750 on 16 rounds; fund manager 0.571, fund size 0.571 on 7 funds; later deals 0.190). Each rule is checked on
the real text that showed the miss (PROVENANCE.md cites each page) and on inputs marked SYNTHETIC, made up to pin the
class of language, not a name.
"""

from __future__ import annotations

from talentintel.funding import vietnamese as vi
from talentintel.funding.fund_raise import is_fund_raise
from talentintel.funding.headline_lift import lift_headline_round
from talentintel.funding.lead_romance_subject import subject_leads
from talentintel.funding.money_allocated import allocating
from talentintel.funding.money_bet import investor_bet
from talentintel.funding.segment_clauses import joined_clauses
from talentintel.funding.types import Deal
from tests.funding.tuning_texts import tuning_deals


def _head(item: str) -> Deal:
    return tuning_deals(item)[0]


def test_vietnamese_co_led_and_secured() -> None:
    # real: "Polymer Labs, một giao thức mạng dựa trên mô-đun IBC, đã giành được Series A trị giá 23 triệu USD do
    # Blockchain Capital, Maven 11 và Distributed Global đồng dẫn đầu." (hs13-tintucbitcoin-polymer-labs-23m-series-a-vi)
    head = _head("hs13-tintucbitcoin-polymer-labs-23m-series-a-vi")
    assert (head.company, head.amount_usd, head.round) == ("Polymer Labs", 23e6, "series_a")
    assert sorted(head.lead_investors) == ["Blockchain Capital", "Distributed Global", "Maven 11"]
    # SYNTHETIC: a single co-lead phrase, "led" without "co", and a secured sum in dong (not read as a round)
    assert vi.leads("vòng hạt giống do Acme Ventures và Beta Capital đồng dẫn dắt.") == [
        "Acme Ventures",
        "Beta Capital",
    ]
    assert vi.leads("vòng gọi vốn do Acme Ventures dẫn đầu.") == ["Acme Ventures"]
    assert vi.announces("Acme đã giành được khoản tài trợ 5 triệu USD từ Beta.") == "round"
    assert vi.announces("Đội tuyển đã giành được chức vô địch năm nay.") is None


def test_portuguese_led_the_captacao_with_its_article() -> None:
    # real: "A Sequoia Capital India liderou a captação de recursos da Polygon" (hs13-portalcripto-polygon-450m-token-sale-pt)
    head = _head("hs13-portalcripto-polygon-450m-token-sale-pt")
    assert head.lead_investors == ["Sequoia Capital India"]
    # SYNTHETIC: two leads in Portuguese, the Spanish word, and no article
    assert subject_leads("O Acme Fund e a Beta Capital lideraram a captação da startup.") == [
        "Acme Fund",
        "Beta Capital",
    ]
    assert subject_leads("Kaszek lideró la captación de la empresa.") == ["Kaszek"]
    assert subject_leads("Acme liderou o projeto de expansão.") == []


def test_a_headline_raise_by_the_funds_own_manager_is_the_fund() -> None:
    # real: "Dragonfly Capital Raises $650 Million to Invest in Blockchain Financial Infrastructure ..." over "Dragonfly
    # Capital, a major player in crypto venture investing, has officially closed its fourth fund, bringing in $650
    # million" (hs13-tdpelmedia-dragonfly-fund-iv-650m)
    head = _head("hs13-tdpelmedia-dragonfly-fund-iv-650m")
    assert (head.kind, head.company, head.amount_usd) == ("fund", "Dragonfly Capital", 650e6)
    # SYNTHETIC: another firm's fund under a round's headline is still lifted as the next deal
    assert (
        len(lift_headline_round("Acme raises $5M\nAcme raised $5 million.\nBeta Ventures has closed its third fund."))
        == 2
    )
    assert lift_headline_round(
        "Beta Ventures raises $50M\nBeta Ventures has closed its third fund.\nIt raised $50 million."
    ) == ["Beta Ventures raises $50M\nBeta Ventures has closed its third fund.\nIt raised $50 million."]


def test_raised_from_its_backers_for_a_numbered_fund() -> None:
    # real: "Singapore’s Jungle Ventures said on Wednesday it has raised $240 million from investors, including Temasek
    # Holdings, for a third fund designed to back Southeast Asian startups" (hs13-dailybuzzoffers-jungle-ventures-240m-third-fund)
    head = _head("hs13-dailybuzzoffers-jungle-ventures-240m-third-fund")
    assert (head.kind, head.company, head.amount_usd) == ("fund", "Jungle Ventures", 240e6)
    # SYNTHETIC: other backers and fund words; a company's round from investors stays a round
    assert is_fund_raise("Acme Capital has raised $80 million from limited partners for its second fund.")
    assert is_fund_raise("Beta Partners raised $1.2 billion from pension funds and endowments for a new growth fund.")
    assert not is_fund_raise("Acme raised $8 million in a Series A from investors including Beta for its expansion.")


def test_a_sum_planned_for_spending_is_no_round() -> None:
    # real: "Com o novo aporte em mãos, a Polygon agora estuda alocar US$ 100 milhões para seu fundo de ecossistema"
    # (hs13-portalcripto-polygon-450m-token-sale-pt; its amount still misses: the lede on the first line is read as a
    # headline, whose figure loses to a later sum)
    assert allocating("Com o novo aporte em mãos, a Polygon agora estuda alocar ")
    # SYNTHETIC: English and Spanish plans; a past "allocated" (an investor's part) and a raise are not plans
    assert allocating("The company plans to allocate about ")
    assert allocating("La empresa va a destinar cerca de ")
    assert not allocating("Sequoia allocated ")
    assert not allocating("Acme has raised ")


def test_a_roundups_second_clause_whose_company_carries_a_description() -> None:
    # real: "Additionally, Auradine, a blockchain infrastructure startup, received $80 million in funding, while
    # Berachain, a layer-1 blockchain based on Cosmos, secured $100 million." (hs13-satoshitimes-crypto-vc-april-1-02b-roundup)
    deals = tuning_deals("hs13-satoshitimes-crypto-vc-april-1-02b-roundup")
    assert ("Auradine", 80e6) in [(d.company, d.amount_usd) for d in deals]
    assert joined_clauses(
        "Additionally, Auradine, a blockchain infrastructure startup, received $80 million in funding, while "
        "Berachain, a layer-1 blockchain based on Cosmos, secured $100 million."
    ) == [
        "Additionally, Auradine, a blockchain infrastructure startup, received $80 million in funding",
        "Berachain, a layer-1 blockchain based on Cosmos, secured $100 million.",
    ]
    # SYNTHETIC: "and" with a description; one raise whose company is described stays whole
    assert len(joined_clauses("Acme raised $5 million, and Beta, a payments startup, closed $8 million.")) == 2
    assert len(joined_clauses("Acme, a payments startup, raised $5 million from Beta, a fund.")) == 1


def test_an_investors_possessive_bet_on_a_company_is_the_rounds_sum() -> None:
    # real: "So Paradigm’s own $50 million bet on Nous Research" (hs13-shockingtoken-nous-research-50m-paradigm) and
    # "Temasek’s US$100 million bet on Vietnam-based logistics provider Scommerce" (b20-vietreader-scommerce)
    assert _head("hs13-shockingtoken-nous-research-50m-paradigm").amount_usd == 50e6
    assert _head("b20-vietreader-scommerce").amount_usd == 100e6
    assert investor_bet("So Paradigm’s own ", " bet on Nous Research")
    # SYNTHETIC: "investment in" after a firm's possessive; a bet with no company after it, or no owner, is not one
    assert investor_bet("Sequoia Capital's ", " investment in Acme")
    assert not investor_bet("Sequoia Capital's ", " bet on the market")
    assert not investor_bet("a ", " bet on Acme")
