"""Rules written from tuning_batch51 (AI/crypto texts in the least-seen languages)."""

from __future__ import annotations

from pathlib import Path

import pytest

from talentintel.funding.kind import other_reason
from tests.funding.tuning_texts import tuning_text

FIXTURE = Path(__file__).resolve().parents[1] / "fixtures" / "funding" / "tuning_batch51.jsonl"


@pytest.mark.parametrize(
    ("item_id", "reason"),
    [
        ("b51-thebest-openai-secondary-6-6bn-500bn-el", "secondary"),
        ("b51-borskollen-artificial-solutions-rights-issue-sv", "offering"),
        ("b51-mezha-xai-20bn-nvidia-spv-uk", "not closed"),
        ("b51-teleradioamerica-kpmg-h1-vc-ai-mexico-es", "market total"),
        ("b51-gatenode-worldcoin-wld-launch-series-c-background-pt", "token launch"),
    ],
)
def test_real_openings_announce_no_new_money(item_id: str, reason: str) -> None:
    assert other_reason(tuning_text(item_id)) == reason


@pytest.mark.parametrize(
    "text",
    [
        # SYNTHETIC: the same classes in the sibling languages the patterns name.
        "A Acme concluiu uma venda secundária de ações de US$ 300 milhões a investidores.",
        "Компания Acme провела вторичную продажу акций на $200 млн.",
        "Styrelsen i Acme AB har beslutat om en företrädesemission om cirka 40 MSEK.",
        "Стартап Acme получит $500 млн от группы инвесторов, сообщает Bloomberg.",
        "Las startups de IA de la región captaron 900 millones de dólares en el primer semestre del año.",
    ],
)
def test_synthetic_siblings_are_other(text: str) -> None:
    assert other_reason(text) is not None


@pytest.mark.parametrize(
    "text",
    [
        # SYNTHETIC: completed raises that must stay rounds.
        "Acme levantou US$ 20 milhões em uma rodada série A liderada pela Kaszek.",
        "Компания Acme привлекла $20 млн в раунде серии A.",
    ],
)
def test_synthetic_closed_raises_stay_rounds(text: str) -> None:
    assert other_reason(text) is None


@pytest.mark.parametrize(
    "item_id",
    ["b51-cryptotelegraff-dragonfly-650m-fund-ru", "b51-noticias-blockchain-op-crypto-fof-28m-es"],
)
def test_real_fund_closes_are_read(item_id: str) -> None:
    from talentintel.funding.fund_closes_intl import closes_fund

    assert closes_fund(tuning_text(item_id))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # SYNTHETIC: the Russian and Ukrainian forms the pattern names, and rounds that must not read as funds.
        ("Венчурная компания Acme Ventures закрыла фонд на 200 млн долларов.", True),
        ("Acme Capital завершив формування фонду на $100 млн.", True),
        ("El Acme Crypto Fund ha recaudado 40 millones de dólares de inversores.", True),
        ("Стартап Acme привлек $20 млн в раунде, который возглавил фонд Paradigm.", False),
        ("Acme ha recaudado 5 millones de dólares en una ronda semilla.", False),
    ],
)
def test_synthetic_fund_close_forms(text: str, expected: bool) -> None:
    from talentintel.funding.fund_closes_intl import closes_fund

    assert closes_fund(text) is expected


@pytest.mark.parametrize(
    ("text", "value", "currency"),
    [
        ("investește 100 de milioane de euro în Helsing", 100e6, "EUR"),  # b51-bani-helsing-...-ro
        # SYNTHETIC: the forms without "de" and the billion word.
        ("a atras 5 milioane de dolari", 5e6, "USD"),
        ("o rundă de 1,2 miliarde de euro", 1.2e9, "EUR"),
    ],
)
def test_romanian_amounts(text: str, value: float, currency: str) -> None:
    from talentintel.funding.money_words import find_foreign_money

    found = find_foreign_money(text)
    assert found and found[0][2] == pytest.approx(value) and found[0][3] == currency


def test_spanish_de_before_millones_is_not_a_romanian_scale() -> None:
    # SYNTHETIC: "de" is read between a number and a scale word only before the Romanian words.
    from talentintel.funding.money_words import find_foreign_money

    assert find_foreign_money("recaudó 20 de millones") == []


@pytest.mark.parametrize(
    "text",
    [
        # SYNTHETIC: Romanian raises and funds still planned, read as rounds once Romanian sums are.
        "Compania Acme intenționează să atragă 50 de milioane de euro de la investitori.",
        "Acme se pregătește să strângă 20 de milioane de dolari într-o nouă rundă.",
        "Acme este în discuții pentru o finanțare de 100 de milioane de euro.",
    ],
)
def test_romanian_plans_are_not_closed(text: str) -> None:
    assert other_reason(text) == "not closed"


def test_romanian_closed_raise_stays_a_round() -> None:
    # SYNTHETIC
    assert other_reason("Acme a atras 5 milioane de euro într-o rundă seed condusă de Early Game Ventures.") is None
