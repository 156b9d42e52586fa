"""Links to the web app's pages (issue 14 builds them) for MCP answers and anything else that points a person at an
item. One place, so the page routes are declared once."""

from __future__ import annotations

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


def job_search(filters: dict[str, object]) -> str:
    """The job list page with these filters (the same parameters as /v1/jobs)."""
    query = urlencode([(k, v) for k, values in filters.items() for v in (values if isinstance(values, list) else [values])])
    return get_settings().public_url.rstrip("/") + "/app/jobs" + (f"?{query}" if query else "")
