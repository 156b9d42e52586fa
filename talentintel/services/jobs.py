"""Job ingestion: batched upsert with change tracking and cross-source dedupe. Never commits.

One source's fetch is applied at once:
- a posting already sighted on this source is unchanged (same content hash: only last_seen moves) or updated;
- a posting new to this source joins an existing job when its ATS id, its apply URL or its normalized
  company|title|location matches (the same posting on an ATS and on a VC board = one job, two sightings);
  otherwise it is a new job;
- after a COMPLETE fetch, sightings missing from it go inactive, and a job with no active sighting left is closed;
  a closed job that shows up again is reopened;
- a source with an `investor` (a fund's board) links every company it lists to that investor.
Writes are SQLAlchemy Core executemany / multi-row INSERT ... ON CONFLICT, never one ORM object per job.
"""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any, Protocol

from sqlalchemy import and_, bindparam, exists, insert, select, text, update
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.engine import Connection
from sqlmodel import Session

from talentintel.funding import normalize_company, normalize_investor
from talentintel.models import Company, CompanyInvestor, Investor, Job, JobSighting, Source, countries_key, region_mask
from talentintel.tagging import TAGGER_VERSION, tag_posting
from talentintel.types import utcnow

JOBS = Job.__table__  # type: ignore[attr-defined]
SIGHTINGS = JobSighting.__table__  # type: ignore[attr-defined]
COMPANIES = Company.__table__  # type: ignore[attr-defined]
INVESTORS = Investor.__table__  # type: ignore[attr-defined]
PORTFOLIO = CompanyInvestor.__table__  # type: ignore[attr-defined]
CHUNK = 900  # ids per IN (...) list: below SQLite's default bound-parameter limit
# An unchanged job's last_seen_at moves at most this often: rewriting every wide job row (and its generated search
# vector) on each scrape of an unchanged board would cost more than the whole rest of ingest. Sightings, a narrow
# table, always get the exact time.
LAST_SEEN_STEP = timedelta(hours=1)


class Posting(Protocol):
    """The normalized posting a scraper yields (scrapers.base.ScrapedJob has these fields)."""

    external_id: str
    title: str
    company: str | None
    url: str | None
    apply_url: str | None
    description: str
    description_html: str | None
    locations: list[str]
    remote: bool
    workplace_type: str | None
    employment_type: str | None
    department: str | None
    salary_min: float | None
    salary_max: float | None
    salary_currency: str | None
    salary_period: str | None
    posted_at: datetime | None
    updated_at: datetime | None
    company_domain: str | None
    investors: list[str]
    ats_key: str | None


@dataclass
class IngestResult:
    new: int = 0
    updated: int = 0
    unchanged: int = 0
    closed: int = 0
    failed: int = 0
    linked: int = 0  # postings that joined a job first seen on another source
    errors: list[str] = field(default_factory=list)


# --- keys ------------------------------------------------------------------------------------------------------------

_WORDS = re.compile(r"[^\w]+", re.UNICODE)


def _norm(text: str | None) -> str:
    return " ".join(_WORDS.sub(" ", (text or "").lower()).split())


def company_slug(name: str) -> str:
    """The Company.slug of a name (shared with funding ingestion, so both find the same company)."""
    return normalize_company(name)[:300]


def apply_key(url: str | None) -> str | None:
    if not url:
        return None
    m = re.match(r"^[a-z][a-z0-9+.-]*://([^/?#]+)([^?#]*)", url.strip(), re.IGNORECASE)
    if not m:
        return None
    path = re.sub(r"/(apply|application)/?$", "", m.group(2)).rstrip("/")
    return f"{m.group(1).lower().removeprefix('www.')}{path}"[:700]


def dedupe_key(company: str | None, title: str, locations: Sequence[str]) -> str:
    first = _norm(locations[0]) if locations else ""
    return f"{_norm(company)}|{_norm(title)}|{first}"[:700]


def _cut(value: str | None, n: int) -> str | None:
    return value[:n] if value else value


def _content_hash(p: Posting) -> str:
    fields = [
        p.title, p.company, p.url, p.apply_url, p.description, p.description_html, p.locations, p.remote,
        p.workplace_type, p.employment_type, p.department, p.salary_min, p.salary_max, p.salary_currency,
        p.salary_period, p.posted_at.isoformat() if p.posted_at else None,
        p.updated_at.isoformat() if p.updated_at else None,
    ]
    return hashlib.sha256(json.dumps(fields, default=str, ensure_ascii=False).encode()).hexdigest()


