"""The intersection read from a network's incentives and the crypto-in-passing contrast (issue 18, branch tag30):
miners paid for their work, stake slashed, a payer naming whom it pays in tokens, autonomous agents beside a crypto
rail, and a coin named only as how an employer is paid or pays.

Real texts are quoted from tuning fixtures (each test names the item id) or public pages (named); strings written here
to pin a rule are SYNTHETIC (marked so).
"""

from __future__ import annotations

from talentintel.tagging import sector
from talentintel.tagging.cryptoeconomics import money_sentence, money_sentences
from talentintel.tagging.network_incentives import incentive_counts, miners_paid, slashing
from talentintel.tagging.payment_mentions import payment_method
from talentintel.tagging.tagger import tag_posting


def _sectors(title: str, description: str) -> list[str]:
    return tag_posting(title=title, description=description).sector


def _terms(description: str, kind: str) -> set[str]:
    return {e["term"] for e in sector.score({"title": "", "description": description}, None).evidence[kind]}


def test_a_network_pays_its_miners() -> None:
    # real: devset pg2-affine-protocol-engineer (web3.career, a Bittensor subnet) and unseen_hs5
    # hs5t-ghariib-poc-cloud-cto (a compute network: crypto, no AI)
    affine = (
        "Affine is building an incentivized RL environment that pays miners for incremental improvements on tasks "
        "like program synthesis and coding."
    )
    ghariib = (
        "Our vision? Turn idle computing power into a decentralized cloud where miners earn by contributing real "
        "compute resources."
    )
    assert miners_paid(affine.lower()) and miners_paid(ghariib.lower())
    assert "miners paid for their work" in _terms(affine, "crypto")
    # SYNTHETIC: a subnet that never names its chain or its token, and the verb in its other forms
    subnet = (
        "We run a subnet where our protocol rewards miners for fine-tuning open-source LLMs. You will build the "
        "evaluation harness that scores their models on held-out data."
    )
    assert _sectors("ML Engineer", subnet) == ["ai", "crypto"]
    assert miners_paid("miners are rewarded based on the quality of their completions.")
    assert miners_paid("the subnet incentivizes miners with emissions.")


def test_a_mine_sites_miners_are_paid_wages() -> None:
    # SYNTHETIC: a mine site's miners earn wages on shifts; "miners" said alone pays no one
    assert not miners_paid("our underground miners earn competitive wages for every shift at the copper mine.")
    assert _sectors("Mine Supervisor", "Our underground miners earn competitive wages for every shift.") == []
    assert not miners_paid("bitcoin miners are converting sites to host ai workloads.")


def test_stake_slashed_is_crypto() -> None:
    # real: unseen9 un9-cere-ai-innovator (both) and un9-rwlb-biconomy-fullstack (crypto)
    cere = "Build slashing mechanisms that penalize misbehaving agents"
    biconomy = (
        "Develop the decentralized network and cryptoeconomic systems, working on P2P communication, slashing "
        "mechanisms, and storage proofs."
    )
    assert slashing(cere.lower()) and slashing(biconomy.lower())
    assert incentive_counts(cere + ".\n" + biconomy) == (0, 2)
    # SYNTHETIC: stake and slash apart in one sentence, and an AI network secured by them
    assert slashing("operators stake eth to attest to ai inference results, and dishonest operators are slashed.")
    text = (
        "We verify AI inference with restaked security. Operators stake ETH to attest to LLM inference results, and "
        "dishonest operators are slashed. You will build the attestation service in Rust."
    )
    assert _sectors("Protocol Engineer", text) == ["ai", "crypto"]


def test_prices_and_budgets_are_slashed_too() -> None:
    # SYNTHETIC: slashed prices, a stake in a venture, a slash in a path
    assert not slashing("retail prices were slashed this quarter.")
    assert not slashing("use a forward slash in the path.")
    text = "Retail prices were slashed this quarter. You will model the impact on our stake in the joint venture."
    assert _sectors("Pricing Analyst", text) == []


def test_a_payer_names_whom_it_pays_in_tokens() -> None:
    # real: docs.nebulai.network/opencompute/worker-nodes ("Worker Nodes", Nebulai OpenCompute docs)
    nebulai = (
        "The system intelligently allocates tasks based on hardware capability, uptime, task completion history, and "
        "reputation score, rewarding contributors with esNEB tokens."
    )
    assert money_sentences(nebulai) == 1
    # SYNTHETIC: the payer's verb before its payees; an LLM's price per token names no payee
    assert money_sentence("our network pays gpu providers in tokens for every inference job they complete.")
    assert not money_sentence("we pay per token for every llm call.")
    assert not money_sentence("you pay for input tokens and output tokens separately.")
    assert _sectors("Node Operator", "Our network pays node operators in tokens for storage. Run the nodes.") == [
        "crypto"
    ]


