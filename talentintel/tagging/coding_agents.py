"""The practice around coding agents an engineering team uses is no AI work.

Product teams now write that AI agents author much of their code, and describe the craft around them in AI words:
"directing AI agents to implement much of the code", "the prompts, guardrails, evals, tests, and review loop that let
agents ship safe, correct, production-ready code", "AI agents — Claude Code, Cursor, Codex, internal agent stack, MCP
servers, evals tooling" (unseen_hs17, LawnStarter's staff engineer for a lawn-care marketplace; remotive.com job
2091058). "Evals" and "MCP servers" are core AI terms because teams that build LLM products say them, so the posting
read ai. When the text names coding agents as its tools (a coding-agent product, "coding agents", "agent-authored"
code) and its only core AI evidence is that practice's vocabulary, the AI evidence is withdrawn.

The other direction holds: a posting that builds AI names other core terms (vLLM, RAG, LLM serving, model training:
an ITviec posting of SkyLab that also lists "Claude Code, Cursor, MCP servers" keeps ai), an AI word in the title
decides, and an agent the employer builds ("Design and integrate AI agents into real products", agent_work.py) is
evidence this check never withdraws. Models, LLMs, inference or datasets named anywhere keep the evidence too: evals
of one's own models are AI work.
"""

from __future__ import annotations

import functools
from typing import TYPE_CHECKING

from talentintel.tagging.taxonomy import repeat_factor, taxonomy
from talentintel.tagging.withdraw import withdraw

if TYPE_CHECKING:
    from talentintel.tagging.sector import SectorScore

# The craft's vocabulary: what a team says about the agents that write its code.
PRACTICE = frozenset(
    {
        "evals",
        "mcp server",
        "mcp servers",
        "model context protocol",
        "prompt engineering",
        "ai agents",
        "ai agent",
        "agentic",
        "ai native",
        "ai first",
        "ai",
    }
)
# Coding agents named as the team's tools (lowercased text); two products, or the kind itself.
_TOOLS = ("claude code", "cursor", "codex", "copilot", "windsurf")
_KIND = ("coding agent", "agent-authored", "agent authored", "ai-generated code", "ai generated code")
# Weak AI words that point at the employer's own models: their evals are AI work.
_OWN_MODELS = frozenset({"models", "model", "llm", "llms", "inference", "training data", "datasets"})
_BONUSES = frozenset({"company self-description", "short posting"})


@functools.cache
def _ai_weights() -> dict[str, float]:
    tax = taxonomy()
    return {t.text: t.weight for ts in tax.by_first.values() for t in ts if t.kind in ("ai", "both")}


def names_coding_agents(low: str) -> bool:
    """Whether a lowercased text names coding agents as tools: the kind, or two of the products."""
    if any(k in low for k in _KIND):
        return True
    return sum(t in low for t in _TOOLS) >= 2


def practice_only(evidence: list[dict[str, object]]) -> bool:
    """Whether the AI evidence is the coding-agent practice's words and weak description words only."""
    weights = _ai_weights()
    practice = False
    for entry in evidence:
        term = str(entry["term"])
        if term in _BONUSES:
            continue
        if entry["field"] != "description" or term in _OWN_MODELS:
            return False  # a title, department or company word decides; the employer's own models keep it
        if term in PRACTICE:
            practice = practice or weights.get(term, 0.0) >= taxonomy().decision["core_weight"]
            continue
        if weights.get(term, 99.0) >= taxonomy().decision["core_weight"] and not _read_as_mention(entry):
            return False  # another core term, or one a rule made ("builds ai agents"): AI work of its own
    return practice


def _read_as_mention(entry: dict[str, object]) -> bool:
    """Whether a description entry's core term was read as a mention only (a wish under "Nice To Have", a perk): its
    weight per hit is below core. "Experience with RAG pipelines and semantic search (vector databases)" wished for
    under AlgoSec's "Nice To Have" (unseen55) is no AI work of the team's own, as the same words in its duties are."""
    dec = taxonomy().decision
    count = int(str(entry.get("count") or 1))
    repeat = repeat_factor(dec, count)
    return float(str(entry["weight"])) / repeat < dec["core_weight"]


def withdraw_coding_agent_practice(result: SectorScore, text: str) -> None:
    """Withdraw ai when its only core evidence is the practice around coding agents the text names as tools. Runs
    on the text's evidence, before any company prior is added."""
    if not result.core["ai"] or not result.evidence["ai"]:
        return
    if not practice_only(result.evidence["ai"]) or not names_coding_agents(text.lower()):
        return
    withdraw(result, "ai", "the practice around coding agents the team uses: not counted")
