"""kind83: deal-kind mechanisms from the catalog of kind misses on holdouts s14-s19 (each read before its rules).

Real excerpts are quoted verbatim from the tuning items named beside them (tuning_hs14 ... tuning_hs19, the moved
holdouts, whose sources are in PROVENANCE.md); lines marked SYNTHETIC are made-up negatives.
"""

from __future__ import annotations

from talentintel.funding import parse_deals
from talentintel.funding.fund_firm_round import FIRM_FUNDING_ROUND
from talentintel.funding.fund_launches_intl import launches_fund
from talentintel.funding.fund_raise import is_fund_raise
from talentintel.funding.fund_starts import starts_fund
from talentintel.funding.kind import other_reason
from talentintel.funding.kind_totals import PERIOD_TOTAL

# hs17-coinheadlines-dragonfly-fund-iv-650m
DRAGONFLY = (
    "Crypto-focused venture capital firm Dragonfly Capital has successfully closed its fourth funding round this week, "
    "despite the ongoing slump in the crypto market. Without disclosing the names of investors, Dragonfly’s managing "
    "partner Haseeb Qureshi said the firm has roped-in a whopping $650 million in this round."
)
# hs14-crypto-economy-hashkey-fund-iv-250m-first-close
HASHKEY = (
    "TL;DR - HashKey Capital closed the first round of its fourth crypto fund with $250 million, targeting a total fund "
    "size of $500 million."
)
# hs17-cryptocoinspy-dcg-metaverse-ventures-fund
DCG = (
    "The well-known Digital Currency Group has created a venture capital fund with a unique purpose: it will be used "
    "exclusively on building startups within the Manaland (MANA) ecosystem."
)


def test_an_investing_firms_numbered_funding_round_is_its_fund() -> None:
    assert FIRM_FUNDING_ROUND.search(DRAGONFLY)
    assert FIRM_FUNDING_ROUND.search(HASHKEY)
    assert parse_deals(DRAGONFLY)[0].kind == "fund"
    assert parse_deals(HASHKEY)[0].kind == "fund"
    # SYNTHETIC: a company backed by a VC firm closing its round stays a round; a startup's "latest funding round" too.
    assert not FIRM_FUNDING_ROUND.search(
        "Backed by venture capital firm Acme Ventures, Zeta closed its second funding round."
    )
    assert not FIRM_FUNDING_ROUND.search("The fintech startup Zeta closed its latest funding round at $20 million.")


def test_a_fund_created_is_a_fund() -> None:
    assert is_fund_raise(DCG)
    # SYNTHETIC: "created" with no fund after it is no fund.
    assert not is_fund_raise("Acme has created a new payments app and raised $5 million in a seed round.")


def test_a_fund_close_concluded_limits_the_triggers_after_it() -> None:
    # hs14-timeslive-ventures-platform-40m-first-close: "bought by Stripe" is the firm's history, not the event.
    text = (
        "Nigeria’s Ventures Platform rallied investors including the nation’s sovereign wealth fund to conclude a first "
        "close of a $40m (R640m) fund, months after it made a 20-fold profit from exiting a payments start-up. Other "
        "investors in the fund include Shola Akinlade, the co-founder of Paystack, the Nigerian payments company which "
        "Ventures Platform exited after it was bought by Stripe at $200m (R3.2bn) last year."
    )
    assert other_reason(text) is None
    assert parse_deals(text)[0].kind == "fund"


def test_typically_and_funding_questions_are_no_explainer_by_themselves() -> None:
    # hs16-inkl-spherex-8-2m-seed-aleph
    spherex = (
        "In crypto, however, transactions are typically final—a positive thing for those who dislike outside authorities "
        "having a veto over how they spend their money. That's why Eyal Meron and Oren Fine founded SphereX. The startup "
        "has a plan to translate a basic security measure from traditional finance, and on Wednesday, they announced "
        "that they’ve raised $8.2 million in a seed round led by Aleph at a $24 million valuation."
    )
    assert other_reason(spherex) != "explainer"
    # hs17-najib-cerebras-1-1bn-series-g-fidelity-atreides
    assert (
        other_reason(
            "What Is Cerebras Going to Do with That $1.1B in New Funding?\nWell, the company just raised "
            "$1.1 billion in Series G funding to find out."
        )
        != "explainer"
    )
    # SYNTHETIC: a round word near "typically" and a question with no sum still explain.
    assert other_reason("A Series A round typically raises $5-20 million from institutional investors.") == "explainer"
    assert other_reason("How do founders pick a lead investor?\nAcme raised $3 million last year.") == "explainer"


