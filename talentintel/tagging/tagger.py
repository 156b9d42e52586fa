"""tag_posting / tag_text: sector tags and regions, each with a confidence and the evidence that fired."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace
from typing import Any

from talentintel.tagging import regions as region_rules
from talentintel.tagging import sector as sector_rules
from talentintel.tagging import sector_model
from talentintel.tagging.about import about_section
from talentintel.tagging.brand_words import name_only
from talentintel.tagging.cjk_names import latin_reading
from talentintel.tagging.company import CompanyContext, company_knowledge
from talentintel.tagging.course_ads import without_course_fields
from talentintel.tagging.glued_acronyms import spaced_acronyms, undotted_acronyms
from talentintel.tagging.industry_chips import without_served_chips
from talentintel.tagging.list_category import without_list_category
from talentintel.tagging.name_ai import without_name_ai
from talentintel.tagging.post_header import post_header
from talentintel.tagging.region_followups import follow_up
from talentintel.tagging.taxonomy import SECTORS
from talentintel.tagging.text import collapsed_blanks, plain_text
from talentintel.tagging.title_wishes import without_title_wish

# Text beyond this is not read: real postings stay under 20k characters, and a 1 MB paste must not stall ingest.
MAX_TEXT_CHARS = 60_000


@dataclass(frozen=True)
class TagResult:
    sector: list[str]  # sorted subset of ["ai", "crypto"]
    sector_class: str  # "none" | "crypto" | "ai" | "both"
    regions: list[str]  # sorted subset of us, canada, latam, europe, mena, africa, asia, oceania, global
    countries: list[str]  # sorted ISO 3166 alpha-2
    remote: bool
    confidence: dict[str, float] = field(default_factory=dict)
    evidence: dict[str, Any] = field(default_factory=dict)


def sector_class(sectors: Sequence[str]) -> str:
    tags = set(sectors)
    if tags >= {"crypto", "ai"}:
        return "both"
    return next(iter(tags)) if tags else "none"


def _text_class(scored: sector_rules.SectorScore) -> str:
    """The class the posting's own words earn, without the company prior."""
    return sector_class(
        [
            s
            for s in SECTORS
            if sector_rules.decide(
                scored.scores[s] - scored.prior_points[s], scored.description[s], scored.core_text[s], scored.spread[s]
            )
        ]
    )


def _result(
    scored: sector_rules.SectorScore, found: region_rules.RegionResult, company: list[str] | None = None
) -> TagResult:
    sectors = sorted(
        s
        for s in SECTORS
        if sector_rules.decide(scored.scores[s], scored.description[s], scored.core[s], scored.spread[s])
    )
    # A sector the rules decline (description-only, no core evidence) stays under 0.5 whatever its points.
    confidence = {
        s: sector_rules.confidence(scored.scores[s])
        if s in sectors
        else min(sector_rules.confidence(scored.scores[s]), 0.49)
        for s in SECTORS
    }
    confidence["regions"] = found.confidence
    evidence: dict[str, Any] = {s: scored.evidence[s] for s in SECTORS}
    evidence["regions"] = found.evidence
    if company is not None:
        evidence["company"] = company
        evidence["text_class"] = _text_class(scored)
    return TagResult(
        sector=sectors,
        sector_class=sector_class(sectors),
        regions=sorted(found.regions),
        countries=sorted(found.countries),
        remote=found.remote,
        confidence=confidence,
        evidence=evidence,
    )


def tag_posting(
    *,
    title: str,
    description: str = "",
    company: str | None = None,
    locations: Sequence[str] = (),
    department: str | None = None,
    company_prior: Mapping[str, float] | None = None,
    context: CompanyContext | None = None,
    countries: Sequence[str] = (),
) -> TagResult:
    """Tag one job posting.

    Without `company_prior`, what is known about the employer gives it: `context` (its description, domain,
    investors, the fund board, its other postings and rounds) and the shipped reference lists, whose evidence lands in
    `evidence["company"]`. `countries` are structured ISO country codes from the ATS (they count like a location).
    """
    if isinstance(locations, str):
        locations = [locations]
    # runs of blanks in the short fields are no content (text.collapsed_blanks); plain_text collapses the description
    locations = [collapsed_blanks(str(x)) for x in locations or ()]
    company = collapsed_blanks(company) if company else company
    text = plain_text((description or "")[: MAX_TEXT_CHARS * 2])[:MAX_TEXT_CHARS]
    title = collapsed_blanks((title or "")[:500])
    header = post_header(text)
    if header is not None:
        # a community post's "Company | Role | Place | url" line fills the fields the post gives nowhere else
        company = company or header.company
        title = title if title.strip() or not header.roles else " / ".join(header.roles)
        locations = locations or header.places
        if header.domain and not (context and context.domain):
            context = replace(context or CompanyContext(), domain=header.domain)
    company_lines: list[str] | None = None
    if company_prior is not None:
        prior: Mapping[str, float] = company_prior
    else:
        knowledge = company_knowledge(company, with_about(context, text, company))
        prior, company_lines = knowledge.prior, knowledge.summary()
    fields = {
        # a wish clause and a course's syllabus list name no title term (title_wishes.py, course_ads.py)
        "title": without_course_fields(without_title_wish(undotted_acronyms(title)), text),
        "department": department or "",
        "company": latin_reading(spaced_acronyms(company)) if company else "",  # CJK / glued sector words apart
        # an agency's industry chips are fields it serves, not the role's sector (industry_chips.py)
        "description": without_served_chips(
            without_list_category(undotted_acronyms(text)), sector_rules.text_core_sectors
        ),
    }
    scored = sector_rules.score(fields, prior)
    brand = name_only(fields["company"], fields["description"], scored)
    if brand is not None:  # "DeFi Number", a beauty brand: the name's sector word alone is no sector (brand_words.py)
        scored = sector_rules.score({**fields, "company": brand}, prior)
    places = [str(x) for x in locations or ()]
    found = follow_up(region_rules.posting_regions(title, text, places, countries), title, text, places, company)
    # an AI only the employer's name gives, beside a crypto text, is no AI work (name_ai.py)
    result = without_name_ai(_result(scored, found, company_lines), scored, company_lines)
    # the learned second opinion, off by default (setting tagging_sector_model; sector_model.py)
    return sector_model.second_opinion(result, title, text)


def with_about(context: CompanyContext | None, text: str, company: str | None) -> CompanyContext | None:
    """The context, plus the posting's own "About us" paragraph as the company's description when it has none."""
    if context is not None and context.description:
        return context
    about = about_section(text, company)
    if not about:
        return context
    return replace(context or CompanyContext(), description=about, from_posting=True)


def tag_text(text: str) -> TagResult:
    """Tag free text (a funding announcement): sector from its words, regions from the places it names."""
    body = plain_text((text or "")[: MAX_TEXT_CHARS * 2])[:MAX_TEXT_CHARS]
    head, _, rest = body.strip().partition("\n")
    scored = sector_rules.score({"title": head, "description": rest}, None)
    found = region_rules.text_regions(body)
    return _result(scored, found)
