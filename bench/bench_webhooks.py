"""Webhook fan-out figures: what emitting costs a 10,000-job ingest, how fast the outbox fans out, and how many
Celery tasks one such scrape queues.

    .venv/bin/python bench/bench_webhooks.py [--jobs 10000] [--endpoints 3]

Run it on a quiet machine (load average < 2). Synthetic volume: copies of the real recorded postings of
tests/fixtures/scrapers/ with new ids (as bench_scrape.py). Uses a throwaway PostgreSQL database
(BENCH_PG_ADMIN_URL, default postgresql+psycopg://postgres@127.0.0.1:5432/test). Nothing is sent over HTTP: the
figures are the database side (emit, fan-out, delivery rows) and the count of queued tasks.
"""

from __future__ import annotations

import argparse
import os
import secrets
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
os.environ.setdefault("LOG_LEVEL", "ERROR")

from sqlalchemy import create_engine, func, select, text
from sqlmodel import Session

from bench.bench_scrape import ADMIN_URL, bench_parse, synthetic
from talentintel import migrate, queue
from talentintel.db import make_engine
from talentintel.models import Source
from talentintel.models_webhooks import WebhookDelivery, WebhookEndpoint
from talentintel.services import ingest, webhooks_fanout


def _ingest(engine, postings, name: str) -> float:  # type: ignore[no-untyped-def]
    with Session(engine, expire_on_commit=False) as s:
        source = Source(name=name, kind="greenhouse", url=f"http://bench.local/{name}")
        s.add(source)
        s.flush()
        start = time.perf_counter()
        ingest.upsert(s, source=source, items=postings, complete=True)
        s.commit()
        return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--jobs", type=int, default=10_000)
    parser.add_argument("--endpoints", type=int, default=3)
    args = parser.parse_args()
    queued: list[str] = []
    queue.enqueue = lambda name, *a, **k: queued.append(name) or "task"  # type: ignore[assignment]
    name = f"ti_bench_{secrets.token_hex(3)}"
    admin = create_engine(ADMIN_URL, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    engine = make_engine(ADMIN_URL.rsplit("/", 1)[0] + f"/{name}")
    try:
        migrate.upgrade(engine)
        base = bench_parse(0.5)
        quiet = _ingest(engine, synthetic(base, args.jobs), "no-listeners")
        with Session(engine) as s:
            for i in range(args.endpoints):  # one in three filtered, as a saved search would
                s.add(
                    WebhookEndpoint(
                        url=f"https://hooks.example.org/{i}",
                        events=["job.opened", "job.closed"],
                        filters={"sector": ["crypto"]} if i % 3 == 2 else {},
                        secret="whsec_x",
                    )
                )
            s.commit()
        listened = _ingest(engine, [_renamed(p) for p in synthetic(base, args.jobs)], "listened")
        print(
            f"ingest of {args.jobs:,} new jobs: {quiet:.2f} s with no endpoint, {listened:.2f} s with "
            f"{args.endpoints} (emit writes {args.jobs:,} outbox rows in the same transaction)"
        )
        start = time.perf_counter()
        batches = 0
        with Session(engine) as s:
            while webhooks_fanout.fan_out(s).events:
                batches += 1
                s.commit()
            s.commit()
            deliveries = s.execute(select(func.count()).select_from(WebhookDelivery)).scalar_one()
        took = time.perf_counter() - start
        print(
            f"fan-out: {args.jobs:,} events in {batches} batches -> {deliveries:,} deliveries in {took:.2f} s "
            f"({args.jobs / took:,.0f} events/s, payloads rendered once per event)"
        )
        print(
            f"tasks queued by the scrape: {queued.count('talentintel.webhooks_dispatch')} fan-out "
            f"(then one sender per endpoint: {args.endpoints}), not {args.jobs * args.endpoints:,}"
        )
    finally:
        engine.dispose()
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


def _renamed(posting):  # type: ignore[no-untyped-def]
    posting.external_id = "l-" + posting.external_id
    posting.ats_key = "l-" + (posting.ats_key or "")
    posting.apply_url = posting.url = (posting.url or "") + "-listened"
    posting.title = posting.title + " (listened)"
    return posting


if __name__ == "__main__":
    main()
