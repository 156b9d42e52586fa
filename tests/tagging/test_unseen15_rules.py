"""Rules from unseen batch 15 (tests/fixtures/tagging/unseen15.jsonl: postings at unseen employers on European,
Latin American, African and Middle Eastern boards, careers pages and GitHub careers files; each item cited).

Strings written here to pin a rule are SYNTHETIC (marked so); the batch items are real.
"""

from __future__ import annotations

from pathlib import Path

from talentintel.tagging import tag_posting
from talentintel.tagging.evaluate import load_devset, tag_item

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "tagging"
BATCH15 = {item["id"]: item for item in load_devset(FIXTURES / "unseen15.jsonl")}


def test_crypto_as_cryptography_in_security_work() -> None:
    # a bank's security architecture: "so they don't invent their own crypto", "Cryptographic Trust", ledgers
    item = BATCH15["un15-jobsradar-security-architect-fintech"]
    assert tag_item(item).sector == []
    # SYNTHETIC: crypto as encryption work, and crypto as the industry in the same kind of role
    security = (
        "Own encryption at rest and in transit for our payment services. Review how teams use crypto and make sure "
        "they rely on vetted libraries instead of rolling their own crypto. Rotate certificates and HSM keys."
    )
    assert tag_posting(title="Application Security Engineer", description=security).sector == []
    industry = "Protect the wallets of our crypto customers and secure the custody of their assets."
    assert tag_posting(title="Application Security Engineer", description=industry).sector == ["crypto"]
