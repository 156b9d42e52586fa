"""Rule from the tagging tuning files, issue 18, branch tag_both_t26 (unseen56 was scored once before it and has no
`both` item): crypto data named as the data the work handles ("on-chain data", "crypto market data", "dados de mercado
de criptomoedas") decides crypto in one mention (taxonomy.toml, the weight-6 crypto group). Its wording is on 16
tuning postings from about 13 publishers, every one labeled crypto; "blockchain data" stays out because punctuation is
gone when terms match and a vendor's field list "Blockchain, Data, and AI" reads as it.

Only real fixture rows are used, quoted with their ids.
"""

from __future__ import annotations

import pytest

from talentintel.tagging.evaluate import tag_item
from tests.tagging.batches import by_id


def _crypto_terms(item: dict) -> dict[str, float]:
    return {e["term"]: e["weight"] for e in tag_item(item).evidence["crypto"]}


def test_ml_on_crypto_market_data_is_both() -> None:
    # "Coletar, processar e analisar grandes volumes de dados de diversas fontes, incluindo dados de mercado de
    # criptomoedas, transações e notícias." / "Desenvolver modelos de aprendizado de máquina para previsão de preços"
    item = by_id("unseen_hs6")["hs6t-programadoresbr-crypto-data-scientist"]
    assert _crypto_terms(item).get("dados de mercado de criptomoedas", 0) >= 6.0
    assert tag_item(item).sector_class == "both"


@pytest.mark.parametrize(
    ("name", "item_id", "term"),
    [
        ("unseen_hs4", "hs4t-talentprofile-defi-data-quality", "on chain data"),  # "On-chain data fluency: ..."
        ("unseen10", "un10-rwlb-goldsky-devops", "onchain data"),
    ],
)
def test_on_chain_data_is_decisive_crypto_evidence(name: str, item_id: str, term: str) -> None:
    item = by_id(name)[item_id]
    assert _crypto_terms(item).get(term, 0) >= 6.0
    assert "crypto" in tag_item(item).sector


def test_a_field_list_naming_blockchain_then_data_is_not_blockchain_data() -> None:
    # "... Trading and Banking, Warehouse Management and Automation, Blockchain, Data, and AI from our offices ..."
    item = by_id("unseen10")["un10-rwlb-innovecs-java"]
    assert "blockchain data" not in _crypto_terms(item)
    assert tag_item(item).sector_class == "none"
