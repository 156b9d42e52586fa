"""Sector rules from unseen_hs8 (tests/fixtures/tagging/unseen_hs8.jsonl: session 8's holdout of real postings at
unlisted employers, scored once, now tuning data; issue 18, branch tag34): an algorithm post (算法岗) is an ML role
(tagging/algorithm_posts.py), and a Romance self-description's gerund clause says what the employer does
(tagging/romance_gerunds.py).

Strings written here to pin a rule are SYNTHETIC (marked so); the batch items are real.
"""

from __future__ import annotations

import pytest

from talentintel.tagging.algorithm_posts import ALGORITHM_POST, algorithm_post_hits
from talentintel.tagging.evaluate import tag_item
from talentintel.tagging.romance_gerunds import gerund_clause
from talentintel.tagging.self_description import intro_sectors
from talentintel.tagging.tagger import tag_posting
from tests.tagging.batches import by_id

HS8 = by_id("unseen_hs8")
# the items whose sector the rules of this branch read right (the holdout's one score missed them)
FIXED = ("hs8t-dl500-boss-algo-campus", "hs8t-devfsa-ddcorp-frontend-salvador")


@pytest.mark.parametrize("item_id", FIXED)
@pytest.mark.parametrize("blind", [False, True])
def test_hs8_fixed_sectors(item_id: str, blind: bool) -> None:
    item = HS8[item_id]
    assert sorted(tag_item(item, company_blind=blind).sector) == sorted(item["label_sector"])


def test_an_algorithm_post_is_machine_learning() -> None:
    item = HS8["hs8t-dl500-boss-algo-campus"]
    assert algorithm_post_hits(item["title"].lower()) == [ALGORITHM_POST]
    # SYNTHETIC: another employer's campus post, and the traditional-script spelling
    assert tag_posting(title="字节跳动 2025届 算法岗位 校招", description="", company="").sector == ["ai"]
    assert algorithm_post_hits("招聘算法崗位") == [ALGORITHM_POST]


def test_an_algorithm_of_another_field_is_no_machine_learning() -> None:
    # SYNTHETIC: consensus, video coding and high-frequency trading algorithm posts
    assert algorithm_post_hits("区块链共识算法岗") == []
    assert algorithm_post_hits("视频编码算法岗，c++") == []
    assert algorithm_post_hits("高频交易算法岗位") == []
    assert "ai" not in tag_posting(title="视频编码算法岗", description="", company="").sector
    # a qualifier in an earlier clause does not reach the post: "量化研究，算法岗" names the post on its own
    assert algorithm_post_hits("量化研究，算法岗") == [ALGORITHM_POST]
    assert algorithm_post_hits("熟悉常用数据结构和算法") == []  # an algorithm, no post


def test_a_gerund_clause_names_the_business() -> None:
    item = HS8["hs8t-devfsa-ddcorp-frontend-salvador"]
    assert "crypto" in intro_sectors(item["description"])
    # SYNTHETIC: Spanish and Portuguese self-descriptions whose business is in the gerund clause
    assert "crypto" in intro_sectors(
        "Somos una empresa joven de Córdoba, desarrollando infraestructura para criptomonedas."
    )
    assert "ai" in intro_sectors("Somos um time pequeno e remoto, construindo produtos de inteligência artificial.")
    assert gerund_clause(" um grupo, promovendo o acesso ao mercado de criptomoedas. Outra frase") == (
        "o acesso ao mercado de criptomoedas"
    )


def test_a_gerund_of_using_or_serving_is_no_business() -> None:
    # SYNTHETIC: the employer uses blockchain, or serves crypto clients: what it is stays unread
    assert gerund_clause(" uma empresa de logística, utilizando blockchain no rastreio") == ""
    assert gerund_clause(" uma consultoria contábil, atendendo clientes de criptomoedas") == ""
    text = "Somos uma empresa de logística com sede em Recife, utilizando blockchain no rastreio de cargas."
    assert "crypto" not in intro_sectors(text)
    # a gerund far past the marker belongs to another clause
    far = " uma empresa de software com sede em São Paulo e escritórios em cinco países da América Latina, promovendo"
    assert gerund_clause(far + " criptomoedas") == ""
