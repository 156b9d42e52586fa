"""Drive one source: fetch the kind's requests (and the ones its pages ask to follow), collect normalized items.

No database here: the result says what was seen, whether the board was seen completely (only then may missing jobs
be closed), and the validators (ETag, Last-Modified, body hash) that let the next run skip an unchanged board.
"""

from __future__ import annotations

import hashlib
from collections import deque
from dataclasses import dataclass, field

from scrapers.base import ItemError, Kind, ParseError, PortfolioItem, Request, RoundItem, ScrapedJob, SourceSpec
from scrapers.fetch import Fetcher, FetchError
from talentintel.items import FundItem
from talentintel.logs import get_logger

log = get_logger(__name__)

DEFAULT_MAX_REQUESTS = 500


@dataclass
class Harvest:
    jobs: list[ScrapedJob] = field(default_factory=list)
    rounds: list[RoundItem] = field(default_factory=list)  # funding kinds
    members: list[PortfolioItem] = field(default_factory=list)
    funds: list[FundItem] = field(default_factory=list)
    others: int = 0  # announcements that were no deal: counted, nothing stored
    errors: list[ItemError] = field(default_factory=list)
    complete: bool = True
    not_modified: bool = False
    etag: str | None = None
    last_modified: str | None = None
    content_hash: str | None = None
    requests: int = 0
    duplicates: int = 0  # postings listed twice under one id (the later copy kept)
    notes: list[str] = field(default_factory=list)

    def skipped(self) -> dict[str, int]:
        """What the fetch left out, by reason (recorded in the run's data quality)."""
        reasons = {
            "duplicate id in one response (the later copy kept)": self.duplicates,
            "item or detail page could not be read": len(self.errors),
        }
        return {reason: n for reason, n in reasons.items() if n}

    @property
    def failed_ids(self) -> set[str]:
        """Postings known to exist but not read this time: they must not be closed."""
        return {e.external_id for e in self.errors if e.external_id}


def crawl(
    spec: SourceSpec,
    kind: Kind,
    fetcher: Fetcher,
    *,
    etag: str | None = None,
    last_modified: str | None = None,
    previous_hash: str | None = None,
) -> Harvest:
    """Fetch and parse a whole source. A failure of its first request raises (FetchError / ParseError)."""
    max_requests = int(spec.config.get("max_requests", DEFAULT_MAX_REQUESTS))
    queue: deque[Request] = deque(kind.start(spec))
    harvest = Harvest()
    digest = hashlib.sha256()
    seen: dict[str, int] = {}
    first = True
    while queue:
        req = queue.popleft()
        if harvest.requests >= max_requests:
            harvest.complete = False
            harvest.notes.append(f"stopped after {max_requests} requests")
            break
        harvest.requests += 1
        conditional = first and kind.conditional
        try:
            resp = fetcher.fetch(
                req, etag=etag if conditional else None, last_modified=last_modified if conditional else None
            )
            if resp is None:
                harvest.not_modified = True
                harvest.etag, harvest.last_modified = etag, last_modified
                return harvest
            page = kind.parse(spec, req, resp)
        except (FetchError, ParseError) as exc:
            if first:
                raise
            _follow_failed(harvest, req, exc, seen)
            continue
        if first:
            harvest.etag = resp.headers.get("etag") if kind.conditional else None
            harvest.last_modified = resp.headers.get("last-modified") if kind.conditional else None
            first = False
        digest.update(req.url.encode())
        digest.update(resp.body)
        _collect(harvest, seen, page.jobs)
        harvest.rounds.extend(page.rounds)
        harvest.members.extend(page.members)
        harvest.funds.extend(page.funds)
        harvest.others += page.others
        harvest.errors.extend(page.errors)
        queue.extend(page.follow)
    harvest.content_hash = digest.hexdigest()
    if previous_hash and harvest.content_hash == previous_hash and harvest.complete:
        harvest.not_modified = True
    return harvest


def _collect(harvest: Harvest, seen: dict[str, int], jobs: list[ScrapedJob]) -> None:
    for job in jobs:
        if job.external_id in seen:  # boards sometimes list a posting twice; the later copy wins
            harvest.jobs[seen[job.external_id]] = job
            harvest.duplicates += 1
        else:
            seen[job.external_id] = len(harvest.jobs)
            harvest.jobs.append(job)


def _follow_failed(harvest: Harvest, req: Request, exc: Exception, seen: dict[str, int]) -> None:
    external_id = req.meta.get("external_id")
    log.warning("crawl.page_failed", url=req.url, error=str(exc))
    fallback = req.meta.get("fallback")
    if isinstance(fallback, ScrapedJob):
        # The list named the posting: it is stored from the list, marked partial, and completed by a later run.
        _collect(harvest, seen, [fallback])
    elif external_id:
        # A detail page of a posting the list did show: the posting is still there, only its details failed.
        harvest.errors.append(ItemError(str(external_id), str(exc)))
    else:
        harvest.complete = False  # a listing page is missing: we cannot tell which postings are gone
        harvest.notes.append(str(exc))
