"""Fund raises on unseen text (branch fund85, issue 13; catalog in docs/funding_fund_catalog.md): the manager as the
lede's subject in any sentence shape, a European descriptor before the manager, the fund's own name in apposition,
titles, roles and former employers that are no manager, and sizes that are a plan, a range, a joint sum or a size
beside a first close.

Each real sentence is quoted from its tuning row (id in tests/fixtures/funding/tuning_hs*.jsonl, url there); variants
marked SYNTHETIC are written here, with other names and numbers, to probe the same construction and are in no dev,
tuning or holdout file.
"""

from talentintel.funding import parse_deals
from talentintel.funding.fund_apposed_name import apposed_fund, manager_in_name
from talentintel.funding.fund_closes import closed_so_far
from talentintel.funding.fund_described_intl import described_manager
from talentintel.funding.fund_lede_subject import lede_subject
from talentintel.funding.fund_manager_repair import repaired
from talentintel.funding.fund_size import fund_size

# hs14-localnewswave-ventures-platform-fund-ii-64m (localnewswave, TechCrunch copy).
VENTURES_PLATFORM = (
    "Lagos-based Ventures Platform , one of Africa’s most active early-stage investors, has raised $64 million so far "
    "for its second fund, targeting a final close of $75 million, founding partner Kola Aina tells TechCrunch.\n\n"
    "Among the investors is the Nigerian government, through its Investment in Digital and Creative Enterprises "
    "(iDICE) program , which marks the first time this government has invested in a VC fund."
)
# hs14-timeslive-ventures-platform-40m-first-close (timeslive.co.za).
VENTURES_PLATFORM_2021 = (
    "Nigeria’s Ventures Platform rallied investors including the nation’s sovereign wealth fund to conclude a first "
    "close of a $40m (R640m) fund, months after it made a 20-fold profit from exiting a payments start-up."
)
# hs17-peinsights-3c-agi-partners-50m-first-close (peinsights): the LP in the headline, the manager later.
THREE_C = (
    "Hong Kong family office backs $100m AI infrastructure fund\n\n"
    "A Hong Kong billionaire-linked family office is backing a new $100m artificial intelligence venture fund focused "
    "on the infrastructure underpinning AI growth, Bloomberg reported.\n\n"
    "3C AGI Partners, founded by former SenseTime executive Esther Wong, is targeting up to $100m for the fund by "
    "March, following a $50m first close. The vehicle is supported by VMS Group, a family office that manages more "
    "than $4bn for some of Hong Kong’s wealthiest families."
)
# hs16-thebell-quantumlight-ai-driven-vc-200m-ru (thebell.io), the first two lines.
QUANTUMLIGHT = (
    "AI-инвестиции от создателя Revolut. Как Илья Кондрашов строит умный венчурный фонд с Ником Сторонским\n"
    "QuantumLight — венчурный фонд, который работает на основе AI и отбирает стартапы с помощью технологий "
    "искусственного интеллекта. Вместе с другими инвесторами они вложили в проект около $200 млн."
)
# hs17-sivegame-paradigm-one-2-5bn-fund (sivegame, a Financial Times copy).
PARADIGM = (
    "Cryptocurrencies are booming, and a three-year-old investment firm has raised the largest new venture capital "
    "fund in history to keep the party going.\n\n"
    "Coinbase co-founder Fred Ehrsam and former Sequoia Capital partner Matt Huang have finished raising $2.5bn this "
    "month for Paradigm One, their first venture capital fund. Investors jockeyed to commit money to the fund, "
    "allowing them to raise twice the amount they initially targeted.\n\n"
    "“It is probably small relative to where we’re going in 10 years,” Ehrsam told the Financial Times at Paradigm’s "
    "sparse headquarters in downtown San Francisco."
)
# hs17-cryptocoinspy-dcg-metaverse-ventures-fund (cryptocoinspy).
DCG = (
    "The well-known Digital Currency Group has created a venture capital fund with a unique purpose: it will be used "
    "exclusively on building startups within the Manaland (MANA) ecosystem. The VC fund is called Metaverse Ventures "
    "and wants to help accelerate companies who are offering products and services in Decentraland."
)
# hs19-faz-alpha-intelligence-185m-fund-half-raised-de (faz.net), sentences of its second and third paragraphs.
ALPHA = (
    "KI ist das Steckenpferd des Franzosen, der als einer der Gründer und Geschäftsführer des Silicon-Valley-"
    "Unternehmens Dejima die Grundlagen für intelligente Sprachassistenten gelegt hat und seit 2018 als Gründer, "
    "Geschäftsführer und Fondsmanager die Venture Capital Gesellschaft Alpha Intelligence führt.\n\n"
    "Der erste Alpha-Fonds hat inzwischen in 17 Unternehmen investiert, das Ziel sind 25 bis 30. Etwa die Hälfte des "
    "geplanten Fondsvolumens von 185 Millionen Dollar sind bisher von gut 150 Anlegern überwiegend aus Deutschland, "
    "Frankreich und der Schweiz eingezahlt worden."
)
# hs19-mykingmoney-coinfund-152m-polychain-200m-giza (mykingmoney, a spun repost), the lede and the first section.
COINFUND = (
    "Venture capital firms Coinfund and Polychain Capital have managed to raise a combined $350 million in their "
    "latest funding round, showing renewed confidence in the cryptocurrency space.\n\n"
    "Coinfund raises $152 million\n\n"
    "New York-based venture capital firm, currency fund, which managed to raise $152 million in its latest funding "
    "round, has shown confidence in the cryptocurrency space despite recent withdrawals from many investors."
)
# hs14-excluto-miyako-capital-20bn-yen-deep-tech-fund (excluto), the first sentence.
MIYAKO = (
    "Miyako Capital, an affiliate of Kyoto University, has established a substantial venture capital fund with an "
    "anticipated value of around 20 billion yen ($141 million)."
)
# hs14-bowangcaijing-casstar-beijing-fund-iii-first-close-zh (bowangcaijing), the size and the first close.
CASSTAR = "北京三期基金总规模25亿元。首关金额11.65亿元。该基金LP星光熠熠"
# hs15-jiuzzc-shanghai-ai-industry-fund-10bn-target-zh (jiuzzc): the fund group's scale, a magnitude class.
SHANGHAI_AI = "带动社会资本投入,最终形成1000亿级基金群。"


