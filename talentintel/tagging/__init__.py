"""Sector (crypto / ai) and region tagging of postings and announcements, with confidence and evidence.

Data (taxonomy, places, reference lists) lives in data/ and is loaded lazily on first use, not at import.
"""

from talentintel.tagging.company import CompanyContext, company_knowledge
from talentintel.tagging.locations import LocationResult, locate
from talentintel.tagging.prior import reference_prior
from talentintel.tagging.tagger import TagResult, sector_class, tag_posting, tag_text
from talentintel.tagging.version import TAGGER_VERSION

__all__ = [
    "TAGGER_VERSION",
    "CompanyContext",
    "LocationResult",
    "TagResult",
    "company_knowledge",
    "locate",
    "reference_prior",
    "sector_class",
    "tag_posting",
    "tag_text",
]
