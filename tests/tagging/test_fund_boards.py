"""A fund's portfolio job board named in a listing decides the fund's sector when the title decides the other one
(tagging/fund_boards.py; issue 18, branch tag45): the real listing it was measured on, and SYNTHETIC variants (invented
company names) for what it must leave alone: a generic title on the same board, a board of no known fund, a title of
the fund's own sector."""

from __future__ import annotations

import pytest

from talentintel.tagging.evaluate import tag_item
from talentintel.tagging.fund_boards import board_lean
from talentintel.tagging.tagger import tag_posting
from tests.tagging.batches import by_id

HS11 = by_id("unseen_hs11")


@pytest.mark.parametrize("company_blind", [False, True])
def test_real_ml_researcher_on_a_crypto_fund_board_is_both(company_blind: bool) -> None:
    # "Statistical Machine Learning Researcher", description "... / Jobs | Paradigm Job Board" (real, unseen_hs11)
    item = HS11["hs11t-web3jobs-divine-ml-researcher"]
    assert tag_item(item, company_blind=company_blind).sector_class == "both"


@pytest.mark.parametrize(
    "item_id",
    [
        "hs11t-web3jobs-fuse-energy-warehouse",  # "Warehouse Associate", Multicoin Capital Job Board: none
        "hs11t-web3jobs-n3xt-head-marketing",  # "Head of Marketing", Paradigm Job Board: the lean alone decides nothing
    ],
)
def test_real_generic_titles_on_a_fund_board_gain_nothing(item_id: str) -> None:
    assert tag_item(HS11[item_id]).sector_class == "none"


def test_board_lean_reads_the_fund_in_the_board_name() -> None:
    assert board_lean("2026-02-25 / Jobs | Paradigm Job Board") == "crypto"
    assert board_lean("Jobs | Dragonfly Jobs Board") == "crypto"
    assert board_lean("Jobs | Acmefold Job Board") is None  # SYNTHETIC: no fund of funds.toml
    assert board_lean("Post it on our job board today") is None  # SYNTHETIC: a board, no fund


def test_synthetic_variants() -> None:
    board = "2026-03-01 / Jobs | Paradigm Job Board"  # SYNTHETIC listing line in the real one's format
    ml = tag_posting(title="Machine Learning Engineer", company="Zorblat Labs (synthetic)", description=board)
    assert ml.sector_class == "both"
    ops = tag_posting(title="Office Manager", company="Zorblat Labs (synthetic)", description=board)
    assert ops.sector_class == "none"
    solidity = tag_posting(title="Solidity Engineer", company="Zorblat Labs (synthetic)", description=board)
    assert solidity.sector_class == "crypto"  # a title of the fund's own sector: no second sector from the lean
