"""Sector tags from reading the posting alone (no company known), and the company-blind measurement.

Every posting below is SYNTHETIC: a title and a few lines written for this test, not a recorded posting.

What a tag means is the dev set's labeling rule (tests/fixtures/tagging/PROVENANCE.md): crypto = the employer is a
crypto / blockchain / web3 company or the role is about crypto; ai = the employer builds AI/ML as its core product
or the role is ML/AI engineering or research. So a recruiter at a crypto exchange is crypto, and so is a recruiter
whose posting describes its employer as one; a passing mention (one sentence of a payments company's about-us text,
a customer list, "AI-powered" copy, EEO and hiring-process text) is not. Cryptography without blockchain (VPNs, TLS
libraries) is not crypto; using AI tools is not ai; a data scientist is ai only when the posting says ML.
"""

from __future__ import annotations

import json

import pytest

from talentintel.tagging import tag_posting
from talentintel.tagging.evaluate import company_mask, evaluate, format_report, main

CASES = [
    # ---- crypto: the role or the employer, from the text
    (
        "Protocol Engineer, L2 Rollups",
        "Build the sequencer and fraud proofs of our optimistic rollup on Ethereum.",
        "crypto",
    ),
    ("Smart Contract Engineer", "Write Move and Cairo contracts, Vyper audits, gas optimization.", "crypto"),
    ("Staking Infrastructure Engineer", "Run validator nodes and MEV relays for our liquid staking product.", "crypto"),
    ("Head of Stablecoin Payments", "Launch USDC settlement and custody of digital assets for merchants.", "crypto"),
    ("ZK Circuit Engineer", "Write Circom and Halo2 circuits for our prover.", "crypto"),
    (
        "Senior Recruiter",
        "Acme is a crypto exchange serving ten million users. We build self-custody wallets and onchain trading.\n"
        "You will hire engineers across the company.",
        "crypto",
    ),
    (
        "Customer Support Specialist",
        "Acme is building the onchain economy for Latin America.\nOur onchain savings app serves two million people.",
        "crypto",
    ),
    (
        "DeFi Risk Analyst",
        "Monitor total value locked, liquidations and oracle networks across lending protocols.",
        "crypto",
    ),
    # ---- ai
    (
        "Machine Learning Engineer, Inference",
        "Optimize LLM inference on GPU clusters with vLLM and CUDA kernels.",
        "ai",
    ),
    ("Applied Scientist", "Fine-tuning and RLHF of foundation models; build evals for each release.", "ai"),
    ("Software Engineer, RAG", "Build retrieval-augmented generation pipelines over our vector database.", "ai"),
    ("MLOps Engineer", "Own our feature store, model registry and model serving.", "ai"),
    ("Research Scientist, Video", "Train diffusion models for video generation.", "ai"),
    (
        "Account Executive",
        "Acme is an AI lab building foundation models. Our mission is to make large language models safe.\n"
        "You will sell to enterprises in the Nordics.",
        "ai",
    ),
    (
        "Client Support Analyst",
        "Acme builds clinical AI for hospitals. Our clinical AI platform reads every chart.\nAnswer client tickets.",
        "ai",
    ),
    ("Ingeniero de IA", "Desarrollo de modelos de aprendizaje automático para clientes.", "ai"),
    ("Head of AI", "Lead our team.", "ai"),
    # ---- both: the intersection
    ("Engineer, Decentralized GPU Marketplace", "Match AI training jobs to GPU providers paid on Solana.", "both"),
    (
        "Agent Payments Engineer",
        "Build wallets for AI agents and stablecoin rails so LLM agents can pay onchain.",
        "both",
    ),
    ("Research Engineer, zkML", "Proof of inference for neural networks: verifiable AI.", "both"),
    ("Product Manager, AI x Crypto", "Ship onchain AI agents that trade on DEXs.", "both"),
    (
        "Machine Learning Engineer, Fraud",
        "Detect fraud in on-chain transactions at our crypto exchange with ML models.",
        "both",
    ),
    # ---- traps: none
    ("Recruiter", "We are an equal opportunity employer. We may use AI tools in our hiring process.", "none"),
    (
        "Account Executive",
        "Acme is the AI-powered analytics platform with AI agents for every team.\nOur AI-first culture moves fast.",
        "none",
    ),
    (
        "Sales Manager",
        "Our AI-powered CRM ships generative AI features.\nAI agents draft every email. Sell to mid-market teams.",
        "none",
    ),
    (
        "Marketing Manager",
        "Acme uses machine learning to price loans.\nOur AI-powered app is loved by millions.",
        "none",
    ),
    ("Kraken Platform Engineer", "Kraken powers the billing of energy retailers. Join the Kraken team.", "none"),
    ("Operations Manager, Thailand", "Maintain our Bangkok warehouse and maintain stock levels.", "none"),
    ("Supply Chain Manager", "Optimize the supply chain and cold chain for our grocery stores.", "none"),
    ("Identity Engineer", "Issue access tokens and refresh tokens (JWT); hardware tokens for MFA.", "none"),
    ("Customer Support Agent", "Answer tickets as a customer support agent in our help desk.", "none"),
    ("Lab Technician", "Prepare 50 mL of buffer and dilute 10 ml samples; maintain the freezer log.", "none"),
    ("Cryptography Engineer", "Implement post-quantum crypto primitives and crypto libraries for our VPN.", "none"),
    ("Java Developer", "Maintain the DAO layer and data access objects of our Spring application.", "none"),
    ("Account Manager - Des Moines, IA", "Grow our insurance accounts across Iowa.", "none"),
    ("Accelerator Physicist", "Tune electron beams at 10 MeV for cancer therapy.", "none"),
    ("Project Manager", "Report RAG status weekly to the steering committee.", "none"),
    ("Data Scientist", "Design A/B experiments and causal inference studies for the growth team.", "none"),
    ("Backend Engineer", "Our customers include Coinbase, OpenAI and Ramp. Build billing APIs.", "none"),
    ("Marketing Manager", "Acme is a payments company that recently started exploring blockchain.", "none"),
    ("Software Engineer", "Use ChatGPT and GitHub Copilot to speed up your work.", "none"),
    ("Bridge Engineer", "Inspect steel bridges and design deck repairs.", "none"),
    ("L2 Support Engineer", "Handle L2 escalations from the L1 support team.", "none"),
    ("Postdoctoral Researcher", "Join our materials lab at ETH Zurich.", "none"),
    ("Payments Engineer", "Card tokenization and network tokens at checkout; mobile wallets like Apple Pay.", "none"),
]


