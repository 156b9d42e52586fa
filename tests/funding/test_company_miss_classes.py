"""Rules for first-sight company-miss classes seen on two or more publishers (docs/company_miss_classes.md): a person
named by a role in another language, a CJK clause read as a name, a technology word read as the raiser."""

from __future__ import annotations

import pytest

from talentintel.funding.cjk_clause_name import is_clause
from talentintel.funding.company_persons import person_spans
from talentintel.funding.company_tech_terms import is_technology_term
from tests.funding.tuning_texts import tuning_deals


@pytest.mark.parametrize(
    ("item_id", "company"),
    [
        # "el fundador de la empresa, Carlos García, en una entrevista con Bloomberg News" (dfsud.com)
        ("b49-dfsud-kavak-127m-es", "Kavak"),
        # "Fabrizio Del Maffeo, medeoprichter en CEO van Axelera AI te Eindhoven" (nl-aid.org)
        ("hs21-nlaid-axelera-250m-innovation-industries-nl", "Axelera AI"),
    ],
)
def test_real_person_with_a_foreign_role_is_not_the_raiser(item_id: str, company: str) -> None:
    assert tuning_deals(item_id)[0].company == company


def test_real_foreign_role_marks_the_person_not_the_company_they_run() -> None:
    # Real excerpts: nl-aid.org (hs21-nlaid-...), bani.md (b51-bani-helsing-100m-eur-daniel-ek-ro), dfsud.com.
    _, names = person_spans("Fabrizio Del Maffeo, medeoprichter en CEO van Axelera AI te Eindhoven, is vastberaden")
    assert "Fabrizio Del Maffeo" in names and "Axelera AI" not in names
    _, names = person_spans("Miliardarul suedez Daniel Ek, fondator și CEO al aplicației Spotify, investește")
    assert "Daniel Ek" in names and "Spotify" not in names
    _, names = person_spans("según comentó el fundador de la empresa, Carlos García, en una entrevista")
    assert "Carlos García" in names


@pytest.mark.parametrize(
    "span",
    [
        "車内に置き去りにされた子どもを確実に検知できる技術はないか",  # b52-jstories-pegasus-aisin-vayyar-investment-ja
        "これほどまでに興奮を呼ぶニュース",  # hs21-gtgt-kiteai-18m-series-a-paypal-ventures-ja
        "月間400万人以上",  # b52-ledgeai-softbank-vf2-leads-soda-series-d-ja
        "ロシア人と米国人",  # hs11-fbc-napopravku-donut-lab-ja
        "其已",  # hs8-hbryx-embodied-ai-lexiang-zh
        "甚至能独立",  # b49-guosisoft-manus-75m-benchmark-zh
        "Web3",  # hs21b-globalai-hodlher-strategic-funding-injective-ja
    ],
)
def test_real_cjk_clauses_are_not_names(span: str) -> None:
    assert is_clause(span)


@pytest.mark.parametrize(
    "name",
    # Real names of tuning labels, and (synthetic) well-known names with kana or a function-like first character.
    [
        "月之暗面",
        "株式会社TOWING",
        "レインボーロボティクス",
        "ほけんの窓口",
        "すかいらーくホールディングス",
        "将门创投",
        "KiteAI",
    ],
)
def test_names_with_kana_or_function_characters_stay_names(name: str) -> None:
    assert not is_clause(name)


def test_real_clause_before_the_subject_lets_the_subject_be_read() -> None:
    # "これほどまでに興奮を呼ぶニュースは久しぶりです:KiteAIが...1,800万ドルのAラウンド資金調達を行いました" (gtgt.live)
    assert tuning_deals("hs21-gtgt-kiteai-18m-series-a-paypal-ventures-ja")[0].company == "KiteAI"


@pytest.mark.parametrize(
    ("item_id", "company"),
    [
        # "The rapid convergence of Bitcoin mining and artificial intelligence ..." (tekedia.com)
        ("hs21b-tekedia-iren-3bn-convertible-notes-closed-en", "IREN"),
        # "AIエージェント×Web3が示唆する「自律経済圏」の幕開け:HodlHerの資金調達から" (global-ai.jp)
        ("hs21b-globalai-hodlher-strategic-funding-injective-ja", "HodlHer"),
    ],
)
def test_real_technology_word_is_not_the_raiser(item_id: str, company: str) -> None:
    assert tuning_deals(item_id)[0].company == company


@pytest.mark.parametrize(
    ("name", "term"), [("GPU", True), ("Restaking", True), ("Bitcoin Depot", False), ("Blockchain", False)]
)
def test_technology_term_is_the_whole_span_only(name: str, term: bool) -> None:
    assert is_technology_term(name) is term
