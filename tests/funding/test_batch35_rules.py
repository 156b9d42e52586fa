"""Money rules added for issue 13 from tuning_batch35 (branch fund59: 20 real texts on new publishers chosen for how
they say money, scored once before any rule: amount 0.471 on 17 rounds, mean 0.622). Each rule is checked on the real
text that showed the miss (PROVENANCE.md cites each page) and on inputs marked SYNTHETIC, made up to pin the class of
language, not a name.
"""

from __future__ import annotations

from talentintel.funding.deal_sector import tag_deal
from talentintel.funding.deals import parse_deals
from talentintel.funding.deals_he import hebrew_deal
from talentintel.funding.deals_is import icelandic_deal
from talentintel.funding.money import find_money, round_amount
from talentintel.funding.money_history import told_earlier
from talentintel.funding.types import Deal
from tests.funding.tuning_texts import tuning_deals, tuning_text


def test_pounds_said_in_german_and_other_languages() -> None:
    # real: "FiveAI sammelt 27 Millionen Pfund ein" (b35-autonomes-fahren-fiveai-27m-gbp-de)
    found = round_amount(tuning_text("b35-autonomes-fahren-fiveai-27m-gbp-de"))
    assert found is not None
    assert (found[0].amount, found[0].currency) == (27e6, "GBP")
    # SYNTHETIC: the adjective, sterling, and the Romance names of the pound
    for said in (
        "4 Millionen britische Pfund",
        "4 Millionen Pfund Sterling",
        "4 millones de libras esterlinas",
        "4 millions de livres sterling",
        "4 milioni di sterline",
    ):
        assert [(m.amount, m.currency) for m in find_money(said)] == [(4e6, "GBP")], said


def test_a_raise_agreed_or_planned_is_not_the_round() -> None:
    # real: "has raised US$20 million" beside "8i Enterprises has also agreed to raise additional capital of $15 million
    # through private placement" (b35-jumpstartmag-diginex-20m)
    assert tuning_deals("b35-jumpstartmag-diginex-20m")[0].amount_usd == 20e6
    # SYNTHETIC: a plan told after the raise
    text = "Acme Robotics has raised $8 million in a seed round. The company plans to raise a $30 million Series A next year."
    assert parse_deals(text)[0].amount_usd == 8e6


def test_a_sentence_opening_months_back_tells_an_earlier_round() -> None:
    # real: "It was just two months back when the firm successfully completed a Series A funding round, led by Bain
    # Capital, Polychain, and HDR Group, with $3 million in its bag" after the news's "$2.5 million"
    text = tuning_text("b35-cryptopolitan-coindcx-2-5m")
    assert told_earlier(text, text.index("$3 million"))
    assert not told_earlier(text, text.index("$2.5 million"))
    assert tuning_deals("b35-cryptopolitan-coindcx-2-5m")[0].amount_usd == 2.5e6
    # real (tuning_batch33): days and weeks back open on the news itself
    grid = tuning_text("b33-grid-12m-series-a-nea")
    assert not told_earlier(grid, grid.index("$12M"))
    # SYNTHETIC: years back, with a long sentence before the amount
    text = "Two years ago, the Lisbon-based company, then a team of four working out of a garage, closed $2 million."
    assert told_earlier(text, text.index("$2 million"))


def test_a_nordic_raise_said_of_the_company_takes_the_name_the_opening_gives() -> None:
    # real: "Oppstartsselskapet 1X Technologies ..." then "er selskapet nå klar ..., etter å ha hentet 23,5 millioner
    # dollar (244 mill kroner)" (b35-digi-1x-23-5m-usd-nok-no)
    deal = tuning_deals("b35-digi-1x-23-5m-usd-nok-no")[0]
    assert (deal.kind, deal.company, deal.amount_usd) == ("round", "1X Technologies", 23.5e6)
    # SYNTHETIC: no kind compound in the opening leaves the raise without a raiser
    text = (
        "Det går bra for robotene fra Moss, og de har fått mange nye kunder i år. Nå er selskapet klar for vekst, "
        "etter å ha hentet 10 millioner dollar fra investorer som har tro på at roboter blir viktige for alle."
    )
    assert not parse_deals(text) or parse_deals(text)[0].company is None


