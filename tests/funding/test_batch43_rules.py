"""Rules added for issue 13 from tuning_batch43's misses (branch batch43; the batch scored mean 0.565 before them).

Each real sentence is quoted from its row (id and url); variants marked SYNTHETIC are written here to probe the same
construction in other words and are in no dev, tuning or holdout file. The kind model is pinned to `rules` (conftest).
"""

from talentintel.funding import parse_deals
from talentintel.funding.company_function_words import is_function_word
from talentintel.funding.company_romance_round import romance_round_company
from talentintel.funding.investor_lists import lead_investors
from talentintel.funding.money import round_amount
from talentintel.funding.rounds import classify_round

# b43-phpcn-0g-labs-35m-pre-seed-hack-vc, https://m.php.cn/faq/1796499010.html
ZERO_G = (
    "Translator’s Note: In March this year, 0G Labs completed a $35 million Pre-Seed investment led by Hack VC round of "
    "financing. 0G Labs aims to build the first modular AI chain to help developers launch AI dApps on a "
    "high-performance, programmable data availability layer."
)


def test_the_rounds_own_noun_after_the_lead_ends_its_name() -> None:
    assert lead_investors(ZERO_G) == ["Hack VC"]
    # SYNTHETIC: a capitalised "Round" belongs to a name.
    assert lead_investors("Kelvaro raised $5 million in a round led by Round Hill Ventures.") == ["Round Hill Ventures"]


# b43-nabil-paid-21-6m-seed-lightspeed,
# https://www.nabil.org/2025/09/29/paid-secures-21-6m-seed-round-led-by-lightspeed-revolutionizing-ai-billing-with-results-based-model
PAID = (
    "Paid Secures $21.6M Seed Round Led by Lightspeed, Revolutionizing AI Billing with Results-Based Model\n\n"
    "In a significant move, Manny Medina, renowned for founding sales automation startup Outreach with a valuation of "
    "$4.4 billion, has made waves with his latest venture, Paid."
)


def test_a_headlines_izing_participle_after_the_lead_is_no_investor() -> None:
    assert lead_investors(PAID) == ["Lightspeed"]
    # SYNTHETIC: the British spelling reads the same; a list of two firms is still two leads.
    assert lead_investors("Kelvaro Raises $8M Led by Accel, Modernising Freight Billing") == ["Accel"]
    assert lead_investors("Kelvaro Raises $8M Led by Accel, Index Ventures") == ["Accel", "Index Ventures"]


# b43-payney-unnamed-bitcoin-miner-11m-ai-pivot, https://payney.com/blog/bitcoin-miner-ai-data-center-11m-investment-2026
def test_a_stance_adverb_opening_a_sentence_is_no_company() -> None:
    assert is_function_word("Frankly")
    assert is_function_word("Admittedly")
    text = (
        "A bitcoin mining outfit just landed an $11 million investment to retool itself as an AI data center operator. "
        "That's not a headline you'd expect two years ago.\nThe math works.\n"
        "AI data centers command premium pricing. Frankly, the economics are hard to ignore."
    )
    assert parse_deals(text)[0].company is None


# b43-ctolfr-lightchain-ai-21m-presale-fr, https://www.ctol-fr.com/news/new-titans-ai-blockchain-projects-rewrite-funding-rules
LIGHTCHAIN = (
    "Un groupe d'investisseurs vient de clôturer un tour de table de 21 millions de dollars pour Lightchain AI. Cette "
    "scène se répète avec une fréquence croissante dans le paysage de l'investissement technologique."
)


def test_a_romance_rounds_raiser_ends_at_the_full_stop_before_a_demonstrative() -> None:
    assert romance_round_company(LIGHTCHAIN) == "Lightchain AI"
    # SYNTHETIC: a dotted brand keeps its dots; Spanish "Esta" after the stop ends the name too.
    assert romance_round_company("Una ronda de 5 millones de dólares para Fetch.ai ha cerrado hoy.") == "Fetch.ai"
    assert romance_round_company("Una ronda de 5 millones de dólares para Kelvaro Labs. Esta ronda es la mayor.") == (
        "Kelvaro Labs"
    )


# b43-cryptoindiamagazine-crusoe-686m-of-818m, https://cryptoindiamagazine.com/2024/11/22/crusoe-energy-raises-686m-for-ai-data-centers
CRUSOE = (
    "- Crusoe Energy has raised $686M of a planned $818M funding round to expand its AI-focused data center "
    "infrastructure, per an SEC filing.\n"
    "Crusoe Energy, a startup transitioning from cryptocurrency to artificial intelligence (AI) infrastructure, is "
    "reportedly raising $818 million in new funding, according to a recent filing with the U.S. Securities and Exchange "
    "Commission (SEC). The filing shows that Crusoe has already secured $686 million from 70 investors, with plans to "
    "close the remaining amount.\n"
    "Earlier this year, The Financial Times reported that Crusoe was in talks to raise $500 million in a round led by "
    "Peter Thiel’s Founders Fund and Felicis Ventures."
)


