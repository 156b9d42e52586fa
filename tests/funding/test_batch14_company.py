"""Company rules added for issue 13 from tuning_batch14 (branch fund14), each checked on the real tuning text that
showed the miss (PROVENANCE.md cites each page) and on a one-line input marked SYNTHETIC, made up to pin the class of
language, not a name.
"""

from __future__ import annotations

from talentintel.funding.company import find_company
from talentintel.funding.company_nonnames import not_a_name, strip_descriptors
from tests.funding.tuning_texts import tuning_deals


def _company(item_id: str) -> str | None:
    return tuning_deals(item_id)[0].company


def test_a_time_word_opening_the_sentence_is_not_part_of_the_name() -> None:
    # "Yesterday Allocadia announced their $1 million seed round that we were excited to participate in."
    assert _company("b14-inovia-allocadia-seed") == "Allocadia"
    assert strip_descriptors("Meanwhile Beta Robotics") == "Beta Robotics"  # SYNTHETIC
    assert find_company("", "Separately Acme Health raised $4 million in seed funding.") == "Acme Health"  # SYNTHETIC


def test_a_market_wave_or_an_adjective_is_no_raiser() -> None:
    # Headline "AI Robotics Funding Boom Hits $1B Milestone", sub-heading "Figure AI's Massive Raise", body "Figure AI,
    # a developer of humanoid robots, closed a $1 billion Series C round".
    assert _company("b14-q6th-figure-ai") == "Figure AI"
    assert not_a_name("Crypto VC Funding Frenzy") and not_a_name("Massive")  # SYNTHETIC
    assert not not_a_name("Rush Street Interactive")  # SYNTHETIC: a name that merely contains a market word
    synthetic = ("Fintech Funding Boom Returns\n", "Acme Pay, a payments startup, raised $30 million on Monday.")
    assert find_company(*synthetic) == "Acme Pay"  # SYNTHETIC


def test_any_reporting_verb_tells_the_subject_raised() -> None:
    # A roundup's lede on WannaCry and Symantec, then "CrowdStrike has revealed that it raised $100m in recent days".
    assert _company("b14-siliconrepublic-crowdstrike-levelup") == "CrowdStrike"
    synthetic = "Markets fell on Monday. Elsewhere, Acme Robotics told Reuters it had raised $12 million."
    assert find_company("", synthetic) == "Acme Robotics"  # SYNTHETIC


def test_the_product_a_company_is_behind_is_not_the_raiser() -> None:
    # "The company behind virtual trading card site NBA Top Shot said Tuesday it raised $305 million": the raiser is
    # unnamed, the product is no company.
    assert _company("b14-511host-nft-infrastructure") != "NBA Top Shot"
    synthetic = "The startup behind the meditation app Calmly said it raised $8 million."
    assert find_company("", synthetic) is None  # SYNTHETIC


def test_the_startup_after_an_article_and_a_description_is_the_object_of_the_round() -> None:
    # "a partner at Khosla Ventures ... recently invested in a $90 million-sized Series A round for an AI enterprise
    # software startup DualEntry at a $415 million valuation": the round's object, after "an" and its description.
    deal = tuning_deals("b14-niepodam-dualentry")[0]
    assert (deal.kind, deal.company) == ("round", "DualEntry")
    synthetic = "Beta Capital led a seed round for an Austin-based robotics startup Acme Motion last week."
    assert find_company("", synthetic) == "Acme Motion"  # SYNTHETIC
