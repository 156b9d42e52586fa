"""Building AI agents is AI work: "Design and build AI Agents", "负责AI Agent的设计与开发", "AI 에이전트 개발".

"AI agents" alone weighs as a buzzword (taxonomy.toml: a product feature, or a tool a support team uses), which left a
plain-text hiring post whose one duty is "Design and build AI Agents" (unseen23, OneCompany's "Agent Developer") with
no AI at all. A verb of making next to the agent is the job itself, in any script; a verb of using is not, and is
never matched here ("use AI agents to draft replies", "使用AI Agent").
"""

from __future__ import annotations

import re

from talentintel.tagging.taxonomy import Term

# Weighs what a strong AI term weighs (core evidence); under a nice-to-have or perks header sector.py caps it as a
# mention like any other core term ("experience building AI agents is a plus").
AGENT_WORK = Term("ai", ("builds", "ai", "agents"), 3.0)

_MAKE = (
    r"(?:build|builds|building|built|design|designs|designing|designed|develop|develops|developing|developed"
    r"|architect|architects|architecting|implement|implements|implementing|create|creates|creating"
    r"|ship|ships|shipping|train|trains|training|fine[- ]tune|fine[- ]tunes|fine[- ]tuning)"
)
_AGENTS = (
    r"(?:ai|llm|llm[- ]based|ai[- ]powered|autonomous)[- ]agents?\b"
    r"|agentic (?:systems?|applications?|ai)\b|multi[- ]agent systems?\b"
)
# The verb, at most three words (or "and <verb>") before the agents: "build and deploy autonomous AI agents".
_ENGLISH = re.compile(rf"\b{_MAKE}\b(?:\s+[\w&/-]+){{0,3}}?\s+(?:{_AGENTS})")
_NOT_MADE = re.compile(
    r"\b(?:use|uses|using|used|leverage|leverages|leveraging|adopt|adopting"
    # Agents an operations team builds for itself are its tooling, not the product: "Build and deploy AI agents and
    # automated workflows to scale content production" (devset, a crypto exchange's compliance content manager),
    # "Build internal AI agent toolchains to improve operational and compliance efficiency" (unseen4, a payments
    # architect): both read as AI work before this test.
    r"|internal|internally|in-house|automated|automation|automate|workflows?|efficiency|productivity|streamline)\b"
)
_CJK_AGENT = r"(?:ai ?agent|llm ?agent|大模型 ?agent|智能体|智能體)"
_CJK_MAKE = r"(?:开发|開發|设计|設計|搭建|构建|構建|研发|研發|打造|训练|訓練|实现|實現)"
_CJK = re.compile(
    rf"{_CJK_MAKE}[^，,。；;、]{{0,12}}?{_CJK_AGENT}|{_CJK_AGENT}[^，,。；;]{{0,8}}?{_CJK_MAKE}"
    r"|(?:ai|llm) ?에이전트[^.,]{0,10}?(?:개발|설계|구축)|(?:ai|llm) ?エージェント[^、。]{0,10}?(?:開発|設計|構築)"
)
_CJK_USE = (
    "使用",
    "利用",
    "借助",
    "활용",
    "活用",
    "内部",
    "內部",
    "提效",
    "效率",
    "自动化",
    "自動化",
    "사내",
    "효율",
    "社内",
    "効率",
)
_CJK_CUES = ("智能体", "智能體", "에이전트", "エージェント")


def agent_cue(low: str) -> bool:
    """Whether a lowercased text can hold an agent at all (a test once a text, before any sentence is read)."""
    return "agent" in low or (not low.isascii() and any(c in low for c in _CJK_CUES))


def with_agent_work(part: str, hits: list[Term] | None) -> list[Term] | None:
    """The sentence's hits, plus AGENT_WORK when it says AI agents are built (part is lowercased)."""
    if hits is None or ("agent" not in part and (part.isascii() or not any(c in part for c in _CJK_CUES))):
        return hits  # cheap tests first: most sentences name no agent; a vetoed sentence stays vetoed
    if AGENT_WORK in hits:
        return hits
    if part.isascii():
        made = bool(_ENGLISH.search(part)) and not _NOT_MADE.search(part)
    else:
        made = (bool(_CJK.search(part)) or bool(_ENGLISH.search(part))) and not any(u in part for u in _CJK_USE)
    return [*hits, AGENT_WORK] if made else hits
