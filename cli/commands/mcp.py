"""`talentintel mcp`: the MCP server on stdin/stdout, for an AI agent that launches it (no key: it runs locally)."""

from __future__ import annotations

from talentintel.db import check_database, get_engine
from talentintel.logs import configure_logging


def mcp() -> None:
    """Serve the read-only MCP tools (search_jobs, get_job, ...) over stdio; logs go to stderr."""
    from api.mcp_server import build

    configure_logging()
    check_database(get_engine())
    build().run()
