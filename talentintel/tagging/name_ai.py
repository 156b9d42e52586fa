"""An "AI" that only the employer's name gives, beside a crypto job its own text decides, is no AI work.

A blockchain company called "上海边界智能科技有限公司（Bianjie.AI）" hiring a 区块链开发工程师 read `both`: the name's
".AI" (and 智能 read as AI) gave AI points and a name-derived prior, the text said blockchain and nothing of AI (issue 18,
unseen_hs23). The same on a crypto job board's listings: "Enya.ai" (Senior Smart Contract Engineer), "Reflective.ai"
(Blockchain Engineer), "Archimed.ai" (NFT data warehouse) are labeled crypto (unseen46). brand_words.py drops a name's
sector word when the text never names any sector; this is the case where the text names the other one. Over the tuning
files (rules, tag_items) it changes 7 outputs on two publishers: 5 fixed (both -> crypto), 2 broken (WOMBO.ai's "Head of
Crypto Strategy" and Sharpe AI's "Senior Solidity Developer", labeled `both` from what the labeler knew of the employer,
which the text does not say).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from typing import Any, TypeVar

from talentintel.tagging import sector as sector_rules

# tagger.TagResult (not imported: tagger imports this module)
R = TypeVar("R")

_TEXT_FIELDS = ("title", "department", "description")
# Below one strong AI term's weight in the text: a passing "AI" (often the name itself, "Bianjie.AI") is no AI work.
MAX_TEXT_AI = 3.0
# company_knowledge's line for a prior read from the name alone (company.py summary)
_NAME_LINE = "ai: company name"


def _text_points(evidence: Sequence[dict[str, Any]]) -> float:
    return sum(float(e.get("weight", 0.0)) for e in evidence if e.get("field") in _TEXT_FIELDS)


def _name_only_ai(scored: sector_rules.SectorScore, company_lines: Sequence[str] | None) -> bool:
    """Whether the AI evidence beyond a passing text mention is the employer's name (its words or the prior read from
    it), no other company knowledge (a shipped list, a description, sibling postings, investors)."""
    ai = scored.evidence["ai"]
    if not any(e["field"] == "company" for e in ai) or _text_points(ai) >= MAX_TEXT_AI:
        return False
    ai_lines = [line for line in company_lines or () if line.startswith("ai:")]
    return all(line.startswith(_NAME_LINE) for line in ai_lines)


def without_name_ai(result: R, scored: sector_rules.SectorScore, company_lines: Sequence[str] | None) -> R:
    """`both` read from a crypto text and an AI name becomes crypto."""
    found: Any = result
    if found.sector_class != "both" or not _name_only_ai(scored, company_lines):
        return result
    crypto_text = sector_rules.decide(
        scored.scores["crypto"] - scored.prior_points["crypto"],
        scored.description["crypto"],
        scored.core_text["crypto"],
        scored.spread["crypto"],
    )
    if not crypto_text:
        return result
    confidence = {**found.confidence, "ai": min(found.confidence.get("ai", 0.0), 0.49)}
    evidence = {**found.evidence, "name_ai": "the employer's name alone says AI beside a crypto text (name_ai.py)"}
    changed: R = replace(found, sector=["crypto"], sector_class="crypto", confidence=confidence, evidence=evidence)
    return changed
