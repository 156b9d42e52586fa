"""Rules added by fund74 for named misses in the tuning data (tuning_hs15, its one score: lead 0.400): each test holds
the real sentence (record id and URL above it); synthetic variants are labeled SYNTHETIC."""

from talentintel.funding.deals import parse_deals
from talentintel.funding.investor_lists import lead_investors
from talentintel.funding.lead_partner import partner_firm
from talentintel.funding.money import round_amount

# hs15-estado24h-lotus-health-ai-35m-series-a-pt,
# https://estado24h.com.br/post/lotus-health-ai-levanta-us-35-milhoes-para-medico-virtual-gratuito-em-50-idiomas
LOTUS = (
    "A Lotus Health AI, startup de saúde digital fundada em maio de 2024, anunciou nesta terça-feira a captação de "
    "US$ 35 milhões em uma rodada Série A. O investimento foi co-liderado pelos fundos de venture capital CRV e Kleiner "
    "Perkins, elevando o financiamento total da empresa para US$ 41 milhões."
)


def test_portuguese_led_by_the_plural_article() -> None:
    # "co-liderado pelos fundos ...": "pelos" (by the, plural) as "pelo"/"pela" were.
    deal = parse_deals(LOTUS)[0]
    assert (deal.company, deal.lead_investors) == ("Lotus Health AI", ["CRV", "Kleiner Perkins"])


# hs15-newstextarea-mistral-385m-eur-a16z-de, https://newstextarea.com/deutsch/das-franzosische-start-up-mistral-ai-
# entwickelt-sich-zur-fuhrenden-kraft-in-der-europaischen-kunstlichen-intelligenz/
MISTRAL = (
    "Diese zweite Finanzierungsrunde, angeführt vom kalifornischen Fonds Andreessen Horowitz, bewertet Mistral laut "
    "Finanzquellen mit 2 Milliarden Euro – was es zu einem französischen Tech-Einhorn mit einer Bewertung von über einer "
    "Milliarde Euro macht."
)


def test_german_led_by_vom_and_a_described_fund() -> None:
    assert lead_investors(MISTRAL)[0] == "Andreessen Horowitz"


def test_german_descriptor_noun_synthetic() -> None:
    # SYNTHETIC: the compound descriptor ("Risikokapitalgeber") before the name.
    assert lead_investors("Die Runde wurde angeführt vom US-amerikanischen Risikokapitalgeber Venrock.") == ["Venrock"]


# hs15-techtelegraph-bitlayer-11m-series-a-franklin-templeton,
# https://techtelegraph.co.uk/etf-issuer-franklin-templeton-leads-bitlayers-11-million-series-a-to-scale-bitcoin-network
BITLAYER = (
    "Financial stalwart Franklin Templeton, which launched a Bitcoin exchange-traded fund in January, is investing in "
    "the wider ecosystem of the original cryptocurrency token. On Tuesday, a Bitcoin layer 2 project known as Bitlayer "
    "Labs announced it has raised a $11 million in Series A funding round, led by Franklin Templeton along with ABCDE "
    "and Framework Ventures."
)


def test_along_with_ends_the_led_by_list() -> None:
    # ", along with" rows of the tuning data label the first only; without the comma the text's own label
    # (tuning_hs15) takes all three as leads (lead83, lead_along_with). The raiser is the project, not the lead.
    deal = parse_deals(BITLAYER)[0]
    assert (deal.company, deal.lead_investors) == (
        "Bitlayer Labs",
        ["Franklin Templeton", "ABCDE", "Framework Ventures"],
    )


# hs15-centrerobotics-baseten-1-5bn-series-f-altimeter, https://centrerobotics.com/ai-models/basetens-dollar13b-
# valuation-and-openais-custom-chip-are-telling-the-same-story-21ti97fi
BASETEN = (
    "First, Baseten. The company, which provides software and computing capacity to businesses that want to tap into "
    "lower-cost AI models, just closed a $1.5 billion Series F round at a $13 billion valuation. That's according to "
    "Bloomberg, which sat down with Baseten CEO Tuhin Srivastava and Apoorv Agrawal, the Altimeter partner who co-led "
    "the round."
)


