"""List endpoints at 1M jobs (issue 19's speed target: p99 at most 50 ms at 32 connections).

Serves the app as the Dockerfile does (`talentintel serve`: uvicorn, 1 worker unless --workers, uvloop + httptools)
on a database seeded by bench/seed_pg.py (SYNTHETIC rows; bench_1m, reused when already seeded), and runs wrk with
32 connections over each group of paths in turn: /v1/jobs plain, with common filters, full-text q (relevance and
by date), sort variants and deep keyset pages, then /v1/funding and /v1/companies. Each line prints p50/p95/p99,
requests/s, and the 1-minute load average before the group (other processes share the machine's cores).

    .venv/bin/python bench/bench_lists.py [--jobs 1000000] [--duration 10] [--cache off|on|both] [--only jobs_q]

The page cache (PAGE_CACHE_MB) serves repeated /v1/jobs pages from memory; `off` (the default here) makes every
page a PostgreSQL read, the cost of a page nobody asked for lately. Needs `wrk` on PATH. Asserts nothing.
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from urllib.parse import quote_plus

import httpx
import psycopg

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

import seed_pg  # noqa: E402
from bench_api import LUA_ROTATE, _free_port, stop  # noqa: E402

Q_WORDS = ("solidity", "rust engineer", "pytorch inference", "w17", "w2999 w5", "kubernetes", "designer",
           '"zero knowledge" proofs', "zk*", "rust OR move -android")  # fmt: skip
# fmt: off
GROUPS: dict[str, list[str]] = {
    "jobs_plain": ["/v1/jobs", "/v1/jobs?limit=50", "/v1/jobs?limit=100", "/v1/jobs?status=all&limit=50"],
    "jobs_sector_region": [f"/v1/jobs?sector={s}&region={r}&limit=50" for s in ("crypto", "ai", "both")
                           for r in ("europe", "us", "asia")],
    "jobs_country": ["/v1/jobs?country=DE", "/v1/jobs?country=US&country=SG", "/v1/jobs?country=AU&sector=ai",
                     "/v1/jobs?country=KE"],
    "jobs_skill": ["/v1/jobs?skill=rust", "/v1/jobs?skill=solidity&skill=evm", "/v1/jobs?skill=pytorch&sector=ai",
                   "/v1/jobs?skill=python&skill=pytorch&skill_match=all", "/v1/jobs?skill=llm&region=europe"],
    "jobs_seniority": ["/v1/jobs?seniority=senior", "/v1/jobs?seniority=staff&seniority=principal",
                       "/v1/jobs?seniority=intern&sector=crypto", "/v1/jobs?seniority=director&region=asia"],
    "jobs_salary": ["/v1/jobs?salary_usd_min=150000", "/v1/jobs?salary_usd_min=200000&sector=ai",
                    "/v1/jobs?salary_usd_max=100000&region=europe", "/v1/jobs?salary_usd_min=100000&remote=true"],
    "jobs_combined": ["/v1/jobs?sector=crypto&region=europe&seniority=senior&skill=rust&salary_usd_min=100000",
                      "/v1/jobs?sector=ai&country=US&skill=pytorch&remote=true",
                      "/v1/jobs?region=asia&seniority=lead&visa_sponsorship=true",
                      "/v1/jobs?exclude_company=company-1&sector=both&employment_type=full_time"],
    "jobs_q_relevance": [f"/v1/jobs?q={quote_plus(q)}" for q in Q_WORDS],
    "jobs_q_by_date": [f"/v1/jobs?q={quote_plus(q)}&sort=-posted_at" for q in Q_WORDS],
    "jobs_q_filtered": [f"/v1/jobs?q={quote_plus(q)}&sector=crypto&region=europe" for q in Q_WORDS[:6]],
    "jobs_sorts": ["/v1/jobs?sort=posted_at", "/v1/jobs?sort=-salary", "/v1/jobs?sort=-salary_usd",
                   "/v1/jobs?sort=-salary_usd&sector=ai", "/v1/jobs?sort=posted_at&region=europe",
                   "/v1/jobs?sort=-salary&skill=rust"],
    "jobs_keyset_deep": [],  # filled with cursors 100 pages deep (collect_cursors)
    "funding": ["/v1/funding-rounds", "/v1/funding-rounds?sector=crypto", "/v1/funding-rounds?region=europe", "/v1/funding-rounds?round=seed",
                "/v1/funding-rounds?amount_min=10000000", "/v1/funding-rounds?sort=-amount", "/v1/funding-rounds?investor=investor-5",
                "/v1/funding-rounds?country=DE&sector=ai"],
    "companies": ["/v1/companies", "/v1/companies?sector=crypto", "/v1/companies?has_open_jobs=true",
                  "/v1/companies?q=company+12", "/v1/companies?sort=-id", "/v1/companies?region=europe",
                  "/v1/companies?investor=investor-7"],
}
# fmt: on
DEEP_FROM = [
    "/v1/jobs?limit=50",
    "/v1/jobs?sector=crypto&region=europe&limit=50",
    "/v1/jobs?sort=-salary_usd",
    "/v1/jobs?q=solidity",
    "/v1/jobs?skill=rust",
    "/v1/funding-rounds?limit=50",
    "/v1/companies?limit=50",
]  # fmt: skip
LOG = os.path.join(tempfile.gettempdir(), "bench_lists_server.log")  # the server's output, for when it fails
# bench_api's rotation over the paths, plus a summary line wrk prints for run_wrk to parse.
LUA = (
    LUA_ROTATE
    + """done = function(summary, latency, requests)
  io.write(string.format("PCT %%.3f %%.3f %%.3f %%d %%d %%d\\n", latency:percentile(50) / 1000,
    latency:percentile(95) / 1000, latency:percentile(99) / 1000, summary.requests, summary.errors.status,
    summary.errors.timeout))
