"""Sector scoring: weighted taxonomy hits per field, negative contexts, boilerplate, company prior."""

from __future__ import annotations

import functools
import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from talentintel.tagging.agent_work import agent_cue, with_agent_work
from talentintel.tagging.ai_products import PRODUCT_CUES, with_product_work
from talentintel.tagging.algorithm_posts import algorithm_post_hits
from talentintel.tagging.board_badges import without_badges
from talentintel.tagging.boilerplate_cells import cell_hits
from talentintel.tagging.built_first import USE_HEDGES, use_hedged
from talentintel.tagging.chain_duties import add_chain_duty
from talentintel.tagging.cjk_gates import network_latin_possible, network_possible
from talentintel.tagging.cjk_terms import cjk_hits, cjk_intersects
from talentintel.tagging.coding_agents import withdraw_coding_agent_practice
from talentintel.tagging.colleague_roles import colleague_weak
from talentintel.tagging.community_membership import add_membership
from talentintel.tagging.cue_words import holds_any
from talentintel.tagging.disclaimers import disclaims_crypto
from talentintel.tagging.field_list_labels import labeled_field_list
from talentintel.tagging.field_lists import FIELD_CUES, with_field_work
from talentintel.tagging.fund_boards import add_board_lean
from talentintel.tagging.hpc_gpu import withdraw_hpc_gpu
from talentintel.tagging.indic_places import INDIC_CHAR
from talentintel.tagging.intersection import before_buyers, buyer_clause_start, corroborate, cross
from talentintel.tagging.keyword_lists import keyword_list as _keyword_list
from talentintel.tagging.matcher import CJK_CHAR, Scan
from talentintel.tagging.means_clauses import means_sentence
from talentintel.tagging.mine_sites import withdraw_mine_site
from talentintel.tagging.network_window import INTERSECTION as _INTERSECTION
from talentintel.tagging.network_window import NETWORK_CUES as _NETWORK_CUES
from talentintel.tagging.network_window import intersection_hits as _intersection_hits
from talentintel.tagging.payment_mentions import payment_method
from talentintel.tagging.portfolio import group_portfolio
from talentintel.tagging.required_background import add_required_background
from talentintel.tagging.role_skills import add_role_skills
from talentintel.tagging.sections import MAIN, MINOR, PREFERENCE_HEDGES, wish_item
from talentintel.tagging.sections import parts_and_kinds as _parts_and_kinds
from talentintel.tagging.self_description import intro_sectors, makes_ai
from talentintel.tagging.sentence_memo import LINES, LONGEST, SentenceMemo
from talentintel.tagging.stored_value import withdraw_stored_value_wallet
from talentintel.tagging.taxonomy import SECTORS, Taxonomy, Term, repeat_factor, taxonomy, tokens
from talentintel.tagging.tech_lists import tech_enumeration as _tech_enumeration
from talentintel.tagging.terse_posts import add_text_evidence
from talentintel.tagging.text import lowered
from talentintel.tagging.title_senses import withdraw_title_senses


@dataclass
class SectorScore:
    scores: dict[str, float] = field(default_factory=lambda: dict.fromkeys(SECTORS, 0.0))
    description: dict[str, float] = field(default_factory=lambda: dict.fromkeys(SECTORS, 0.0))
    # Whether a sector has core evidence: a strong term anywhere, a term of title_core_weight in the title, or the
    # company's prior. Weak terms ("AI-powered", "models", "wallet", "data scientist") only add to core evidence.
    core: dict[str, bool] = field(default_factory=lambda: dict.fromkeys(SECTORS, False))
    # In how many description sentences a sector has core evidence: one is a passing mention, several a theme.
    spread: dict[str, int] = field(default_factory=lambda: dict.fromkeys(SECTORS, 0))
    evidence: dict[str, list[dict[str, Any]]] = field(default_factory=lambda: {s: [] for s in SECTORS})
    # What the company prior added, and whether there was core evidence before it: the class the posting's own
    # text earns is what a company's other postings are counted by (a prior must not feed on itself).
    prior_points: dict[str, float] = field(default_factory=lambda: dict.fromkeys(SECTORS, 0.0))
    core_text: dict[str, bool] = field(default_factory=lambda: dict.fromkeys(SECTORS, False))


