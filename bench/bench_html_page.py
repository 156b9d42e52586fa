"""Peak memory and time of the html kind on a big listing page (SYNTHETIC page, built here).

    .venv/bin/python bench/bench_html_page.py [MB]

Measured on the 2-core dev box under load. 15 MB, 11,112 postings: BeautifulSoup (before) peaked ~350 MB above the
process in ~50 s; lxml + cssselect (now) 150-180 MB in 5-12 s. 8 MB: 225 MB in 18.5 s before, 134 MB in 5.2 s now.
"""

from __future__ import annotations

import resource
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from scrapers.base import Request, Response, SourceSpec
from scrapers.registry import get_kind

CONFIG = {"item": ".job", "title": "a", "link": "a", "location": ".loc", "description": ".desc"}


def listing_page(megabytes: float) -> bytes:
    """A SYNTHETIC listing page of about `megabytes` MB: one div per posting with a link, a place and a text."""
    desc = "<p>Build verifiable inference for decentralized GPU markets. " * 20 + "</p>"
    parts, size, n = ["<html><body>"], 0, 0
    while size < megabytes * 1_000_000:
        item = (f'<div class="job"><a href="/jobs/{n}">Engineer {n}</a><span class="loc">Berlin, Germany</span>'
                f'<div class="desc">{desc}</div></div>\n')  # fmt: skip
        parts.append(item)
        size, n = size + len(item), n + 1
    parts.append("</body></html>")
    return "".join(parts).encode()


def measure(megabytes: float) -> dict[str, float]:
    body = listing_page(megabytes)
    url = "https://boards.example/jobs"
    spec = SourceSpec(name="bench", kind="html", url=url, config=CONFIG)
    base = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    started = time.perf_counter()
    page = get_kind("html").parse(spec, Request(url), Response(url, 200, {"content-type": "text/html"}, body))
    return {
        "body_mb": len(body) / 1e6,
        "postings": len(page.jobs),
        "seconds": time.perf_counter() - started,
        "peak_above_start_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024 - base,
    }


if __name__ == "__main__":
    result = measure(float(sys.argv[1]) if len(sys.argv) > 1 else 15)
    print(" ".join(f"{k}={v:.1f}" if isinstance(v, float) else f"{k}={v}" for k, v in result.items()))
