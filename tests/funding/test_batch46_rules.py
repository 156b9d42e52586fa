"""Rules added for issue 13 from tuning_batch46's misses (branch batch46; the batch scored mean 0.790 with the rules
before them).

Each real sentence is quoted from its row (id and url); variants marked SYNTHETIC are written here to probe the same
construction in other words and are in no dev, tuning or holdout file. The kind model is pinned to `rules` (conftest).
"""

from talentintel.funding import parse_deals
from talentintel.funding.company_called import called_after_raise
from talentintel.funding.company_founder_startup import founders_startup
from talentintel.funding.company_sources import not_raiser
from talentintel.funding.deal_sector import raise_sentence
from talentintel.funding.kind import other_reason
from talentintel.funding.kind_market import MARKET, MARKET_TREND
from talentintel.funding.rounds import classify_round
from talentintel.funding.segments import split_deals

# b46-thenorthlines-foundation-11m-seed, https://thenorthlines.com/founder-of-failed-fintech-raises-11m-for-robotics-...
_FOUNDATION = (
    "Sankaet Pathak, founder of the collapsed financial technology company Synapse, has secured $11 million in funding "
    "for his latest startup venture in the robotics industry. Pathak told reporters this week that he has raised the "
    "seed round capital from investment firm Tribe Capital and other undisclosed angel investors for his new "
    "Boston-based company called Foundation."
)


def test_the_raiser_named_after_the_raise_by_called() -> None:
    assert called_after_raise(_FOUNDATION) == "Foundation"
    deal = parse_deals(_FOUNDATION)[0]
    assert (deal.company, deal.amount_usd, deal.round) == ("Foundation", 11_000_000.0, "seed")
    # SYNTHETIC: a startup named after "for her new ... startup named".
    assert called_after_raise("She closed $4 million from two angels for her new fintech startup named Kelvaro.") == (
        "Kelvaro"
    )


def test_a_pronoun_retelling_the_raise_with_no_sum_opens_no_deal() -> None:
    assert len(split_deals(_FOUNDATION)) == 1
    # SYNTHETIC: a second company's own sum still opens a deal.
    roundup = "Kelvaro has raised $4 million led by Orbital. Separately, Zentrix raised $9 million from Halcyon."
    assert len(split_deals(roundup)) == 2


def test_a_founders_startup_appositive_names_the_raiser() -> None:
    # b46-satirictech-spaitial-13m-seed, https://www.satiric-tech.info/article/ai-genius-raises-13-m-to-teach-...
    text = (
        "In a groundbreaking move that has left both the tech world and your average IKEA furniture assembler in awe, "
        "Matthias Niessner, one of Europe’s top AI researchers, has secured a whopping $13 million in seed funding. "
        "His mission? To crack the ‘holy grail’ of models: spatial foundation models.\n"
        "Niessner’s startup, SpAItial, promises to revolutionize how machines understand space."
    )
    assert founders_startup("Matthias Niessner", text) == "SpAItial"
    assert parse_deals(text)[0].company == "SpAItial"
    assert founders_startup("Kelvaro", "Kelvaro raised $4 million.") is None  # SYNTHETIC: no startup appositive


def test_an_interjection_opening_a_sentence_is_no_name() -> None:
    # b46-empiredig-thinking-machinery-lab-2b, https://empiredig.com/the-rise-of-pre-plan-venture-capital
    text = (
        "Ah, how innocent it was back then. . . The new hottest seems to be pre-planned companies.\n"
        "Mira Murati, former Chief Technology Officer of Openai, has raised $2 billion for a new artificial "
        "intelligence startup."
    )
    assert parse_deals(text)[0].company != "Ah"


def test_a_priced_exit_or_an_exit_to_a_buyer_is_an_acquisition() -> None:
    # b46-almonitor-instadeep-biontech-exit, https://www.al-monitor.com/originals/2023/01/why-tunisian-instadeeps-...
    text = (
        "Why Tunisian InstaDeep’s $682m exit may not mark Maghreb's turning point\n\n"
        "While mega exits have historically upturned ecosystems across the world, Tunisia and the Maghreb region "
        "contain hurdles that make such shifts less likely."
    )
    assert other_reason(text) == "acquisition"
    # SYNTHETIC: a priced exit told with its buyer.
    assert other_reason("Kelvaro’s $40 million exit to Orbital Group was completed on Monday.") == "acquisition"


