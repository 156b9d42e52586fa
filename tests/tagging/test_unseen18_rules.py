"""Sector rules from unseen batch 18 (tests/fixtures/tagging/unseen18.jsonl: real postings at employers no shipped
list names, chosen as the world mixes them) and the earlier misses they generalize.

Strings written here to pin a rule are SYNTHETIC (marked so); the batch items are real.
"""

from __future__ import annotations

import pytest

from talentintel.tagging.about import about_section
from talentintel.tagging.evaluate import tag_item
from talentintel.tagging.tagger import tag_posting
from tests.tagging.batches import by_id

BATCH18 = by_id("unseen18")
# "US Legal Expert" reads "US legal writing" as a US work place; the batch labels no place (regions are not this
# helper's modules).
REGION_MISSES = {"un18-html5me-us-legal-expert-ai-training"}


@pytest.mark.parametrize("item_id", sorted(BATCH18))
def test_batch18_sector_and_regions(item_id: str) -> None:
    item = BATCH18[item_id]
    result = tag_item(item)
    assert sorted(result.sector) == sorted(item["label_sector"])
    if item_id in REGION_MISSES:
        pytest.xfail("see REGION_MISSES")
    assert sorted(result.regions) == sorted(item["label_regions"])


def test_home_made_crypto_idiom_is_cryptography() -> None:
    # real: a security architect's "so they don't invent their own crypto" (un18-hirocareers-digital-security-architect)
    item = BATCH18["un18-hirocareers-digital-security-architect"]
    assert tag_item(item).sector == []
    # SYNTHETIC: the same idiom in another wording
    text = (
        "Application Security Engineer. Review designs with product teams, run threat modeling sessions and make "
        "sure nobody rolls their own crypto: teams that roll your own crypto get a secure library instead."
    )
    assert tag_posting(title="Application Security Engineer", description=text).sector == []


def test_crypto_asset_sense_still_counts() -> None:
    # SYNTHETIC: owning crypto as an asset is not the idiom
    text = "We help millions of people buy, sell and own crypto safely. Join our exchange's support team."
    assert tag_posting(title="Support Specialist", description=text).sector == ["crypto"]


def test_about_the_project_heads_the_employers_paragraph() -> None:
    # real: "ABOUT THE PROJECT: OmiseGO was launched in 2017 ..." (unseen_hs4, hs4t-saw-omisego-technical-writer)
    item = by_id("unseen_hs4")["hs4t-saw-omisego-technical-writer"]
    assert tag_item(item).sector == ["crypto"]
    # SYNTHETIC: a project paragraph under the same heading, then the role
    text = (
        "About the project\nLumen is a layer-2 blockchain network for payments, secured by staking.\n\n"
        "About the role\nYou will write our developer documentation."
    )
    assert "Lumen is a layer-2 blockchain" in about_section(text)
    assert tag_posting(title="Technical Writer", description=text).sector == ["crypto"]
