"""Company-selection rules added for issue 13 from tuning_batch11 (branch fund11): classes of name-like spans that are
never the raiser, and the raisers the text names another way. Each rule is checked on the real tuning text that showed
the miss (PROVENANCE.md cites each page); one-line inputs marked SYNTHETIC are made up to pin one rule.
"""

from __future__ import annotations

from talentintel.funding.company import acceptable_name, find_company
from talentintel.funding.company_anaphor import pronoun_company
from talentintel.funding.company_nonnames import is_place, not_a_name
from talentintel.funding.company_persons import person_spans
from talentintel.funding.company_salience import headline_brand, salient_company, tells_raise
from talentintel.funding.extract import extract_round
from tests.funding.tuning_texts import tuning_deals


def _company(item_id: str) -> str | None:
    return tuning_deals(item_id)[0].company


def test_places_and_peoples_are_no_company() -> None:
    # "funding round for Australian semiconductor manufacturer Morse Micro"; "Handelsplattform aus Wien".
    assert _company("pemedia-morse-micro-b") == "Morse Micro"
    assert _company("trendingtopics-refurbed-54m-eur") != "Wien"
    assert _company("turkeynewsgazette-trendyol") != "Turkey"  # "invested in Turkey for the first time"
    for place in ("Turkey", "Wien", "Denmark", "Silicon Valley", "Australian", "Turkish"):
        assert is_place(place) and acceptable_name(place) is None
    # an investor named after an old name of a city is the investor, not the place
    assert not is_place("Temasek")
    assert acceptable_name("Turkey Ventures Lab") == "Turkey Ventures Lab"  # SYNTHETIC: a place inside a name
    assert find_company("", "Investors poured money into Denmark, and Acme raised $5 million.") == "Acme"  # SYNTHETIC


def test_opening_words_currencies_and_kinds_are_no_company() -> None:
    # "Some fundraising efforts are all consuming. Some, however, ...": a blog's opening word written twice.
    assert _company("hackerfall-mindmixer-17m") != "Some"
    assert _company("taylorrockette-skillslate") != "Good"  # "Good things. Very Good Things!"
    assert _company("trendingtopics-refurbed-54m-eur") != "Euro"  # "frische 54 Mio. Euro (ca. 57 Mio. Dollar)"
    for word in ("Some", "Good", "Euro", "Dollar", "Neobanks", "Fintechs"):
        assert not_a_name(word)
    assert not not_a_name("Animoca Brands")  # a kind ending a name is part of it
    assert not not_a_name("Challenger Banks")  # SYNTHETIC


def test_a_stage_word_before_the_name_describes_it() -> None:
    # "Scale-up Refurbed holt sich ...": the stage is a description, like "Startup".
    assert _company("trendingtopics-refurbed-2025") == "Refurbed"
    assert acceptable_name("Scale-up Acme") == "Acme"  # SYNTHETIC


def test_founders_named_after_founded_by_are_people() -> None:
    # "l'agritech kényane cofondée en 2020 par Yi Li, ancienne cadre chez McKinsey, et Peter Muthee, a atteint"
    assert _company("capitalmedia-farmworks") != "Peter Muthee"
    # "Our Happy Company, la società fondata da John Legend ..., ha annunciato la chiusura di un round"
    assert _company("rockol-our-happy-company") == "Our Happy Company"
    _, persons = person_spans("Acme, a startup co-founded by Jane Roe and John Doe, raised $4M.")  # SYNTHETIC
    assert {"Jane Roe", "John Doe"} <= persons
    text = "Acme, l'azienda fondata da Mario Rossi per i pagamenti, ha annunciato un round da 3 milioni."  # SYNTHETIC
    assert find_company("", text) == "Acme"


def test_it_raised_names_the_company_of_the_sentence_before() -> None:
    # "Nigerian fintech startup FairMoney operates this model. Today, it is announcing a $42 million Series B raise"
    assert _company("brandmoiahora-fairmoney-b") == "FairMoney"
    text = (
        "Retail is hard. Berlin-based logistics startup Acme Freight knows it. It has raised $8 million."  # SYNTHETIC
    )
    assert pronoun_company(text) == "Acme Freight"
    assert pronoun_company("Acme is growing. It has 40 staff.") is None  # SYNTHETIC: no raise told of "it"


def test_a_place_or_kind_read_as_a_lead_is_dropped() -> None:
    # "Neobanks have led the charge as regards venture capital funding": no lead investor.
    assert tuning_deals("brandmoiahora-fairmoney-b")[0].lead_investors == []
    deal = extract_round("Acme raises $3M in a round led by Norway and Foo Capital.")  # SYNTHETIC
    assert deal.lead_investors == ["Foo Capital"]
    # "China’s industrial embodied-AI startup Xiaoyu Robotics raised a Series B+ round": "China’s" is no lead
    assert tuning_deals("lavx-xiaoyu-robotics-b-plus")[0].lead_investors == []


