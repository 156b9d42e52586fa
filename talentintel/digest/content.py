"""What a digest says: plain data, built by the assembler and shown by the templates."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime


@dataclass(frozen=True)
class JobItem:
    id: int
    title: str
    company: str | None
    url: str | None
    locations: list[str]
    remote: bool
    sector_class: str
    when: datetime | None  # posted (or first seen) for opened jobs; closed_at for closed ones
    page_url: str | None = None  # the job in the web app: its tags with their evidence, its sightings


@dataclass(frozen=True)
class RoundItem:
    id: int
    company: str | None
    round_type: str | None
    amount_usd: float | None
    announced_on: date | None
    url: str | None
    title: str | None
    investors: list[str]


@dataclass(frozen=True)
class CountRow:
    label: str
    current: int
    previous: int

    @property
    def delta(self) -> int:
        return self.current - self.previous


@dataclass
class Section:
    """One list in the digest: the top items and how many there were in all."""

    total: int = 0
    items: list = field(default_factory=list)  # JobItem or RoundItem
    more_url: str | None = None  # the same search in the API, for "and N more"


@dataclass(frozen=True)
class Chart:
    """The trend chart shown in the digest: PNG bytes and how the HTML refers to them."""

    png: bytes
    content_id: str  # the MIME Content-ID, without angle brackets
    src: str  # what <img src> points at: cid:<content_id> in an email, a data: URI in a browser preview
    title: str
    scope: str  # which jobs it counts, in words
    url: str  # the same chart from the trends API

    @property
    def alt(self) -> str:
        return f"Chart: {self.title.lower()} ({self.scope})"


@dataclass
class Digest:
    email: str
    cadence: str
    period_key: str
    window_start: datetime
    window_end: datetime
    timezone: str
    watching: list[str]  # one human description per search the subscription follows
    jobs_opened: Section
    jobs_closed: Section
    rounds: Section
    sectors: list[CountRow]
    regions: list[CountRow]
    unsubscribe_url: str = ""
    chart: Chart | None = None  # optional: a digest goes out without it when it cannot be drawn

    @property
    def empty(self) -> bool:
        return not (self.jobs_opened.total or self.jobs_closed.total or self.rounds.total)