def sentence_hits(text: str, *, sentences: bool) -> list[list[Term]]:
    """Positive taxonomy hits in one field's text, sentence by sentence (CJK terms as one more "sentence")."""
    tax = taxonomy()
    if not text:
        return []
    low = without_badges(lowered(text) if sentences else text.lower())  # "AI-Friendly" (board_badges.py)
    if sentences:
        parts, kinds = _parts_and_kinds(low)
    else:
        parts, kinds = (low,), (MAIN,)
    agents = agent_cue(low)  # one test a text: most name no agent (agent_work.py)
    # a sentence of low holds an AI-product or field-list cue only when low does: one pass over low finds both
    # (cue_words.py); like `agents`, only gates
    works = (holds_any(low, PRODUCT_CUES), holds_any(low, FIELD_CUES))
    # A sentence's answer depends on it, its section's kind and the mode (sentence_memo.py); `agents` is only a gate
    keys = [(part, 2 * sentences + (kind == MINOR)) for part, kind in zip(parts, kinds, strict=True)]

    def fresh(todo: list[int]) -> list[list[Term]]:
        return _fresh_hits(tax, [parts[k] for k in todo], [kinds[k] for k in todo], (agents, *works), sentences)

    return [list(hits) for hits in _MEMO.read(tax, keys, fresh) if hits]


_MEMO = SentenceMemo(size=LINES, longest=LONGEST)


def _fresh_hits(
    tax: Taxonomy, parts: Sequence[str], kinds: Sequence[str], cued: tuple[bool, bool, bool], sentences: bool
) -> list[list[Term]]:
    """Each sentence's positive hits (empty when none or boilerplate), read in one pass; `cued`: whether the text
    holds an agent, an AI-product and a field-list cue."""
    agents, products, fields = cued
    out: list[list[Term]] = [[] for _ in parts]
    # One pass over all sentences finds the taxonomy's phrases; only sentences with a phrase, a network word (the
    # intersection below) or, beyond ASCII, CJK characters are read one by one.
    # A short field (title, company) is all signal: context words there ("People.ai") veto nothing.
    scan = Scan(tax, parts, contexts=sentences)
    found = scan.hits
    networks = scan.lines_containing(_NETWORK_CUES)
    todo = found.keys() | networks.keys() | {k for k, part in enumerate(parts) if not part.isascii()}
    for k in sorted(todo):
        part = parts[k]
        # under a "nice to have" / benefits header a sector word is a wish or a perk, not the job: a mention only
        in_minor = kinds[k] == MINOR
        hits = found.get(k, [])
        if hits is None:  # boilerplate: in a line of cells only the marker's cell is (boilerplate_cells.py)
            hits = cell_hits(tax, part, contexts=sentences)
        if hits is not None and k in networks:
            hits = hits + _intersection_hits(scan.tokens(networks[k]))
        if not part.isascii():
            hits = (hits or []) + _cjk_terms(tax, part, sentences)
        hits = with_agent_work(part, hits) if agents else hits  # "build AI agents": the job, not a buzzword
        hits = with_product_work(part, hits) if products else hits  # "we're building Vy — an AI app"
        hits = with_field_work(part, hits) if fields else hits  # "a leading player in AI, DeFi"
        if sentences and hits and any(t.weight >= _WEAK_FROM and t.kind != "crypto" for t in hits):
            hits = colleague_weak(part, hits, _weak)  # "work together with ... machine learning experts"
        # Only a core term changes when a sentence is a mention (_weak leaves lighter ones as they are): the sentence
        # tests below run where one is present.
        core = sentences and any(t.weight >= _WEAK_FROM for t in hits or ())
        if (
            hits
            and core
            and (
                in_minor
                or (_keyword_list(part) and not labeled_field_list(part))  # "category: NFTs" (field_list_labels)
                or _tech_enumeration(part)
                or wish_item(part)
                or group_portfolio(part)
                or payment_method(part)  # a coin as how the employer is paid or pays (payment_mentions.py)
            )
        ):
            hits = [_weak(t) for t in hits]
        elif hits and core:
            # who buys, or the candidate's past (intersection.py): a mention from the buyers on, not before them
            start = buyer_clause_start(part)
            if start is not None:
                hits = [t if before_buyers(t, part, start) else _weak(t) for t in hits]
        if hits:
            out[k] = hits
    return out


