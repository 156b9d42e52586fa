"""Rules added for issue 13's funds18 batch (fund raises told in Italian, Spanish, French, Dutch and Turkish, and their
managers), each checked on the real text that showed the miss and on a SYNTHETIC variant written to pin the same
grammar with other names.

Real texts are read by id from tests/fixtures/funding/tuning_funds18.jsonl (PROVENANCE.md cites each page). Every
input written here is marked SYNTHETIC.
"""

from __future__ import annotations

import pytest

from talentintel.funding.fund_closes_intl import closes_fund
from talentintel.funding.fund_manager_intl import intl_manager
from tests.funding.tuning_texts import assert_fund, tuning_deals

# --- fund_closes_intl and fund_manager_intl on the real texts ------------------------------------------------------


@pytest.mark.parametrize(
    ("item_id", "company", "amount"),
    [
        (
            "f18-bebeez-f2i-second-fund-final-1242m",
            "F2i sgr",
            1403389830.51,
        ),  # "ha chiuso la raccolta del secondo fondo"
        ("f18-agefi-first-state-edif-ii-2-1bn", "First State Investments", 2481682817.3),  # "avoir levé ... pour son"
        ("f18-sprout-invest-nl-launch-1-7bn", "Invest-NL", 1939700418.98),  # "gelanceerde fonds Invest-NL"
        ("f18-gazeteoksijen-turkiye-kalkinma-fonu-50m-ust-fon", "Türkiye Kalkınma Fonu", 50000000.0),  # "bünyesinde"
        ("f18-cialisoral-qia-1bn-fund-of-funds", "Qatar Investment Authority", 1000000000.0),  # "(QIA) is launching"
    ],
)
def test_funds18_fund_and_manager(item_id: str, company: str, amount: float) -> None:
    assert_fund(tuning_deals(item_id), company, amount)


def test_funds18_spanish_first_close_manager() -> None:
    # "alcanzar la cifra de 400 millones en su primer cierre" and "El fondo, que será gestionado por N+1 Capital
    # Privado"; the amount (the LP's EUR 40M is read, not the EUR 400M close) stays a miss.
    assert_fund(tuning_deals("f18-cepymenews-n1-capital-privado-first-close-400m"), "N+1 Capital Privado")


# --- the same grammar with other names -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        # SYNTHETIC: the Italian, Spanish, French, Dutch and Turkish forms with invented names.
        "Alfa Capital sgr ha chiuso la raccolta del terzo fondo a quota 310 milioni di euro.",
        "El fondo Beta Growth, que gestiona Gamma Partners, alcanzó 80 millones en su primer cierre.",
        "Delta Gestion a annoncé avoir levé 150 millions d’euros pour son troisième fonds.",
        "Epsilon Ventures lanceert een nieuw fonds van 60 miljoen euro voor Nederlandse startups.",
        "Zeta Bankası ile Bakanlık arasında 20 milyon dolarlık yeni bir fonun kuruluşuna dair protokol imzalandı.",
    ],
)
def test_fund_close_phrases_synthetic(text: str) -> None:
    assert closes_fund(text)


@pytest.mark.parametrize(
    "text",
    [
        # SYNTHETIC: rounds and plans say none of these forms.
        "Acme ha chiuso un round da 10 milioni di euro guidato da Alfa Capital.",
        "La startup Omega cierra una ronda de 5 millones liderada por Beta Partners.",
        "Acme lève 10 millions d’euros auprès de Serena pour recruter 40 ingénieurs.",
    ],
)
def test_rounds_are_no_fund_close_synthetic(text: str) -> None:
    assert not closes_fund(text)


@pytest.mark.parametrize(
    ("text", "manager"),
    [
        # SYNTHETIC: a fund managed by a firm (Spanish, Italian, French), a firm opening its close sentence.
        ("El fondo, que será gestionado por Sigma Capital Privado, invertirá en pymes.", "Sigma Capital Privado"),
        ("Il nuovo fondo, gestito da Tau Investimenti SGR, investirà in startup.", "Tau Investimenti SGR"),
        ("Le fonds Kappa II, géré par Lambda Partners, vise les PME.", "Lambda Partners"),
        (
            "The Omicron Investment Authority (OIA) is launching a $500 million fund of funds.",
            "Omicron Investment Authority",
        ),
    ],
)
def test_intl_manager_synthetic(text: str, manager: str) -> None:
    assert intl_manager(text) == manager
