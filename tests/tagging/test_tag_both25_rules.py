"""Rules from unseen53 (tests/fixtures/tagging/unseen53.jsonl: Hacker News hiring comments of 2026, scored once before
this rule) and the tuning files, issue 18, branch tag_both25:
- an employer that says it is an AI-first / AI-driven / AI-native / AI-powered company, startup, firm, lab or "-tech"
  is an AI employer (ai_firms.py), as "Acme is a crypto exchange" says crypto.

Real excerpts are quoted with their item ids; strings written here to pin a rule's edge are SYNTHETIC (marked so).
"""

from __future__ import annotations

import pytest

from talentintel.tagging.ai_firms import calls_itself_ai
from talentintel.tagging.evaluate import tag_item
from talentintel.tagging.self_description import intro_sectors
from tests.tagging.batches import by_id


@pytest.mark.parametrize(
    ("name", "item_id"),
    [
        ("unseen53", "un53-hn-covu"),  # "COVU is an AI-first insurtech startup rebuilding ..."
        ("unseen16", "un16-getclera-aarki-financial-modelling-analyst"),  # "Aarki is an AI-driven company ..."
    ],
)
def test_an_employer_calling_itself_an_ai_firm_is_ai(name: str, item_id: str) -> None:
    item = by_id(name)[item_id]
    assert "ai" in intro_sectors(item["description"])
    assert tag_item(item).sector_class == "ai"


@pytest.mark.parametrize(
    ("marker", "tail"),
    [
        ("is an", "ai first insurtech startup"),  # un53-hn-covu, tokenized
        ("is an", "ai driven company specializing"),  # un16-getclera-aarki, tokenized
        ("we are", "an ai native fintech"),  # SYNTHETIC: one word before the modifier
    ],
)
def test_the_firm_shape(marker: str, tail: str) -> None:
    assert calls_itself_ai(marker, tail)


@pytest.mark.parametrize(
    ("marker", "tail"),
    [
        ("is an", "ai powered marketplace for"),  # SYNTHETIC: a product, the modifier stays copy
        ("is the", "leading ai analytics platform"),  # devset gh-amplitude's shape: what the employer is, no modifier
        ("we build", "ai driven tools for"),  # SYNTHETIC: a making marker is ai_products.py's, not this rule's
        ("is a", "payments company that uses"),  # SYNTHETIC: no AI modifier
    ],
)
def test_not_the_firm_shape(marker: str, tail: str) -> None:
    assert not calls_itself_ai(marker, tail)
