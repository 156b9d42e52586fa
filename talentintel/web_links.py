"""Links to the web app's pages (issue 14 builds them) for MCP answers and anything else that points a person at an
item. One place, so the page routes are declared once."""

from __future__ import annotations

from typing import Any
from urllib.parse import urlencode

from talentintel.settings import get_settings

PAGES = {
    "job": "/app/jobs/{key}",
    "company": "/app/companies/{key}",
    "investor": "/app/investors/{key}",
    "rounds": "/app/funding-rounds?company={key}",  # a round has no page of its own: its company's rounds
}


def page(kind: str, key: int | str) -> str:
    return get_settings().public_url.rstrip("/") + PAGES[kind].format(key=key)


def search(resource: str, params: dict[str, Any]) -> str:
    """A web app list page (jobs, funding-rounds...) with these filters: /app takes the /v1 parameters, and a reader
    opens it in a browser, where a raw API URL would need an Authorization header."""
    query = urlencode({k: v for k, v in params.items() if v not in (None, "", [])}, doseq=True)
    return get_settings().public_url.rstrip("/") + f"/app/{resource}" + (f"?{query}" if query else "")