@dataclass
class _Item:
    posting: Posting
    external_id: str
    hash: str
    slug: str | None
    ats_key: str | None
    apply_key: str | None
    dedupe_key: str


def _prepare(postings: Iterable[Posting], result: IngestResult) -> list[_Item]:
    items: list[_Item] = []
    for p in postings:
        try:
            external_id = str(p.external_id)[:300]
            if not external_id or not p.title:
                raise ValueError("posting without id or title")
            for attr in ("salary_min", "salary_max"):
                value = getattr(p, attr)
                if value is not None and not isinstance(value, int | float):
                    raise ValueError(f"{attr} is not a number: {value!r}")
            slug = company_slug(p.company) if p.company else None
            items.append(
                _Item(p, external_id, _content_hash(p), slug, _cut(p.ats_key, 200), apply_key(p.apply_url or p.url),
                      dedupe_key(slug or p.company, p.title, p.locations))
            )
        except Exception as exc:  # a broken posting is reported and skipped, never aborting the batch
            result.failed += 1
            result.errors.append(f"{getattr(p, 'external_id', '?')}: {type(exc).__name__}: {exc}")
    return items


def _job_values(item: _Item, company_id: int | None, now: datetime, tag: bool) -> dict[str, Any]:
    p = item.posting
    values: dict[str, Any] = {
        "company_id": company_id,
        "title": p.title[:500],
        "description": p.description or "",
        "description_html": p.description_html,
        "locations": list(p.locations),
        "remote": bool(p.remote),
        "workplace_type": _cut(p.workplace_type, 30),
        "employment_type": _cut(p.employment_type, 30),
        "department": _cut(p.department, 300),
        "salary_min": float(p.salary_min) if p.salary_min is not None else None,
        "salary_max": float(p.salary_max) if p.salary_max is not None else None,
        "salary_currency": _cut(p.salary_currency, 3),
        "salary_period": _cut(p.salary_period, 10),
        "url": _cut(p.url, 2000),
        "apply_url": _cut(p.apply_url or p.url, 2000),
        "dedupe_key": item.dedupe_key,
        "ats_key": item.ats_key,
        "apply_key": item.apply_key,
        "posted_at": p.posted_at,
        "source_updated_at": p.updated_at,
        "content_hash": item.hash,
        "updated_at": now,
    }
    if tag:
        t = tag_posting(title=p.title, description=p.description, company=p.company, locations=p.locations,
                        department=p.department)
        values.update(
            sector=list(t.sector), sector_class=t.sector_class, sector_confidence=dict(t.confidence),
            sector_evidence=dict(t.evidence), regions=list(t.regions), region_mask=region_mask(t.regions),
            countries=list(t.countries), countries_key=countries_key(t.countries), remote=bool(p.remote or t.remote),
            tagger_version=TAGGER_VERSION,
        )
    else:
        values["tagger_version"] = None  # the retag task picks the job up
    return values


_UNTAGGED = {"sector": [], "sector_class": "none", "sector_confidence": {}, "sector_evidence": {}, "regions": [],
             "region_mask": 0, "countries": [], "countries_key": ""}


# --- database helpers -------------------------------------------------------------------------------------------------


def _chunks(values: Sequence[Any]) -> Iterable[Sequence[Any]]:
    for i in range(0, len(values), CHUNK):
        yield values[i : i + CHUNK]


def _insert_ignore(conn: Connection, table: Any, rows: list[dict[str, Any]], keys: list[str]) -> None:
    if not rows:
        return
    dialect = postgresql if conn.dialect.name == "postgresql" else sqlite
    conn.execute(dialect.insert(table).on_conflict_do_nothing(index_elements=keys), rows)


_JSON_COLUMNS = frozenset({"locations", "countries", "regions", "sector", "sector_confidence", "sector_evidence"})


def _copy(conn: Connection, table: str, columns: list[str], rows: list[dict[str, Any]]) -> None:
    """PostgreSQL COPY FROM STDIN: several times faster than multi-row INSERT for wide rows (long descriptions)."""
    raw: Any = conn.connection.dbapi_connection
    with raw.cursor() as cur, cur.copy(f"COPY {table} ({', '.join(columns)}) FROM STDIN") as copy:
        for row in rows:
            copy.write_row([json.dumps(row[c]) if c in _JSON_COLUMNS and row[c] is not None else row[c] for c in columns])


