"""Sector evidence a terse community post gives in one line (issue 18, unseen26: short posts at employers no list
names, where one line is the whole self-description).

- A stack line ("Stack: Rust, Solana, Anchor", "Tech stack: Python, PyTorch, vLLM", "技术栈：Solidity、Go") names what
  the team builds on. A tag-cloud reading caps every item as a mere mention, which left "Stack: Rust, Solana, Anchor,
  TypeScript" as nothing; a chain or its tooling as an item of the stack is the product's own chain, an ML framework
  the team's own work. Only whole items count: "Solana Pay" in a checkout stack is a payment method, "PyTorch" in "we
  use PyTorch for a small recommendation model" is no stack line at all, and a stack line under a nice-to-have header
  stays a wish.
- A token ticker beside a name ("Lumora ($LUM) is hiring") is a token project's own name; not where the text speaks of
  stocks ("NASDAQ", "shares").
- A chain noun in the employer's self-description: "we're an L2 team", "a Move-based L1", "an appchain", "building on
  TON", "a Base-native app" (an L2 cache, L2 support, "a solid base" and "tons" are none of these).

Each kind of line found weighs a threshold's worth, counted as a theme (two sentences), like the self-description
bonus: in a post of a few lines that line is the whole message. Only descriptions under TERSE_CHARS are read.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import TYPE_CHECKING

from talentintel.tagging.cryptoeconomics import add_cryptoeconomics
from talentintel.tagging.sections import MINOR, parts_and_kinds
from talentintel.tagging.taxonomy import taxonomy
from talentintel.tagging.text import lowered

if TYPE_CHECKING:
    from talentintel.tagging.sector import SectorScore

TERSE_CHARS = 1200
WEIGHT = 4.0  # a threshold's worth: in a post of a few lines, the one line is the whole message
THEME = 2  # counts as this many sentences: the line is the post's whole statement of what it builds

_STACK = re.compile(
    r"^[#*\-•\s]*(?:our |the |tech |technology |technical |main |core )?(?:tech )?stack\s*(?:[:：\-–]|is\b)\s*(.+)$"
    r"|^[#*\-•\s]*(?:技术栈|技術スタック|使用技術|기술\s?스택)\s*[:：]?\s*(.+)$"
)
_CJK_STACK_WORDS = ("技术栈", "技術スタック", "使用技術", "스택")
_ITEM_SPLIT = re.compile(r"\s*(?:[,，、;/|+&]|\band\b|\s-\s)\s*")
_CHAIN_ITEMS = frozenset(
    {
        "solana", "ethereum", "evm", "solidity", "vyper", "move", "cosmos", "cosmos sdk", "cosmwasm", "cometbft",
        "tendermint", "substrate", "polkadot", "sui", "aptos", "ton", "starknet", "arbitrum", "op stack", "zksync",
        "foundry", "hardhat", "ethers.js", "ethers", "web3.js", "viem", "wagmi", "anchor", "bitcoin", "the graph",
        "subgraphs", "chainlink", "layerzero", "bnb chain", "bsc", "tron", "web3", "near", "avalanche", "polygon",
    }
)  # fmt: skip
_ML_ITEMS = frozenset(
    {
        "pytorch", "tensorflow", "jax", "vllm", "tensorrt", "tensorrt-llm", "triton", "sglang", "deepspeed",
        "megatron", "megatron-lm", "hugging face", "huggingface", "transformers", "langchain", "llamaindex",
        "llama.cpp", "onnx runtime",
    }
)  # fmt: skip
_STOCKS = re.compile(r"\b(?:nyse|nasdaq|otc|tsx|asx|stock|stocks|shares|listed on)\b", re.I)
_TICKER = re.compile(r"\b[A-Z][\w.&-]*(?:\s+[A-Z][\w.&-]*){0,3}\s*\(\s*\$([A-Z][A-Z0-9]{1,9})\s*\)")
_CURRENCIES = frozenset({"US", "USD", "CAD", "AUD", "NZD", "SGD", "HKD", "CAN", "NZ", "AU", "HK", "SG", "MXN", "USDT"})
_SELF = re.compile(r"\b(?:we are|we['’]re|is|are|is building|we build|building|built)\b", re.I)
_LAYER_NOUN = re.compile(
    r"\b(?:an?|the)\s+(?:[\w-]+\s+){0,2}?(?:l1|l2|l3|layer[- ]?[123]|appchain|app-chain)\b"
    r"(?!\s*(?:support|cache|caches|regulari[sz]ation|norm|engineer|engineers|technician|analyst|agent|tier|helpdesk))",
    re.I,
)
_CHAINS = (
    r"(?:TON|Solana|Sui|Aptos|Starknet|Arbitrum|Base|Polygon|NEAR|Avalanche|Cosmos|Bitcoin|Ethereum|Berachain|Monad)"
)
_ON_CHAIN = re.compile(rf"\b(?:on|atop)\s+(?:the\s+)?{_CHAINS}\b(?![\w-])|\b{_CHAINS}-(?:native|based)\b")


def _items(line: str) -> list[str]:
    return [x.strip(" .()[]*`") for x in _ITEM_SPLIT.split(line) if x.strip(" .()[]*`")]


def _may_hold_stack(description: str) -> bool:
    return "stack" in description.lower() or any(w in description for w in _CJK_STACK_WORDS)


def stack_sectors(description: str) -> set[str]:
    """Sectors a stack line of a terse description names as the team's own (outside nice-to-have sections)."""
    out: set[str] = set()
    if not description or len(description) >= TERSE_CHARS or not _may_hold_stack(description):
        return out  # most postings: a substring test
    parts, kinds = parts_and_kinds(lowered(description))
    for part, kind in zip(parts, kinds, strict=True):
        match = _STACK.match(part) if kind != MINOR else None
        if match is None:
            continue
        items = set(_items(match.group(1) or match.group(2) or ""))
        if items & _CHAIN_ITEMS:
            out.add("crypto")
        if items & _ML_ITEMS:
            out.add("ai")
    return out


