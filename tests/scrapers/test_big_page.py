"""A big listing page is parsed without a memory spike: the html kind on an lxml tree, not a BeautifulSoup one
(a 15 MB page peaked at 565 MB of worker memory). Measured in a fresh process (peak RSS is per process)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
PROBE = """
import json, sys
sys.path.insert(0, "bench")
from bench_html_page import measure
print(json.dumps(measure(8)))
"""


def test_8mb_listing_page_peaks_under_22x_its_size() -> None:
    out = subprocess.run([sys.executable, "-c", PROBE], cwd=ROOT, capture_output=True, text=True, timeout=300,
                         check=True).stdout  # fmt: skip
    result = json.loads(out.strip().splitlines()[-1])
    assert result["postings"] > 5000
    # lxml: 11-17x the page (90-135 MB for 8 MB); the BeautifulSoup tree took ~28x (225 MB).
    assert result["peak_above_start_mb"] < 22 * result["body_mb"], result