def test_a_raise_in_talks_or_under_way_and_its_target_are_not_the_closed_amount() -> None:
    found = round_amount(CRUSOE)
    assert found is not None and found[0].amount == 686_000_000
    # SYNTHETIC: talks told with a lead lose to the closed sum however fully told.
    found = round_amount(
        "Kelvaro has closed $40 million. Last month it was in advanced talks to raise $60 million in a round led by "
        "Accel and Index Ventures."
    )
    assert found is not None and found[0].amount == 40_000_000
    # SYNTHETIC: a story of talks alone still gives its sum.
    found = round_amount("Kelvaro is in talks to raise $12 million in a Series A round, people familiar said.")
    assert found is not None and found[0].amount == 12_000_000


# b43-bitspire-bitfarms-500m-convertible-notes,
# https://bitspire.pro/crypto-news/35875/bitcoin-miner-bitfarms-upsizes-debt-offering-500m-scale-ai-ambitions
BITFARMS = (
    "Bitcoin mining company Bitfarms Ltd. has upsized its convertible note offering to $500 million as it plans to ramp "
    "up investment in artificial intelligence and high-performance computing infrastructure. The North American crypto "
    "miner initially proposed raising $300 million through convertible senior notes due in 2031, but expanded the "
    "offering to $500 million just a day later, according to a statement issued on October 16. As part of the raise, "
    "the company also entered into capped call transactions with financial institutions to mitigate potential equity "
    "dilution from conversions."
)


def test_an_upsized_note_offering_is_a_debt_round_at_its_new_size() -> None:
    deal = parse_deals(BITFARMS)[0]
    assert (deal.kind, deal.company, deal.amount_usd, deal.round) == ("round", "Bitfarms", 500_000_000, "debt")
    # SYNTHETIC: "equity" as money still makes a mix no debt round; "equity upside" does not.
    assert classify_round("Kelvaro raised $50 million in convertible notes and equity.") is None
    assert classify_round("Kelvaro sold $50 million of convertible notes, giving buyers equity upside.") == "debt"


# b43-gncrypto-karak-48m-series-a-ru, https://gncrypto.news/ru/news/karak-restaking-protocol-eigenlayers-new-competitor
KARAK = (
    "Рестейкинг-протокол Karak: альтернатива EigenLayer\n"
    "Ниша рестейкинга нуждалась в создании конкурента EigenLayer, и такие фонды, как Coinbase Ventures и Pantera "
    "Capital, дали толчок к развитию подобного проекта. В декабре 2024 года в рамках раунда финансирования серии А "
    "проект Karak привлек $48 млн."
)


def test_a_russian_raise_reads_its_raiser_sum_and_series() -> None:
    deal = parse_deals(KARAK)[0]
    assert (deal.kind, deal.company, deal.amount_usd, deal.round) == ("round", "Karak", 48_000_000, "series_a")
    # SYNTHETIC: the sum after the verb in words, a Latin series letter and a lead "под руководством".
    deal = parse_deals(
        "Стартап Kelvaro привлек 12 млн долларов в раунде серии B под руководством Accel. Компания разрабатывает "
        "платформу для логистики и планирует расширяться в Европе и Азии в ближайшие два года."
    )[0]
    assert (deal.company, deal.amount_usd, deal.round, deal.lead_investors) == (
        "Kelvaro",
        12_000_000,
        "series_b",
        ["Accel"],
    )
    # SYNTHETIC: a plan ("планирует привлечь") and a purchase told first are no round.
    planned = "Стартап Kelvaro планирует привлечь 12 млн долларов в раунде серии B. Компания разрабатывает платформу."
    assert parse_deals(planned)[0].kind != "round" or parse_deals(planned)[0].company != "Kelvaro"
    bought = (
        "NVIDIA согласилась приобрести Kelvaro, разработчика чипов, за 2 миллиарда долларов. Ранее Kelvaro привлек "
        "75 млн долларов."
    )
    assert parse_deals(bought)[0].kind != "round"


# b43-mycryptos-miners-11bn-convertible-boom,
# https://my-cryptos.com/btc-mining-industry-finances-ai-gold-rush-with-11b-convertible-bond-boom
MINERS = (
    "BTC mining industry finances AI gold rush with $11B convertible bond boom\n"
    "The Bitcoin mining industry is financing its expensive pivot to AI data centers with convertible debt that "
    "sometimes features a 0% coupon.\n"
    "Bitcoin (BTC) miners have raised $11 billion in convertible debt — corporate debt that is convertible to stocks — "
    "over the last year, amid a pivot into artificial intelligence data centers."
)


def test_an_industrys_plural_raising_over_a_period_is_a_market_total() -> None:
    assert parse_deals(MINERS)[0].kind == "other"
    # SYNTHETIC: start-ups of a place over a year read the same; one named company's raise does not.
    assert parse_deals("Berlin start-ups raised $2.1 billion in venture funding during the first half of 2024.")[
        0
    ].kind == ("other")
    assert parse_deals("Kelvaro raised $20 million in a Series B led by Accel last year.")[0].kind == "round"
