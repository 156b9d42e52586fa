"""Funding intelligence: announcement extraction, investor and company identity."""

from talentintel.funding.deals import parse_announcement, parse_deals
from talentintel.funding.extract import Announcement
from talentintel.funding.investors import normalize_company, normalize_investor
from talentintel.funding.types import DEAL_KINDS, Deal, DealKind

__all__ = [
    "DEAL_KINDS",
    "Announcement",
    "Deal",
    "DealKind",
    "normalize_company",
    "normalize_investor",
    "parse_announcement",
    "parse_deals",
]