def _insert_jobs(conn: Connection, rows: list[dict[str, Any]]) -> list[int]:
    """Insert job rows, returning their ids in order."""
    if conn.dialect.name != "postgresql":
        stmt = insert(JOBS).returning(JOBS.c.id, sort_by_parameter_order=True)
        return [row[0] for row in conn.execute(stmt, rows)]
    ids = [r[0] for r in conn.execute(text("SELECT nextval(pg_get_serial_sequence('jobs', 'id')) FROM generate_series(1, :n)"), {"n": len(rows)})]
    for row, job_id in zip(rows, ids, strict=True):
        row["id"] = job_id
    _copy(conn, "jobs", list(rows[0]), rows)
    return ids


def _update_jobs(conn: Connection, rows: list[dict[str, Any]]) -> None:
    """rows: {"id": job id, column: new value, ...}, all with the same columns."""
    columns = [c for c in rows[0] if c != "id"]
    if conn.dialect.name != "postgresql":
        stmt = update(JOBS).where(JOBS.c.id == bindparam("b_id")).values({c: bindparam(f"v_{c}") for c in columns})
        conn.execute(stmt, [{"b_id": r["id"], **{f"v_{c}": r[c] for c in columns}} for r in rows])
        return
    conn.execute(text(f"CREATE TEMP TABLE _job_changes ON COMMIT DROP AS SELECT id, {', '.join(columns)} FROM jobs WITH NO DATA"))
    _copy(conn, "_job_changes", ["id", *columns], rows)
    assignments = ", ".join(f"{c} = u.{c}" for c in columns)
    conn.execute(text(f"UPDATE jobs AS j SET {assignments} FROM _job_changes AS u WHERE j.id = u.id"))
    conn.execute(text("DROP TABLE _job_changes"))


def _company_ids(conn: Connection, items: list[_Item], now: datetime) -> dict[str, int]:
    wanted: dict[str, _Item] = {}
    for item in items:
        if item.slug and item.slug not in wanted:
            wanted[item.slug] = item
    ids: dict[str, int] = {}
    for chunk in _chunks(list(wanted)):
        ids.update({slug: cid for slug, cid in conn.execute(select(COMPANIES.c.slug, COMPANIES.c.id).where(COMPANIES.c.slug.in_(chunk)))})
    missing = [s for s in wanted if s not in ids]
    if missing:
        rows: list[dict[str, Any]] = [
            {"name": (wanted[s].posting.company or s)[:300], "slug": s, "domain": _cut(wanted[s].posting.company_domain, 255),
             "sector": [], "sector_class": "none", "sector_evidence": {}, "regions": [], "created_at": now,
             "updated_at": now}
            for s in missing
        ]
        _insert_ignore(conn, COMPANIES, rows, ["slug"])
        for chunk in _chunks(missing):
            ids.update({slug: cid for slug, cid in conn.execute(select(COMPANIES.c.slug, COMPANIES.c.id).where(COMPANIES.c.slug.in_(chunk)))})
    return ids


def _investor_ids(conn: Connection, names: Iterable[str], now: datetime) -> dict[str, int]:
    """name as given -> investors.id, creating investors not seen before (aliases resolve to one investor)."""
    by_slug: dict[str, tuple[str, list[str]]] = {}
    for name in names:
        if name and name.strip():
            slug, display = normalize_investor(name)
            by_slug.setdefault(slug[:200], (display, []))[1].append(name)
    if not by_slug:
        return {}
    rows = [{"slug": s, "name": d[:300], "aliases": [], "created_at": now} for s, (d, _) in by_slug.items()]
    _insert_ignore(conn, INVESTORS, rows, ["slug"])
    found = {slug: iid for slug, iid in conn.execute(select(INVESTORS.c.slug, INVESTORS.c.id).where(INVESTORS.c.slug.in_(list(by_slug))))}
    return {name: found[slug] for slug, (_, spelled) in by_slug.items() for name in spelled}


