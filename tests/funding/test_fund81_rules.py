"""Rules for constructions that recur across publishers, found by grouping the tuning misses by cause (branch fund81).

Each real sentence is quoted from its tuning row (id in tests/fixtures/funding/*.jsonl, url there); variants marked
SYNTHETIC are written here, with other names and numbers, to probe the same construction and are in no dev, tuning or
holdout file.
"""

from talentintel.funding import parse_deals
from talentintel.funding.company_url_slug import slug_company
from talentintel.funding.investor_lists import lead_investors
from talentintel.funding.rounds import classify_round
from talentintel.funding.text_spun import unspin

# b18-rolemasters-azra-seed (https://rolemasters.com/azra-online-games-raises-15-million-for-enjoy-and-generate-rpg-
# with-nfts.html), a spun copy of a wire story.
AZRA = (
    "In a seed-funding round led by Andreessen Horowitz, blockchain gaming startup Azra Game titles has elevated $15 "
    "million to establish its flagship participate in-and-make RPG title, “Project Arcanas.”\n"
    "NFX, Coinbase Ventures, Enjoy Ventures, and Franklin Templeton also participated in the spherical."
)


def test_spun_raise_words_are_read_back() -> None:
    assert "Azra Games has raised $15 million" in unspin(AZRA)
    assert unspin(AZRA).endswith("participated in the round.")
    deal = parse_deals(AZRA)[0]
    assert (deal.company, deal.amount_usd) == ("Azra Games", 15_000_000)
    # hs15-liberalexpress-health-universe-6m-seed-kleiner
    assert (
        unspin(
            "simply closed a $6 million seed spherical led by Kleiner Perkins, elevating whole funding to $9.5 million."
        )
        == "simply closed a $6 million seed round led by Kleiner Perkins, raising total funding to $9.5 million."
    )
    # hs15-investordailybuzz-crusoe-500m-raising-founders-fund: "is raising as much as" is a raise under way.
    crusoe = (
        "Knowledge centre start-up Crusoe Vitality is elevating as a lot as $500mn of fairness capital from traders"
    )
    assert "is raising as much as $500mn" in unspin(crusoe)
    # SYNTHETIC variants: other names, sums and series.
    assert unspin("Orbit Labs has elevated $8 million in a Sequence B spherical.") == (
        "Orbit Labs has raised $8 million in a Series B round."
    )
    assert unspin("Kestrel Video games elevates €4 million") == "Kestrel Games raises €4 million"


def test_spun_words_keep_their_own_sense() -> None:
    # SYNTHETIC: a shape, a DNA sequence and a raised price are not the spinner's swaps.
    for text in (
        "The firm builds a spherical robot for pipes.",
        "The sequence A-T-G codes for methionine.",
        "The lift elevated the cabin to the tenth floor.",
        "Sequence Analytics raised $5 million.",
    ):
        assert unspin(text) == text


def test_spun_series_letter_is_the_round() -> None:
    # b22-bestgamingpro-dream-games-50m
    text = (
        "Right this moment, one of many extra promising of these startups, Istanbul-based, Peak alum-founded Dream "
        "Games, is saying the GA launch of its first title, Royal Match (on each iOS and Android), together with $50 "
        "million in funding to double down on the chance forward — the most important Sequence A raised by a startup "
        "in Turkey to this point."
    )
    assert "the most important Series A raised" in unspin(text)
    assert classify_round(unspin(text)) == "series_a"
    assert classify_round(text) is None  # before the read-back


def test_round_as_subject_with_the_lead_as_object() -> None:
    # coinjournal-polygon-450m: Chinese word order (本轮由X领投) carried into English.
    assert lead_investors(
        "The token sale led Sequoia Capital India, featured over 40 investors in and out of the blockchain space."
    ) == ["Sequoia Capital India"]
    # SYNTHETIC variants: another round noun and name; a cause ("led X to") is no lead.
    assert lead_investors("This financing round led Hongshan, and Meituan joined it.") == ["Hongshan"]
    assert lead_investors("The round led Acme to expand into Europe.") == []


def test_a_founder_who_runs_the_company_is_no_lead() -> None:
    # grantedai-mind-robotics-a
    found = lead_investors(
        "Mind Robotics, a Rivian spinout led by founder RJ Scaringe, led the pack with a $500 million Series A co-led "
        "by Accel and Andreessen Horowitz, valuing the company at roughly $2 billion."
    )
    assert "RJ Scaringe" not in found and {"Accel", "Andreessen Horowitz"} <= set(found)
    # SYNTHETIC: other role nouns in lower case; the capitalised firm "Founders Fund" is still a lead.
    assert lead_investors("Helio, a lab led by co-founder Ana Ruiz, raised $9 million led by Northzone.") == [
        "Northzone"
    ]
    assert lead_investors("The seed round was led by Founders Fund.") == ["Founders Fund"]