def test_french_cloture_reports_a_raise() -> None:
    # hs18-clubi-hugging-face-235m-salesforce-fr
    text = (
        "Les géants de l'IA tels que Nvidia, Google, Amazon, Intel, AMD, IBM et Qualcomm ont décidé d'investir dans le "
        "champion français de l'intelligence artificielle (IA) open source, Hugging Face. Opérant entre Paris et New "
        "York, cette entreprise tricolore née en 2016 a récemment clôturé une levée de fonds de 235 millions de dollars, "
        "orchestrée par Salesforce Ventures, indique Le Figaro ce jeudi 24 août."
    )
    deal = parse_deals(text)[0]
    assert (deal.kind, deal.amount_usd) == ("round", 235_000_000.0)


def test_period_totals_in_german_portuguese_english_and_japanese() -> None:
    # hs14-capital-de-german-ai-startups-1-2bn-eur-autolabs-de
    assert PERIOD_TOTAL.search(
        "Bisher wurden lediglich 1,2 Mrd. Euro Venture Capital in deutsche Start-ups investiert, die Künstliche "
        "Intelligenz als Kernelement ihres Geschäftsmodells ausweisen."
    )
    # hs18-mercy-ai-vc-2025-seed-record-pt
    assert PERIOD_TOTAL.search(
        "• Houve quase 700 rodadas de seed de US$ 10 milhões ou mais em 2025, um recorde histórico."
    )
    # hs14-smefutures-india-healthtech-2017-practo-55m
    assert PERIOD_TOTAL.search(
        "out of the total USD 13.5 billion raised by the Indian technology start-ups in 2017, about USD 333 million was "
        "raised by the health-tech sector."
    )
    # hs18-japainvest-miner-debt-convertibles-totals-ja, hs19-tamariba-deai-ai-startups-60bn-h1-totals-ja
    assert PERIOD_TOTAL.search(
        "2024年後半から2025年にかけて、上場マイナー企業は債務と転換社債を通じて46億ドル以上を調達し、"
    )
    assert PERIOD_TOTAL.search("2025年、AIスタートアップは第1四半期と第2四半期だけで600億ドルもの資金を集め、")
    # SYNTHETIC: one named company's raise is no total.
    assert not PERIOD_TOTAL.search("2025年、ソニックAIは第1四半期にシリーズAで20億円を調達した。")
    assert not PERIOD_TOTAL.search("Acme wurde 2019 gegründet und hat 5 Mio. Euro eingesammelt.")


def test_funds_set_up_in_german_french_and_spanish() -> None:
    # hs19-wallstreetonline-eu-eif-ai-blockchain-fund-de
    assert starts_fund(
        "Die Europäische Kommission und der Europäische Investitionsfonds EIF legen einen Fonds zur Förderung von "
        "Künstlicher Intelligenz (KI) und Blockchain auf."
    )
    # hs15-labecedaire-serena-capital-80m-eur-ai-fund-fr
    assert starts_fund(
        "Créé en octobre 2016, le fonds IA et big data de Serena Capital est doté de 80 millions d’euros."
    )
    # hs17-elconfidencial-hyperion-fund-150m-eur-target-es
    assert launches_fund(
        "El vicesecretario de Economía del PP, Juan Bravo, ha celebrado este martes que el exlíder de la formación Pablo "
        "Casado haya lanzado, junto a otros socios, un fondo de inversión en los ámbitos aeroespacial, de ciberseguridad "
        "e inteligencia artificial (IA)."
    )
    # SYNTHETIC: a company's investor described by its size is not the fund's own news.
    assert not starts_fund("Acme lève 5 millions d’euros auprès de Zeta Partners, un fonds doté de 100 millions.")