def _match_existing(conn: Connection, column: Any, keys: set[str], exclude: set[int]) -> dict[str, int]:
    out: dict[str, int] = {}
    for chunk in _chunks(sorted(keys)):
        for key, job_id in conn.execute(select(column, JOBS.c.id).where(column.in_(chunk)).order_by(JOBS.c.id)).tuples():
            if job_id not in exclude and key not in out:
                out[key] = job_id
    return out


# --- the upsert ---------------------------------------------------------------------------------------------------------


def upsert(
    session: Session,
    *,
    source: Source,
    items: Iterable[Posting],
    complete: bool,
    keep_ids: Iterable[str] = (),
    now: datetime | None = None,
    tag: bool = True,
) -> IngestResult:
    """Apply one fetch of `source`. `complete`: the fetch saw the whole board, so what is missing is gone.

    `keep_ids`: external ids known to exist but not read this time (a detail page failed): never closed.
    `tag=False` leaves tagging to the retag task (tagger_version stays NULL); the default tags inline.
    """
    assert source.id is not None, "source must be flushed"
    now = now or utcnow()
    result = IngestResult()
    prepared = _prepare(items, result)
    conn = session.connection()
    source_id = source.id

    sighted: dict[str, tuple[int, int, str | None]] = {}  # external_id -> (sighting id, job id, hash)
    for sid, ext, job_id, chash in conn.execute(
        select(SIGHTINGS.c.id, SIGHTINGS.c.external_id, SIGHTINGS.c.job_id, SIGHTINGS.c.content_hash).where(
            SIGHTINGS.c.source_id == source_id
        )
    ).tuples():
        sighted[ext] = (sid, job_id, chash)
    own_jobs = {job_id for _, job_id, _ in sighted.values()}
    company_ids = _company_ids(conn, prepared, now)

    unchanged: list[tuple[int, int]] = []  # (sighting id, job id)
    changed: list[tuple[_Item, int, int]] = []  # (item, sighting id, job id)
    fresh: list[_Item] = []
    seen_ext: set[str] = set()
    for item in prepared:
        if item.external_id in seen_ext:
            continue
        seen_ext.add(item.external_id)
        hit = sighted.get(item.external_id)
        if hit is None:
            fresh.append(item)
        elif hit[2] == item.hash:
            unchanged.append((hit[0], hit[1]))
        else:
            changed.append((item, hit[0], hit[1]))

    # Postings new to this source: the same posting may already be a job through another source.
    by_ats = _match_existing(conn, JOBS.c.ats_key, {i.ats_key for i in fresh if i.ats_key}, own_jobs)
    by_apply = _match_existing(conn, JOBS.c.apply_key, {i.apply_key for i in fresh if i.apply_key}, own_jobs)
    by_dedupe = _match_existing(conn, JOBS.c.dedupe_key, {i.dedupe_key for i in fresh}, own_jobs)
    linked: list[tuple[_Item, int]] = []
    new_jobs: list[_Item] = []
    batch_keys: dict[str, int] = {}  # key -> index in new_jobs, for duplicates within this fetch
    attach_to_new: list[tuple[_Item, int]] = []
    for item in fresh:
        keys = [k for k in (f"a:{item.ats_key}" if item.ats_key else None, f"u:{item.apply_key}" if item.apply_key else None) if k]
        job_id = (by_ats.get(item.ats_key or "") or by_apply.get(item.apply_key or "") or by_dedupe.get(item.dedupe_key))
        if job_id is not None:
            linked.append((item, job_id))
            continue
        twin = next((batch_keys[k] for k in keys if k in batch_keys), None)
        if twin is not None:  # the board lists one posting twice under two ids
            attach_to_new.append((item, twin))
            continue
        for k in keys:
            batch_keys[k] = len(new_jobs)
        new_jobs.append(item)

    # New jobs: one multi-row INSERT ... RETURNING, ids in parameter order.
    new_ids: list[int] = []
    if new_jobs:
        rows: list[dict[str, Any]] = []
        for item in new_jobs:
            values = _job_values(item, company_ids.get(item.slug or ""), now, tag)
            values = {**_UNTAGGED, **values, "first_seen_at": now, "last_seen_at": now, "status": "open", "created_at": now}
            rows.append(values)
        new_ids = _insert_jobs(conn, rows)
        result.new = len(new_ids)

    # Changed postings: the job takes the new content (and new tags).
    if changed:
        _update_jobs(conn, [{**_job_values(item, company_ids.get(item.slug or ""), now, tag), "id": job_id}
                            for item, _sid, job_id in changed])
        result.updated = len(changed)

    # Sightings: insert the new ones, refresh the changed, touch the unchanged.
    sighting_rows = [
        {"job_id": job_id, "source_id": source_id, "external_id": item.external_id,
         "url": _cut(item.posting.url, 2000), "content_hash": item.hash, "first_seen_at": now, "last_seen_at": now,
         "active": True}
        for item, job_id in [*zip(new_jobs, new_ids, strict=True), *linked,
                             *[(i, new_ids[t]) for i, t in attach_to_new]]
    ]
    _insert_ignore(conn, SIGHTINGS, sighting_rows, ["source_id", "external_id"])
    if changed:
        conn.execute(
            update(SIGHTINGS).where(SIGHTINGS.c.id == bindparam("b_id")).values(
                content_hash=bindparam("v_hash"), url=bindparam("v_url"), last_seen_at=now, active=True
            ),
            [{"b_id": sid, "v_hash": item.hash, "v_url": _cut(item.posting.url, 2000)} for item, sid, _ in changed],
        )
    touched_sightings = [sid for sid, _ in unchanged]
    for chunk in _chunks(touched_sightings):
        conn.execute(update(SIGHTINGS).where(SIGHTINGS.c.id.in_(chunk)).values(last_seen_at=now, active=True))

    # Jobs seen again: last_seen moves; a closed one reopens (and counts as updated).
    seen_jobs = sorted({j for _, j in unchanged} | {j for _, _, j in changed} | {j for _, j in linked})
    reopened = 0
    for chunk in _chunks(seen_jobs):
        reopened += conn.execute(
            update(JOBS).where(JOBS.c.id.in_(chunk), JOBS.c.status == "closed")
            .values(status="open", closed_at=None, updated_at=now)
        ).rowcount or 0
        conn.execute(update(JOBS).where(JOBS.c.id.in_(chunk), JOBS.c.last_seen_at < now - LAST_SEEN_STEP)
                     .values(last_seen_at=now))
    result.unchanged = len(unchanged)
    result.linked = len(linked)
    if reopened:
        result.updated += reopened
        result.unchanged = max(0, result.unchanged - reopened)

    if complete:
        result.closed = _close_missing(conn, source_id, seen_ext | set(keep_ids), sighted, now)

    _link_investors(conn, source, prepared, company_ids, now)
    return result