@pytest.mark.parametrize(("title", "description", "expected"), CASES)
def test_sector_from_the_posting_text_alone(title: str, description: str, expected: str) -> None:
    result = tag_posting(title=title, description=description, company_prior={})
    assert result.sector_class == expected, result.evidence


def test_a_generic_role_at_a_known_crypto_company_is_crypto() -> None:
    assert tag_posting(title="Recruiter", company="Kraken").sector_class == "crypto"
    assert tag_posting(title="Recruiter", company="Kraken", company_prior={}).sector_class == "none"


def test_every_tag_has_evidence_and_a_declined_sector_stays_under_half() -> None:
    both = tag_posting(title="Research Engineer, zkML", description="Proof of inference for neural networks.")
    for sector in ("crypto", "ai"):
        assert both.evidence[sector] and all({"term", "field", "weight"} <= set(e) for e in both.evidence[sector])
        assert both.confidence[sector] > 0.5
    buzz = tag_posting(title="Account Executive", description="AI-powered. AI-first. AI agents. AI native. AI.")
    assert buzz.sector == [] and buzz.evidence["ai"] and buzz.confidence["ai"] < 0.5


def test_company_mask_covers_the_name_and_its_short_forms() -> None:
    mask = company_mask("Parity Technologies / Polkadot (Web3)")
    assert mask is not None
    text = mask.sub("X", "Parity Technologies builds Polkadot; at Parity you will... Web3 native.")
    assert text == "X builds X; at X you will... Web3 native."
    assert company_mask(None) is None and company_mask("  ") is None


def test_company_blind_report_sits_beside_the_shipped_one(tmp_path, capsys) -> None:  # type: ignore[no-untyped-def]
    items = [
        {
            "id": "a",
            "title": "Office Manager",
            "company": "Fireblocks",
            "location": "NYC",
            "label_sector": ["crypto"],
            "label_regions": ["us"],
            "label_countries": ["US"],
        },
        {
            "id": "b",
            "title": "Office Manager",
            "company": "Acme",
            "description": "Fireblocks is a digital asset custody platform. Fireblocks secures crypto for banks.",
            "location": "NYC",
            "label_sector": ["crypto"],
            "label_regions": ["us"],
            "label_countries": ["US"],
        },
    ]
    rep = evaluate(items)
    assert rep.confusion["crypto"]["crypto"] == 2 and rep.blind is not None
    # Blind: a's company is unknown; b still reads as crypto (its text names another company's business).
    assert rep.blind.confusion["crypto"] == {"none": 1, "crypto": 1, "ai": 0, "both": 0}
    assert [e["id"] for e in rep.blind.sector_errors] == ["a"]
    text = format_report(rep)
    assert "company-blind sector macro-F1" in text and "sector macro-F1: " in text
    devset = tmp_path / "dev.jsonl"
    devset.write_text("\n".join(json.dumps(i) for i in items) + "\n", encoding="utf-8")
    assert main([str(devset), "--company-blind", "--errors", "5"]) == 0
    out = capsys.readouterr().out
    assert "company-blind: no company field" in out and "a: crypto -> none" in out