def test_an_adverb_between_is_and_leading() -> None:
    # dsa-wmmotor-jinying
    text = (
        "In separate business developments, China's Baidu is reportedly leading a new $140 million round in WM Motor, "
        "while Jinying Technology raised $40 million in its latest round led by Xiaomi Inc and Yunfeng Capital, the "
        "China Money Network reported."
    )
    assert "Baidu" in lead_investors(text.split(", while")[0] + ".")
    # SYNTHETIC variants.
    assert lead_investors("Tencent is currently leading a $60 million round in Lumi.") == ["Tencent"]
    assert lead_investors("Accel is also leading the Series B of Quill.") == ["Accel"]


def test_and_clause_of_participants_ends_the_leads() -> None:
    # b23-bitgetapps-celestia-chaincatcher-copy
    assert lead_investors(
        "This round of financing was led by Bain Capital Crypto, and Syncracy Capital, 1kx, Robot Ventures, "
        "Placeholder and others participated in the investment, and wrote that this brought the total"
    ) == ["Bain Capital Crypto"]
    # b38-serveritnews-graphcore-e-round
    assert lead_investors(
        "It is reported that this round of financing was led by the Ontario Teachers’ Pension Plan Committee, and "
        "funds managed by Fuda International and Schroder participated in the investment."
    ) == ["Ontario Teachers’ Pension Plan Committee"]
    # SYNTHETIC: the clause's verb "joined"; a plain list's ", and" keeps all its leads.
    assert lead_investors("The round was led by Lakestar, and Atomico and Seedcamp also joined.") == ["Lakestar"]
    assert lead_investors("The round was led by Acme Capital, Beta Ventures, and Gamma Partners.") == [
        "Acme Capital",
        "Beta Ventures",
        "Gamma Partners",
    ]


def test_company_suffix_stop_ends_the_sentence() -> None:
    # b20-crains-maymobility-c (the next sentence of the row).
    text = (
        "The capital raise was led by Mirai Creation Fund II, part of Japanese investment fund SPARX Asset Management "
        "Co. Ltd. New investors include Tokio Marine and Toyota Tsusho, alongside existing investors."
    )
    assert lead_investors(text) == ["Mirai Creation Fund II"]
    # SYNTHETIC: "Inc." then "Other backers ...".
    assert lead_investors("The round was led by Orion Holdings Inc. Other backers include Zeta Capital.") == [
        "Orion Holdings"
    ]


def test_headline_raise_verb_after_the_appositive_lead() -> None:
    # hs14-digitalc-worldcoin-tools-for-humanity-115m-series-c
    assert lead_investors("Worldcoin, led by Blockchain Capital, raises $115M for Sam Altman’s crypto project") == [
        "Blockchain Capital"
    ]
    # SYNTHETIC
    assert lead_investors("Nimbus, led by Index Ventures, secures €20M to expand") == ["Index Ventures"]


def test_firm_run_by_founders_raising_amid_a_slump_is_a_fund() -> None:
    # hs7-theelitetimes-plural-400m: neither "led by the founders" nor "a funding slump" is a round word.
    plural = parse_deals(
        "Plural, a high-tech investment firm led by the founders of some of Europe’s best-known startups, has raised "
        "€400 million to support the region’s next generation of entrepreneurs amid a funding slump."
    )[0]
    assert (plural.kind, plural.company) == ("fund", "Plural")
    # SYNTHETIC variants: another firm, sum and market word; a round named after the firm keeps it a round.
    assert (
        parse_deals(
            "Northlight, an investment firm led by former founders, has raised $120 million amid a funding drought."
        )[0].kind
        == "fund"
    )
    assert parse_deals("Northlight, an investment firm, has raised a $12 million Series A led by Accel.")[0].kind == (
        "round"
    )


def test_url_headline_slug_names_a_raiser_the_text_writes() -> None:
    # fintechio-ftxus-a: the text's raiser is a descriptor ("American affiliate of cryptocurrency exchange FTX").
    text = (
        "Chicago based American affiliate of cryptocurrency exchange FTX raised $400m in Series A from investors "
        "including SoftBank, Temasek, Paradigm and Multicoin Capital."
    )
    url = "https://news.fintech.io/post/102hh95/ftx-us-raises-400m-in-series-a-funding"
    assert slug_company(text, url) == "FTX"
    assert parse_deals(text, source=url)[0].company == "FTX"
    # trendingtopics-refurbed-54m-eur: a lower-case brand the German text writes later ("refurbed").
    assert slug_company(
        "Der Händler refurbed wächst.", "https://www.trendingtopics.eu/refurbed-frische-54-millionen-euro/"
    ) == ("refurbed")
    # SYNTHETIC variants: a descriptor before the name in the slug; a name the text never writes is not invented.
    assert slug_company(
        "The startup, Quillbase, said ...", "https://x.example/news/cyber-startup-quillbase-raises-8m-seed"
    ) == ("Quillbase")
    assert slug_company("A Berlin company raised money.", "https://x.example/orbitly-raises-5m") is None
    assert slug_company("Acme raised $5M.", "https://x.example/2024/05/weekly-roundup") is None
