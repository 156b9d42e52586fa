"""Sector scoring: weighted taxonomy hits per field, negative contexts, boilerplate, company prior."""

from __future__ import annotations

import math
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from talentintel.tagging.taxonomy import SECTORS, Taxonomy, Term, taxonomy, tokens

# Sentence breaks: end punctuation followed by space, or line breaks / bullets (descriptions are often lists).
_SENTENCES = re.compile(r"[.!?;]\s|\n|\s[•·▪●]\s")


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


def _window_has(toks: list[str], start: int, end: int, words: frozenset[str], window: int) -> bool:
    lo = max(0, start - window)
    return any(t in words for t in toks[lo:start]) or any(t in words for t in toks[end : end + window])


def _sentence_hits(tax: Taxonomy, toks: list[str], *, contexts: bool = True) -> list[Term] | None:
    """Positive terms in one sentence, or None when the sentence is boilerplate."""
    hits: list[Term] = []
    i, n = 0, len(toks)
    by_first = tax.by_first
    while i < n:
        cands = by_first.get(toks[i])
        if cands is None:
            i += 1
            continue
        for term in cands:
            size = len(term.phrase)
            if size == 1 or tuple(toks[i : i + size]) == term.phrase:
                break
        else:
            i += 1
            continue
        if term.kind == "boilerplate":
            return None
        if term.kind != "negative" and not (
            (contexts and term.unless_near and _window_has(toks, i, i + size, term.unless_near, term.window))
            or (term.not_after_number and i > 0 and toks[i - 1].isdigit())
        ):
            hits.append(term)
        i += size
    return hits


def sentence_hits(text: str, *, sentences: bool) -> list[list[Term]]:
    """Positive taxonomy hits in one field's text, sentence by sentence (CJK terms as one more "sentence")."""
    tax = taxonomy()
    if not text:
        return []
    low = text.lower()
    parts = _SENTENCES.split(low) if sentences else [low]
    out: list[list[Term]] = []
    for part in parts:
        # A short field (title, company) is all signal: context words there ("People.ai") veto nothing.
        hits = _sentence_hits(tax, tokens(part), contexts=sentences)
        if hits:
            out.append(hits)
    if (tax.cjk["crypto"] or tax.cjk["ai"]) and not low.isascii():
        cjk = [Term(sector, (word,), 3.0) for sector in SECTORS for word in tax.cjk[sector] if word in low]
        if cjk:
            out.append(cjk)
    return out


def _sectors_of(term: Term) -> tuple[str, ...]:
    return SECTORS if term.kind == "both" else (term.kind,)


def score(fields: Mapping[str, str], prior: Mapping[str, float] | None) -> SectorScore:
    """Score every sector from the fields (title, department, company, description) and a prior."""
    tax = taxonomy()
    dec = tax.decision
    result = SectorScore()
    for name, text in fields.items():
        mult = tax.fields.get(name, 1.0)
        counts: dict[Term, int] = {}
        for hits in sentence_hits(text, sentences=name == "description"):
            for term in hits:
                counts[term] = counts.get(term, 0) + 1
            if name == "description":
                core_in = {s for t in hits if t.weight >= dec["core_weight"] for s in _sectors_of(t)}
                for sector in core_in:
                    result.spread[sector] += 1
        field_total = dict.fromkeys(SECTORS, 0.0)
        core_from = dec["title_core_weight"] if name == "title" else dec["core_weight"]
        for term, count in counts.items():
            repeat = min(1.0 + dec["repeat_bonus"] * (count - 1), dec["repeat_cap"])
            points = term.weight * mult * repeat
            for kind in _sectors_of(term):
                field_total[kind] += points
                result.core[kind] = result.core[kind] or term.weight >= core_from
                result.evidence[kind].append(
                    {"term": term.text, "field": name, "weight": round(points, 2), "count": count}
                )
        for sector in SECTORS:
            total = field_total[sector]
            if name == "description":
                total = min(total, dec["description_cap"])
                result.description[sector] += total
            result.scores[sector] += total
    for sector in SECTORS:
        value = float((prior or {}).get(sector, 0.0))
        if value > 0:
            points = max(0.0, min(value, 1.0)) * dec["prior_weight"]
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
