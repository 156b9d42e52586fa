"""The crypto x AI intersection beyond the [[both]] phrase table.

corroborate: "decentralized AI" is crypto x AI at a GPU network and edge AI at a company that trains on device (webAI,
unseen9). Such a phrase counts for crypto only when the posting names crypto in another word too; otherwise its
crypto points, and the bonuses it earned, are withdrawn and the phrase counts for AI alone.

cross: the intersection said in grammar a phrase table cannot list — an AI modifier on a crypto product ("an
AI-powered DeFi startup", unseen14) and an AI actor beside a crypto rail ("lets AI agents hold wallets and pay in
USDC", "secures AI agents with restaked ETH").

client_list: a list of the customers or industries an employer serves ("our customers include banks, insurers and
crypto exchanges") says who buys, not what the employer is: its sector words are mentions."""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING

from talentintel.tagging.cryptoeconomics import money_sentence
from talentintel.tagging.matcher import text_hits
from talentintel.tagging.network_incentives import incentive_sentence
from talentintel.tagging.sections import MINOR
from talentintel.tagging.taxonomy import SECTORS, repeat_factor, taxonomy, taxonomy_path, tokens
from talentintel.tagging.tech_lists import tech_enumeration
from talentintel.tagging.text import lowered
from talentintel.tagging.withdraw import withdraw

if TYPE_CHECKING:
    from types import ModuleType

    from talentintel.tagging.sector import SectorScore
    from talentintel.tagging.taxonomy import Term


def _sector() -> ModuleType:
    """The sector module, which imports this one: its sentence split (cached), list tests and decision rule."""
    from talentintel.tagging import sector

    return sector


@dataclass(frozen=True)
class _Lists:
    needs_crypto_word: frozenset[str]
    not_crypto_words: frozenset[str]
    ai_modifiers: dict[str, tuple[tuple[str, ...], ...]]  # first word -> modifiers: "ai" -> (("ai", "powered"), ...)
    crypto_heads: frozenset[str]
    agent_markers: frozenset[str]
    ai_actors: frozenset[str]
    crypto_rails: frozenset[str]
    client_gate: frozenset[str]
    background_verbs: frozenset[str]
    buyers: frozenset[str]
    client_subjects: frozenset[str]
    rail_cues: tuple[str, ...]


@cache
def _lists() -> _Lists:
    with taxonomy_path().open("rb") as fh:
        table = tomllib.load(fh).get("intersection", {})
    rails = frozenset(table.get("crypto_rails", ()))
    return _Lists(
        needs_crypto_word=frozenset(table.get("needs_crypto_word", ())),
        not_crypto_words=frozenset(table.get("not_crypto_words", ())),
        ai_modifiers=_by_first_word(table.get("ai_modifiers", ())),
        crypto_heads=frozenset(table.get("crypto_heads", ())),
        agent_markers=frozenset(table.get("agent_markers", ())),
        ai_actors=frozenset(table.get("ai_actors", ())),
        crypto_rails=rails,
        background_verbs=frozenset(table.get("background_verbs", ())),
        buyers=frozenset(table.get("buyers", ())),
        client_subjects=frozenset(table.get("client_subjects", ())),
        client_gate=frozenset(
            [*table.get("background_verbs", ()), *table.get("buyers", ()), *table.get("client_subjects", ())]
        ),
        rail_cues=tuple(sorted({r[:5] for r in rails})),
    )


def _by_first_word(phrases: list[str]) -> dict[str, tuple[tuple[str, ...], ...]]:
    out: dict[str, list[tuple[str, ...]]] = {}
    for phrase in phrases:
        toks = tuple(tokens(phrase))
        out.setdefault(toks[0], []).append(toks)
    return {k: tuple(v) for k, v in out.items()}


def corroborate(result: SectorScore) -> None:
    """Withdraw crypto when its only evidence is a phrase of [intersection] needs_crypto_word (plus the bonuses and
    bare network words that come with it). Runs on the text's evidence, before any company prior is added."""
    lists = _lists()
    terms = {e["term"] for e in result.evidence["crypto"]}
    if not terms & lists.needs_crypto_word or terms - lists.needs_crypto_word - lists.not_crypto_words:
        return  # no ambiguous phrase, or another crypto word corroborates it
    withdraw(result, "crypto", "decentralized phrase, no crypto word: not counted")


