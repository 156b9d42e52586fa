"""Rules from unseen50 (tests/fixtures/tagging/unseen50.jsonl: an entry-level blockchain board's scraper output, a job
seeker's notes, a campus-recruitment radar and a miner's recruiting page; scored once before this rule), issue 18,
branch tag_t23:
- a platform or engine headed by an AI modifier ("AI-native", "AI-driven", "AI-powered") that the role makes, or that a
  build list names as an item, is AI work (ai_products.py): a crypto firm's AI system is `both`.

Real excerpts are quoted with their item ids; strings written here to pin a rule's edge are SYNTHETIC (marked so).
"""

from __future__ import annotations

import pytest

from talentintel.tagging.ai_products import SYSTEM_WORK, with_product_work
from talentintel.tagging.evaluate import tag_item
from tests.tagging.batches import by_id


@pytest.mark.parametrize(
    "sentence",
    [
        # un50-ob-techchain-talent-principal-product-manager (a crypto recruiter's Circle opening), lowercased
        "about the role circle is seeking a deeply technical and visionary principal product manager to lead the "
        "strategy and end-to-end delivery of an ai-native platform",
        # hs8t-kira-senior-architect-engineer (Kira, stablecoin rails): an item of "You will architect and implement
        # the foundational systems that make Kira a programmable bank:"
        "a proprietary ai-driven transaction monitoring / kyt engine",
        # hs10t-rebase-hangzhou-ai-trading-agent-company (unseen_hs10, a Chinese crypto x AI hiring post)
        "公司是一家由行业顶尖力量共同创立，目标是打造下一代ai 驱动的全球投资平台",
    ],
)
def test_a_made_ai_system_is_ai_work(sentence: str) -> None:
    assert SYSTEM_WORK in (with_product_work(sentence, []) or [])


@pytest.mark.parametrize(
    "sentence",
    [
        "we use an ai-powered platform to track leads",  # SYNTHETIC: a tool the team uses
        "join our ai-powered platform team",  # SYNTHETIC: no verb of making, not a bare list item
        "building tools that integrate with an ai-native platform",  # SYNTHETIC: the tools are made, not the platform
        "automating workflows with an ai-driven engine",  # SYNTHETIC: no verb of making
        # funding tuning_batch7b satnews-pixxel-satvu: an announcement's "the development of" a product is no role
        "it will also help further the development of the company's ai-powered aurora analytics platform",
    ],
)
def test_a_used_or_mentioned_ai_system_is_not(sentence: str) -> None:
    assert SYSTEM_WORK not in (with_product_work(sentence, []) or [])


@pytest.mark.parametrize(
    "sentence",
    [
        "ai駆動のプラットフォームを開発する",  # SYNTHETIC: "develop an AI-driven platform"
        "ai 기반 플랫폼 개발",  # SYNTHETIC: "AI-based platform development"
    ],
)
def test_the_same_shape_in_japanese_korean(sentence: str) -> None:
    assert SYSTEM_WORK in (with_product_work(sentence, []) or [])


def test_kira_builds_an_ai_engine_at_a_stablecoin_firm() -> None:
    # was crypto: the AI-driven KYT engine weighed as copy
    assert tag_item(by_id("unseen_hs8")["hs8t-kira-senior-architect-engineer"]).sector_class == "both"


def test_circles_ai_native_platform_is_ai_work() -> None:
    # was crypto (from the recruiter's name and its sibling postings); now the posting's own text earns ai, and the
    # recruiter's name alone (3.5) stays below the crypto threshold: still not `both` (left, PROVENANCE.md)
    item = by_id("unseen50")["un50-ob-techchain-talent-principal-product-manager"]
    assert "ai" in tag_item(item).sector
