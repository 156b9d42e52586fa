"""The Core tables behind the SQLModel classes, and the sort expressions their indexes (migration 0003) serve."""

from __future__ import annotations

from sqlalchemy import Float, func, literal_column
from sqlmodel import SQLModel

import talentintel.models  # noqa: F401  (registers the tables)
from talentintel.types import UTCDateTime

_T = SQLModel.metadata.tables
JOBS = _T["jobs"]
COMPANIES = _T["companies"]
INVESTORS = _T["investors"]
COMPANY_INVESTORS = _T["company_investors"]
ROUNDS = _T["funding_rounds"]
ROUND_INVESTORS = _T["round_investors"]
SOURCES = _T["sources"]
SCRAPE_RUNS = _T["scrape_runs"]
SIGHTINGS = _T["job_sightings"]
COMPANY_SLUG_ALIASES = _T["company_slug_aliases"]

# A job's date: when it was posted, or first seen when the source gives no date. Indexed as an expression.
JOB_DATE = func.coalesce(JOBS.c.posted_at, JOBS.c.first_seen_at, type_=UTCDateTime())
JOB_SALARY = func.coalesce(JOBS.c.salary_max, JOBS.c.salary_min, literal_column("-1.0"), type_=Float())
# Annual pay in USD (migration 0010), for sort=-salary_usd; not indexed (sorting all matches is acceptable here).
JOB_SALARY_USD = func.coalesce(JOBS.c.salary_usd_max, JOBS.c.salary_usd_min, literal_column("-1.0"), type_=Float())
