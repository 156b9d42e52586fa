"""The container health check (Dockerfile HEALTHCHECK): `python -m cli.healthcheck`. Stdlib only, so it costs a
few milliseconds every 30 s.

One image runs every role, so the check asks which role this container runs (the processes' command lines) and
probes only what that role serves: the API answers GET /healthz on $PORT (default 8000); a worker or beat container
is healthy while its Celery process runs (it serves no HTTP; polling :8000 there always failed).
"""

from __future__ import annotations

import os
import sys
import urllib.request
from pathlib import Path


def _commands() -> list[str]:
    out = []
    for proc in Path("/proc").iterdir():
        if proc.name.isdigit():
            try:
                out.append((proc / "cmdline").read_bytes().replace(b"\0", b" ").decode(errors="replace"))
            except OSError:
                continue
    return out


def role(commands: list[str]) -> str | None:
    """ "api", "worker", "beat" or None (nothing of ours runs)."""
    found = None
    for command in commands:
        words = command.split()
        names = {Path(w).name for w in words}
        if ("talentintel" in names and ("serve" in words or "up" in words)) or "uvicorn" in names:
            return "api"
        if "celery" in names or "talentintel" in names:
            found = found or ("worker" if "worker" in words else "beat" if "beat" in words else None)
    return found


def main() -> int:
    found = role(_commands())
    if found != "api":
        return 0 if found else 1
    url = f"http://127.0.0.1:{os.environ.get('PORT', '8000')}/healthz"
    try:
        with urllib.request.urlopen(url, timeout=4) as resp:
            return 0 if resp.status == 200 else 1
    except OSError:
        return 1


if __name__ == "__main__":
    sys.exit(main())
