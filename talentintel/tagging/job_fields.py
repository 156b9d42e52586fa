"""The fields read from a posting besides sector and region: seniority, skills, annual pay in USD and visa
sponsorship, each with its evidence. One entry point (job_fields) that ingest and the retag job both call, next to
tag_posting; the readers are pure modules of their own (seniority, skills, visa, pay)."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime
from typing import Any

from talentintel.tagging.pay import annual_usd
from talentintel.tagging.seniority import seniority
from talentintel.tagging.skills import skills
from talentintel.tagging.text import plain_text
from talentintel.tagging.visa import visa_sponsorship

COLUMNS = ("seniority", "skills_key", "salary_usd_min", "salary_usd_max", "visa_sponsorship")


def job_fields(
    *,
    title: str,
    description: str = "",
    salary_min: float | None = None,
    salary_max: float | None = None,
    salary_currency: str | None = None,
    salary_period: str | None = None,
    posted_at: datetime | None = None,
) -> tuple[dict[str, Any], dict[str, Any]]:
    """(column values, evidence) for a posting. Evidence keys: seniority, skills, visa_sponsorship, salary_usd."""
    text = plain_text(description or "")
    level = seniority(title or "")
    found = skills(title or "", text)
    visa, visa_said = visa_sponsorship(text)
    year = posted_at.year if posted_at else None
    low = annual_usd(salary_min, salary_currency, salary_period, year)
    high = annual_usd(salary_max, salary_currency, salary_period, year)
    values = {
        "seniority": level.level,
        "skills_key": "," + ",".join(found) + "," if found else "",
        "salary_usd_min": low if low is not None else high,
        "salary_usd_max": high if high is not None else low,
        "visa_sponsorship": visa,
    }
    evidence: dict[str, Any] = {"seniority": level.evidence, "skills": found, "visa_sponsorship": visa_said}
    if values["salary_usd_min"] is not None:
        evidence["salary_usd"] = f"{salary_min}-{salary_max} {salary_currency} per {salary_period or 'year'}"
    return values, evidence


def job_field_values(row: Mapping[str, Any]) -> dict[str, Any]:
    """COLUMNS for a job row's values (title, description, salary_*, posted_at), and its sector_evidence with the
    fields' evidence added: what ingest and the retag job write beside the sector and region tags."""
    values, evidence = job_fields(
        title=row.get("title") or "",
        description=row.get("description") or "",
        salary_min=row.get("salary_min"),
        salary_max=row.get("salary_max"),
        salary_currency=row.get("salary_currency"),
        salary_period=row.get("salary_period"),
        posted_at=row.get("posted_at"),
    )
    values["sector_evidence"] = {**(row.get("sector_evidence") or {}), **evidence}
    return values


def skill_list(skills_key: str | None) -> list[str]:
    """The skill ids of a stored skills_key (",rust,solidity," -> ["rust", "solidity"])."""
    return [s for s in (skills_key or "").split(",") if s]
