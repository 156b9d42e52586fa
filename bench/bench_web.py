"""Web app benchmark on PostgreSQL: what a page costs over the API call that carries the same data.

Seeds synthetic jobs with bench_api.seed (its own database, reused on later runs), serves the app with uvicorn,
signs in through the real form, then times sequential requests: /app/jobs?sector=..&region=.. (50 results rendered
as HTML) against /v1/jobs with the same query, a job page against /v1/jobs/{id}, and a company page (with its
pivot set cached) and its chart. Prints median and p95 in ms.

    .venv/bin/python bench/bench_web.py [--jobs 200000] [--reseed] [--requests 200]

Needs PostgreSQL (TEST_PG_ADMIN_URL, default postgresql://postgres@127.0.0.1:5432/test). Nothing here asserts timings.
"""

from __future__ import annotations

import argparse
import os
import re
import statistics
import sys
import time
from pathlib import Path

import httpx
import psycopg

sys.path.insert(0, str(Path(__file__).resolve().parent))
import bench_api

bench_api.DB_NAME = "ti_bench_web"


def _timed(client: httpx.Client, path: str, n: int) -> tuple[float, float]:
    client.get(path).raise_for_status()  # warm: compiled statements, templates
    out = []
    for _ in range(n):
        t = time.perf_counter()
        client.get(path).raise_for_status()
        out.append((time.perf_counter() - t) * 1000)
    out.sort()
    return statistics.median(out), out[int(len(out) * 0.95) - 1]


def _signed_in(base: str, key: str) -> httpx.Client:
    client = httpx.Client(base_url=base)
    form = client.get("/app/login").text
    token = re.search(r'name="csrf_token" value="([^"]+)"', form)
    assert token is not None
    r = client.post("/app/login", data={"api_key": key, "csrf_token": token.group(1)})
    if r.status_code != 303 or "/app/login" in r.headers.get("location", ""):
        raise SystemExit(f"sign-in failed: {r.status_code}")
    return client


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--jobs", type=int, default=200_000)
    parser.add_argument("--reseed", action="store_true")
    parser.add_argument("--requests", type=int, default=200)
    args = parser.parse_args()
    if args.reseed or bench_api._job_count() != args.jobs:
        bench_api.seed(args.jobs)
    env = {**os.environ, "DATABASE_URL": bench_api._db_url(driver=True), "PYTHONPATH": str(bench_api.ROOT)}
    env.pop("REDIS_URL", None)
    env["RATE_LIMIT_PER_MINUTE"] = "10000000"  # the bench measures pages, not the limiter
    from talentintel.services.apikeys import KEY_PREFIX, hash_key

    key = KEY_PREFIX + "bench-" + os.urandom(8).hex()
    with psycopg.connect(bench_api._db_url()) as conn:
        conn.execute("INSERT INTO api_keys (name, prefix, key_hash, scope, created_at) VALUES "
                     "('bench-web', %s, %s, 'read', now())", (key[:10], hash_key(key)))  # fmt: skip
        conn.commit()
    proc, base = bench_api.serve("api.app:app", False, env)
    try:
        web = _signed_in(base, key)
        api = httpx.Client(base_url=base, headers={"Authorization": f"Bearer {key}"})
        job_id = api.get("/v1/jobs?limit=1").json()["items"][0]["id"]
        rows = [
            ("search page vs /v1/jobs (crypto, asia, 50)", "/app/jobs?sector=crypto&region=asia",
             "/v1/jobs?sector=crypto&region=asia&limit=50"),
            ("job page vs /v1/jobs/{id}", f"/app/jobs/{job_id}", f"/v1/jobs/{job_id}"),
            ("company page vs /v1/companies/{slug}", "/app/companies/company-7", "/v1/companies/company-7"),
            ("company chart (SVG) vs /v1/trends/jobs svg", "/app/companies/company-7/jobs-by-sector.svg",
             "/v1/trends/jobs?company=company-7&granularity=month&by_region=false&format=svg"),
        ]  # fmt: skip
        print(f"{args.jobs:,} jobs, {args.requests} sequential requests each, load average {os.getloadavg()[0]:.1f}")
        print(f"{'':48} {'page p50':>9} {'p95':>7}   {'API p50':>8} {'p95':>7}   (ms)")
        for name, page, call in rows:
            n = max(10, args.requests // 10) if "chart" in name or "company" in name else args.requests
            p50, p95 = _timed(web, page, n)
            a50, a95 = _timed(api, call, n)
            print(f"{name:48} {p50:9.1f} {p95:7.1f}   {a50:8.1f} {a95:7.1f}")
    finally:
        bench_api.stop(proc)


if __name__ == "__main__":
    main()