@functools.cache
def _cjk_latin_words(tax: Taxonomy) -> tuple[str, ...]:
    """The words of the CJK tables without a CJK character ("chatgpt", "aigc")."""
    words = {w for table in tax.cjk.values() for w, _ in table} | set(tax.cjk_negative)
    return tuple(sorted(w for w in words if not CJK_CHAR.search(w) and not INDIC_CHAR.search(w)))


def _cjk_terms(tax: Taxonomy, part: str, contexts: bool) -> list[Term]:
    """A sentence's CJK terms, its CJK crossing and its 算法岗 (algorithm_posts.py). Most such sentences are English
    with a curly quote: the search for a CJK character, which both gates ran, runs once for the two."""
    cjk_char = CJK_CHAR.search(part) is not None
    indic = not cjk_char and INDIC_CHAR.search(part) is not None  # the Indic lines (indic_places.INDIC_CHAR)
    words = cjk_char or indic or any(w in part for w in _cjk_latin_words(tax))  # _cjk_words_possible
    cjk = cjk_hits(tax, part, contexts=contexts) if words else []
    crossed = _cjk_intersection_hits(part) if cjk_char or network_latin_possible(part) else []  # network_possible
    return cjk + crossed + algorithm_post_hits(part)


def _cjk_words_possible(tax: Taxonomy, part: str) -> bool:
    """Whether a word of the CJK tables can be in the sentence: cjk_hits finds them as substrings, so none is in a
    sentence without CJK characters ("we’re hiring" is beyond ASCII for its apostrophe) that holds no Latin one."""
    return bool(CJK_CHAR.search(part) or INDIC_CHAR.search(part)) or any(w in part for w in _cjk_latin_words(tax))


def _cjk_intersection_hits(part: str) -> list[Term]:
    """The intersection term when a network word and an AI word stand close in CJK text (see cjk_terms); none in a
    preference clause ("了解AI与区块链者优先" is a preference, not the product)."""
    crossed = network_possible(part) and cjk_intersects(part)  # the gate first: most such sentences are English
    return [_INTERSECTION] if crossed and not any(h in part for h in _HEDGES) else []


# "harness emerging technologies such as 3D printing, artificial intelligence, generative design and robotics",
_WEAK_FROM = 3.0  # terms of this weight and more are capped as mentions; lighter ones are mentions already


@functools.cache
def _weak(term: Term) -> Term:
    """The term as mere mention: weight capped below core evidence."""
    if term.weight < _WEAK_FROM:
        return term
    return Term(term.kind, term.phrase, 1.5, term.unless_near, term.window, term.not_after_number)


@functools.lru_cache(maxsize=8192)
def _company_hits(tax: Taxonomy, company: str) -> tuple[tuple[Term, ...], ...]:
    """sentence_hits of a short field: an employer's postings come in together and repeat its name, and job titles
    repeat across employers ("Senior Software Engineer")."""
    return tuple(map(tuple, sentence_hits(company, sentences=False)))


_SHORT_FIELD_CHARS = 500  # tag_posting's title cap


def _sectors_of(term: Term) -> tuple[str, ...]:
    return SECTORS if term.kind == "both" else (term.kind,)


def _field_counts(result: SectorScore, name: str, text: str, core_weight: float) -> dict[Term, int]:
    """How often each term occurs in one field; for the description, in how many sentences each sector is core."""
    if name == "description" or len(text) > _SHORT_FIELD_CHARS:  # tag_text's first line may be a whole text
        found: Sequence[Sequence[Term]] = sentence_hits(text, sentences=name == "description")
    else:
        found = _company_hits(taxonomy(), text)
    if name == "description":
        for hits in found:
            for sector in {s for t in hits if t.weight >= core_weight for s in _sectors_of(t)}:
                result.spread[sector] += 1
    # The same counts in first-seen order as Counter, without its Python-level __init__ and update (~3 us a field,
    # four fields a posting; most fields have no term at all)
    counts: dict[Term, int] = {}
    for hits in found:
        for term in hits:
            counts[term] = counts.get(term, 0) + 1
    return counts