def test_startups_raising_collectively_or_a_share_of_vc_is_a_market_total() -> None:
    # b46-wapress-nigeria-ai-startups-50m, https://wapress.africa/technology/nigerias-ai-startups-secure-50-million-...
    line = (
        "In a significant boost to the Nigerian tech ecosystem, several AI startups in the country have collectively "
        "secured $50 million in venture capital funding."
    )
    assert MARKET.search(line)
    assert parse_deals(line)[0].kind == "other"
    # b46-zeroutility-ai-vc-share-crypto-totals, https://www.zeroutility.xyz/es/article/how-ais-venture-capital-...
    share = (
        "Yes, artificial intelligence startups pretty much hoarded the venture capital cookie jar already this year, "
        "snatching a jaw-dropping 57.9% of the global VC funds."
    )
    assert MARKET_TREND.search(share)


def test_french_aupres_du_after_an_aside_names_the_one_investor() -> None:
    # b46-webdo-instadeep-100m-biontech-fr, https://www.webdo.tn/2022/01/26/instadeep-est-elle-reellement-tunisienne-...
    text = (
        "Spécialisée dans l’intelligence artificielle, la start-up InstaDeep a annoncé hier mardi 25 janvier 2022 avoir "
        "levé 100 millions de dollars, une opération record dans la région, auprès du laboratoire allemand BioNTech, "
        "pour développer l’intelligence artificielle décisionnelle."
    )
    deal = parse_deals(text)[0]
    assert deal.lead_investors == ["BioNTech"]
    assert "ai" in deal.sector  # the raise's own sentence says what the company does
    assert raise_sentence(text, "InstaDeep") == text


def test_defai_is_an_ai_word() -> None:
    # b46-coinbrit-velvet-capital-3-7m, https://coinbrit.news/?p=17501
    text = (
        "London, 9 July 2025 – Velvet Capital, a next-generation DeFAI trading and portfolio management platform, has "
        "secured 3.7 million US dollars in funding to accelerate the development of its decentralised financial "
        "operating system."
    )
    assert sorted(parse_deals(text)[0].sector) == ["ai", "crypto"]


def test_strategic_token_accumulation_is_no_token_sale() -> None:
    # b46-blockflow-oblong-7-5m-pipe-tao, https://www.blockflow.news/news/detail/1744/Oblong-Secures-7-5-Million-...
    text = (
        "Nasdaq firm bets on decentralized AI with strategic token accumulation.\n"
        "On June 9, Nasdaq-listed Oblong, Inc. (OBLG), a technology service provider specializing in innovative IT "
        "solutions, announced a $7.5 million private placement through a securities purchase agreement."
    )
    assert classify_round(text) is None
    # SYNTHETIC: a strategic token round stays a token sale.
    assert classify_round("Kelvaro closed a $5 million strategic token round led by Orbital.") == "token_sale"


def test_a_name_on_a_listed_project_is_no_raiser() -> None:
    # b46-deeplearning-lelapa-2-5m, https://www.deeplearning.ai/the-batch/lelapa-brings-ai-talent-back-to-africa/
    text = (
        "How it works: Lelapa develops AI models for other businesses and nonprofits. The company has raised $2.5 "
        "million from institutions including Mozilla Ventures. Current projects include:\n\n"
        "  • Vulavula, a service that provides multilingual intent detection, translation, and transcription\n"
    )
    start = text.index("Vulavula")
    assert not_raiser(text, start, start + len("Vulavula"))
    start = text.index("Lelapa")
    assert not not_raiser(text, start, start + len("Lelapa"))


def test_the_company_raising_refers_back_to_the_texts_company() -> None:
    # b46-deeplearning-lelapa-2-5m, https://www.deeplearning.ai/the-batch/lelapa-brings-ai-talent-back-to-africa/
    text = (
        "Repatriating Talent Lelapa brings AI talent back to Africa.\n\n"
        "How it works: Lelapa develops AI models for other businesses and nonprofits. The company has raised $2.5 "
        "million from institutions including Mozilla Ventures, Africa-centric investor Atlantica Ventures, and private "
        "investors including Google AI chief Jeff Dean.\n\n"
        "Behind the news: Lelapa’s founders include some organizers of Deep Learning Indaba, a machine learning "
        "conference most recently held in Tunisia, and Masakhane, a nonprofit that promotes open-source models and "
        "datasets for African languages."
    )
    assert parse_deals(text)[0].company == "Lelapa"


def test_the_company_raising_keeps_the_round_owner_named_just_before() -> None:
    # hs6-statnews-applied-xl-seed (tuning_hs6): the owner of "the most recent fundraising round of Applied XL".
    text = (
        "BOSTON— Today, STAT, the leading media company reporting on health, science, and medicine, announced its "
        "participation in the most recent fundraising round of Applied XL, a real-time information company tracking "
        "disruptions to the health of people, places, and the planet. The company has raised $3.5M in seed funding, "
        "led by Hearst Ventures with the participation of Boston Global Media Partners."
    )
    assert parse_deals(text)[0].company == "Applied XL"