def test_hebrew_rounds() -> None:
    # real: "ויימו גייסה 2.25 מיליארד דולר – בסבב ראשון" (b35-pcdev-waymo-2-25b-he); "חברת הסטארט-אפ xAI ... כי גייסה
    # 6 מיליארד דולר ממשקיעים" (b35-makorrishon-xai-6b-he)
    waymo = tuning_deals("b35-pcdev-waymo-2-25b-he")[0]
    assert (waymo.kind, waymo.company, waymo.amount_usd) == ("round", "ויימו", 2.25e9)
    xai = tuning_deals("b35-makorrishon-xai-6b-he")[0]
    assert (xai.kind, xai.company, xai.amount_usd, xai.sector) == ("round", "xAI", 6e9, ["ai"])
    # SYNTHETIC: a planned raise is no round; euros and shekels
    filler = ' החברה פועלת בתחום התוכנה ומעסיקה עשרות עובדים במרכז הארץ ובחו"ל.'
    assert hebrew_deal("חברת Acme מתכננת לגייס 20 מיליון דולר בשנה הבאה." + filler, None, None) is None
    deal = hebrew_deal("חברת Acme גייסה 5 מיליון יורו בסבב סיד." + filler, None, None)
    assert deal is not None and (deal.company, deal.currency) == ("Acme", "EUR")
    deal = hebrew_deal("ביטא גייסה 40 מיליון שקל ממשקיעים פרטיים." + filler, None, None)
    assert deal is not None and (deal.company, deal.currency) == ("ביטא", "ILS")


def test_hebrew_artificial_intelligence_is_ai() -> None:
    # SYNTHETIC: the words with and without the article
    for said in ("חברה בתחום בינה מלאכותית", "מובילה בשוק הבינה המלאכותית"):
        deal = Deal(kind="round", company="Acme")
        tag_deal(deal, said)
        assert deal.sector == ["ai"], said


def test_icelandic_rounds() -> None:
    # real: "Fyrirtækið, sem er með höfuðstöðvar á Bahamaeyjum, safnaði 400 milljónum dala í svokallaðri Series C
    # fjármögnunarumferð" after "Rafmyntakauphöllin FTX er metin á um 32 milljarða dala" (b35-vbis-ftx-400m-series-c-is)
    ftx = tuning_deals("b35-vbis-ftx-400m-series-c-is")[0]
    assert (ftx.kind, ftx.company, ftx.amount_usd, ftx.round) == ("round", "FTX", 400e6, "series_c")
    # real: "Sprotafyrirtækið Helsing, stofnað fyrr í ár, fékk 100 milljónir evra, eða um 15 milljarða króna, í
    # fjármögnun frá Prima Materia" (b35-vbis-helsing-100m-eur-is): euros, one named investor, AI
    helsing = tuning_deals("b35-vbis-helsing-100m-eur-is")[0]
    assert (helsing.company, helsing.currency, helsing.lead_investors, helsing.sector) == (
        "Helsing",
        "EUR",
        ["Prima Materia"],
        ["ai"],
    )
    # SYNTHETIC: a planned raise is none; "fékk" without funding words is no raise
    filler = " Það er með skrifstofur í Reykjavík og á Akureyri, þar sem þróunin fer fram."
    assert (
        icelandic_deal("Sprotafyrirtækið Acme hyggst safna 5 milljónum dala á næsta ári." + filler, None, None) is None
    )
    assert (
        icelandic_deal("Sprotafyrirtækið Acme fékk 5 milljónir evra í verðlaun fyrir hugbúnað." + filler, None, None)
        is None
    )
    deal = icelandic_deal(
        "Sprotafyrirtækið Acme safnaði 5 milljónum dala frá Beta Ventures og Gamma." + filler, None, None
    )
    assert deal is not None and (deal.company, deal.amount_usd, deal.lead_investors) == ("Acme", 5e6, [])
