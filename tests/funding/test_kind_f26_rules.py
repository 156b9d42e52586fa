"""kind_f26: raises only expected, secondary tender offers and Indonesian government start-up budgets are `other`.

Real excerpts are quoted verbatim (first sentences) from the tuning items named beside them (tuning_batch65 and
tuning_funds13, sources in tests/fixtures/funding/PROVENANCE.md); lines marked SYNTHETIC are made-up negatives.
"""

from __future__ import annotations

from talentintel.funding import parse_deals
from talentintel.funding.kind import other_reason
from talentintel.funding.kind_expected import EXPECTED_RAISE, PUBLIC_BUDGET_ID, TENDER_OFFER
from talentintel.funding.kind_totals_more import TOTALS_MORE

# s26k-businesslogr-lyft-plans-to-raise-up-to-1bn-en
LYFT = (
    "Ride-hailing app Lyft, Uber’s biggest competition in the United States, expects to raise up to $1 billion in a new "
    "round of financing, Bloomberg reported citing a Delaware state filing.\nThe document filed by Lyft on Friday "
    "evening did not indicate how much had been raised, who was investing in the round or list a valuation, Bloomberg "
    "said."
)
# f13-cryptovesting-galaxy-ventures-fund-i
GALAXY = (
    "Michael Novogratz’s Galaxy Ventures Fund I LP is expected to raise around $175 million to $180 million by the end "
    "of June to build a portfolio of 30 crypto and blockchain startups."
)
# s26k-technews4all-square-tender-offer-5bn-valuation-en
SQUARE = (
    "In December, The Information reported that payments company Square was considering funding a secondary tender "
    "offer for employee shares at a $5 billion valuation. We’re hearing from sources close to the transaction that "
    "Square has initiated this tender offer, at a $5 billion valuation (up from $3.25 billion at the company’s last "
    "round of funding)."
)
# s26k-minanews-kemenristekdikti-rp64bn-ppbt-startups-2019-id
RISTEK = (
    "Jakarta, MINA – Kementerian Riset, Teknologi dan Perguruan Tinggi (Kemenristekdikti) tahun 2019 mengalokasikan "
    "dana sebanyak Rp64 miliar untuk startup (perusahaan rintisan) binaannya, Perusahaan Pemula Berbasis Teknologi "
    "(PPBT)"
)
# s26k-p2tel-indonesia-1000-startup-program-rp92bn-id
PROGRAM_1000 = (
    "JAKARTA, KOMPAS.com-Pemerintah memprogram “1.000 startup” hingga tahun 2020. Menkominfo Rudiantara : “Dibutuhkan "
    "dana 6,7 juta dollar AS atau Rp 92,6M mewujudkannya."
)


def test_a_raise_only_expected_is_not_closed() -> None:
    assert EXPECTED_RAISE.search(LYFT) and EXPECTED_RAISE.search(GALAXY)
    assert other_reason(LYFT) == "not closed"
    assert other_reason(GALAXY) == "not closed"
    assert parse_deals(LYFT)[0].kind == "other"
    # SYNTHETIC: a closed round told first keeps its raise; "expected to close" is not matched.
    assert parse_deals("Acme raised $5 million in a seed round and expects to raise a Series A next year.")[0].kind == (
        "round"
    )
    assert not EXPECTED_RAISE.search(
        "Acme signed a term sheet for a $2 million note, which is expected to close shortly."
    )


def test_a_secondary_tender_offer_is_no_round() -> None:
    assert TENDER_OFFER.search(SQUARE)
    assert other_reason(SQUARE) == "secondary"
    assert parse_deals(SQUARE)[0].kind == "other"
    # SYNTHETIC: a "tender" that is no share offer is not matched.
    assert not TENDER_OFFER.search("Acme won a public tender offered by the city for its bus software.")


def test_an_indonesian_government_start_up_budget_is_a_public_programme() -> None:
    assert PUBLIC_BUDGET_ID.search(RISTEK) and PUBLIC_BUDGET_ID.search(PROGRAM_1000)
    assert other_reason(RISTEK) == "public programme"
    assert other_reason(PROGRAM_1000) == "public programme"
    assert parse_deals(RISTEK)[0].kind == "other"
    # SYNTHETIC: a start-up's raise with the government only named later is untouched.
    assert not PUBLIC_BUDGET_ID.search("Startup Acme meraih pendanaan Rp10 miliar dari Pemerintah Daerah.")


# s25-votreactualite-french-tech-1-43bn-end-april-fr (opening sentence 3)
FRENCH_TECH = (
    "Fin avril, les start-up tricolores ont levé un total de 1,43 milliard d’euros, soit 72 % de plus que sur la même "
    "période l’année précédente, où le montant atteint était déjà supérieur de 15 % par rapport à 2017."
)
# s24-citymilano-italy-startups-446m-h1-2021-it
ITALY = "Nei primi sei mesi dell’anno in Italia le startup hanno raccolto complessivamente 446,5 milioni di euro,"
# hs4-rdnl-nl-q3-2020
DUTCH = "in het derde kwartaal 510 miljoen euro werd geïnvesteerd in startende bedrijven"
# s25-nairobitimes-kenya-2023-800m-sun-king-mogo-en
AFRICA = (
    "At the close of 2023, African startups raised a total of $3.4 billion with energy solutions and FinTech leading"
)


def test_period_totals_in_romance_dutch_and_hedged_words_are_market_totals() -> None:
    for text in (FRENCH_TECH, ITALY, DUTCH, AFRICA):
        assert TOTALS_MORE.search(text), text
    assert other_reason(FRENCH_TECH) == "market total"
    assert other_reason(AFRICA) == "market total"
    # milik.ai (hs21-milik-hark-700m-series-a-decart-300m-en, labeled a round): two named start-ups are a roundup.
    assert not TOTALS_MORE.search("Two AI Startups Just Raised $1B: What Their Mega-Rounds Reveal")
    # SYNTHETIC: one company's raise is untouched.
    assert not TOTALS_MORE.search("La start-up Acme a levé 5 millions d’euros auprès de Partech.")
