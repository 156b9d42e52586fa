"""Funding intelligence: announcement extraction, investor and company identity."""

from talentintel.funding.extract import Announcement, parse_announcement
from talentintel.funding.investors import normalize_company, normalize_investor

__all__ = ["Announcement", "normalize_company", "normalize_investor", "parse_announcement"]
