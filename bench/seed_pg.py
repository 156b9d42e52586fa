"""A PostgreSQL database of synthetic jobs, companies and funding rounds for the API benchmarks (SYNTHETIC data).

The schema is the app's own (alembic migrations, also applied to a reused database: it is always at head); rows are written with COPY while the jobs and rounds indexes are
dropped, then the indexes are rebuilt from their own definitions (one sort each instead of 1M inserts into every
B-tree and GIN index). A finished seed writes a `bench_seed` row with its size and SEED_VERSION: a later run with the
same size reuses the database, anything else (an interrupted seed, another size, a newer generator) seeds it again.

    .venv/bin/python bench/seed_pg.py [--jobs 1000000] [--reseed]      # database bench_1m (BENCH_DB overrides)

The database is created by this file, never the shared `test` database of the tests.
"""

from __future__ import annotations

import argparse
import os
import random
import sys
import time
from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import orjson
import psycopg

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from talentintel.models import REGIONS, countries_key, region_mask  # noqa: E402
from talentintel.tagging import skills  # noqa: E402

ADMIN_URL = os.environ.get("TEST_PG_ADMIN_URL", "postgresql://postgres@127.0.0.1:5432/test").replace("+psycopg", "")
SEED_VERSION = "2"  # bump when the generator changes: seeded databases of another version are seeded again
N_COMPANIES = 20_000
N_INVESTORS = 1_000
ROLES = ["Solidity Engineer", "Rust Engineer", "ML Engineer", "Data Scientist", "Product Manager", "Designer",
         "Developer Relations", "Recruiter", "Backend Engineer", "Frontend Engineer", "Research Scientist",
         "Security Engineer", "Protocol Engineer", "MLOps Engineer", "Smart Contract Auditor", "Quant Researcher"]  # fmt: skip
LEVELS = {"Senior": "senior", "Staff": "staff", "Lead": "lead", "Junior": "junior", "Principal": "principal",
          "Intern": "intern", "Head of": "director", "": None}  # fmt: skip
DOMAIN_WORDS = ["solidity", "ethereum", "rust", "zero", "knowledge", "proofs", "llm", "transformer", "pytorch",
                "kubernetes", "defi", "wallet", "consensus", "inference", "training", "agents", "onchain", "evm",
                "cryptography", "distributed", "golang", "typescript", "react", "data", "pipelines", "python"]  # fmt: skip
SECTORS = [("none", []), ("crypto", ["crypto"]), ("ai", ["ai"]), ("both", ["crypto", "ai"])]
COUNTRIES = {"us": ["US"], "canada": ["CA"], "latam": ["BR", "MX"], "europe": ["DE", "FR", "GB", "PT"],
             "mena": ["AE"], "africa": ["NG", "KE"], "asia": ["SG", "JP", "IN"], "oceania": ["AU"], "global": []}  # fmt: skip
ROUND_TYPES = ["pre_seed", "seed", "series_a", "series_b", "series_c", "strategic", None]
NOW = datetime(2026, 11, 28, tzinfo=UTC)
JOB_COLUMNS = (
    "id, company_id, title, description, locations, countries, countries_key, regions, region_mask, remote, "
    "employment_type, salary_min, salary_max, salary_currency, salary_period, url, posted_at, first_seen_at, "
    "last_seen_at, status, sector, sector_class, sector_confidence, sector_evidence, created_at, updated_at, "
    "seniority, skills_key, salary_usd_min, salary_usd_max, visa_sponsorship"
)
ROUND_COLUMNS = (
    "id, company_id, dedupe_key, round_type, amount_usd, amount_original, currency, announced_on, title, url, "
    "sources, sector, sector_class, sector_evidence, regions, region_mask, countries, created_at, updated_at"
)


def size_label(n: int) -> str:
    return f"{n // 1_000_000}m" if n % 1_000_000 == 0 else f"{n // 1000}k" if n % 1000 == 0 else str(n)


def db_name(n_jobs: int) -> str:
    """BENCH_DB, else bench_<size> (bench_1m): benches of two sizes do not reseed each other's database."""
    return os.environ.get("BENCH_DB") or f"bench_{size_label(n_jobs)}"


def db_url(name: str, driver: bool = False) -> str:
    base = ADMIN_URL.rsplit("/", 1)[0] + "/" + name
    return base.replace("postgresql://", "postgresql+psycopg://") if driver else base


