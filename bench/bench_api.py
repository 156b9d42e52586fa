"""API benchmark on PostgreSQL with 1,000,000 synthetic jobs (bench/seed_pg.py seeds them; reused on later runs).

Prints, for the same uvicorn settings: requests/s of a bare FastAPI JSON endpoint, requests/s and p99 of
GET /v1/jobs?sector=..&region=..&limit=50 at 32 connections (and the ratio), first vs deep page latency (keyset),
full-text q= p99, and CSV export throughput with the server's memory during it.

    .venv/bin/python bench/bench_api.py [--jobs 1000000] [--reseed] [--duration 15]

Needs PostgreSQL (TEST_PG_ADMIN_URL, default postgresql://postgres@127.0.0.1:5432/test) and `wrk` on PATH.
Run on demand; nothing here asserts timings.
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

import httpx
import psycopg

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

import seed_pg  # noqa: E402


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def serve(target: str, factory: bool, env: dict[str, str]) -> tuple[subprocess.Popen[bytes], str]:
    port = _free_port()
    argv = [sys.executable, "-m", "uvicorn", target, "--host", "127.0.0.1", "--port", str(port), "--workers", "1",
            "--loop", "uvloop", "--http", "httptools", "--no-access-log", "--log-level", "warning"]  # fmt: skip
    if factory:
        argv.append("--factory")
    proc = subprocess.Popen(argv, cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    base = f"http://127.0.0.1:{port}"
    for _ in range(200):
        try:
            httpx.get(f"{base}/healthz", timeout=1)
            return proc, base
        except httpx.TransportError:
            time.sleep(0.1)
    raise SystemExit(f"{target} did not start")


def stop(proc: subprocess.Popen[bytes]) -> None:
    proc.send_signal(signal.SIGINT)
    try:
        proc.wait(15)
    except subprocess.TimeoutExpired:
        proc.kill()


LUA_ROTATE = """
paths = {%s}
i = 0
request = function()
  i = i + 1
  return wrk.format("GET", paths[(i %% #paths) + 1], {["Authorization"] = "Bearer %s"})
end
"""


def wrk(url_base: str, paths: list[str], key: str, duration: int, connections: int = 32) -> tuple[float, float]:
    """(requests/s, p99 ms) from wrk with `connections` connections rotating over `paths`."""
    with tempfile.NamedTemporaryFile("w", suffix=".lua", delete=False) as script:
        script.write(LUA_ROTATE % (", ".join(f'"{p}"' for p in paths), key))
    out = subprocess.run(
        ["wrk", "-t1", f"-c{connections}", f"-d{duration}s", "--latency", "-s", script.name, url_base],
        capture_output=True, text=True, check=True,
    ).stdout  # fmt: skip
    os.unlink(script.name)
    rps = float(re.search(r"Requests/sec:\s+([\d.]+)", out).group(1))  # type: ignore[union-attr]
    errors = re.search(r"Non-2xx or 3xx responses: (\d+)", out)
    if errors:
        print(f"  warning: {errors.group(1)} non-2xx responses", file=sys.stderr)
    p99 = re.search(r"99%\s+([\d.]+)(us|ms|s)", out)
    value, unit = float(p99.group(1)), p99.group(2)  # type: ignore[union-attr]
    return rps, value / 1000 if unit == "us" else value * 1000 if unit == "s" else value


def latencies(base: str, path: str, key: str, n: int) -> list[float]:
    out = []
    with httpx.Client(base_url=base, headers={"Authorization": f"Bearer {key}"}) as client:
        for _ in range(n):
            t = time.perf_counter()
            client.get(path).raise_for_status()
            out.append((time.perf_counter() - t) * 1000)
    return out


def cpu_seconds(pids: list[int]) -> float:
    """User + system CPU time of these processes so far (from /proc; gone processes count 0)."""
    total = 0
    for pid in pids:
        try:
            fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        total += int(fields[11]) + int(fields[12])  # utime, stime
    return total / os.sysconf("SC_CLK_TCK")


def postgres_pids() -> list[int]:
    out = subprocess.run(["pgrep", "-u", "postgres"], capture_output=True, text=True).stdout
    return [int(p) for p in out.split()]


def wait_for_quiet(max_load: float, patience: int) -> float:
    """Wait up to `patience` seconds for the 1-minute load average to drop below `max_load`; returns it."""
    deadline = time.monotonic() + patience
    while (load := os.getloadavg()[0]) >= max_load and time.monotonic() < deadline:
        time.sleep(5)
    return load


def rss_kb(pid: int) -> int:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1])
    return 0


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--jobs", type=int, default=1_000_000)
    parser.add_argument("--reseed", action="store_true")
    parser.add_argument("--duration", type=int, default=15, help="seconds per wrk run")
    parser.add_argument("--max-load", type=float, default=2.0, help="wait for a 1-minute load average below this")
    args = parser.parse_args()
    if not shutil.which("wrk"):
        raise SystemExit("wrk is needed on PATH (apt-get install wrk)")
    name = seed_pg.ensure(args.jobs, args.reseed)
    env = {**os.environ, "DATABASE_URL": seed_pg.db_url(name, driver=True), "PYTHONPATH": str(ROOT), "LOG_JSON": "1"}
    env.pop("REDIS_URL", None)
    with psycopg.connect(seed_pg.db_url(name)) as conn:
        from talentintel.services.apikeys import KEY_PREFIX, hash_key

        key = KEY_PREFIX + "bench-" + os.urandom(8).hex()
        conn.execute("INSERT INTO api_keys (name, prefix, key_hash, scope, created_at) VALUES "
                     "('bench', %s, %s, 'read', now())", (key[:10], hash_key(key)))  # fmt: skip
        conn.commit()

    load_before = wait_for_quiet(args.max_load, 300)
    bare, bare_base = serve("bench.bare_app:app", False, env)
    try:
        wrk(bare_base, ["/healthz"], key, 3)  # warm-up
        bare_rps, bare_p99 = wrk(bare_base, ["/healthz"], key, args.duration)
    finally:
        stop(bare)

    list_paths = [f"/v1/jobs?sector={s}&region={r}&limit=50" for s in ("crypto", "ai", "intersection")
                  for r in ("europe", "us", "asia")]  # fmt: skip

    def measure_list(base: str, api_pid: int) -> tuple[float, float, float, float]:
        """(req/s, p99 ms, API CPU us and PostgreSQL CPU us per request) of the list paths."""
        wrk(base, list_paths, key, 3)  # warm-up
        pg = postgres_pids()
        cpu_before = cpu_seconds([api_pid]), cpu_seconds(pg)
        rps, p99 = wrk(base, list_paths, key, args.duration)
        served = rps * args.duration
        return (rps, p99, (cpu_seconds([api_pid]) - cpu_before[0]) / served * 1e6,
                (cpu_seconds(pg) - cpu_before[1]) / served * 1e6)  # fmt: skip

    # Every page read from PostgreSQL (the page cache off): what a page costs when nobody asked for it lately.
    api, base = serve("api.app:create_app", True, {**env, "RATE_LIMIT_PER_MINUTE": "100000000", "PAGE_CACHE_MB": "0"})
    try:
        cold_rps, cold_p99, cold_api_us, cold_pg_us = measure_list(base, api.pid)
        # Deep pages and full-text search read PostgreSQL too (a cache would hide what they cost).
        cursor_path = "/v1/jobs?sector=crypto&region=europe&limit=50"
        with httpx.Client(base_url=base, headers={"Authorization": f"Bearer {key}"}) as client:
            cursor = None
            for _ in range(400):  # 20,000 rows deep
                body = client.get(cursor_path + (f"&cursor={cursor}" if cursor else "")).json()
                cursor = body["next_cursor"]
        first = latencies(base, cursor_path, key, 200)
        deep = latencies(base, f"{cursor_path}&cursor={cursor}", key, 200)

        q_paths = [f"/v1/jobs?q={w.replace(' ', '+')}&limit=50" for w in ("solidity", "rust engineer", "pytorch inference",
                   "w17", "w2999 w5", "kubernetes", "designer", "zero knowledge proofs")]  # fmt: skip
        q_rps, q_p99 = wrk(base, q_paths, key, args.duration)
    finally:
        stop(api)

    api, base = serve("api.app:create_app", True, {**env, "RATE_LIMIT_PER_MINUTE": "100000000"})
    try:
        api_rps, api_p99, api_cpu_us, pg_cpu_us = measure_list(base, api.pid)
        peak = [rss_kb(api.pid) or 0]
        before = peak[0]
        done = threading.Event()

        def watch() -> None:
            while not done.is_set():
                peak[0] = max(peak[0], rss_kb(api.pid))
                time.sleep(0.2)

        threading.Thread(target=watch, daemon=True).start()
        started, rows = time.perf_counter(), -1
        with httpx.stream("GET", f"{base}/v1/jobs?format=csv&status=all", headers={"Authorization": f"Bearer {key}"},
                          timeout=None) as response:  # fmt: skip
            for chunk in response.iter_bytes():
                rows += chunk.count(b"\n")
        export_s = time.perf_counter() - started
        done.set()
    finally:
        stop(api)

    print(f"\n== talentintel API benchmark (PostgreSQL, {args.jobs:,} jobs, uvicorn 1 worker, wrk 32 connections) ==")
    print(f"machine: {os.cpu_count()} CPUs; 1-minute load average {load_before:.2f} before, "
          f"{os.getloadavg()[0]:.2f} after (includes this run)")  # fmt: skip
    print(f"bare FastAPI JSON endpoint : {bare_rps:9.0f} req/s   p99 {bare_p99:6.1f} ms")
    print(
        f"/v1/jobs sector+region     : {api_rps:9.0f} req/s   p99 {api_p99:6.1f} ms   ratio {api_rps / bare_rps:.0%} "
        "(target >= 25%, p99 <= 50 ms; page cache on, the default)"
    )
    print(f"  CPU per list request     : API process {api_cpu_us:.0f} us, PostgreSQL {pg_cpu_us:.0f} us")
    print(
        f"  same, page cache off     : {cold_rps:9.0f} req/s   p99 {cold_p99:6.1f} ms   ratio {cold_rps / bare_rps:.0%} "
        f"(every page read from PostgreSQL: API {cold_api_us:.0f} us, PostgreSQL {cold_pg_us:.0f} us CPU per request)"
    )
    print(f"first page vs 20,000 deep  : median {statistics.median(first):.1f} ms vs {statistics.median(deep):.1f} ms "
          f"(p99 {sorted(first)[197]:.1f} vs {sorted(deep)[197]:.1f} ms; keyset, no OFFSET; cache off)")  # fmt: skip
    print(f"full-text q=               : {q_rps:9.0f} req/s   p99 {q_p99:6.1f} ms (target p99 <= 200 ms; cache off)")
    print(f"CSV export                 : {rows:,} rows in {export_s:.1f} s = {rows / export_s:,.0f} rows/s (target >= 20,000); "
          f"server RSS {before / 1024:.0f} MB before, {peak[0] / 1024:.0f} MB peak")  # fmt: skip


if __name__ == "__main__":
    main()