def names_a_ticker(description: str) -> bool:
    """A name with its token ticker in parentheses ("Lumora ($LUM)"), where the text says nothing of stocks."""
    if "($" not in description.replace("( $", "($") or _STOCKS.search(description):
        return False
    return any(m.group(1) not in _CURRENCIES for m in _TICKER.finditer(description))


def chain_self_description(description: str) -> bool:
    """A self-description sentence among the first lines naming the employer as a chain or as built on one."""
    head = description[:400]
    for sentence in re.split(r"(?<=[.!?。\n])\s*", head)[:3]:
        if not _SELF.search(sentence):
            continue
        if _LAYER_NOUN.search(sentence) or _ON_CHAIN.search(sentence):
            return True
    return False


def terse_sectors(description: str) -> dict[str, int]:
    """How many terse-post lines name each sector (each counted once)."""
    if not description or len(description) >= TERSE_CHARS:
        return {}
    found = dict.fromkeys(stack_sectors(description), 1)
    if names_a_ticker(description) or chain_self_description(description):
        found["crypto"] = found.get("crypto", 0) + 1
    return found


def add_text_evidence(result: SectorScore, fields: Mapping[str, str]) -> None:
    """Evidence the description gives beyond its phrases: a network's economics and a terse post's one line."""
    description = fields.get("description") or ""
    add_cryptoeconomics(result, description)
    dec = taxonomy().decision
    for sector, count in terse_sectors(description).items():
        added = max(0.0, min(WEIGHT * count, dec["description_cap"] - result.description[sector]))
        result.description[sector] += added
        result.scores[sector] += added
        result.core[sector] = True
        result.spread[sector] += THEME
        result.evidence[sector].append({"term": "terse post line", "field": "description", "weight": added})
