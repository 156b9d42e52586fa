"""Scraping figures: parse+normalize rate, PostgreSQL upsert rate, and what an unchanged re-scrape costs.

    .venv/bin/python bench/bench_scrape.py [--jobs 20000] [--batch 5000]

Run it on a quiet machine (load average < 2): it is a throughput figure, so other work on the two cores shows up.

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

from bench import deferred  # the deferred tag/search step, kept for this benchmark
from scrapers.base import Response, ScrapedJob, SourceSpec
from scrapers.fetch import Fetcher, FetchPolicy
from scrapers.registry import get_kind
from scrapers.runner import run_source
from talentintel import migrate
from talentintel.db import make_engine
from talentintel.logs import configure_logging
from talentintel.models import Job, Source
from talentintel.services import ingest
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


def synthetic(base: list[ScrapedJob], n: int, generation: int = 0, description: bool = False) -> list[ScrapedJob]:
    """N distinct postings: copies of real ones with new ids; `generation` changes their title (and, with
    `description`, their description too)."""
    out = []
    for i in range(n):
        job = copy.copy(base[i % len(base)])
        job.external_id = f"bench-{i}"
        job.ats_key = f"bench:{i}"
        job.apply_url = job.url = f"https://bench.example/jobs/{i}"
        job.title = f"{job.title} #{i}" + (f" v{generation}" if generation else "")
        job.locations = list(job.locations)
        if description:
            job.description = f"{job.description}\n\nRevision {generation}."
        job.investors = []
        out.append(job)
    return out


def bench_upsert(engine, base: list[ScrapedJob], n: int, batch: int) -> None:  # type: ignore[no-untyped-def]
    with Session(engine, expire_on_commit=False) as s:
        source = Source(name="bench", kind="greenhouse", url="http://bench.local/")
        s.add(source)
        s.commit()
    items = synthetic(base, n)

    def line(label: str, count: int, took: float, extra: str = "") -> None:
        print(f"  {label:<46} {count:>7,} jobs in {took:6.2f}s = {count / took:>9,.0f} jobs/s {extra}")

    def run(label: str, postings: list[ScrapedJob], tag: bool = False, search: bool = False) -> tuple[float, list[int]]:
        """Wall time of the upsert calls (one transaction per batch, commit included); returns it and the pending ids."""
        start = time.perf_counter()
        totals = [0, 0, 0]
        pending: list[int] = []
        for i in range(0, len(postings), batch):
            with Session(engine) as s:
                src = s.get(Source, source.id)
                if not search:
                    deferred.defer_search(s)
                r = ingest.upsert(s, source=src, items=postings[i : i + batch], complete=False, tag=tag)  # type: ignore[arg-type]
                s.commit()
            totals = [totals[0] + r.new, totals[1] + r.updated, totals[2] + r.unchanged]
            pending.extend(r.opened_ids if r.new else r.updated_ids)
        took = time.perf_counter() - start
        line(label, len(postings), took, f"(new {totals[0]:,}, updated {totals[1]:,}, unchanged {totals[2]:,})")
        return took, pending

    def finish(label: str, ids: list[int], tag: bool = True, search: bool = True) -> float:
        start = time.perf_counter()
        for i in range(0, len(ids), batch):
            with Session(engine) as s:
                deferred.finish(s, ids[i : i + batch], tag=tag, search=search)
                s.commit()
        took = time.perf_counter() - start
        line(label, len(ids), took)
        return took

    print(f"upsert into PostgreSQL, batches of {batch:,} (synthetic volume from real postings):")
    print(" ingest (tags and search vector deferred to the finish step):")
    t_new, pending_new = run("insert new jobs", items)
    run("re-upsert unchanged (last_seen only)", items)
    t_changed, pending_changed = run("upsert changed title (same description)", synthetic(base, n, generation=1))
    run("upsert changed title and description", synthetic(base, n, generation=4, description=True))
    print(" finish step (bench/deferred.py finish on the jobs written, batched):")
    f_new = finish("new: tags + search vector, one UPDATE", pending_new)
    f_search = finish("changed: search vector only", pending_changed, tag=False)
    f_tags = finish("changed: tags only", pending_changed, search=False)
    print(" end to end (ingest + finish):")
    line("new jobs", n, t_new + f_new)
    line("changed jobs", n, t_changed + f_search + f_tags)
    sample = min(n, 2000)
    print(f" inline (the defaults; what a caller gets without a finish step), {sample:,} changed jobs:")
    run("upsert changed, search vector inline", synthetic(base, sample, generation=2), search=True)
    run("upsert changed, tags + search vector inline", synthetic(base, sample, generation=3), tag=True, search=True)


def bench_unchanged_rescrape(engine) -> None:  # type: ignore[no-untyped-def]
    from tests.scrapers.conftest import LocalServer

    server = LocalServer().start()
    try:
        server.file(
            "/v1/boards/coinbase/jobs", FIXTURES / "greenhouse/coinbase_jobs_content_16items.json", etag='"bench"'
        )
        entry = SourceEntry(
            name="coinbase-bench", kind="greenhouse", url=server.url("/v1/boards/coinbase/jobs"), company="Coinbase"
        )
        policy = FetchPolicy(min_interval=0, timeout=5, allow_private=True)
        with Fetcher(policy) as f:
            first = run_source(entry.name, engine=engine, fetcher=f, entry=entry)
        with Session(engine) as s:
            before = s.execute(select(func.max(Job.updated_at), func.max(Job.last_seen_at))).one()
        hits = len(server.hits)
        with Fetcher(policy) as f:
            again = run_source(entry.name, engine=engine, fetcher=f, entry=entry)
        with Session(engine) as s:
            after = s.execute(select(func.max(Job.updated_at), func.max(Job.last_seen_at))).one()
        print(
            f"unchanged re-scrape: first run {first.status} ({first.new} new); second run {again.status}, "
            f"{len(server.hits) - hits} HTTP request(s) (If-None-Match -> 304), job rows written: "
            f"{'none' if tuple(before) == tuple(after) else 'SOME'}; {again.duration_ms} ms"
        )
    finally:
        server.stop()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--jobs", type=int, default=20_000)
    parser.add_argument("--batch", type=int, default=5_000)
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
        bench_upsert(engine, base, args.jobs, args.batch)
        bench_unchanged_rescrape(engine)
    finally:
        engine.dispose()
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


if __name__ == "__main__":
    main()
