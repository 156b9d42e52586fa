"""Rule of issue 18, session 24 (branch tag_f24; name_ai.py): an AI that only the employer's name gives ("Bianjie.AI",
"Enya.ai"), beside a crypto job its own text decides, is no AI work: crypto, not `both`. Real items by id; SYNTHETIC
strings are marked."""

from __future__ import annotations

import pytest

from talentintel.tagging.evaluate import tag_item
from talentintel.tagging.tagger import tag_posting
from tests.tagging.batches import by_id


@pytest.mark.parametrize(
    ("name", "item_id"),
    [
        # 区块链开发工程师 at 上海边界智能科技有限公司（Bianjie.AI）: blockchain duties, no AI word
        ("unseen_hs23", "hs23-cn-bianjie-blockchain-dev"),
        ("unseen_hs23", "hs23-cn-bianjie-it-consultant"),
        # a crypto board's listing rows: "Senior Smart Contract Engineer" at Enya.ai, "Blockchain Engineer" at Reflective.ai
        ("unseen46", "un46-enya-contracts"),
        ("unseen46", "un46-reflective-chain"),
    ],
)
def test_an_ai_name_beside_a_crypto_text_is_crypto(name: str, item_id: str) -> None:
    result = tag_item(by_id(name)[item_id])
    assert result.sector_class == "crypto"
    assert "name_ai" in result.evidence


@pytest.mark.parametrize(
    ("name", "item_id", "expected"),
    [
        # the same employer's 算法工程师 names 联邦学习 / 机器学习 in its duties: the text's own AI keeps `both`
        ("unseen_hs23", "hs23-cn-bianjie-algorithm", "both"),
        # CEF.ai (Cere Network): AI and crypto both in the text
        ("unseen9", "un9-cere-ai-innovator", "both"),
    ],
)
def test_the_texts_own_ai_keeps_both(name: str, item_id: str, expected: str) -> None:
    assert tag_item(by_id(name)[item_id]).sector_class == expected


def test_a_name_ai_without_crypto_text_stays_ai() -> None:
    # SYNTHETIC: an AI-named employer's plain backend job: no crypto text, nothing to change
    result = tag_posting(title="Backend Engineer", description="Build REST APIs in Go.", company="Acme.ai")
    assert "name_ai" not in result.evidence