# A crossing weighs what a phrase of the [[both]] table weighs.
CROSSING_WEIGHT = 3.5
MODIFIER_GAP = 1  # "AI-powered DeFi startup", "AI-native crypto wallet": the crypto noun a word after the modifier
RAIL_WINDOW = (
    14  # "AI agents can register, discover job opportunities, bid on tasks, and collect USDC payments" (clawdbytes):
)
# the rail 12 words after the actor
_HEDGES = ("a plus", "preferred", "nice to have", "bonus")
# A sentence that uses or adopts the thing names a tool, not the product: "our support team uses AI agents to answer
# wallet questions" is a crypto firm that uses an AI tool.
_USE_WORDS = frozenset({"use", "uses", "using", "used", "leverage", "leverages", "leveraging", "adopt", "adopting"})


def _modifies_crypto(toks: list[str], lists: _Lists) -> bool:
    """An AI modifier ("ai powered", "agentic") with a crypto product noun right after it."""
    for i, tok in enumerate(toks):
        for mod in lists.ai_modifiers.get(tok, ()):
            end = i + len(mod)
            if tuple(toks[i:end]) == mod and not lists.crypto_heads.isdisjoint(toks[end : end + 1 + MODIFIER_GAP]):
                return True
    return False


def _actor_at(toks: list[str], i: int, lists: _Lists, standard: bool = False) -> bool:
    """An AI actor: "ai", "llm", "inference"..., or "agents" said of software ("ai agents", "autonomous agents"), as
    every agent is in a sentence naming the agent economy's own standards (`standard`)."""
    tok = toks[i]
    if tok in lists.ai_actors:
        return True
    return tok in ("agent", "agents") and (standard or not lists.agent_markers.isdisjoint(toks[max(0, i - 2) : i]))


# The agent economy's standards: x402 (HTTP 402 payments "so agents can pay for data, compute, or work ... using
# stablecoins like USDC", moltjobs.io) and ERC-8004 (agent identity on Ethereum: "ERC-8004 agents can post work, claim
# jobs, and get paid in USDC on Base", dev.to/alfredz0x). In a sentence naming one, "agents" are software agents.
_AGENT_STANDARDS = ("x402", "8004")


def _actor_near_rail(toks: list[str], lists: _Lists) -> bool:
    rails = [i for i, tok in enumerate(toks) if tok in lists.crypto_rails]
    standard = any(s in toks for s in _AGENT_STANDARDS)
    for r in rails:
        for i in range(max(0, r - RAIL_WINDOW), min(len(toks), r + RAIL_WINDOW + 1)):
            if _actor_at(toks, i, lists, standard):
                return True
    return False


def _crosses(part: str, lists: _Lists, modified: bool, railed: bool) -> bool:
    modified = modified and any(c in part for c in _MODIFIER_CUES) and any(c in part for c in lists.crypto_heads)
    railed = railed and any(c in part for c in lists.rail_cues)
    if not (modified or railed) or any(h in part for h in _HEDGES):
        return False  # cheap tests first; a wish is not the product
    toks = tokens(part)
    if modified and _modifies_crypto(toks, lists):
        return True
    return railed and not _uses_actor(toks, lists) and _actor_near_rail(toks, lists)


def _uses_actor(toks: list[str], lists: _Lists) -> bool:
    """Whether a use verb governs an AI actor ("our support team uses AI agents to answer wallet questions": a tool).
    A use verb before the rail is how the actor pays ("so agents can pay ... using stablecoins like USDC", moltjobs.io)."""
    for j, tok in enumerate(toks):
        if tok in _USE_WORDS and any(_actor_at(toks, k, lists) for k in range(j + 1, min(len(toks), j + 4))):
            return True
    return False


# Substrings every modifier holds: a sentence without one (or without a crypto head) has no modified crypto product.
_MODIFIER_CUES = ("powered", "driven", "native", "first", "enabled", "based", "agentic")


def cross(result: SectorScore, description: str) -> None:
    """Add both-evidence for each description sentence (outside nice-to-have and perks sections) where AI modifies a
    crypto product or an AI actor stands beside a crypto rail."""
    if not result.scores["crypto"] or not result.scores["ai"]:
        return  # cheap test first: every crossing holds a word of each sector's table ("ai powered", "defi", "usdc")
    sector = _sector()
    if all(sector.decide(result.scores[s], result.description[s], result.core[s], result.spread[s]) for s in SECTORS):
        return  # both already: a crossing adds nothing
    lists = _lists()
    both_core = result.core["crypto"] and result.core["ai"]
    # The words a crossing needs are taxonomy terms of each sector ("ai powered" and "defi", "ai agents" and "usdc"):
    # the evidence already found says whether a sentence can hold one.
    crypto_words = {w for e in result.evidence["crypto"] for w in e["term"].split()}  # "crypto wallet" holds "crypto"
    ai_terms = {e["term"] for e in result.evidence["ai"]}
    modified = not _MODIFIER_TERMS.isdisjoint(ai_terms) and not lists.crypto_heads.isdisjoint(crypto_words)
    railed = not lists.crypto_rails.isdisjoint(crypto_words) and not _ACTOR_TERMS.isdisjoint(ai_terms)
    if not (both_core or modified or railed):
        return
    parts, kinds = sector._parts_and_kinds(lowered(description))  # cached there: the description is split once
    main = [part for part, kind in zip(parts, kinds, strict=True) if kind != MINOR]
    count = sum(1 for part in main if _crosses(part, lists, modified, railed)) if modified or railed else 0
    if both_core:
        count += sum(1 for part in main if _CRYPTO_CUE.search(part) and _AI_CUE.search(part) and _shares(part))
    if count:
        _add(result, count)


