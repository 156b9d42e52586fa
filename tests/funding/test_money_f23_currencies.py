"""Currency codes, signs and words of the fx table's currencies, and spelled numbers (money_f23).

Each case quotes a real sentence from the stored corpora (url given) unless marked SYNTHETIC; the sentences are not
fixtures, only the forms they show.
"""

from __future__ import annotations

import pytest

from talentintel.funding.money import find_money
from talentintel.funding.money_number_words import english_number


def _read(text: str) -> list[tuple[float, str]]:
    return [(m.amount, m.currency) for m in find_money(text)]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # nasdaq.com (Reuters, 2021-05-19) and devdiscourse.com: the ringgit sum and its dollar restatement.
        (
            "Eight Malaysia-based venture capital (VC) firms have raised 676 million ringgit ($163.58 million)",
            [(676e6, "MYR"), (163.58e6, "USD")],
        ),
        # orissa-international.com (Malaysia news digest).
        (
            "has raised MYR 4 million (USD 1 million) of capital from private investment firm RHL Ventures",
            [(4e6, "MYR"), (1e6, "USD")],
        ),
        # en.globes.co.il (2023-10-19), jdsupra.com, vcwire.tech: the Israeli press writes the shekel "NIS".
        ("with an initial allocation of approximately NIS 100 million for around 100 Israeli startup", [(1e8, "ILS")]),
        ("a five-year, NIS 5.26B (~$1.48B) National AI Program", [(5.26e9, "ILS"), (1.48e9, "USD")]),
        # bgrev.pl and forbes.pl: the złoty after "mln".
        ("SAFE z capem 12 mln zł", [(12e6, "PLN")]),
        ("pierwsze finansowanie to najczęściej kwota około 1 mln zł, czasem do 2 mln zł", [(1e6, "PLN"), (2e6, "PLN")]),
        # SYNTHETIC forms of the same currencies, one per reader branch.
        ("raised RM10 million in a Series A", [(1e7, "MYR")]),
        ("Girişim 50 milyon TL yatırım aldı", [(5e7, "TRY")]),
        ("raised 375 million Saudi riyals", [(3.75e8, "SAR")]),
        ("raised 50 million Singapore dollars", [(5e7, "SGD")]),
        ("raised NZ$10 million", [(1e7, "NZD")]),
        ("ha raccolto 1,5 mld euro", [(1.5e9, "EUR")]),
    ],
)
def test_currency_forms_are_read(text: str, want: list[tuple[float, str]]) -> None:
    assert _read(text) == want


def test_code_words_are_read_in_capitals_only() -> None:
    # SYNTHETIC: "try", "rm" and "ron" are words and syllables; only the capitals are codes.
    assert _read("we try 10 million times") == []
    assert _read("raised TRY 100 million") == [(1e8, "TRY")]


def test_a_currency_with_no_rate_is_not_read() -> None:
    # SYNTHETIC: Egyptian pounds have no row in the fx table; "pounds" after the country word is not sterling.
    assert _read("raised 5 million Egyptian pounds") == []


@pytest.mark.parametrize(
    ("phrase", "value"),
    [("two hundred", 200), ("seventy-five", 75), ("one hundred and fifty", 150), ("a hundred", 100), ("sixty", 60)],
)
def test_english_number_words(phrase: str, value: int) -> None:
    assert english_number(phrase) == value


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # SYNTHETIC: "two hundred million dollars" was read as $100 million (the "hundred" alone) before money_f23.
        ("raised two hundred million dollars", [(2e8, "USD")]),
        ("raised seventy-five million dollars", [(7.5e7, "USD")]),
        # cronicaglobal.elespanol.com (2020-05-02): "En este caso, la cifra ha sido de un millón de euros."
        ("la cifra ha sido de un millón de euros", [(1e6, "EUR")]),
        # SYNTHETIC: the digits four to nine in French, Spanish, German and Italian.
        ("a levé cinq millions d'euros", [(5e6, "EUR")]),
        ("ha recaudado cinco millones de dólares", [(5e6, "USD")]),
        ("hat fünf Millionen Euro eingesammelt", [(5e6, "EUR")]),
        ("ha raccolto due milioni di euro", [(2e6, "EUR")]),
        # Quantifiers and ranges state no figure.
        ("several hundred million dollars", []),
        ("des montants de deux à trois millions d’euros", []),
    ],
)
def test_spelled_amounts(text: str, want: list[tuple[float, str]]) -> None:
    assert _read(text) == want


def test_a_french_valuation_verb_in_the_present_is_a_valuation() -> None:
    # senefoot.com (b49-senefoot-ssi-1bn-seed-fr): "qui la valorise à plus de cinq milliards de dollars" is the
    # valuation; the round is "un milliard de dollars de financement" (tests/funding/test_batch49_rules.py).
    from talentintel.funding.money_valuation import _VALUATION_BEFORE_INTL

    assert _VALUATION_BEFORE_INTL.search("qui la valorise à plus de ")