def _score_field(result: SectorScore, name: str, text: str, mult: float, dec: Mapping[str, float]) -> None:
    counts = _field_counts(result, name, text, dec["core_weight"])
    field_total = dict.fromkeys(SECTORS, 0.0)
    core_from = dec["title_core_weight"] if name == "title" else dec["core_weight"]
    for term, count in counts.items():
        repeat = repeat_factor(dec, count)
        points = term.weight * mult * repeat
        for kind in _sectors_of(term):
            field_total[kind] += points
            result.core[kind] = result.core[kind] or term.weight >= core_from
            result.evidence[kind].append({"term": term.text, "field": name, "weight": round(points, 2), "count": count})
    if name != "description":
        for sector in SECTORS:
            result.scores[sector] += field_total[sector]
        return
    # A description with no taxonomy phrase in any sentence has none in its self-description either: skip reading it
    # (intro_sectors was 7% of bench_tagging's CPU; bench/tagging_equivalence.py: every output unchanged).
    intro = intro_sectors(text) if text and (counts or not text.isascii()) else set()
    plain = _plain_core_sectors(text, dec["core_weight"]) if 0 < len(text) < SHORT_DESCRIPTION_CHARS else set()
    disclaimed = field_total["crypto"] > 0 and disclaims_crypto(text)  # "não tenha atuação ... em criptoativos"
    for sector in SECTORS:
        total = 0.0 if disclaimed and sector == "crypto" else field_total[sector]
        if sector in plain:
            # a listing of a few lines that names the sector in a core term says it as plainly as a long ad that
            # says it three times ("…Web3项目招聘Go工程师", "compliance analyst for a crypto on-ramp")
            total += dec["short_text_bonus"]
            result.spread[sector] += 1
            result.evidence[sector].append({"term": "short posting", "field": name, "weight": dec["short_text_bonus"]})
        if sector == "ai" and sector in intro and not result.core[sector] and makes_ai(text):
            # AI the employer says it makes, as a core term in that sentence (self_description._MADE_AI)
            result.core[sector], result.spread[sector] = True, result.spread[sector] + 1
            total += dec["core_weight"]
        if sector in intro:
            total += dec["intro_bonus"]
            result.spread[sector] += 1
            result.evidence[sector].append(
                {"term": "company self-description", "field": name, "weight": dec["intro_bonus"]}
            )
        total = min(total, dec["description_cap"])
        result.description[sector] += total
        result.scores[sector] += total


# Below this many characters a description is a listing's few lines, where one core term is the whole message...
SHORT_DESCRIPTION_CHARS = 600
# ...unless the lines say the sector is used or tried, not built: "Acme uses machine learning to price loans",
# "a payments company that recently started exploring blockchain".
_USE_WORDS = frozenset(
    {
        "use",
        "uses",
        "using",
        "used",
        "leverage",
        "leverages",
        "leveraging",
        "adopt",
        "adopting",
        "explore",
        "exploring",
        "explores",
        "started",
        "powered",
        # Portuguese, Spanish, French and German ("somos uma empresa de logística que utiliza blockchain"); not
        # "usa", which is also the country
        "usam",
        "usamos",
        "utiliza",
        "utilizam",
        "utilizamos",
        "utilizan",
        "utilise",
        "utilisent",
        "utilisons",
        "nutzt",
        "nutzen",
        "verwendet",
        "verwenden",
    }
)
# ...or name it as a preference ("experience with LLMs is a plus", "有大模型经验者优先", "블록체인 경험 우대"), or a
# use in scripts without spaces ("熟练使用AI工具", "AI를 활용").
_HEDGES = (*PREFERENCE_HEDGES, *USE_HEDGES)


