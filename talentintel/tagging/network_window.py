"""The intersection read from a window of tokens: a crypto network word a few tokens from an AI noun (moved out of
sector.py, which had reached the 400-line limit)."""

from __future__ import annotations

from talentintel.tagging.taxonomy import Term

# Crypto's words for how a network runs, close to the AI thing it runs: "a truly decentralized 1.2B parameter LLM
# training run", "permissionless GPU inference", "AI agents on-chain". The fixed phrases of the [[both]] table miss
# the words in between; a few tokens either side is what the intersection's postings put there.
_NETWORK_WORDS = frozenset({"decentralized", "decentralised", "permissionless", "trustless", "onchain"})
# Substrings of every network word (and of "chain"): a text without any has no intersection to look for.
NETWORK_CUES = ("decentrali", "permissionless", "trustless", "chain")
_AI_NOUNS = frozenset({"ai", "ml", "llm", "llms", "inference", "pretraining", "gpu", "gpus", "compute", "intelligence"})
INTERSECTION_WINDOW = 4
INTERSECTION = Term("both", ("decentralized", "ai"), 3.5)


def intersection_hits(toks: list[str]) -> list[Term]:
    """One intersection term when a network word and an AI noun stand within INTERSECTION_WINDOW tokens."""
    if _NETWORK_WORDS.isdisjoint(toks) and "chain" not in toks:
        return []  # cheap test first: most sentences name no network
    for i, tok in enumerate(toks):
        if tok in _NETWORK_WORDS or (tok == "chain" and i > 0 and toks[i - 1] == "on"):
            near = toks[max(0, i - INTERSECTION_WINDOW) : i + INTERSECTION_WINDOW + 1]
            if not _AI_NOUNS.isdisjoint(near) and not _cloud_compute(near):
                return [INTERSECTION]
    return []


def _cloud_compute(near: list[str]) -> bool:
    """Whether the only AI noun near a network word is the compute of a cloud: "Proof of compute Decentralized Cloud
    Computing", "trustless ... cloud compute allocation" (unseen_hs5) is a crypto cloud, not AI compute."""
    return "cloud" in near and _AI_NOUNS.intersection(near) == {"compute"}
