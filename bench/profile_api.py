"""CPU per request of the API app itself, without a network or a load generator (SYNTHETIC data of bench_1m).

Drives the ASGI app (`create_app()`, with its lifespan: read pool, page cache) in-process, one request at a time,
over a group of bench_lists.py's paths: the median microseconds of app CPU per request, and with --profile the
functions that take it (cProfile, cumulative; profiler overhead included). Time not spent in the app (uvicorn's
HTTP parsing, the socket) is not here: this is the part the code decides.

    .venv/bin/python bench/profile_api.py [--group jobs_sector_region] [--n 2000] [--cache on|off] [--profile]
"""

from __future__ import annotations

import argparse
import asyncio
import cProfile
import os
import pstats
import statistics
import sys
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

import seed_pg  # noqa: E402


async def call(app: Any, path: str, key: str) -> int:
    raw_path, _, query = path.partition("?")
    scope = {
        "type": "http", "asgi": {"version": "3.0"}, "http_version": "1.1", "method": "GET", "scheme": "http",
        "path": raw_path, "raw_path": raw_path.encode(), "query_string": query.encode(), "root_path": "",
        "headers": [(b"host", b"127.0.0.1"), (b"authorization", f"Bearer {key}".encode())],
        "client": ("127.0.0.1", 5000), "server": ("127.0.0.1", 8000),
    }  # fmt: skip
    status = 0

    async def receive() -> dict[str, Any]:
        return {"type": "http.request", "body": b"", "more_body": False}

    async def send(message: dict[str, Any]) -> None:
        nonlocal status
        if message["type"] == "http.response.start":
            status = message["status"]

    await app(scope, receive, send)
    return status


async def run(args: argparse.Namespace, key: str) -> None:
    from bench_lists import GROUPS

    from api.app import create_app

    app = create_app(rate_limit_per_minute=100_000_000, redis_url=None, page_cache_mb=64 if args.cache == "on" else 0)
    paths = GROUPS[args.group]
    async with app.router.lifespan_context(app):
        await asyncio.sleep(0.5)  # the page cache's listener connects
        for path in paths * 5:  # warm-up: plans, compiled statements, cached pages
            status = await call(app, path, key)
            if status != 200:
                raise SystemExit(f"{path}: {status}")
        profiler = cProfile.Profile() if args.profile else None
        cpu = []
        if profiler:
            profiler.enable()
        for i in range(args.n):
            started = time.process_time()
            await call(app, paths[i % len(paths)], key)
            cpu.append(time.process_time() - started)
        if profiler:
            profiler.disable()
    print(f"{args.group} (cache {args.cache}): median {statistics.median(cpu) * 1e6:.0f} us, "
          f"mean {statistics.fmean(cpu) * 1e6:.0f} us of app CPU per request over {args.n}")  # fmt: skip
    if profiler:
        pstats.Stats(profiler).sort_stats(args.sort).print_stats(args.top)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--group", default="jobs_sector_region")
    parser.add_argument("--n", type=int, default=2000)
    parser.add_argument("--cache", choices=("on", "off"), default="on")
    parser.add_argument("--profile", action="store_true")
    parser.add_argument("--sort", default="cumulative")
    parser.add_argument("--top", type=int, default=45)
    args = parser.parse_args()
    name = seed_pg.ensure(1_000_000)
    os.environ.update({"DATABASE_URL": seed_pg.db_url(name, driver=True), "SECRET_KEY": os.urandom(32).hex(),
                       "LOG_JSON": "1"})  # fmt: skip
    os.environ.pop("REDIS_URL", None)
    from bench_lists import api_key

    key = api_key(name)
    sys.stderr = open(os.devnull, "w")  # noqa: SIM115  (the access log: a line per request)
    asyncio.run(run(args, key))


if __name__ == "__main__":
    main()