def text_core_sectors(text: str) -> set[str]:
    """The sectors a text names in a core term, in a sentence that neither uses nor merely prefers the thing."""
    return _plain_core_sectors(text, taxonomy().decision["core_weight"])


def _plain_core_sectors(text: str, core_weight: float) -> set[str]:
    """Sectors with a core term in a sentence that neither uses nor merely prefers the thing."""
    out: set[str] = set()
    parts, kinds = _parts_and_kinds(lowered(text))
    for part, kind in zip(parts, kinds, strict=True):
        if kind == MINOR or not _USE_WORDS.isdisjoint(tokens(part)) or any(h in part for h in PREFERENCE_HEDGES):
            continue
        if use_hedged(part):  # "AI를 활용", but not "거래소를 만들고 이를 활용할 수 있는" (built_first.py)
            continue
        if means_sentence(part):  # "our machine learning allows us to quote in seconds" (means_clauses.py)
            continue
        for hits in sentence_hits(part, sentences=True):
            out |= {s for t in hits if t.weight >= core_weight for s in _sectors_of(t)}
    return out


def score(fields: Mapping[str, str], prior: Mapping[str, float] | None) -> SectorScore:
    """Score every sector from the fields (title, department, company, description) and a prior."""
    tax = taxonomy()
    dec = tax.decision
    result = SectorScore()
    for name, text in fields.items():
        _score_field(result, name, text, tax.fields.get(name, 1.0), dec)
    add_text_evidence(result, fields)
    add_membership(result, fields.get("description") or "")
    add_required_background(result, fields.get("description") or "")  # "3+ years in the blockchain industry"
    add_chain_duty(result, fields.get("description") or "")  # "Build new services utilizing Blockchain technology"
    corroborate(result)
    cross(result, fields.get("description") or "")
    title_and_text = " ".join(filter(None, (fields.get("title"), fields.get("description"))))
    withdraw_hpc_gpu(result, title_and_text)
    withdraw_mine_site(result, title_and_text)
    withdraw_coding_agent_practice(result, title_and_text)  # evals of the agents that write code (coding_agents.py)
    add_role_skills(result, fields.get("description") or "", fields.get("title") or "")  # "Research Engineer" + "ML"
    add_board_lean(result, fields.get("description") or "")  # a fund's portfolio board + an AI title (fund_boards.py)
    withdraw_title_senses(result, fields.get("title") or "")  # AI活用, an AI division, listed wallets (title_senses.py)
    withdraw_stored_value_wallet(result, title_and_text)  # "wallet/balance products": e-money (stored_value.py)
    for sector in SECTORS:
        result.core_text[sector] = result.core[sector]
        value = float((prior or {}).get(sector, 0.0))
        if value > 0:
            points = max(0.0, min(value, 1.0)) * dec["prior_weight"]
            result.prior_points[sector] = points
            result.scores[sector] += points
            result.core[sector] = True
            result.evidence[sector].append({"term": "company_prior", "field": "company", "weight": round(points, 2)})
        result.evidence[sector].sort(key=lambda e: -e["weight"])
        del result.evidence[sector][12:]
    return result


def confidence(points: float) -> float:
    """Logistic around the decision threshold: 0.5 exactly at the threshold."""
    dec = taxonomy().decision
    return round(1.0 / (1.0 + math.exp(-(points - dec["threshold"]) / (dec["confidence_scale"] / 2.5))), 3)


def decide(points: float, description_points: float = 0.0, core: bool = True, spread: int = 0) -> bool:
    """Tag when the score reaches the threshold and holds core evidence. A score made (almost) only of description
    mentions must reach the higher description_only bar, or come from description_spread sentences or more: a
    passing mention of AI in a non-AI employer's about-us text is not an AI job, an employer that describes itself
    as an AI lab sentence after sentence is; "AI-powered" copy is never enough however often it is repeated."""
    dec = taxonomy().decision
    if points < dec["threshold"] or not core:
        return False
    outside = points - description_points
    return (
        outside >= dec["threshold"] / 2
        or description_points >= dec["description_only"]
        or spread >= dec["description_spread"]
    )
