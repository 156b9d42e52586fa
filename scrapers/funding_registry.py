"""The funding kinds by name, and the loop that fetches one funding source (no database here)."""

from __future__ import annotations

from collections import deque
from dataclasses import dataclass, field

from scrapers import a16z_portfolio, defillama, feed, portfolio_html
from scrapers.base import ItemError, ParseError, Request, SourceSpec
from scrapers.fetch import Fetcher, FetchError
from scrapers.funding_base import FundingKind, PortfolioItem, RoundItem

FUNDING_KINDS: dict[str, FundingKind] = {k.KIND.name: k.KIND for k in (a16z_portfolio, portfolio_html, feed, defillama)}


@dataclass
class FundingHarvest:
    rounds: list[RoundItem] = field(default_factory=list)
    members: list[PortfolioItem] = field(default_factory=list)
    errors: list[ItemError] = field(default_factory=list)
    requests: int = 0


def crawl_funding(spec: SourceSpec, fetcher: Fetcher, max_requests: int = 50) -> FundingHarvest:
    """Fetch and parse one funding source. Its first request failing raises (FetchError / ParseError)."""
    kind = FUNDING_KINDS[spec.kind]
    queue: deque[Request] = deque(kind.start(spec))
    harvest = FundingHarvest()
    while queue and harvest.requests < max_requests:
        req = queue.popleft()
        first = harvest.requests == 0
        harvest.requests += 1
        try:
            resp = fetcher.fetch(req)
            if resp is None:
                continue
            page = kind.parse(spec, req, resp)
        except (FetchError, ParseError) as exc:
            if first:
                raise
            harvest.errors.append(ItemError(None, str(exc)))
            continue
        harvest.rounds += page.rounds
        harvest.members += page.members
        harvest.errors += page.errors
        queue.extend(page.follow)
    return harvest