# AI terms of the taxonomy that every AI modifier, and every AI actor, holds or is.
_MODIFIER_TERMS = frozenset(
    {"ai", "ml", "llm", "ai ml", "ml ai", "ai powered", "ai driven", "ai native", "ai first", "agentic"}
)
_ACTOR_TERMS = frozenset(
    {
        "ai",
        "ai agents",
        "ai agent",
        "agentic",
        "llm",
        "llms",
        "llm agents",
        "llm agent",
        "inference",
        "autonomous agents",
        "autonomous agent",
        "x402",
        "erc 8004",
        "erc8004",
    }
)
# Substrings a strong term of each sector holds (a superset: the taxonomy decides): most sentences lack one of them.
_CRYPTO_CUE = re.compile(
    "crypto|chain|defi|web3|token|wallet|bitcoin|btc|ether|solana|stablecoin|usdc|nft|dao|dapp|exchange|staking|"
    "staked|mining|miner|zk|zero knowledge|smart contract|digital asset|solidity|evm|rollup|onchain|protocol|dex|slash"
)
_AI_CUE = re.compile(
    r"\bai\b|machine learning|\bml\b|llm|model|neural|deep learning|nlp|vision|inference|gpu|agent|intelligence|"
    "pytorch|tensorflow|transformer|rlhf|embedding|rag|learning|generative|diffusion|cuda|vllm|training"
)
_LISTING = re.compile(r"\b(?:including|such as|like|e g|etc|and other)\b")
# Where the candidate has been, not what the employer does: "engineers who worked at crypto startups thrive here".
_BACKGROUND = re.compile(
    r"\b(?:worked|working|experience|experienced|background|previously|formerly|alumni|come from|came from)\b"
    r"[^.;]{0,30}\b(?:at|in|from)\b[^.;]{0,30}\b(?:startups?|companies|company|firms?|labs?|exchanges?|teams?)\b"
)
# Who buys, named in a list beside the sector after "for", "to", "serving": "detects fraud for banks and crypto
# exchanges", "sells to crypto exchanges, brokers and banks". Not a buyer named alone ("helping hospitals recover
# revenue" is what a clinical AI platform does, smarterdx).
_BUYERS = (
    r"(?:banks|fintechs|insurers|lenders|brokers|brokerages|retailers|merchants|governments|hospitals|"
    r"payment companies|payment processors|asset managers|hedge funds)"
)
_CLIENTELE = re.compile(
    rf"\b(?:for|to|serving|serves|across)\s+(?:(?:the|our|leading|top|global)\s+)?{_BUYERS}\s*(?:,|\band\b|\bor\b)"
    rf"|\b(?:for|to|serving|serves|across)\b[^.;]{{0,40}}(?:,|\band\b|\bor\b)\s+(?:the\s+)?{_BUYERS}\b"
)


# A team's roster of specialties names the skills it holds, not what it makes: "Grow & lead a team of blockchain,
# cloud, and AI engineers" (a crypto cloud's CTO ad, unseen_hs5).
_ROSTER = re.compile(
    r"\bteams? of\b[^.;]{0,60},[^.;]{0,40}\b(?:and|or)\b[^.;]{0,30}"
    r"\b(?:engineers|developers|experts|specialists|researchers|scientists)\b"
)