def seeded(name: str, n_jobs: int) -> bool:
    try:
        with psycopg.connect(db_url(name), connect_timeout=3) as conn:
            row = conn.execute("SELECT jobs, version FROM bench_seed").fetchone()
    except psycopg.Error:
        return False
    return row is not None and row[0] == n_jobs and row[1] == SEED_VERSION


def _json(value: object) -> str:
    return orjson.dumps(value).decode()


def _skills_key(words: list[str]) -> str:
    ids = skills.skill_ids()
    found = sorted({"go" if w == "golang" else w for w in words} & set(ids))
    return f",{','.join(found)}," if found else ""


def job_rows(n_jobs: int, rng: random.Random) -> Iterator[tuple[object, ...]]:
    vocab = DOMAIN_WORDS + [f"w{i}" for i in range(3000)]
    levels = list(LEVELS)
    for j in range(1, n_jobs + 1):
        cls, tags = SECTORS[rng.choices(range(4), weights=(30, 35, 25, 10))[0]]
        regions = rng.sample(REGIONS[:-1], rng.choice((1, 1, 2))) + (["global"] if rng.random() < 0.1 else [])
        countries = [rng.choice(COUNTRIES[r]) for r in regions if COUNTRIES[r]]
        first = NOW - timedelta(seconds=rng.randrange(365 * 86400))
        posted = None if rng.random() < 0.05 else first - timedelta(hours=rng.randrange(48))
        level, role = rng.choice(levels), rng.choice(ROLES)
        words = rng.choices(vocab, k=40)
        salary = rng.choice((None, None, 80_000, 120_000, 160_000, 220_000))
        visa = rng.choices((None, True, False), weights=(80, 10, 10))[0]
        yield (
            j, rng.randrange(1, N_COMPANIES + 1), f"{level} {role}".strip(), " ".join(words), '["Somewhere"]',
            _json(countries), countries_key(countries), _json(regions), region_mask(regions), rng.random() < 0.3,
            "full_time", salary, salary and salary * 1.3, salary and "USD", salary and "year",
            f"https://jobs.example.com/{j}", posted, first, NOW, "open" if rng.random() < 0.85 else "closed",
            _json(tags), cls, "{}", "{}", NOW, NOW, LEVELS[level] or rng.choice((None, "mid")),
            _skills_key(words + role.lower().split()), salary, salary and salary * 1.3, visa,
        )  # fmt: skip


def round_rows(n_rounds: int, rng: random.Random) -> Iterator[tuple[object, ...]]:
    for r in range(1, n_rounds + 1):
        cls, tags = rng.choice(SECTORS)
        regions = [rng.choice(REGIONS[:-1])]
        amount = rng.choice((None, 1e6, 3e6, 8e6, 20e6, 50e6, 150e6)) if rng.random() < 0.9 else None
        announced = None if rng.random() < 0.03 else date(2026, 11, 28) - timedelta(days=rng.randrange(5 * 365))
        yield (
            r, rng.randrange(1, N_COMPANIES + 1), f"bench-{r}", rng.choice(ROUND_TYPES), amount, amount,
            amount and "USD", announced, f"Company raises round {r}", f"https://news.example.com/{r}",
            '["bench"]', _json(tags), cls, "{}", _json(regions), region_mask(regions),
            _json([rng.choice(COUNTRIES[regions[0]])]), NOW, NOW,
        )  # fmt: skip


def _copy(conn: psycopg.Connection[object], table: str, columns: str, rows: Iterator[tuple[object, ...]],
          every: int = 0) -> None:  # fmt: skip
    started = time.perf_counter()
    with conn.cursor().copy(f"COPY {table} ({columns}) FROM STDIN") as copy:
        for n, row in enumerate(rows, 1):
            copy.write_row(row)
            if every and n % every == 0:
                print(f"  {table}: {n:,} rows ({time.perf_counter() - started:.0f} s)", flush=True)


def _drop_indexes(conn: psycopg.Connection[object], tables: tuple[str, ...]) -> list[str]:
    """Drop the tables' indexes but the primary keys and unique ones; returns their definitions to rebuild."""
    rows = conn.execute(
        "SELECT indexname, indexdef FROM pg_indexes WHERE tablename = ANY(%s) AND indexdef NOT LIKE 'CREATE UNIQUE%%'",
        (list(tables),),
    ).fetchall()
    for name, _definition in rows:
        conn.execute(f'DROP INDEX "{name}"')
    return [str(definition) for _name, definition in rows]


