"""One website end to end: walk it (no transaction open while fetching), then record the outcome in one."""

from __future__ import annotations

from sqlalchemy.engine import Engine

from scrapers.discovery.site import discover_site
from scrapers.fetch import Fetcher
from talentintel.db import session_scope
from talentintel.discovery import SiteResult
from talentintel.services import discovery
from talentintel.settings import get_settings


def discover_and_record(
    candidate: discovery.Candidate, *, fetcher: Fetcher | None = None, engine: Engine | None = None
) -> tuple[SiteResult, list[str]]:
    """The site's result and the names of the sources it proposed (or activated, with AUTO_APPROVE_DISCOVERED)."""
    own = fetcher is None
    fetcher = fetcher or Fetcher()
    try:
        result = discover_site(fetcher, candidate.website, company=candidate.company)
    finally:
        if own:
            fetcher.close()
    with session_scope(engine) as session:
        proposed = discovery.record(
            session, result, company_id=candidate.company_id, auto_approve=get_settings().auto_approve_discovered
        )
        names = [s.name for s in proposed]
    return result, names
