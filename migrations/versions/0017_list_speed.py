"""issue 19: list endpoints at 1M jobs (bench/bench_lists.py): indexes for the sorts and filters that read every row

Measured on bench_1m (1,000,000 SYNTHETIC jobs, 100,000 rounds, 20,000 companies), one request at a time:
- sort=-salary / -salary_usd sorted every open job (590 ms): (status, pay, id) B-trees walked in order, with the
  pay columns and the page filters' columns INCLUDEd (an expression index is index-only only when the columns under
  the expression are in it).
- skill filters are LIKE '%,rust,%' tests on skills_key: a rare skill or two skills together walked the whole date
  index (skill=python&skill=pytorch&skill_match=all: 444 ms). PostgreSQL: a GIN index over the key split on commas
  (the filter reads string_to_array(skills_key, ',') there; SQLite keeps LIKE).
- /v1/funding-rounds sorted every round by coalesce(announced_on, 1900-01-01) (237 ms) and by coalesce(amount_usd, -1)
  (133 ms): expression B-trees with the id.
- /v1/companies sorted every company by name (30 ms; has_open_jobs=true 120 ms): (name, id).

The B-trees are declared in talentintel.models too (schema comparisons); the GIN index is PostgreSQL-only and
listed in fulltext.UNMODELED_INDEXES. On PostgreSQL the two keyset date indexes are rebuilt with the filter columns
INCLUDEd (below).

Revision ID: 0017_list_speed
Revises: 0016
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0017_list_speed"
down_revision: str | None = "0016"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# (name, table and key, PostgreSQL INCLUDE)
BTREES = (
    ("ix_jobs_status_salary", "jobs (status, coalesce(salary_max, salary_min, -1.0), id)",
     "(salary_max, salary_min, sector_class, region_mask)"),
    ("ix_jobs_status_salary_usd", "jobs (status, coalesce(salary_usd_max, salary_usd_min, -1.0), id)",
     "(salary_usd_max, salary_usd_min, sector_class, region_mask)"),
    ("ix_rounds_date_id", "funding_rounds (coalesce(announced_on, '1900-01-01'), id)", None),
    ("ix_rounds_amount_id", "funding_rounds (coalesce(amount_usd, -1.0), id)", None),
    ("ix_companies_name_id", "companies (name, id)", None),
)  # fmt: skip
# The keyset date indexes of migration 0003 INCLUDE the columns of the common filters too, so finding a page's ids
# stays an index-only walk when filters are combined: sector=crypto&region=europe&seniority=senior&skill=rust&
# salary_usd_min=100000 (0.05% of jobs) walked 108,000 index entries and fetched each row from the table (860 ms
# cold, 424 ms warm); reading the same entries alone costs a few ms.
JOB_DATE = "coalesce(posted_at, first_seen_at)"
FILTER_COLUMNS = (
    "remote, seniority, skills_key, salary_usd_min, salary_usd_max, countries_key, visa_sponsorship, "
    "employment_type, company_id"
)
DATE_INDEXES = (
    ("ix_jobs_status_date", f"jobs (status, {JOB_DATE}, id)", "posted_at, first_seen_at, sector_class, region_mask"),
    ("ix_jobs_sector_status_date", f"jobs (sector_class, status, {JOB_DATE}, id)",
     "posted_at, first_seen_at, region_mask"),
)  # fmt: skip
PG_SKILLS = "CREATE INDEX ix_jobs_skills ON jobs USING gin (string_to_array(skills_key, ','))"


def upgrade() -> None:
    postgresql = op.get_bind().dialect.name == "postgresql"
    for name, target, include in BTREES:
        extra = f" INCLUDE {include}" if postgresql and include else ""
        op.execute(f"CREATE INDEX {name} ON {target}{extra}")
    if postgresql:
        op.execute(PG_SKILLS)
        _date_indexes(f", {FILTER_COLUMNS}")


def _date_indexes(extra: str) -> None:
    for name, target, include in DATE_INDEXES:
        op.execute(f"DROP INDEX IF EXISTS {name}")
        op.execute(f"CREATE INDEX {name} ON {target} INCLUDE ({include}{extra})")


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        _date_indexes("")
    op.execute("DROP INDEX IF EXISTS ix_jobs_skills")
    for name, _target, _include in reversed(BTREES):
        op.execute(f"DROP INDEX IF EXISTS {name}")