end
"""
)


def run_wrk(base: str, paths: list[str], key: str, duration: int, connections: int) -> dict[str, float]:
    with tempfile.NamedTemporaryFile("w", suffix=".lua", delete=False) as script:
        script.write(LUA % (", ".join(f'"{p}"' for p in paths), key))
    try:
        out = subprocess.run(
            ["wrk", "-t1", f"-c{connections}", f"-d{duration}s", "-s", script.name, base],
            capture_output=True, text=True, check=True,
        ).stdout  # fmt: skip
    finally:
        os.unlink(script.name)
    p50, p95, p99, _n, errors, timeouts = re.search(r"PCT (\S+) (\S+) (\S+) (\d+) (\d+) (\d+)", out).groups()  # type: ignore[union-attr]
    rps = float(re.search(r"Requests/sec:\s+([\d.]+)", out).group(1))  # type: ignore[union-attr]
    return {
        "p50": float(p50),
        "p95": float(p95),
        "p99": float(p99),
        "rps": rps,
        "errors": int(errors),
        "timeouts": int(timeouts),
    }


def serve(env: dict[str, str], workers: int) -> tuple[subprocess.Popen[bytes], str]:
    """`talentintel serve`, the Dockerfile's command."""
    port = _free_port()
    argv = [str(ROOT / ".venv/bin/talentintel"), "serve", "--port", str(port), "--workers", str(workers)]
    # The log goes to a file: a pipe nobody reads fills up under load and then blocks the server.
    with open(LOG, "wb") as log:
        proc = subprocess.Popen(argv, cwd=ROOT, env=env, stdout=log, stderr=log)
    base = f"http://127.0.0.1:{port}"
    for _ in range(600):
        try:
            httpx.get(f"{base}/healthz", timeout=1)
            return proc, base
        except httpx.TransportError:
            if proc.poll() is not None:
                break
            time.sleep(0.1)
    raise SystemExit(f"talentintel serve did not start: {Path(LOG).read_text()[-2000:]}")


def collect_cursors(base: str, key: str, pages: int = 100) -> list[str]:
    """For each DEEP_FROM path, the path of its page `pages` deep (keyset: no OFFSET). A walk whose page takes over
    30 s is reported and left out (on main before issue 19's fixes, some did)."""
    out = []
    with httpx.Client(base_url=base, headers={"Authorization": f"Bearer {key}"}, timeout=30) as client:
        for path in DEEP_FROM:
            cursor, started, slowest = None, time.perf_counter(), 0.0
            try:
                for _ in range(pages):
                    t = time.perf_counter()
                    body = client.get(path + (f"&cursor={cursor}" if cursor else "")).raise_for_status().json()
                    slowest, cursor = max(slowest, time.perf_counter() - t), body["next_cursor"]
            except httpx.TimeoutException:
                print(f"  deep walk of {path}: a page took over 30 s; left out", flush=True)
                continue
            print(f"  walked {pages} pages of {path} in {time.perf_counter() - started:.1f} s "
                  f"(slowest page {slowest * 1000:.0f} ms)", flush=True)  # fmt: skip
            sep = "&" if "?" in path else "?"
            out.append(f"{path}{sep}cursor={cursor}")
    return out