def test_the_raiser_is_the_name_in_the_sentence_that_tells_the_raise() -> None:
    # Listing pages: "Marlborough women's health firm Hologic has partnered with ..." then "Natick-based Electric
    # Hydrogen (EH2) ... has raised $380 million in series C financing".
    assert _company("wbjournal-electric-hydrogen-c") == "Electric Hydrogen"
    # "Citi expands medium-sized business operations ..." then "... a Series A funding round for Ion Energy"
    assert _company("thaiger-ion-energy-a") == "Ion Energy"
    text = (
        "The startup Foo opened an office in Lyon. The startup Bar has raised $4 million in seed funding."  # SYNTHETIC
    )
    assert find_company("", text) == "Bar"
    # the first subject is kept when a raise's sentence writes its name again
    text = "Bar, a bank, hired. Foo, a Lyon startup, opened an office. Investors gave Foo $4 million."  # SYNTHETIC
    assert find_company("", text) == "Foo"
    assert tells_raise("Acme closed a €3M round.", 0) and not tells_raise("Acme hired a CFO.", 0)  # SYNTHETIC


def test_the_name_headline_and_opening_share_and_repeat_is_the_raiser() -> None:
    # "E-commerce giant Trendyol becomes Turkey's 1st 'decacorn'" / "Turkish e-commerce giant Trendyol has become ..."
    # and "a new $1.5 billion investment round led by ... General Atlantic": no clause makes Trendyol raise.
    assert _company("turkeynewsgazette-trendyol") == "Trendyol"
    header = "Retail giant Acmeo becomes a unicorn"  # SYNTHETIC
    body = "Retail giant Acmeo has become a unicorn. Acmeo's round was led by Foo Capital. Acmeo will hire."
    assert salient_company(header, body) == "Acmeo"
    assert salient_company(header, "Retail giant Acmeo has become a unicorn. It will hire.") is None  # written twice


def test_a_raise_with_an_amount_and_no_named_raiser_takes_the_salient_name() -> None:
    # "Helsing auf dem Weg zum Unicorn ..." / "600 Millionen Euro in einer Finanzierungsrunde – für ein Rüstungs-Start-up.
    # ... Helsing, gegründet 2021, entwickelt": the amount's raise names no subject; the headline's name recurs.
    deal = tuning_deals("investmentweek-helsing")[0]
    assert (deal.kind, deal.company) == ("round", "Helsing")
    assert _company("capitalmedia-farmworks") == "FarmWorks"  # "L'entreprise agricole kényane FarmWorks a procédé"
    # news of a denial names a company three times without announcing its round (vcpcrypto-skyark-denial)
    assert tuning_deals("vcpcrypto-skyark-denial")[0].kind == "other"
    header = "Foo Labs denies backing Acmeo's $5M round"  # SYNTHETIC
    assert salient_company(header, "Foo Labs denies it. Acmeo said so. Acmeo, Acmeo.") is None
    # one sentence's end with the line break after it is one end: the third sentence is still in the opening
    body = "A company raised $4M.\nAcmeo makes chips. Acmeo hires. Acmeo grows."  # SYNTHETIC
    assert salient_company("", body) == "Acmeo"


def test_descriptor_before_of_and_glued_undisclosed() -> None:
    # "The Bank of London has closed its latest funding round at £42 million": "Bank of" opens the name.
    assert _company("fintechfutures-bank-of-london-42m") == "The Bank of London"
    assert acceptable_name("Fintech Acme") == "Acme"  # SYNTHETIC: a descriptor before a name still goes
    # "RoboEatzUndisclosed, Strategic investment round (06 Oct 2025), led by Aramark": a table row glued
    assert _company("grishin-nl26") == "RoboEatz"
    assert acceptable_name("AcmeRobotsUndisclosed") == "AcmeRobots"  # SYNTHETIC


def test_salience_takes_no_article_or_initial() -> None:
    # As a check on a chosen name, the salient reading returned "The" and "R" on pharmaletter-proacta-b and
    # brasilagro-monarch (that use was dropped); the fallback must not return them either.
    assert not_a_name("The")
    body = "R raised $2M. R is a startup. R grows. The deal closed."  # SYNTHETIC
    assert salient_company("", body) is None


def test_a_lower_case_brand_the_headline_makes_raise() -> None:
    # "IA factory : evroc lève 50,6 M€ pour ses projets d'infrastructures numériques"
    assert _company("sophianet-evroc-a") == "evroc"
    assert headline_brand("zapflow raises $5M seed", "Today zapflow said ...") == "zapflow"  # SYNTHETIC
    assert headline_brand("startup raises $5M seed", "The startup said ...") is None  # SYNTHETIC: a description
    assert (
        headline_brand("zapflow raises $5M seed", "Today the company said ...") is None
    )  # SYNTHETIC: not written again
