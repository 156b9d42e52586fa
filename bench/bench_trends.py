"""Trend queries on 1,000,000 jobs in PostgreSQL (target: a trend query answers in < 500 ms).

    .venv/bin/python bench/bench_trends.py [--jobs 1000000] [--runs 5] [--keep]

Seeds its own database (ti_bench_trends, dropped at the end unless --keep) with COPY: synthetic jobs posted over two
years, 70% of them closed 1..120 days later, spread over sector classes, regions, countries and 3,000 companies, plus
40,000 funding rounds. Prints the median and worst of `runs` timings of each query after one warm-up run.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import statistics
import time
from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta
from typing import Any

from sqlalchemy import create_engine, text
from sqlmodel import Session

from talentintel import migrate
from talentintel.db import make_engine
from talentintel.models import REGIONS, countries_key, region_mask
from talentintel.trends import charts
from talentintel.trends.funding import funding_trends
from talentintel.trends.investor_focus import investor_focus
from talentintel.trends.jobs import job_trends
from talentintel.trends.pivots import company_pivots
from talentintel.trends.snapshots import backfill_snapshots, take_daily_snapshot

ADMIN_URL = os.environ.get("BENCH_PG_ADMIN_URL", "postgresql+psycopg://postgres@127.0.0.1:5432/test")
DB_NAME = "ti_bench_trends"
TODAY = date(2026, 11, 25)
COUNTRIES = {"us": ["US"], "europe": ["GB", "DE", "FR", "CH"], "asia": ["SG", "IN", "JP", "KR"], "canada": ["CA"],
             "latam": ["BR", "MX"], "mena": ["AE"], "africa": ["NG"], "oceania": ["AU"], "global": []}  # fmt: skip
PIVOT = datetime(2026, 5, 25, tzinfo=UTC)
DESCRIPTION = "Synthetic benchmark posting. " * 14  # ~400 bytes, so rows have a realistic width


def _admin(sql: str) -> None:
    engine = create_engine(ADMIN_URL, isolation_level="AUTOCOMMIT")
    with engine.connect() as conn:
        conn.execute(text(sql))
    engine.dispose()


def _copy(engine: Any, table: str, columns: list[str], rows: Any) -> None:
    raw = engine.raw_connection()
    try:
        with raw.cursor() as cur, cur.copy(f"COPY {table} ({', '.join(columns)}) FROM STDIN") as copy:
            for row in rows:
                copy.write_row(row)
        raw.commit()
    finally:
        raw.close()


def seed(engine: Any, n_jobs: int) -> None:
    rng = random.Random(8)
    now = datetime(2026, 11, 25, 12, tzinfo=UTC)
    n_companies = 3000
    _copy(
        engine,
        "companies",
        ["name", "slug", "sector", "sector_class", "sector_evidence", "regions", "created_at", "updated_at"],
        ((f"Company {i}", f"company-{i}", "[]", "none", "{}", "[]", now, now) for i in range(1, n_companies + 1)),
    )
    _copy(engine, "investors", ["slug", "name", "aliases", "created_at"],
          ((f"fund-{i}", f"Fund {i}", "[]", now) for i in range(1, 201)))  # fmt: skip
    _copy(engine, "company_investors", ["investor_id", "company_id", "source", "first_seen_at"],
          ((1 + (c % 200), c, "bench", now) for c in range(1, n_companies + 1)))  # fmt: skip

    def jobs() -> Any:
        for i in range(n_jobs):
            posted = now - timedelta(seconds=rng.randrange(730 * 86400))
            company = rng.randrange(1, n_companies + 1)
            sector_class = rng.choices(("none", "crypto", "ai", "both"), (30, 30, 30, 10))[0]
            if company <= 30:  # companies that pivot from crypto to AI half a year ago, for the pivot query
                sector_class = "crypto" if posted < PIVOT else rng.choice(("ai", "both"))
            regions = rng.sample(REGIONS[:8], rng.choice((1, 1, 1, 2)))
            countries = sorted({c for r in regions for c in rng.sample(COUNTRIES[r], min(1, len(COUNTRIES[r])))})
            closed = posted + timedelta(days=rng.randrange(1, 120)) if rng.random() < 0.7 else None
            if closed and closed > now:
                closed = None
            yield (
                company, f"Engineer {i}", DESCRIPTION, "[]", json.dumps(countries),
                countries_key(countries), json.dumps(regions), region_mask(regions), posted, posted,
                closed or now, closed, "closed" if closed else "open", "[]", sector_class, "{}", "{}", posted, posted,
                rng.random() < 0.3,
            )  # fmt: skip

    _copy(
        engine,
        "jobs",
        ["company_id", "title", "description", "locations", "countries", "countries_key", "regions", "region_mask",
         "posted_at", "first_seen_at", "last_seen_at", "closed_at", "status", "sector", "sector_class",
         "sector_confidence", "sector_evidence", "created_at", "updated_at", "remote"],
        jobs(),
    )  # fmt: skip

    def rounds() -> Any:
        for i in range(40_000):
            day = TODAY - timedelta(days=rng.randrange(730))
            regions = rng.sample(REGIONS[:8], 1)
            yield (
                rng.randrange(1, n_companies + 1), f"round-{i}", rng.choice(("seed", "series_a", "series_b", None)),
                rng.choice((None, rng.randrange(1, 100) * 1e6)), day, "[]",
                rng.choices(("none", "crypto", "ai", "both"), (20, 35, 35, 10))[0], "{}", json.dumps(regions),
                region_mask(regions), "[]", "[]", now, now,
            )  # fmt: skip

    _copy(
        engine,
        "funding_rounds",
        ["company_id", "dedupe_key", "round_type", "amount_usd", "announced_on", "sources", "sector_class",
         "sector_evidence", "regions", "region_mask", "countries", "sector", "created_at", "updated_at"],
        rounds(),
    )  # fmt: skip
    _copy(engine, "round_investors", ["round_id", "investor_id", "is_lead"],
          ((r, 1 + (r * 7 + k) % 200, k == 0) for r in range(1, 40_001) for k in range(rng.choice((1, 2, 3)))))  # fmt: skip
    with engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
        conn.execute(text("VACUUM ANALYZE"))


def timed(engine: Any, runs: int, fn: Callable[[Session], Any]) -> tuple[float, float]:
    samples = []
    for i in range(runs + 1):
        with Session(engine) as session:
            start = time.perf_counter()
            fn(session)
            if i:  # the first run warms the caches
                samples.append((time.perf_counter() - start) * 1000)
    return statistics.median(samples), max(samples)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--jobs", type=int, default=1_000_000)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--keep", action="store_true", help="keep the database (and reuse it next time)")
    args = parser.parse_args()
    url = f"{ADMIN_URL.rsplit('/', 1)[0]}/{DB_NAME}"
    probe = create_engine(ADMIN_URL)
    with probe.connect() as conn:
        exists = conn.execute(text("SELECT 1 FROM pg_database WHERE datname = :n"), {"n": DB_NAME}).scalar()
    probe.dispose()
    engine = make_engine(url)
    if not exists:
        _admin(f'CREATE DATABASE "{DB_NAME}"')
        migrate.upgrade(engine)
        started = time.perf_counter()
        seed(engine, args.jobs)
        print(f"seeded {args.jobs:,} jobs and 40,000 rounds with COPY in {time.perf_counter() - started:.1f} s")
    with engine.connect() as conn:
        n = conn.execute(text("SELECT count(*) FROM jobs")).scalar()
    print(f"jobs in the table: {n:,}; PostgreSQL, {os.cpu_count()} cores")

    week = {"granularity": "week", "today": TODAY}
    queries: list[tuple[str, Callable[[Session], Any]]] = [
        ("jobs weekly, 12 weeks, by region (live)", lambda s: job_trends(s, **week, source="live")),
        ("jobs monthly, 24 months, by region (live)",
         lambda s: job_trends(s, granularity="month", start=date(2024, 12, 1), today=TODAY, source="live")),
        ("jobs weekly, country=US, sector ai+both",
         lambda s: job_trends(s, **week, country=["US"], sector=["ai", "both"], by_region=False, source="live")),
        ("jobs weekly, investor=fund-7 (portfolio)", lambda s: job_trends(s, **week, investor="fund-7", source="live")),
        ("funding monthly by investor, 24 months",
         lambda s: funding_trends(s, by="investor", start=date(2024, 12, 1), today=TODAY)),
        ("funding monthly by sector class", lambda s: funding_trends(s, today=TODAY)),
        ("company pivots, 12 months (30 pivots found)", lambda s: company_pivots(s, today=TODAY)),
        ("investor focus, 12 months", lambda s: investor_focus(s, today=TODAY)),
        ("jobs chart PNG (query + render)", lambda s: charts.jobs_chart_png(s, today=TODAY)),
    ]  # fmt: skip
    for name, fn in queries:
        median, worst = timed(engine, args.runs, fn)
        print(f"{name:<48} median {median:7.1f} ms   max {worst:7.1f} ms")

    with Session(engine) as session:
        started = time.perf_counter()
        take_daily_snapshot(session, TODAY - timedelta(days=1))
        session.commit()
        print(f"daily snapshot (the beat task's work): {(time.perf_counter() - started) * 1000:.0f} ms")
        started = time.perf_counter()
        rows = backfill_snapshots(session, TODAY - timedelta(days=730), TODAY - timedelta(days=1))
        session.commit()
    print(f"backfilled 730 days of snapshots ({rows:,} rows) in {time.perf_counter() - started:.1f} s")
    for name, fn in [
        ("jobs weekly, 12 weeks, by region (auto)", lambda s: job_trends(s, **week)),
        ("jobs monthly, 24 months, by region (auto)",
         lambda s: job_trends(s, granularity="month", start=date(2024, 12, 1), today=TODAY)),
        ("jobs weekly, 2 years, sector ai (auto)",
         lambda s: job_trends(s, granularity="week", start=date(2024, 12, 1), today=TODAY, sector=["ai"])),
    ]:  # fmt: skip
        median, worst = timed(engine, args.runs, fn)
        print(f"{name:<48} median {median:7.1f} ms   max {worst:7.1f} ms")
    engine.dispose()
    if not args.keep:
        _admin(f'DROP DATABASE IF EXISTS "{DB_NAME}" WITH (FORCE)')


if __name__ == "__main__":
    main()