def probe(base: str, key: str, paths: list[str]) -> None:
    """One request per path, one at a time: the slow ones by name (a group's percentiles hide which path it was)."""
    with httpx.Client(base_url=base, headers={"Authorization": f"Bearer {key}"}, timeout=600) as client:
        for path in paths:
            started = time.perf_counter()
            status = client.get(path).status_code
            print(f"  {(time.perf_counter() - started) * 1000:8.1f} ms  {status}  {path}", flush=True)


def api_key(name: str) -> str:
    from talentintel.services.apikeys import KEY_PREFIX, hash_key

    key = KEY_PREFIX + "bench-" + os.urandom(8).hex()
    with psycopg.connect(seed_pg.db_url(name)) as conn:
        conn.execute("INSERT INTO api_keys (name, prefix, key_hash, scope, created_at) VALUES "
                     "('bench', %s, %s, 'read', now())", (key[:10], hash_key(key)))  # fmt: skip
    return key


def bench(name: str, key: str, cache: str, args: argparse.Namespace) -> None:
    env = {
        **os.environ,
        "DATABASE_URL": seed_pg.db_url(name, driver=True),
        "RATE_LIMIT_PER_MINUTE": "100000000",
        "LOG_JSON": "1",
        "SECRET_KEY": os.urandom(32).hex(),
    }  # fmt: skip  (production refuses the default key)
    env.pop("REDIS_URL", None)
    if cache == "off":
        env["PAGE_CACHE_MB"] = "0"
    proc, base = serve(env, args.workers)
    try:
        groups = {g: p for g, p in GROUPS.items() if not args.only or g in args.only}
        if args.probe:
            probe(base, key, [p for paths in groups.values() for p in paths] + DEEP_FROM)
            return
        if "jobs_keyset_deep" in groups:
            groups["jobs_keyset_deep"] = collect_cursors(base, key)
        print(f"\n== cache {cache}: talentintel serve --workers {args.workers}, wrk -c{args.connections} "
              f"-d{args.duration}s per group, {args.jobs:,} jobs ({name}) ==")  # fmt: skip
        print(f"{'group':20} {'p50 ms':>7} {'p95 ms':>7} {'p99 ms':>7} {'req/s':>7}  load1  {'':4}")
        for group, paths in groups.items():
            run_wrk(base, paths, key, 2, args.connections)  # warm-up: plans, caches
            load = os.getloadavg()[0]
            r = run_wrk(base, paths, key, args.duration, args.connections)
            # wrk leaves requests over its 2 s timeout out of the percentiles: any of them is a miss.
            verdict = "ok" if r["p99"] <= 50 and not r["timeouts"] else "MISS"
            errors = f"  {r['errors']} non-2xx!" if r["errors"] else ""
            errors += f"  {r['timeouts']} over 2 s (not in the percentiles)" if r["timeouts"] else ""
            print(f"{group:20} {r['p50']:7.1f} {r['p95']:7.1f} {r['p99']:7.1f} {r['rps']:7.0f}  {load:5.2f}  "
                  f"{verdict}{errors}", flush=True)  # fmt: skip
    finally:
        stop(proc)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--jobs", type=int, default=1_000_000)
    parser.add_argument("--reseed", action="store_true")
    parser.add_argument("--duration", type=int, default=10, help="seconds per group")
    parser.add_argument("--connections", type=int, default=32)
    parser.add_argument("--workers", type=int, default=1, help="uvicorn workers (the Dockerfile runs 1)")
    parser.add_argument("--cache", choices=("off", "on", "both"), default="off")
    parser.add_argument("--probe", action="store_true", help="time each path once instead of running wrk")
    parser.add_argument("--only", nargs="*", help="group names to run (default: all)")
    args = parser.parse_args()
    if not shutil.which("wrk"):
        raise SystemExit("wrk is needed on PATH (apt-get install wrk)")
    name = seed_pg.ensure(args.jobs, args.reseed)
    key = api_key(name)
    print(
        f"machine: {os.cpu_count()} CPUs; {subprocess.run(['uptime'], capture_output=True, text=True).stdout.strip()}"
    )
    for cache in ("off", "on") if args.cache == "both" else (args.cache,):
        bench(name, key, cache, args)


if __name__ == "__main__":
    main()
