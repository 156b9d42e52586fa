"""Rules from unseen batch 14 (issue 18: tests/fixtures/tagging/unseen14.jsonl — the crypto x AI intersection at
employers no list names, and its near misses): an AI modifier on a crypto product is both ("an AI-powered DeFi
startup"), an AI actor beside a crypto rail is both ("AI agents ... pay in USDC"), a strong AI and a strong crypto term
in one plain sentence is both ("graph neural networks ... on-chain data"); sentences naming buyers or a candidate's
background are mentions; a posting's About paragraph decides a company's sector without the short-posting bonus.

Strings written here to pin a rule are SYNTHETIC (marked so); the fixture items are real.
"""

from __future__ import annotations

import pytest

from talentintel.tagging import tag_posting
from talentintel.tagging.evaluate import tag_item
from talentintel.tagging.intersection import client_list
from tests.tagging.batches import by_id

BATCH14 = by_id("unseen14")
DEVSET = by_id("devset")
UNSEEN10 = by_id("unseen10")
# SYNTHETIC: duty and perk sentences with no sector word, to take a text past the short-posting length.
FILLER = (
    " You will own your services end to end, write design documents and review code. Work with product managers to"
    " scope features and with support to fix what customers report. We offer a competitive salary, equity, health"
    " insurance and a learning budget. Our interview process has four steps: a call with the recruiter, a technical"
    " screen, a take-home exercise and a final loop with the team."
)

# Batch 14 items the rules do not decide: a 3D animator "collaborating with artists from other NFT projects" with
# blockchain as a nice-to-have (crypto by its employer only).
SECTOR_MISSES = {"un14-gh-metablocks-3d-animator"}


def _class(sectors: list[str]) -> str:
    tags = set(sectors)
    return "both" if tags == {"ai", "crypto"} else next(iter(tags), "none")


@pytest.mark.parametrize("item_id", sorted(BATCH14))
def test_batch14_sector(item_id: str) -> None:
    item = BATCH14[item_id]
    if item_id in SECTOR_MISSES:
        pytest.xfail("see SECTOR_MISSES")
    assert _class(tag_item(item).sector) == _class(item["label_sector"])


def test_ai_modifier_on_a_crypto_product_is_both() -> None:
    # real: "Mozaic is an AI-powered DeFi startup ..." over a smart-contract developer's duties
    item = BATCH14["un14-gh-mozaic-crypto-job"]
    assert tag_item(item).sector_class == "both"
    assert tag_item(item, company_blind=True).sector_class == "both"
    # SYNTHETIC variant: another modifier, another crypto noun
    text = "We are building an AI-native crypto wallet where an assistant executes swaps for users." + FILLER
    assert tag_posting(title="Mobile Engineer", description=text).sector_class == "both"


def test_ai_modifier_on_a_tool_is_not_both() -> None:
    # SYNTHETIC: a crypto firm whose engineers use AI-powered tools (the modifier is on "tools", not a crypto noun)
    text = (
        "Acme is a DeFi lending protocol on Ethereum. You will design and audit smart contracts for our lending markets."
        " We work with AI-powered tools such as Cursor and Copilot every day." + FILLER
    )
    assert tag_posting(title="Senior Solidity Engineer", description=text).sector_class == "crypto"


def test_ai_actor_beside_a_crypto_rail_is_both() -> None:
    # SYNTHETIC (no real posting of the batch says it; the class is the issue's "agent payments with x402 and
    # stablecoins"): agents paying in USDC, and restaked security for agents
    agents = (
        "Build infrastructure that lets AI agents hold wallets and pay for APIs in USDC on Base. Design spend policies"
        " and onchain settlement for autonomous agents." + FILLER
    )
    assert tag_posting(title="Engineer", description=agents).sector_class == "both"
    restaking = (
        "We build an actively validated service on EigenLayer that secures AI agents with restaked ETH and slashing."
        + FILLER
    )
    assert tag_posting(title="Protocol Engineer", description=restaking).sector_class == "both"


def test_a_tool_beside_a_crypto_rail_is_not_both() -> None:
    # SYNTHETIC: a crypto wallet's support team uses AI agents: a crypto firm that uses an AI tool
    text = (
        "We are a self-custody crypto wallet for stablecoins and Bitcoin. Our support team uses AI agents to answer"
        " USDC questions faster." + FILLER
    )
    assert tag_posting(title="Support Lead", description=text).sector_class == "crypto"


def test_ai_work_on_crypto_data_is_both() -> None:
    # real (devset pg-myjob-algo): "Utilize graph neural networks (GNN) ... high-risk address networks by analyzing
    # massive transaction behaviors and on-chain data" at an exchange, no company named
    assert tag_item(DEVSET["pg-myjob-algo"]).sector_class == "both"
    # real (unseen10, company-blind): "(... and LLMs) to solve complex, crypto-native challenges"
    assert tag_item(UNSEEN10["un10-coinbase-ml-risk"], company_blind=True).sector_class == "both"


@pytest.mark.parametrize(
    "sentence",
    [
        # SYNTHETIC: buyers beside the sector, and where the candidate has been
        "Our machine learning platform detects fraud for banks and crypto exchanges.",
        "Machine learning engineers who worked at crypto startups thrive here.",
        "Our customers include banks, insurers and crypto exchanges.",
    ],
)
def test_buyers_and_backgrounds_are_mentions(sentence: str) -> None:
    assert client_list(sentence.lower())
    text = "We are an AI lab training large language models. " + sentence + FILLER
    assert tag_posting(title="ML Engineer", description=text).sector_class == "ai"


def test_the_company_itself_is_no_client_list() -> None:
    # real (unseen9 un9-rwlb-coinmarketcap-ml): "Used by millions of individuals, organizations, and exchanges,
    # CoinMarketCap brings the most up-to-date ... cryptocurrency info" says what the company is
    assert not client_list(
        "used by millions of individuals, organizations, and exchanges, coinmarketcap brings the most up-to-date"
        " market capitalizations, pricing, and cryptocurrency info"
    )
    # real (smarterdx, devset): a clinical AI platform "helping hospitals recover earned revenue" is the product
    assert not client_list(
        "our clinical ai platform interprets the nuances behind every patient story and makes clinically-sound"
        " recommendations for revenue cycle teams — helping hospitals recover earned revenue, improve quality metrics"
    )


def test_about_paragraph_mention_gives_no_prior() -> None:
    # SYNTHETIC: a short About paragraph that mentions crypto once, then the role's sections: no crypto company (the
    # short-posting bonus used to make that one mention decide the company, a crypto prior of 0.85)
    text = (
        "We are an AI lab training large language models. Our engineers love open source and many came to us after a"
        " decade at a crypto exchange.\nResponsibilities\n" + FILLER.strip() + FILLER
    )
    result = tag_posting(title="Research Engineer", description=text)
    assert not any(line.startswith("crypto:") for line in result.evidence["company"])
    assert result.sector_class == "ai"
