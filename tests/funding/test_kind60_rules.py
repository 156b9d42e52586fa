"""Kind rules for tuning_batch60's misses (issue 13, branch kind_f25), each for a class seen on two or more publishers,
checked on the real texts that showed it, read by id from the tuning fixture (PROVENANCE.md cites each page).
"""

from __future__ import annotations

import pytest

from talentintel.funding import parse_deals
from talentintel.funding.kind import other_reason
from tests.funding.tuning_texts import tuning_text as _text


@pytest.mark.parametrize(
    ("item_id", "reason"),
    [
        # A month's or a quarter's startup money: "Le start-up israeliane hanno raccolto quasi 600 milioni di dollari
        # durante il mese di settembre", "Os investimentos em startups brasileiras despencaram 86% no primeiro
        # trimestre".
        ("etribuna-israele-settembre", "market total"),
        ("b60-telesintese-brazil-q1-2023-startup-total-86pct-drop-pt", "market total"),
        # A development bank's loan to a government, in Spanish: "dos préstamos ... por parte del Banco Interamericano
        # de Desarrollo (BID)", "CAF ... el otorgamiento de un crédito al Gobierno colombiano".
        ("b60-ieconomia-idb-190m-loans-el-salvador-es", "public loan"),
        ("b60-semana-caf-500m-credit-colombia-digital-state-es", "public loan"),
        # Stopped, by an idiom: "Vert Capital Pulls The Plug On Its Music Lyric App", "Kickstarter-Kampagne trotz
        # Erfolg abgebrochen".
        ("b60-asiatvlive-tunewiki-shutdown-vert-115k-en", "shutdown"),
        ("b60-notebookcheck-tapdo-kickstarter-aborted-de", "shutdown"),
    ],
)
def test_opening_announces_no_raise(item_id: str, reason: str) -> None:
    text = _text(item_id)
    assert other_reason(text) == reason
    assert parse_deals(text)[0].kind == "other"


@pytest.mark.parametrize(
    "text",
    [
        # One company's round in a month is a round: the plural subject is the cue.
        "The startup raised $5 million in March, led by Acme Ventures.",
        "La startup ha raccolto 3 milioni di euro nel mese di settembre.",
        # The lenders' private-sector arms invest in companies.
        "Kavak obtuvo un préstamo de 100 millones de dólares de BID Invest.",
        # "cancelled" alone (an event, a subscription) is no stop.
        "Acme raised $10 million after it cancelled its conference.",
    ],
)
def test_closed_rounds_keep_their_kind(text: str) -> None:
    assert other_reason(text) is None