def test_the_ledes_subject_is_the_manager_whatever_the_sentence_shape() -> None:
    assert lede_subject(VENTURES_PLATFORM) == "Ventures Platform"
    assert lede_subject(VENTURES_PLATFORM_2021) == "Ventures Platform"
    assert lede_subject(THREE_C) == "3C AGI Partners"
    assert lede_subject(QUANTUMLIGHT) == "QuantumLight"
    assert lede_subject(DCG) == "Digital Currency Group"
    deal = parse_deals(VENTURES_PLATFORM)[0]
    assert (deal.kind, deal.company, deal.amount_usd) == ("fund", "Ventures Platform", 64_000_000)
    # SYNTHETIC: a descriptor, a possessive place and an appositive in other words.
    assert lede_subject("Kenyan VC firm Savanna Ridge has raised $30 million for its debut fund.") == "Savanna Ridge"
    assert (
        lede_subject("Brazil’s Arara Capital, backed by two pension funds, closed its third fund at R$200 million.")
        == "Arara Capital"
    )


def test_no_lede_subject_from_a_common_word_an_lp_a_speaker_or_a_dateline() -> None:
    assert lede_subject(PARADIGM) is None  # "Cryptocurrencies are booming", "Coinbase co-founder ..."
    # SYNTHETIC
    assert lede_subject("Ohio Capital has invested in four funds so far, including Reservoir Partners II.") is None
    assert lede_subject("Venture funds predominate, with one sealing its position as the largest fund.") is None
    assert lede_subject("Hajjar says the first fund has earmarked $11 million for 24 ventures.") is None
    assert (
        lede_subject("JERUSALEM (Reuters) – Venture capital investor TLV Partners launched a $250 million fund") is None
    )


def test_a_european_descriptor_names_the_manager() -> None:
    assert described_manager(ALPHA) == "Alpha Intelligence"
    # SYNTHETIC French and Spanish, and a capitalised adjective that belongs to the name.
    assert (
        described_manager("Le fonds est géré par la société de gestion Orée Partners, basée à Lyon.") == "Orée Partners"
    )
    assert described_manager("El vehículo lo lanza la gestora Altamar Ventures este mes.") == "Altamar Ventures"
    assert described_manager("die Mittelständische Beteiligungsgesellschaft Baden-Württemberg. Junge") is None


def test_the_funds_own_name_in_apposition_and_the_firm_it_carries() -> None:
    assert apposed_fund(PARADIGM) == "Paradigm One"
    assert manager_in_name("Paradigm One", PARADIGM) == "Paradigm"
    assert apposed_fund(DCG) == "Metaverse Ventures"
    assert manager_in_name("Metaverse Ventures", DCG) is None
    deal = parse_deals(PARADIGM)[0]
    assert (deal.kind, deal.company, deal.fund_name) == ("fund", "Paradigm", "Paradigm One")
    assert parse_deals(DCG)[0].company == "Digital Currency Group"


def test_titles_and_roles_are_no_manager() -> None:
    for role in ("Crown Prince", "General Partners", "Managing Partner", "Founders"):
        assert repaired(role, "") is None
    assert repaired("Founders Fund", "") == "Founders Fund"


def test_a_planned_anticipated_or_ranged_sum_is_no_size() -> None:
    assert parse_deals(ALPHA)[0].amount_usd is None
    assert fund_size(MIYAKO) is None
    # SYNTHETIC: a German range and modal, an expected total.
    assert fund_size("Kommendes Jahr sollen so zwischen 300 und 400 Millionen Euro in den Fonds fließen.") is None
    assert fund_size("Der Fonds ist gestartet. 100 Millionen Euro davon wollen Bund und Land stellen.") is None


def test_a_first_close_beside_a_target_and_a_joint_sum() -> None:
    closed = closed_so_far(THREE_C)
    assert closed is not None and closed.amount == 50_000_000
    size = fund_size(COINFUND)
    assert size is not None and size.amount == 152_000_000
    # SYNTHETIC: a first close before a target; with a final close told too, the final figure is the size.
    size = closed_so_far("Acme Ventures announced a $30 million first close of its Fund II, targeting $60M.")
    assert size is not None and size.amount == 30_000_000
    assert closed_so_far("Acme held a $30 million first close in May and a $70 million final close today.") is None


def test_chinese_first_close_and_target_scale() -> None:
    size = fund_size(CASSTAR)
    assert size is not None and size.original == "11.65亿元"
    assert fund_size(SHANGHAI_AI) is None
    # SYNTHETIC: with a final close told, the first close is history.
    size = fund_size("星河三期基金终关规模30亿元。此前首关金额12亿元。")
    assert size is not None and size.amount == 30e8
