"""Scraping figures: parse+normalize rate, PostgreSQL upsert rate, and what an unchanged re-scrape costs.

    .venv/bin/python bench/bench_scrape.py [--jobs 20000] [--batch 5000]

Synthetic volume: the upsert figures replicate the real recorded postings of tests/fixtures/scrapers/ with new
external ids (and ATS ids / URLs), so the database sees N distinct jobs with real-sized content. Uses a throwaway
PostgreSQL database (BENCH_PG_ADMIN_URL, default postgresql+psycopg://postgres@127.0.0.1:5432/test).
"""

from __future__ import annotations

import argparse
import copy
import os
import secrets
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

os.environ.setdefault("LOG_LEVEL", "ERROR")

from sqlalchemy import create_engine, func, select, text
from sqlmodel import Session

from scrapers.base import Response, ScrapedJob, SourceSpec
from scrapers.fetch import Fetcher, FetchPolicy
from scrapers.registry import get_kind
from scrapers.runner import run_source
from talentintel import migrate
from talentintel.db import make_engine
from talentintel.logs import configure_logging
from talentintel.models import Job, Source
from talentintel.services import jobs
from talentintel.services.sources import SourceEntry

FIXTURES = Path(__file__).resolve().parents[1] / "tests" / "fixtures" / "scrapers"
ADMIN_URL = os.environ.get("BENCH_PG_ADMIN_URL", "postgresql+psycopg://postgres@127.0.0.1:5432/test")
CASES = (
    [("greenhouse", p) for p in sorted((FIXTURES / "greenhouse").glob("*_jobs_*.json"))]
    + [("lever", p) for p in sorted((FIXTURES / "lever").glob("*.json"))]
    + [("ashby", p) for p in sorted((FIXTURES / "ashby").glob("*.json"))]
    + [("workable", FIXTURES / "workable/huggingface_widget_v1_3items.json")]
    + [("jsonld", p) for p in sorted((FIXTURES / "jsonld").glob("*.html"))]
)


def bench_parse(seconds: float = 3.0) -> list[ScrapedJob]:
    loaded = []
    for kind, path in CASES:
        spec = SourceSpec("bench", kind, f"http://bench.local/{path.name}", {}, company="Bench Co")
        k = get_kind(kind)
        loaded.append((k, spec, k.start(spec)[0], path.read_bytes()))
    parsed: list[ScrapedJob] = []
    count, start = 0, time.perf_counter()
    while time.perf_counter() - start < seconds:
        for k, spec, req, body in loaded:
            page = k.parse(spec, req, Response(req.url, 200, {}, body))
            count += len(page.jobs)
            if len(parsed) < 200:
                parsed.extend(page.jobs)
    rate = count / (time.perf_counter() - start)
    print(f"parse+normalize (real fixtures, {len(CASES)} responses, one core): {rate:,.0f} postings/s")
    return parsed


def synthetic(base: list[ScrapedJob], n: int, generation: int = 0) -> list[ScrapedJob]:
    """N distinct postings: copies of real ones with new ids; `generation` changes their content."""
    out = []
    for i in range(n):
        job = copy.copy(base[i % len(base)])
        job.external_id = f"bench-{i}"
        job.ats_key = f"bench:{i}"
        job.apply_url = job.url = f"https://bench.example/jobs/{i}"
        job.title = f"{job.title} #{i}" + (f" v{generation}" if generation else "")
        job.locations = list(job.locations)
        job.investors = []
        out.append(job)
    return out


def bench_upsert(engine, base: list[ScrapedJob], n: int, batch: int) -> None:  # type: ignore[no-untyped-def]
    with Session(engine, expire_on_commit=False) as s:
        source = Source(name="bench", kind="greenhouse", url="http://bench.local/")
        s.add(source)
        s.commit()
    items = synthetic(base, n)

    def run(label: str, postings: list[ScrapedJob], tag: bool = False) -> None:
        start = time.perf_counter()
        totals = [0, 0, 0]
        for i in range(0, len(postings), batch):
            with Session(engine) as s:
                src = s.get(Source, source.id)
                r = jobs.upsert(s, source=src, items=postings[i : i + batch], complete=False, tag=tag)  # type: ignore[arg-type]
                s.commit()
            totals = [totals[0] + r.new, totals[1] + r.updated, totals[2] + r.unchanged]
        took = time.perf_counter() - start
        print(f"  {label:<38} {len(postings):>7,} jobs in {took:6.2f}s = {len(postings) / took:>9,.0f} jobs/s "
              f"(new {totals[0]:,}, updated {totals[1]:,}, unchanged {totals[2]:,})")

    print(f"upsert into PostgreSQL, batches of {batch:,} (synthetic volume from real postings, tagging deferred):")
    run("insert new jobs", items)
    run("re-upsert unchanged (last_seen only)", items)
    run("upsert changed content", synthetic(base, n, generation=1))
    sample = synthetic(base, min(n, 2000), generation=2)
    print("with inline tagging (tag_posting per new/changed job):")
    run("upsert changed content + tagging", sample, tag=True)


def bench_unchanged_rescrape(engine) -> None:  # type: ignore[no-untyped-def]
    from tests.scrapers.conftest import LocalServer

    server = LocalServer().start()
    try:
        server.file("/v1/boards/coinbase/jobs", FIXTURES / "greenhouse/coinbase_jobs_content_16items.json", etag='"bench"')
        entry = SourceEntry(name="coinbase-bench", kind="greenhouse", url=server.url("/v1/boards/coinbase/jobs"),
                            company="Coinbase")
        policy = FetchPolicy(min_interval=0, timeout=5)
        with Fetcher(policy) as f:
            first = run_source(entry.name, engine=engine, fetcher=f, entry=entry)
        with Session(engine) as s:
            before = s.execute(select(func.max(Job.updated_at), func.max(Job.last_seen_at))).one()
        hits = len(server.hits)
        with Fetcher(policy) as f:
            again = run_source(entry.name, engine=engine, fetcher=f, entry=entry)
        with Session(engine) as s:
            after = s.execute(select(func.max(Job.updated_at), func.max(Job.last_seen_at))).one()
        print(f"unchanged re-scrape: first run {first.status} ({first.new} new); second run {again.status}, "
              f"{len(server.hits) - hits} HTTP request(s) (If-None-Match -> 304), job rows written: "
              f"{'none' if tuple(before) == tuple(after) else 'SOME'}; {again.duration_ms} ms")
    finally:
        server.stop()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--jobs", type=int, default=20_000)
    parser.add_argument("--batch", type=int, default=5_000)
    parser.add_argument("--without-fts", action="store_true",
                        help="drop the API's generated search column (migration 0003) first, to see what it costs")
    args = parser.parse_args()
    configure_logging(level="ERROR")
    base = bench_parse()
    name = f"ti_bench_{os.getpid()}_{secrets.token_hex(3)}"
    admin = create_engine(ADMIN_URL, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    engine = make_engine(f"{ADMIN_URL.rsplit('/', 1)[0]}/{name}")
    try:
        migrate.upgrade(engine)
        if args.without_fts:
            with engine.begin() as conn:
                conn.execute(text("ALTER TABLE jobs DROP COLUMN IF EXISTS search_tsv"))
            print("(search_tsv generated column dropped for this run)")
        bench_upsert(engine, base, args.jobs, args.batch)
        bench_unchanged_rescrape(engine)
    finally:
        engine.dispose()
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


if __name__ == "__main__":
    main()
