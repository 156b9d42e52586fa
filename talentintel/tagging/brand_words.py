"""A sector word that opens a company name of two or more words is part of a brand when the posting never names the
sector: "DeFi Number" is an anti-ageing beauty brand ("주식회사 디파이넘버는 역노화 전문 브랜드 'EGA'를 운영하고 있습니다",
issue 18, unseen40 un40-wnt-definumber-performance-marketing: crypto from the company field alone). company._from_name
already reads a leading sector word as a name ("AI Foods is a name, Relevance AI a sector"); the sector score of the
company field (x2) did not, so the name alone reached the threshold. Where the text names the sector too ("Web3
Foundation", "DEX Labs", "Bitcoin Solutions" in the tuning files) the company field counts as before.
"""

from __future__ import annotations

import re

from talentintel.tagging.sector import SectorScore

# the sector words a name can open with (company._NAME_WORDS' strong ones); a second word must follow
_LEAD = re.compile(r"^\s*(?:defi|ai|crypto|web3|blockchain|nft|dao|bitcoin|btc|dex|token|gpt|llm)\s+(?=\w)", re.I)
_TEXT_FIELDS = ("title", "department", "description")
MIN_DESCRIPTION = 300  # a posting too short to say what the employer does says nothing against its name


def brand_lead(company: str) -> int:
    """The length of the sector word (and its space) that opens a name of two or more words; 0 when none does."""
    match = _LEAD.match(company) if company else None
    return match.end() if match else 0


def name_only(company: str, description: str, scored: SectorScore) -> str | None:
    """The company field without its leading sector word when that word is the only evidence of its sector (no
    title, department or description term): the name is a brand, not the sector. None when nothing changes."""
    cut = brand_lead(company)
    if not cut or len(description) < MIN_DESCRIPTION:
        return None
    for evidence in scored.evidence.values():
        from_name = any(e["field"] == "company" and e["term"] != "company_prior" for e in evidence)
        if from_name and not any(e["field"] in _TEXT_FIELDS for e in evidence):
            return company[cut:]
    return None