def test_partner_who_led_names_the_firm() -> None:
    assert lead_investors(BASETEN) == ["Altimeter"]


def test_partner_at_firm_synthetic() -> None:
    # SYNTHETIC: the "a partner at X who" form of the same appositive.
    assert partner_firm("Jane Doe, a general partner at Acme Ventures, who") == "Acme Ventures"
    assert partner_firm("Jane Doe, the founder who") is None


# hs15-maksipi-deepseek-7-4bn-about-to-close, https://maksipi-blog.vercel.app/en/posts/post25.html
DEEPSEEK = (
    "Three funding rounds. Three companies. One signal: AI is no longer a software game — it's becoming basic "
    "infrastructure, like electricity. DeepSeek is about to close the largest funding round in Chinese AI history, Meta "
    "launched its first superintelligence lab model, and Nvidia put $1.4 billion behind cognitive robotics. Three "
    "stories from the same week. But they're not separate — they're the same trend from three angles: capital, "
    "architecture, and hardware.\n"
    "The Chinese startup that shook Silicon Valley in January with its free reasoning model is about to close a $7.4 "
    "billion funding round led by Tencent and CATL. If it goes through, it would be the largest round ever for a "
    "Chinese AI company."
)


def test_about_to_close_a_round_is_not_closed() -> None:
    assert parse_deals(DEEPSEEK)[0].kind == "other"


# hs15-brokertestedreviews-catena-labs-30m-series-a, https://brokertestedreviews.com/article/catena-labs-secures-30m-
# series-a-files-for-bank-charter-to-build-financial-rails-for-ai-agents
CATENA = (
    "Catena Labs secures $30M Series A, files for bank charter to build financial rails for AI agents\n\n"
    "When news broke that Catena Labs had secured a $30 million Series A and simultaneously filed for a bank charter, "
    "the algorithmic trading community took notice. This is not another crypto wallet or payment processor. Catena Labs "
    'is building what they call "financial rails for AI agents" — infrastructure that allows autonomous AI systems to '
    "hold funds, execute transactions, and operate within regulated banking frameworks."
)


def test_what_the_company_is_not_is_no_sector() -> None:
    assert parse_deals(CATENA)[0].sector == ["ai"]


def test_topic_fragment_names_the_company_the_description_raises() -> None:
    # "First, Baseten. The company, which provides ..., just closed ...": the fragment puts the company on stage.
    deal = parse_deals(BASETEN)[0]
    assert (deal.company, deal.amount_usd, deal.lead_investors) == ("Baseten", 1_500_000_000.0, ["Altimeter"])


# hs15-berritmedia-furiosaai-800bn-won-national-growth-fund,
# https://berritmedia.com/investment/1039/furiosaai-funding-south-korea-ai-chip-bet/
FURIOSA = (
    "The country’s government-led National Growth Fund has approved about 800 billion won, or roughly $533 million, of "
    "investment for FuriosaAI, according to reporting that cited South Korea’s financial authorities and Reuters."
)


def test_or_roughly_dollars_restates_the_local_amount() -> None:
    found = round_amount(FURIOSA)
    assert found is not None and found[1] is not None and found[1].amount == 533_000_000.0


def test_or_dollars_after_dollars_is_no_restatement_synthetic() -> None:
    # SYNTHETIC: a bare "$" after a "$" amount is no restatement (usd_echo asks a US-marked echo of a dollar figure).
    found = round_amount("Acme raised $5 million, or $1 per share, in a Series A round.")
    assert found is not None and found[0].amount == 5_000_000.0 and found[1] is None


def test_a_fund_approving_investment_for_the_company_is_its_lead() -> None:
    # The one investor named approves the investment (lead_sole: "one named investor -> its lead").
    deal = parse_deals(FURIOSA)[0]
    assert (deal.company, deal.lead_investors) == ("FuriosaAI", ["National Growth Fund"])
