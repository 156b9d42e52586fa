"""Rules added for issue 13 from tuning_batch42's misses (branch fund75; the batch scored mean 0.729 before them).

Each real sentence is quoted from its row (id and url); variants marked SYNTHETIC are written here to probe the same
construction in other words and are in no dev, tuning or holdout file. The kind model is pinned to `rules` (conftest).
"""

from talentintel.funding import parse_deals
from talentintel.funding.company_voice import own_company
from talentintel.funding.investor_lists import lead_investors
from talentintel.funding.money import round_amount

# b42-cointime-paradigm-symbiotic-investing, https://www.cointime.ai/news/from-staking-to-restaking-65132
SYMBIOTIC = (
    "From Staking to Restaking\n"
    "From paradigm by Arjun Balaji\n"
    "Decentralized networks need coordination mechanisms to incentivize and hold their node operators accountable. "
    "This began with Proof of Work and later evolved with Proof of Stake, a significant development that allowed "
    "networks to source validator security through economic collateral. The next frontier of this is shared security, "
    "which expands the services node operators in PoS can provide while making use of the same underlying economic "
    "collateral.\n"
    "Symbiotic is a generalized, permissionless protocol providing shared security through restaking. We are investing "
    "in Symbiotic alongside Cyber.Fund, a collaborator of ours on Lido and other protocols."
)


def test_an_investors_we_are_investing_in_names_the_company() -> None:
    assert own_company(SYMBIOTIC) == "Symbiotic"
    assert parse_deals(SYMBIOTIC)[0].company == "Symbiotic"
    # SYNTHETIC: the past tense and "leading" read the same; a known investor after the verb is no raiser.
    assert own_company("Our thesis on storage.\nWe invested in Kelvaro, a storage network.") == "Kelvaro"
    assert own_company("We're leading Kelvaro's seed round.") == "Kelvaro"
    assert own_company("We are investing in Sequoia Capital's view of the market.") is None


# b42-coron-moffett-series-a-costone, https://watch.coron.tech/status/173119202201011334329
MOFFETT = (
    "China’s call to foster semiconductor independence has sent investors chasing after chip startups of all sorts. "
    "Moffett AI, a Shenzhen-based chip design company, has received a fresh Series A injection. The company did not "
    "disclose the exact amount, only saying that the proceeds were in the “several tens of millions of dollars.”\n"
    "The round was led by CoStone Capital and the Greater Bay Area Homeland Development Fund, a financial vehicle set "
    "up to support startups in the GBA economic zone.\n"
    "Other investors in the Series A financing include Co-Power, Grand China Capital, and Shenzhen Angel Fund of Funds. "
    "Moffett’s last round from March 2020 closed at 100 million yuan (around $16 million)."
)


def test_the_owners_last_round_closed_at_is_no_amount_of_this_round() -> None:
    assert round_amount(MOFFETT) is None
    deal = parse_deals(MOFFETT)[0]
    assert (deal.company, deal.amount_usd, deal.round) == ("Moffett AI", None, "series_a")
    # SYNTHETIC: "its previous round ... raised" is the same earlier round; the new round's own figure still wins.
    found = round_amount("Kelvaro raised $20 million in a Series B. Its previous round in 2022 raised $5 million.")
    assert found is not None and found[0].amount == 20_000_000


# b42-merca20-sensetime-600m-series-c-es,
# https://merca20.com/el-desarrollador-chino-de-reconocimiento-facial-sensetime-ya-vale-us-4-500-millones
SENSETIME_LEAD = (
    "No ha pasado un año de la inversión en SenseTime y esta compañía ya triplicó su valor luego de que una nueva "
    "ronda de financiamiento, liderada por Alibaba Group Holding Ltd, la valorara en unos US$ 4.500 millones, publicó "
    "este lunes Reuters."
)
SENSETIME_RAISE = (
    "La nueva recaudación de SenseTime regogió US$ 600 millones en una ronda de financiación serie C que atrajo a "
    "inversores de todo el mundo, incluida la compañía china de comercio electrónico Suning.com y el fondo estatal de "
    "Singapur Temasek Holdings."
)


def test_a_romance_clitic_and_verb_after_the_lead_end_the_list() -> None:
    assert lead_investors(SENSETIME_LEAD) == ["Alibaba Group Holding"]
    # SYNTHETIC: Portuguese "o avaliou" ends it the same way.
    assert lead_investors("liderada pela Kelvar Capital, o avaliou em US$ 1 bilhão, disse a Reuters.") == [
        "Kelvar Capital"
    ]


def test_the_new_raise_of_a_company_names_it() -> None:
    deal = parse_deals(f"{SENSETIME_LEAD}\n{SENSETIME_RAISE}")[0]
    assert (deal.company, deal.amount_usd, deal.round) == ("SenseTime", 600_000_000.0, "series_c")
    # SYNTHETIC: Portuguese "a nova captação de X somou".
    deal = parse_deals("A nova captação de Kelvaro somou US$ 12 milhões em uma rodada série A.")[0]
    assert deal.company == "Kelvaro"
