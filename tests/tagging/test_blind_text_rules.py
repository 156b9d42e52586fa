"""Rules from the company-blind error review (issue 18, branch tag47): tuning items the blind mode (the employer's name
masked, no list knowledge; evaluate.tag_item) got wrong while the shipped mode got them right, whose posting text
decides the sector for any employer. Each rule is tested on its real tuning item, blind, and on a SYNTHETIC variant.
"""

from __future__ import annotations

import pytest

from talentintel.tagging.evaluate import tag_item
from talentintel.tagging.tagger import tag_posting
from tests.tagging.batches import by_id


def _blind(batch: str, item_id: str) -> list[str]:
    return tag_item(by_id(batch)[item_id], company_blind=True).sector


# ---- a chain's testnet, mainnet and full nodes (data/taxonomy.toml)


@pytest.mark.parametrize(
    ("batch", "item_id"), [("unseen9", "un9-chia-devops"), ("unseen_hs9", "hs9t-ecash-cpp-developer")]
)
def test_real_testnet_mainnet_full_node_read_crypto_blind(batch: str, item_id: str) -> None:
    assert _blind(batch, item_id) == ["crypto"]


def test_synthetic_testnet_and_full_node_read_crypto() -> None:
    # SYNTHETIC
    text = (
        "You will run our full nodes and the monitoring around them. You will own deployments to the public testnet "
        "ahead of our mainnet launch and keep the release pipeline healthy."
    )
    assert tag_posting(title="Site Reliability Engineer", description=text).sector == ["crypto"]


def test_synthetic_full_node_js_is_no_chain() -> None:
    # SYNTHETIC: a full Node.js stack is JavaScript
    text = "We need a developer comfortable across a full Node.js stack: Express APIs, React front ends, Postgres."
    assert tag_posting(title="Full Stack Developer", description=text).sector == []


# ---- a required crypto background (required_background.py)


@pytest.mark.parametrize(
    ("batch", "item_id"),
    [
        ("unseen_hs9", "hs9t-dotbit-bd-manager"),  # "3+ years experience in the blockchain industry"
        ("unseen_hs9", "hs9t-dotbit-event-manager"),  # "Relevant experience and knowledge of Web3"
        ("unseen4", "un4-optimhire-spec-engineer-12760"),  # "Knowledge and understanding of blockchain technologies"
        ("unseen23", "un23-dod-cruzeo-ios"),  # "experience and knowledge in mobile apps for iOS and blockchain"
        # "This is not a traditional execution-focused role but requires an understanding of ... blockchain ecosystems"
        ("unseen5", "un5-botchain-head-of-ecosystem"),
        # "You are actively interested in blockchain technology and decentralization."
        ("unseen_hs5", "hs5t-ozsite-account-manager"),
    ],
)
def test_real_required_crypto_background_reads_crypto_blind(batch: str, item_id: str) -> None:
    assert _blind(batch, item_id) == ["crypto"]


# SYNTHETIC: over 600 characters, so the short-posting bonus (sector.SHORT_DESCRIPTION_CHARS) plays no part
_DUTIES = (
    "You will plan our partner events, write the follow-ups and keep the calendar of conferences.\n"
    "You will work with the marketing team on invitations, venues, catering and the budget of each event.\n"
    "You will report on attendance and on the leads each event brings, and suggest what to change next time.\n"
    "You will travel about once a month, mostly within Europe, and work from our office three days a week.\n"
    "You will keep our speaker list current and brief each speaker before the day of the event.\n"
    "You will own the merchandise stock and order new items when it runs low.\n"
    "Requirements:\n- Strong written English\n"
)


@pytest.mark.parametrize(
    "line",
    [
        "- 2+ years of experience in the crypto industry",  # SYNTHETIC
        "- Experiencia comprobable en el sector cripto",  # SYNTHETIC: Spanish
        "- 2年以上区块链行业工作经验",  # SYNTHETIC: Chinese
        "- 블록체인 업계 경력 2년 이상",  # SYNTHETIC: Korean
        "- Genuine enthusiasm for web3 and its builders",  # SYNTHETIC: a trait
    ],
)
def test_synthetic_required_background_reads_crypto(line: str) -> None:
    assert tag_posting(title="Event Manager", description=_DUTIES + line).sector == ["crypto"]


@pytest.mark.parametrize(
    "line",
    [
        "- Experience in the crypto industry is a plus",  # SYNTHETIC: hedged
        "- No blockchain experience required, we will teach you",  # SYNTHETIC: waived
        "- Deep blockchain knowledge is not necessary",  # SYNTHETIC: waived
        "- 无需区块链经验",  # SYNTHETIC: waived, Chinese
        "- 블록체인 경험 우대",  # SYNTHETIC: hedged, Korean
    ],
)
def test_synthetic_hedged_or_waived_background_stays_none(line: str) -> None:
    assert tag_posting(title="Event Manager", description=_DUTIES + line).sector == []
