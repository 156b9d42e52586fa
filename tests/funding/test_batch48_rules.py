"""Rules added for issue 13 from tuning_batch48's misses (branch batch48; the batch scored mean 0.784 with the rules
before them).

Each real sentence is quoted from its row (id and url); variants marked SYNTHETIC are written here to probe the same
construction in other words and are in no dev, tuning or holdout file. The kind model is pinned to `rules` (conftest).
"""

from talentintel.funding import parse_deals
from talentintel.funding.company_anaphor import pronoun_company
from talentintel.funding.company_nonnames import not_a_name
from talentintel.funding.company_persons import person_spans
from talentintel.funding.kind import reports_raise
from talentintel.funding.opening_noise import is_label_line
from talentintel.funding.rounds import classify_round
from talentintel.funding.segment_items import label_subject


def test_a_superlative_heading_a_descriptor_is_no_name() -> None:
    # b48-synergyeffect-sensetime-620m-no-lead, https://synergyeffectcorp.com/all-posts-worlds-biggest-ai-startup-...
    text = (
        "World’s Biggest AI Startup Raises $1.2 Billion in Mere Months\n\n"
        "SenseTime Group Ltd. has raised $620 million at a valuation of more  than $4.5 billion just months after "
        "scoring a similar amount from  investors led by Alibaba Group Holding Ltd. and Singapore’s state  investment firm."
    )
    assert not_a_name("Biggest")
    assert parse_deals(text)[0].company == "SenseTime Group"
    # SYNTHETIC: another superlative headline over a named body.
    synthetic = (
        "Africa’s Largest Fintech Raises $40 Million\n\nKelvaro Pay has raised $40 million led by Orbital Capital."
    )
    assert not_a_name("Largest")
    assert parse_deals(synthetic)[0].company == "Kelvaro Pay"
    assert not not_a_name("Largo")  # SYNTHETIC: a word that only starts like one


def test_a_capitalised_round_letter_names_the_stage() -> None:
    # b48-redherring-sensetime-600m-round-c-alibaba, https://redherring.com/asia/alibaba-back-ai-startup-sensetime-...
    quote = (
        "“Our Round C funding will maximize these advantages by accelerating the development of a global footprint,” "
        "said co-founder and CEO Li Xu today."
    )
    assert classify_round(quote) == "series_c"
    assert classify_round("Kelvaro closed its Round B with Orbital.") == "series_b"  # SYNTHETIC
    assert classify_round("Round G of the league starts Monday.") is None  # SYNTHETIC: past the vocabulary


def test_a_presale_and_investors_buying_the_raisers_tokens_are_a_token_sale() -> None:
    # b48-jobsrozanaa-ai-pool-7-5m-presale, https://jobsrozanaa.com/solana-based-crypto-ai-project-raises-7-5m-...
    assert classify_round(
        "A new Solana project, AI Pool, raised an impressive $7.5 million in less than a day during its presale."
    ) == ("token_sale")
    # b48-cryptounity-polygon-450m-sequoia-india (and b15-scienceandnerds-polygon, same sentence)
    assert classify_round("Kevin O’Leary also participated in the private token purchase") == "token_sale"
    # b48-razorforex-polygon-450m-no-lead, https://www.razor-forex.com/2022/02/ethereum-scaling-solution-provider.html
    assert (
        classify_round("Investors in this round purchased MATIC tokens from Polygon in a private round.")
        == "token_sale"
    )
    # A bare "Pre-sale" of a pre-ICO stays unread (b39-nltimes-headstart-pre-ico-11-5m-eur).
    assert classify_round("Pre-sale 2.5 percent of the tokens were sold.") is None
    # SYNTHETIC: a product's presale is no token sale without its article ... and a token presale is one.
    assert classify_round("Kelvaro raised $2 million in a token presale.") == "token_sale"
    assert classify_round("The headset opened for pre-orders; Kelvaro raised $2 million in seed funding.") == "seed"


