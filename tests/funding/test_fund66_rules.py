"""Rules added for issue 13 from tuning_batch39 (look-alikes of a round; scored once before these rules, branch fund66).

Each real sentence is quoted with its page; SYNTHETIC variants are marked and only test the construction.
"""

from __future__ import annotations

from talentintel.funding import kind
from talentintel.funding.kind_cutbacks import CUTBACK
from talentintel.funding.kind_prizes import PRIZE
from talentintel.funding.kind_sought_intl import SOUGHT_INTL


def test_a_prize_won_is_no_round() -> None:
    # https://carlsonschool.umn.edu/faculty-research/blog/entrepreneurship/meet-the-2017-mn-cup-grand-prize-winner
    text = (
        "Meet the 2017 MN Cup Grand Prize Winner\nMonday, October 9, 2017\nWe have a winner! MicroOptx wins first place"
        " at 2017 MN Cup\nMINNEAPOLIS—Oct. 9, 2017— MicroOptx, was awarded the $50,000 grand prize at the 13th annual "
        "MN Cup awards celebration."
    )
    assert kind.other_reason(text) == "prize"
    # https://www.emporiaindependentmessenger.com/news/article_8cec3342-5cdb-11eb-abb3-7bdd466f0fa4.html
    assert PRIZE.search("to award $330,000 in prizes to the winners of the new Lab-to-Market (L2M) Competition")
    assert PRIZE.search("The company scooped a $1 million prize for their success.")  # SYNTHETIC variant


def test_a_round_keeps_its_raise_beside_a_prize() -> None:
    # SYNTHETIC: the raise comes first, so the prize later in the text is no trigger.
    text = "Acme has raised $12 million in a Series A led by Foo Ventures. Last year it won a $50,000 prize."
    assert kind.other_reason(text) is None
    assert not PRIZE.search("Acme raised $5 million from Prize Capital")  # SYNTHETIC: a firm's name is no prize


def test_a_workforce_cut_is_a_setback_story() -> None:
    # https://www.businessline.global/how-mojocare-unravelled-after-20-million-series-a-funding-round/...
    text = (
        "How Mojocare unravelled after $20 million Series A funding round\n\nDigital wellness platform Mojocare has "
        "become the latest domestic start-up to suffer setbacks as governance lapses force the company to trim its "
        "workforce and scale down operations. According to sources familiar with the matter, Mojocare’s downward "
        "trajectory began after the successful Series A funding round in August 2022, in which it raised $20.6 million."
    )
    assert kind.other_reason(text) == "shutdown"
    assert CUTBACK.search("A dificuldade ... tem levado diversas startups a promover cortes de pessoal.")
    assert not CUTBACK.search("Acme will use the funds to grow its workforce to 200.")  # SYNTHETIC


def test_a_turkish_investment_plan_is_not_closed() -> None:
    # https://milliyet.com.tr/ekonomi/son-dakika-cok-baba-bir-yatirim-7007516
    sentence = "Evans, Türkiye’ye gelecek dönemde 2 milyar dolarlık yatırım planlarının olduğunu açıkladı."
    assert SOUGHT_INTL.search(sentence)
    assert SOUGHT_INTL.search("Şirket 50 milyon dolarlık yatırım planını duyurdu.")  # SYNTHETIC variant