def test_ai_work_paid_in_tokens_is_the_intersection() -> None:
    # SYNTHETIC: one sentence holds the AI work and the token pay: a crossing, though each alone stays short of a tag
    text = (
        "Contributors earn tokens for labeling the data that trains our AI models, and you will build the labeling "
        "pipeline."
    )
    assert "crypto x AI crossing" in _terms(text, "ai")


def test_autonomous_agents_beside_a_crypto_rail() -> None:
    # real: unseen9 un9-defimatrix-ai-architect ("autonomous agents" read as a weak AI term)
    defimatrix = (
        "As AI Systems Architect, you'll lead the design and implementation of DeFiMatrix's core AI infrastructure, "
        "including our intent recognition system, autonomous agents, and optimization solvers."
    )
    assert "autonomous agents" in _terms(defimatrix, "ai")
    # SYNTHETIC: autonomous agents paying each other in a stablecoin, the agent economy's rails
    text = (
        "We build payment rails for autonomous agents. Autonomous agents settle API calls with each other in USDC "
        "on Base through our SDK. You will own the SDK."
    )
    assert _sectors("Software Engineer", text) == ["ai", "crypto"]
    # SYNTHETIC: autonomous agents with no crypto rail stay AI only
    assert _sectors("ML Engineer", "We build autonomous agents for warehouse robots and train their LLM planners.") == [
        "ai"
    ]


def test_a_coin_named_only_as_a_way_to_pay() -> None:
    # real: unseen5 un5-enjin-accounting-documentation-assistant (a crypto employer: its other words keep it crypto)
    enjin = "This is a remote, part-time (20 hours/week), 6-month contract paid per hour in USD or USDC."
    assert payment_method(enjin.lower())
    # SYNTHETIC: an AI startup that accepts bitcoin, an AI lab paying salaries in crypto on request
    assert _sectors("ML Engineer", "We are an AI startup building speech models. We accept payment in bitcoin.") == [
        "ai"
    ]
    lab = "We train large language models for legal teams. You can choose to receive your salary in crypto."
    assert _sectors("Research Engineer", lab) == ["ai"]


def test_a_product_that_lets_others_accept_coins_is_the_business() -> None:
    # SYNTHETIC: merchants accepting USDC through the employer's API is its product
    assert not payment_method("we build a payments api that lets merchants accept payments in usdc.")
    text = "We build a payments API that lets merchants accept payments in USDC. You will build the settlement service."
    assert _sectors("Backend Engineer", text) == ["crypto"]


def test_agents_in_a_sentence_naming_an_agent_standard() -> None:
    # real: dev.to/alfredz0x "Agents need permissionless infrastructure, so we built it" (ERC-8004, USDC on Base) and
    # moltjobs.io/blog/ai-agent-payment-protocol-x402 ("The AI Agent Payment Protocol: x402, USDC & How Agents Pay")
    erc = (
        "AgentJobs.sol — a permissionless job marketplace where ERC-8004 agents can post work, claim jobs, and get "
        "paid in USDC on Base."
    )
    assert _sectors("Engineer", erc) == ["ai", "crypto"]
    x402 = (
        "The emerging standard is x402, which revives the dormant HTTP 402 Payment Required status so agents can pay "
        "for data, compute, or work in real time using stablecoins like USDC."
    )
    assert "crypto x AI crossing" in _terms(x402, "ai")
    # SYNTHETIC: without a standard named, unmarked agents beside USDC are no AI actors (a travel agent's payout)
    assert "crypto x AI crossing" not in _terms("Our travel agents get paid in USDC every Friday.", "ai")


def test_a_use_verb_before_the_actor_names_a_tool_not_the_product() -> None:
    # SYNTHETIC: a crypto exchange whose support team uses AI agents; the verb governs the actor, not the rail
    tool = "Our support team uses AI agents to answer questions about USDC deposits on our exchange."
    assert "crypto x AI crossing" not in _terms(tool, "ai")
    # SYNTHETIC: the verb governs the rail: the agents pay using it
    pay = "Our SDK lets AI agents settle API calls using USDC on Base."
    assert "crypto x AI crossing" in _terms(pay, "ai")


def test_the_rail_a_dozen_words_after_the_actor() -> None:
    # real: clawdbytes.pages.dev (May 28, 2026) "Register your AI agent on the open exchange, earn USDC per call"
    text = (
        "A developer going by Rileycraig14 has published a working implementation of an open exchange where AI "
        "agents can register, discover job opportunities, bid on tasks, and collect USDC payments automatically after "
        "each call completes."
    )
    assert "crypto x AI crossing" in _terms(text, "ai")