def _shares(part: str) -> bool:
    """A strong AI term and a strong crypto term in one plain sentence: the AI work is done on crypto ("graph neural
    networks ... high-risk address networks ... on-chain data", "LLMs to solve complex, crypto-native challenges")."""
    if any(h in part for h in _HEDGES) or " or " in part or client_list(part):
        return False
    if not _USE_WORDS.isdisjoint(tokens(part)) or _BACKGROUND.search(part) or _CLIENTELE.search(part):
        return False
    if "team" in part and _ROSTER.search(part):
        return False
    sector = _sector()
    if sector._keyword_list(part) or tech_enumeration(part) or (part.count(",") >= 2 and _LISTING.search(part)):
        return False  # a list of things the job touches ("including indexer service, api, machine learning models,
        # and other blockchain-related project support", unseen10 zora) is no crossing
    tax = taxonomy()
    core = tax.decision["core_weight"]
    kinds = {t.kind for t in text_hits(tax, part) or [] if t.weight >= core}
    if "crypto" not in kinds and (money_sentence(part) or incentive_sentence(part)):
        kinds.add("crypto")  # the AI work is paid in tokens or secured by stake (cryptoeconomics, network_incentives)
    return "both" not in kinds and {"crypto", "ai"} <= kinds


def _add(result: SectorScore, count: int) -> None:
    dec = taxonomy().decision
    repeat = repeat_factor(dec, count)
    points = CROSSING_WEIGHT * taxonomy().fields.get("description", 1.0) * repeat
    for kind in SECTORS:
        added = max(0.0, min(points, dec["description_cap"] - result.description[kind]))
        result.description[kind] += added
        result.scores[kind] += added
        result.core[kind] = True
        result.spread[kind] += count
        result.evidence[kind].append(
            {"term": "crypto x AI crossing", "field": "description", "weight": round(added, 2), "count": count}
        )


# "customers include", "clients such as": a list after it names who buys. Not "serving" (model serving: "AI Infra &
# Serving ... workloads such as LLM training, RLHF, agents" is the job, unseen jobijoba), nor "used by" (the sentence
# goes on to say what the company is: "used by millions of individuals, organizations, and exchanges, CoinMarketCap
# brings ... cryptocurrency info", unseen9).
_CLIENT_LIST = re.compile(
    r"\b(?:customers|clients|partners|brands|organi[sz]ations|enterprises|businesses)\b"
    r"[^.;]{0,40}?\b(?:include|includes|including|such as|like|range from|ranging from)\b"
)
_LIST_END = re.compile(r",[^,.;]*(?:,|\band\b|\bor\b)")


# A supplier of the plant a sector runs on names its buyers after the product: "tailors data center cooling solutions
# in the cryptocurrency mining and AI systems" (a cooling maker's real-estate manager, unseen_hs13: it sells to miners
# and AI data centres and builds neither). The sector words after the supply clause are mentions.
_SUPPLY = re.compile(
    r"\b(?:cooling|thermal management|hvac|electrical|power distribution)\s+"
    r"(?:solutions?|systems?|products?|equipment)\s+(?:in|for|to)\b"
)
_SUPPLY_WORDS = ("cooling", "thermal", "hvac", "electrical", "power distribution")


def client_list(part: str) -> bool:
    """Whether a sentence names who buys or where the candidate has been, not what the employer is: a list of its
    customers ("our customers include banks, insurers and crypto exchanges"), a sector beside generic buyers ("detects
    fraud for banks and crypto exchanges"), a candidate's background ("engineers who worked at crypto startups")."""
    return buyer_clause_start(part) is not None


def buyer_clause_start(part: str) -> int | None:
    """Where a client_list sentence's buyers begin, None in any other sentence. The words before it still say what
    the employer is (issue 18, unseen36: "a global AI infrastructure company that designs and builds GPU data centers
    powering AI research for leading tech enterprises, governments, and AI labs" kept "AI labs" as a mention and lost
    "AI infrastructure company" with it). A candidate's background starts at 0: nothing in it is the employer."""
    supply = _SUPPLY.search(part) if any(w in part for w in _SUPPLY_WORDS) else None
    if supply:
        return supply.start()
    lists = _lists()
    words = set(part.replace(",", " ").split())  # a comma glued to a word: "banks, insurers"
    if words.isdisjoint(lists.client_gate):
        return None  # cheap test first: most sentences hold no word any of the three patterns needs
    if not words.isdisjoint(lists.background_verbs) and _BACKGROUND.search(part):
        return 0
    clientele = _CLIENTELE.search(part) if not words.isdisjoint(lists.buyers) else None
    if clientele:
        return clientele.start()
    found = _CLIENT_LIST.search(part) if "," in part and not words.isdisjoint(lists.client_subjects) else None
    return found.start() if found and _LIST_END.search(part, found.end()) else None


def before_buyers(term: Term, part: str, start: int) -> bool:
    """Whether a term stands in the words before the buyer clause that begins at `start`."""
    head = tokens(part[:start]) if start > 0 else []
    size = len(term.phrase)
    return any(tuple(head[i : i + size]) == term.phrase for i in range(len(head) - size + 1))