def seed(name: str, n_jobs: int) -> None:
    started = time.perf_counter()
    print(f"seeding {name}: {n_jobs:,} jobs (SYNTHETIC), {N_COMPANIES:,} companies, {n_jobs // 10:,} rounds",
          flush=True)  # fmt: skip
    with psycopg.connect(ADMIN_URL, autocommit=True) as admin:
        admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        admin.execute(f'CREATE DATABASE "{name}"')
    from talentintel import migrate
    from talentintel.db import make_engine

    engine = make_engine(db_url(name, driver=True))
    migrate.upgrade(engine)
    engine.dispose()
    rng = random.Random(42)
    with psycopg.connect(db_url(name)) as conn:
        conn.execute("SET synchronous_commit = off")
        conn.execute("SET maintenance_work_mem = '512MB'")
        indexes = _drop_indexes(conn, ("jobs", "funding_rounds", "round_investors", "company_investors"))
        _copy(conn, "companies", "id, name, slug, sector, sector_class, sector_evidence, regions, created_at, "
              "updated_at", ((c, f"Company {c}", f"company-{c}", _json(tags), cls, "{}",
                              _json([rng.choice(REGIONS)]), NOW, NOW)
                             for c in range(1, N_COMPANIES + 1) for cls, tags in [rng.choice(SECTORS)]))  # fmt: skip
        _copy(
            conn,
            "investors",
            "id, slug, name, aliases, created_at",
            ((i, f"investor-{i}", f"Investor {i}", "[]", NOW) for i in range(1, N_INVESTORS + 1)),
        )
        _copy(conn, "company_investors", "investor_id, company_id, source, first_seen_at",
              ((i, c, "bench", NOW) for c in range(1, N_COMPANIES + 1)
               for i in rng.sample(range(1, N_INVESTORS + 1), 3)))  # fmt: skip
        _copy(conn, "jobs", JOB_COLUMNS, job_rows(n_jobs, rng), every=100_000)
        n_rounds = max(n_jobs // 10, 1)
        _copy(conn, "funding_rounds", ROUND_COLUMNS, round_rows(n_rounds, rng))
        _copy(conn, "round_investors", "round_id, investor_id, is_lead",
              ((r, i, k == 0) for r in range(1, n_rounds + 1)
               for k, i in enumerate(rng.sample(range(1, N_INVESTORS + 1), rng.choice((1, 2, 3))))))  # fmt: skip
        print(f"  rows written ({time.perf_counter() - started:.0f} s); rebuilding {len(indexes)} indexes", flush=True)
        for definition in indexes:
            conn.execute(definition)
        for table in ("companies", "investors", "jobs", "funding_rounds", "round_investors", "company_investors"):
            conn.execute(f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), (SELECT max(id) FROM {table}))")
        conn.execute("CREATE TABLE bench_seed (jobs integer NOT NULL, version text NOT NULL)")
        conn.commit()
    with psycopg.connect(db_url(name), autocommit=True) as conn:
        conn.execute("VACUUM ANALYZE")
        conn.execute("INSERT INTO bench_seed VALUES (%s, %s)", (n_jobs, SEED_VERSION))
    print(f"seeded {name}: {n_jobs:,} jobs in {time.perf_counter() - started:.0f} s", flush=True)


def ensure(n_jobs: int, reseed: bool = False) -> str:
    """The name of a database seeded with `n_jobs` jobs (seeded now unless it already is)."""
    name = db_name(n_jobs)
    if reseed or not seeded(name, n_jobs):
        seed(name, n_jobs)
    else:
        print(f"reusing {name} ({n_jobs:,} jobs, seed version {SEED_VERSION})", flush=True)
        upgrade(name)
    return name


def upgrade(name: str) -> None:
    """Bring a reused database to the code's schema head (a seed made before a migration would otherwise lack its
    columns, indexes and triggers; the rows stay). Nothing to do when it is at head."""
    from talentintel import migrate
    from talentintel.db import make_engine

    engine = make_engine(db_url(name, driver=True))
    try:
        if migrate.schema_problem(engine) is not None:
            print(f"  migrating {name} to {', '.join(sorted(migrate.head_revisions()))}", flush=True)
            migrate.upgrade(engine)
    finally:
        engine.dispose()


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--jobs", type=int, default=1_000_000)
    parser.add_argument("--reseed", action="store_true")
    args = parser.parse_args()
    ensure(args.jobs, args.reseed)
