"""One list of sentence openers for every name reader (session 9: five readers had five lists)."""

from __future__ import annotations

from talentintel.funding.company_nonnames import not_a_name, strip_descriptors
from talentintel.funding.dateline import is_place_dateline
from talentintel.funding.fund_manager_repair import repaired
from talentintel.funding.openers import is_clause_opener, is_sentence_adverb, strip_opener


def test_adverbs_of_every_former_list_are_frames() -> None:
    # one word from each list the module replaced: NOT_ENTITY, company_discourse, company_function_words
    for word in ("Nevertheless", "Yesterday", "Eventually", "Heute", "However"):
        assert is_sentence_adverb(word)
        assert not_a_name(word)
    assert not is_sentence_adverb("Grammarly")  # a "-ly" name stays a name


def test_clause_openers() -> None:
    assert is_clause_opener("Comme aux plus belles heures de 2021")  # tuning_batch23 (cfnews)
    assert is_clause_opener("While it is a significant decrease")  # SYNTHETIC variant of pioneerinvestors-mena
    assert not is_clause_opener("Ascend Capital")


def test_one_prefix_strip_for_company_fund_manager_and_lead() -> None:
    # "And CyberArk" (b16-onlinetechnews-startups-weekly) was read whole before the lists were one
    assert strip_descriptors("And CyberArk") == "CyberArk"
    assert strip_descriptors("Yesterday Allocadia") == "Allocadia"  # b14-inovia-allocadia-seed
    assert repaired("As Pitango", "As Pitango successfully closed their 5th fund") == "Pitango"  # tuning_funds16
    assert strip_opener("However, Acme Ventures") == "Acme Ventures"  # SYNTHETIC
    assert strip_opener("Meetup Capital") == "Meetup Capital"  # SYNTHETIC: a name that starts like an opener


def test_place_dateline() -> None:
    assert is_place_dateline("BERLIN.")
    assert is_place_dateline(" Wien. ")
    assert not is_place_dateline("Berlin raised.")
