"""Rules written from tuning_batch51 (AI/crypto texts in the least-seen languages)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from talentintel.funding.kind import other_reason

FIXTURE = Path(__file__).resolve().parents[1] / "fixtures" / "funding" / "tuning_batch51.jsonl"


def _text(item_id: str) -> str:
    for line in FIXTURE.read_text(encoding="utf-8").splitlines():
        row = json.loads(line)
        if row["id"] == item_id:
            return row["text"]
    raise KeyError(item_id)


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
    assert other_reason(_text(item_id)) == reason


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
    from talentintel.funding.fund_closes_more import closes_fund_more

    assert closes_fund_more(_text(item_id))


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
    from talentintel.funding.fund_closes_more import closes_fund_more

    assert closes_fund_more(text) is expected