def _close_missing(
    conn: Connection, source_id: int, present: set[str], sighted: dict[str, tuple[int, int, str | None]], now: datetime
) -> int:
    gone = [(sid, job_id) for ext, (sid, job_id, _) in sighted.items() if ext not in present]
    if not gone:
        return 0
    for chunk in _chunks([sid for sid, _ in gone]):
        conn.execute(update(SIGHTINGS).where(SIGHTINGS.c.id.in_(chunk), SIGHTINGS.c.active.is_(True)).values(active=False))
    closed = 0
    other = SIGHTINGS.alias("other")
    for chunk in _chunks(sorted({job_id for _, job_id in gone})):
        still_listed = exists().where(and_(other.c.job_id == JOBS.c.id, other.c.active.is_(True)))
        closed += conn.execute(
            update(JOBS).where(JOBS.c.id.in_(chunk), JOBS.c.status == "open", ~still_listed)
            .values(status="closed", closed_at=now, updated_at=now)
        ).rowcount or 0
    return closed


def _link_investors(
    conn: Connection, source: Source, items: list[_Item], company_ids: dict[str, int], now: datetime
) -> None:
    """A fund's board lists its portfolio; a Consider company record may name more investors."""
    pairs: set[tuple[str, int]] = set()
    for item in items:
        company_id = company_ids.get(item.slug or "")
        if company_id is None:
            continue
        for name in ([source.investor] if source.investor else []) + list(item.posting.investors or []):
            pairs.add((name, company_id))
    if not pairs:
        return
    investor_ids = _investor_ids(conn, {name for name, _ in pairs}, now)
    rows = [
        {"investor_id": investor_ids[name], "company_id": company_id, "source": source.name[:200], "first_seen_at": now}
        for name, company_id in pairs
        if name in investor_ids
    ]
    unique = {(r["investor_id"], r["company_id"]): r for r in rows}
    _insert_ignore(conn, PORTFOLIO, list(unique.values()), ["investor_id", "company_id"])
