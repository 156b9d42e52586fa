"""Terse community posts whose one line says what the employer builds (tagging/terse_posts.py; issue 18, unseen26).

Real lines are cited; SYNTHETIC variants are marked as such."""

from __future__ import annotations

from talentintel.tagging.tagger import tag_posting
from talentintel.tagging.terse_posts import (
    chain_self_description,
    names_a_ticker,
    stack_sectors,
    terse_sectors,
)


def _sector(description: str, title: str = "Backend Engineer", company: str = "Lumora") -> list[str]:
    return sorted(tag_posting(title=title, description=description, company=company).sector)


def test_stack_line_real_text() -> None:
    # a real "Tech stack" line of a Solana engineer's work history on a public GitHub page (find_string
    # "Tech stack: Rust, Solana", 2026 index): the chain is the product's own
    assert stack_sectors("Tech stack: Rust, Solana, Anchor") == {"crypto"}


def test_stack_line_synthetic_terse_posts() -> None:
    # SYNTHETIC: a terse post whose only hint is its stack line
    assert _sector("Stack: Rust, Solana, Anchor, TypeScript. Remote.") == ["crypto"]
    # SYNTHETIC: ML frameworks as the team's own stack
    assert _sector("Our stack: Python, PyTorch, vLLM, Kubernetes. Remote.") == ["ai"]
    assert stack_sectors("技术栈：Solidity、Go、Redis") == {"crypto"}  # SYNTHETIC


def test_stack_line_guards_tools_used() -> None:
    # SYNTHETIC: a payment method in a checkout stack, a model an app uses, a stack under nice-to-have
    assert stack_sectors("Stack: React, Node, Solana Pay, Postgres. We build e-commerce software.") == set()
    assert _sector("We use PyTorch for a small recommendation model in our grocery app. Go dev wanted.") == []
    assert stack_sectors("We build HR software.\n## Nice to have\nStack: PyTorch, TensorFlow") == set()
    assert _sector("Stack: React, Node, Postgres. We build HR software.") == []


def test_ticker_real_text() -> None:
    # github:51bitquant/ai-hedge-fund-crypto issue #16 (alxvasilevvv, 2026-03-18): a token project's links
    assert names_a_ticker("- 🌐 Platform: https://meeet.world\n- 🔥 Token ($MEEET): https://pump.fun/EJgy")


def test_ticker_synthetic_and_guards() -> None:
    assert _sector("Lumora ($LUM) is hiring a backend engineer. Remote.") == ["crypto"]  # SYNTHETIC
    # SYNTHETIC guards: a listed company's cashtag, a currency, an amount
    assert not names_a_ticker("Acme ($ACME) is listed on NASDAQ and hiring.")
    assert not names_a_ticker("Salary (US$ 90k) and equity. Remote.")
    assert not names_a_ticker("Acme ($5M seed) is hiring.")


def test_chain_self_description_real_text() -> None:
    # github:danyspin97/TelegramBotsList issue #97 (dayi1000, 2026-02-26): "Built on Base L2 with Bankr protocol
    # integration"
    assert chain_self_description("- Bot: https://t.me/NoxBaseBot\n- Built on Base L2 with Bankr protocol integration")


def test_chain_self_description_synthetic_and_guards() -> None:
    # SYNTHETIC: the employer as a chain, or built on one
    assert _sector("We're an L2 team. Go dev wanted.") == ["crypto"]
    assert _sector("We are Lumora, a Move-based L1. Rust dev wanted.") == ["crypto"]
    assert _sector("We're Lumora — a Telegram mini-app game on TON. Unity dev wanted.") == ["crypto"]
    assert _sector("We're Lumora, an appchain. Go dev wanted.") == ["crypto"]
    # SYNTHETIC guards: support tiers, caches, "tons", a "solid base"
    assert not chain_self_description("We are an L2 support team for a bank. Linux admin wanted.")
    assert not chain_self_description("We are a logistics firm moving tons of freight. Go dev wanted.")
    assert not chain_self_description("We are building on a solid base of customers. Go dev wanted.")


def test_taxonomy_self_descriptions() -> None:
    # SYNTHETIC: the self-description nouns the taxonomy now holds
    assert _sector("We are Lumora, an inference platform. Looking for a Go engineer.") == ["ai"]
    assert _sector("We're Lumora, an inference cloud. Go dev wanted.") == ["ai"]
    assert _sector("We train open-weight models. Infra engineer wanted.") == ["ai"]
    assert _sector("We are Lumora, a self-custodial wallet. Looking for a Go engineer. Remote.") == ["crypto"]
    assert _sector("We are Lumora, a perpetuals exchange. Looking for a Go engineer.") == ["crypto"]
    # SYNTHETIC guard: statistical inference
    assert _sector("We're Lumora, a causal inference platform for product teams. Go dev wanted.") == []


def test_long_posts_are_not_read() -> None:
    # SYNTHETIC: the rule reads terse posts only
    assert terse_sectors("Stack: Rust, Solana. " + "We ship software. " * 80) == {}
