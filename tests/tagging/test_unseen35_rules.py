"""Rule from unseen35 (tests/fixtures/tagging/unseen35.jsonl: listing-only ATS board records at unlisted employers,
the company field being the board's slug; issue 18, branch tag46): a one-word name that ends in "crypto"
("flipsidecrypto") was glued from the sector word, and reads crypto like a name ending in "dao" or "defi"
(tagging/company.py `_NAME_SUFFIXES`, `_CODED_SUFFIXES`).

Company names marked SYNTHETIC are invented; the batch items are real.
"""

from __future__ import annotations

import pytest

from talentintel.tagging.company import company_knowledge
from talentintel.tagging.evaluate import tag_item
from tests.tagging.batches import by_id

UN35 = by_id("unseen35")


def _listing(company: str) -> dict[str, object]:
    """A SYNTHETIC listing-only record: a generic title, the name, a place."""
    return {
        "title": "Senior Product Designer",
        "company": company,
        "description": "location: Remote",
        "location": "Remote",
    }


def test_real_slug_ending_in_crypto_is_crypto() -> None:
    assert tag_item(UN35["un35-flipside-solutions"]).sector == ["crypto"]


@pytest.mark.parametrize("company", ["anchorcrypto", "Northwindcrypto"])  # SYNTHETIC
def test_glued_crypto_suffix_reads_crypto(company: str) -> None:
    assert company_knowledge(company).prior == {"crypto": 0.8}
    assert tag_item(_listing(company)).sector == ["crypto"]


@pytest.mark.parametrize(
    "company",
    [
        "Cryptomeria Labs",  # SYNTHETIC: a tree's name, "crypto" only at the start
        "cryptographics",  # SYNTHETIC: cryptography
        "Kryptonite",  # SYNTHETIC
        "mycrypto",  # SYNTHETIC: too short a stem to be a glued name
    ],
)
def test_other_crypto_shapes_add_nothing(company: str) -> None:
    assert "crypto" not in company_knowledge(company).prior


def test_blind_mode_masks_the_name() -> None:
    # the name decides only where it is read: company-blind masks it, like "Citadel AI" (unseen33)
    assert tag_item(UN35["un35-flipside-solutions"], company_blind=True).sector == []


@pytest.mark.parametrize("item_id", sorted(i for i, it in UN35.items() if not it["label_sector"]))
def test_un35_fintech_look_alikes_stay_none(item_id: str) -> None:
    assert tag_item(UN35[item_id]).sector == []
