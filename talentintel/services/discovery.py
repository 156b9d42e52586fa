"""Discovered boards become proposed sources; admins approve or reject them; the discovery log says why per site.

Sources from the TOML file and discovered ones live side by side (`origin`): a sync of the file only touches the
names it lists, so it never deletes or rewrites a discovered source. A proposal is made once per (kind, URL): a
rejected board is never proposed again, and a company that moved ATS gets the new board proposed and its old,
failing one retired.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import timedelta
from urllib.parse import urlsplit

from slugify import slugify
from sqlmodel import Session, col, select

from talentintel.discovery import SiteResult, VerifiedBoard
from talentintel.errors import UserError
from talentintel.models import Company, Source
from talentintel.models_discovery import SiteDiscovery
from talentintel.services.queries.params import NotFound
from talentintel.types import utcnow

ATS_KINDS = ("greenhouse", "lever", "ashby", "workable", "smartrecruiters")
RETIRE_AFTER_FAILURES = 3  # the old board failed this many runs in a row: the company has left it
RETRY_AFTER = timedelta(days=14)  # a website tried recently is not tried again before this


class SourceStateError(UserError):
    """An approve/reject that does not fit the source's status (approving a file source, say)."""


@dataclass(frozen=True, slots=True)
class Candidate:
    website: str
    company: str | None = None
    company_id: int | None = None


def normalize_website(url: str) -> str | None:
    """scheme://host/ of a website (bare domains get https), or None when it is no web address."""
    text = url.strip()
    if not text or " " in text:
        return None
    if "://" not in text:
        text = "https://" + text
    parts = urlsplit(text)
    if parts.scheme not in ("http", "https") or not parts.hostname or "." not in parts.hostname:
        return None
    return f"{parts.scheme}://{parts.hostname.lower()}/"


def candidates(session: Session, *, limit: int, now=None) -> list[Candidate]:
    """Companies with a website (from portfolio boards, rounds and fund boards) that no source names yet and that
    were not tried within RETRY_AFTER, oldest companies first."""
    now = now or utcnow()
    covered = {c.lower() for c in session.exec(select(Source.company).where(col(Source.company).is_not(None))) if c}
    tried = {
        w: t
        for w, t in session.exec(select(SiteDiscovery.website, SiteDiscovery.tried_at))  # type: ignore[call-overload]
    }
    out: list[Candidate] = []
    rows = session.exec(
        select(Company.id, Company.name, Company.website, Company.domain)  # type: ignore[call-overload]
        .where(col(Company.website).is_not(None) | col(Company.domain).is_not(None))
        .order_by(col(Company.id))
    )
    for company_id, name, website, domain in rows:
        site = normalize_website(website or domain or "")
        if site is None or name.lower() in covered:
            continue
        last = tried.get(site)
        if last is not None and now - last < RETRY_AFTER:
            continue
        out.append(Candidate(site, name, company_id))
        if len(out) >= limit:
            break
    return out


def record(
    session: Session, result: SiteResult, *, company_id: int | None = None, auto_approve: bool = False
) -> list[Source]:
    """Log the site's outcome (one row per website, updated on each try) and propose its verified boards."""
    site = normalize_website(result.website) or result.website
    row = session.exec(select(SiteDiscovery).where(col(SiteDiscovery.website) == site)).first()
    if row is None:
        row = SiteDiscovery(website=site, status=result.status)
    row.company_id = company_id if company_id is not None else row.company_id
    row.company = result.company or row.company
    row.status, row.reason, row.careers_url = result.status, result.reason[:5000], result.careers_url
    row.boards = [b.as_json() for b in result.boards] + [{**r, "verified": False} for r in result.rejected]
    row.other_ats = list(result.other_ats)
    row.attempts += 1
    row.tried_at = utcnow()
    session.add(row)
    proposed = [propose(session, b, company=result.company, auto_approve=auto_approve) for b in result.boards]
    session.flush()
    return [p for p in proposed if p is not None]


def propose(
    session: Session, board: VerifiedBoard, *, company: str | None, auto_approve: bool = False
) -> Source | None:
    """A proposed (or, with auto-approve, active) source for a verified board; None when the board is known."""
    known = session.exec(
        select(Source).where(col(Source.kind) == board.kind, col(Source.url) == board.source_url)
    ).first()
    if known is not None:
        return None
    status = "active" if auto_approve else "proposed"
    source = Source(
        name=_free_name(session, company, board),
        kind=board.kind,
        url=board.source_url,
        company=company,
        enabled=status == "active",
        status=status,
        origin="discovered",
        discovery={**board.as_json(), "proposed_at": utcnow().isoformat()},
    )
    session.add(source)
    session.flush()
    if company and board.kind in ATS_KINDS:
        retire_moved(session, company, keep=source)
    return source


def _free_name(session: Session, company: str | None, board: VerifiedBoard) -> str:
    base = slugify(f"{company or board.token}-{board.kind}", max_length=150) or f"{board.kind}-board"
    base = re.sub(r"[^a-z0-9_.:-]", "-", base)
    taken = set(session.exec(select(Source.name).where(col(Source.name).startswith(base))))
    if base not in taken:
        return base
    alt = slugify(f"{base}-{board.token}", max_length=190)
    n = 2
    while alt in taken:
        alt, n = f"{base}-{n}", n + 1
    return alt


def retire_moved(session: Session, company: str, *, keep: Source) -> list[str]:
    """Retire the company's other ATS sources that keep failing (the board it left answers 404)."""
    retired: list[str] = []
    others = session.exec(
        select(Source).where(
            col(Source.company) == company,
            col(Source.id) != keep.id,
            col(Source.kind).in_(ATS_KINDS),
            col(Source.status) == "active",
            col(Source.consecutive_failures) >= RETIRE_AFTER_FAILURES,
        )
    )
    for old in others:
        old.status, old.enabled = "retired", False
        old.discovery = {**(old.discovery or {}), "retired_for": keep.name, "retired_at": utcnow().isoformat()}
        session.add(old)
        retired.append(old.name)
    return retired


def _discovered(session: Session, name: str) -> Source:
    row = session.exec(select(Source).where(col(Source.name) == name)).first()
    if row is None:
        raise NotFound("name", f"no source {name!r}")
    return row


def approve(session: Session, name: str) -> Source:
    """A proposed (or rejected) discovered source starts being scraped."""
    row = _discovered(session, name)
    if row.status not in ("proposed", "rejected", "active"):
        raise SourceStateError(f"source {name!r} is {row.status}; only proposed or rejected sources can be approved")
    row.status, row.enabled = "active", True
    session.add(row)
    session.flush()
    return row


def reject(session: Session, name: str) -> Source:
    """A proposed source is never scraped, nor proposed again."""
    row = _discovered(session, name)
    if row.origin != "discovered":
        raise SourceStateError(f"source {name!r} comes from the sources file; remove or disable it there")
    row.status, row.enabled = "rejected", False
    session.add(row)
    session.flush()
    return row


def due_discovered(session: Session, *, now=None) -> Sequence[str]:
    """Active discovered sources whose interval has passed (the file's sources are scheduled by beat itself)."""
    now = now or utcnow()
    rows = session.exec(
        select(Source).where(col(Source.origin) == "discovered", col(Source.status) == "active", col(Source.enabled))
    )
    return [
        r.name for r in rows if r.last_run_at is None or now - r.last_run_at >= timedelta(seconds=r.interval_seconds)
    ]
