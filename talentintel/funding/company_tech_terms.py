"""A technology or a market named alone, never a company: "GPU", "Web3", "Bitcoin", "Restaking", "Agent".

First-sight misses on five publishers (scripts/company_rules_history.py; class "a sector or technology word",
docs/company_miss_classes.md) took the technology an essay opens on for the raiser: "Two MIT graduates put GPU spot
prices on Bloomberg Terminal ... and raised $33M" (b44-stealthis-ornn-33m, stealthis.ai), "AIエージェント×Web3が示唆する"
(hs21b-globalai-hodlher-strategic-funding-injective-ja, global-ai.jp), "The rapid convergence of Bitcoin mining and
artificial intelligence" (hs21b-tekedia-iren-3bn-convertible-notes-closed-en, tekedia.com), "AI and Restaking are widely
recognized as the leading narratives" (hs10-gatesite-mind-network-2-5m-seed, gatesite.cz), a research log's "Agent" turn
(b44-heylefty-catena-labs-series-a-agent-log, app.heylefty.com). Only the whole span: "Bitcoin Depot", "Agent Labs" and
"Blockchain" (Blockchain.com's short name, b53-blocktribune-blockchain-series-b-brazil) are names.
"""

from __future__ import annotations

import re

# Chain names ("Ethereum raised $18M in its 2014 sale", "Solana") and one-word brands ("Quantum", "Cloud") stay out.
_TERM = re.compile(
    r"(?i)(?:gpus?|cpus?|tpus?|npus?|llms?|ai\sagents?|agents?|agentic|web\s?[23](?:\.0)?|bitcoin|restaking|staking|"
    r"liquid\sstaking|defi|cefi|nfts?|depin|desci|gamefi|socialfi|rwas?|metaverse|stablecoins?|layer[\s-]?[123]|"
    r"rollups?|memecoins?|altcoins?|tokeni[sz]ation|saas|humanoids?|fintech|insurtech|healthtech|edtech|proptech|"
    r"climate\s?tech|deep\s?tech)"
)


def is_technology_term(name: str) -> bool:
    """`name` is, whole, a technology, a crypto market or a sector word."""
    return bool(_TERM.fullmatch(name.strip()))