def test_a_lone_word_line_is_no_sentence_of_the_opening() -> None:
    # b48-omeganext-prophet-security-30m, https://news.omeganext.com/en/article/2025-07-30-cybersecurity-ais-30m-bet-...
    text = (
        "Cybersecurity AI's $30M Bet: Revolution or Catastrophe?\n\nTechrepublic\n\n"
        "Prophet Security recently announced it secured $30 million in funding to develop and deploy “autonomous AI "
        "defenders,” a technology designed to investigate security threats with unprecedented speed."
    )
    assert is_label_line("Techrepublic") and is_label_line("Summary") and is_label_line("Background")
    assert not is_label_line("Acme raised $5 million.") and not is_label_line("Kelvaro Pay")
    assert reports_raise(text)
    deal = parse_deals(text)[0]
    assert (deal.kind, deal.company, deal.amount_usd) == ("round", "Prophet Security", 30_000_000.0)
    # SYNTHETIC: a section label between the headline and the lede.
    synthetic = (
        "Robot Kitchens Get a Backer\nOverview\nKelvaro recently announced it raised $6 million in seed funding."
    )
    assert (parse_deals(synthetic)[0].kind, parse_deals(synthetic)[0].company) == ("round", "Kelvaro")


def test_recently_between_the_subject_and_its_verb() -> None:
    assert parse_deals("Prophet Security recently announced it secured $30 million in funding.")[0].company == (
        "Prophet Security"
    )
    # SYNTHETIC
    assert (
        parse_deals("Kelvaro Labs recently closed a $12 million Series A led by Orbital.")[0].company == "Kelvaro Labs"
    )


def test_a_digest_items_label_is_the_subject_of_its_raise() -> None:
    # b48-healthaiforesight-betterness-2-5m-seed-roundup, https://www.healthaiforesight.com/p/health-ai-in-the-1st-...
    item = (
        "  • Betterness (US): Raised $2.5M seed and launched Bett-i, a voice-first AI life-coaching system that connects "
        "wearables, labs and specialist wellness agents. [Link]"
    )
    assert label_subject(item) == "Betterness"
    assert parse_deals(item)[0].company == "Betterness"
    # f15-coinscribe-africa-funds-update: the same label form in another digest.
    assert label_subject("- Alterra Capital Partners: Raised $140 million from Aliko Dangote’s backing") == (
        "Alterra Capital Partners"
    )
    # SYNTHETIC: no raise after the colon, no label read.
    assert label_subject("• Kelvaro (UK): Launched a payments app for nurses.") is None


def test_role_appositives_by_letters_and_a_bare_creator_name_people() -> None:
    # b48-cryptonewsreview-lightning-labs-2-5m-seed, https://cryptonewsreview.com/twitter-ceo-among-backers-of-...
    text = (
        "Also supporting the project are David Sacks, former COO of PayPal, and Bill Lee, angel investor in Tesla and "
        "SpaceX, Jacqueline Reses, head of Square capital, and Charlie Lee, creator of Litecoin, reports CNBC."
    )
    _, persons = person_spans(text)
    assert {"David Sacks", "Charlie Lee"} <= persons
    # b40-cointelegraph-skymavis-150m-binance: with an article, "the creator of" describes a company.
    _, persons = person_spans(
        "Sky Mavis, the creator of the popular play-to-earn nonfungible token game, raised $150M."
    )
    assert "Sky Mavis" not in persons


def test_a_coordinated_it_refers_to_the_sentences_subject() -> None:
    # b48-cryptonewsreview-lightning-labs-2-5m-seed
    sentence = (
        "Lightning Labs specialises in technology that promises to make Bitcoin cheaper and faster to use, and it has "
        "raised seed funding of $2.5 million."
    )
    assert pronoun_company(sentence) == "Lightning Labs"
    full = (
        "Twitter CEO among backers of blockchain startup Lightning Labs\n\n"
        "Also supporting the project are David Sacks, former COO of PayPal, and Charlie Lee, creator of Litecoin, reports "
        f"CNBC.\n\n{sentence}"
    )
    deal = parse_deals(full)[0]
    assert (deal.company, deal.amount_usd, deal.round) == ("Lightning Labs", 2_500_000.0, "seed")
    # SYNTHETIC: "but it has" the same; a person opening the sentence is no antecedent.
    assert (
        pronoun_company("Kelvaro builds payroll tools for clinics, but it has closed $3 million from angels.")
        == "Kelvaro"
    )
