"""What a discovery run found on one company website: the shapes the scrapers build and the core stores.

Declared once here (the core) so the site walker in scrapers/discovery builds them and services/discovery takes
them, with no mirrored types.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True, slots=True)
class VerifiedBoard:
    """A board that answered its API: the source it becomes and how it was found."""

    kind: str
    token: str
    source_url: str  # what the kind reads
    job_count: int
    found_on: str  # the page that pointed to it
    evidence: str

    def as_json(self) -> dict[str, Any]:
        return {
            "kind": self.kind,
            "token": self.token,
            "url": self.source_url,
            "job_count": self.job_count,
            "found_on": self.found_on,
            "evidence": self.evidence,
        }


@dataclass(slots=True)
class SiteResult:
    """One website tried: `status` ok | no_careers_page | no_board | unverified | unreachable, and why."""

    website: str
    company: str | None = None
    status: str = "no_careers_page"
    reason: str = ""
    careers_url: str | None = None
    boards: list[VerifiedBoard] = field(default_factory=list)
    rejected: list[dict[str, str]] = field(default_factory=list)  # boards seen but not proposed, with the reason
    other_ats: list[dict[str, str]] = field(default_factory=list)  # ATSes we have no kind for (named for people)
    pages_fetched: int = 0
