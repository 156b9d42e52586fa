"""Job ingestion: batched upsert with change tracking and cross-source dedupe. Never commits.

One source's fetch is applied at once:
- a posting already sighted on this source is unchanged (same content hash: only last_seen moves) or updated;
- a posting new to this source joins an existing job when its ATS id, its apply URL or its normalized
  company|title|location matches (the same posting on an ATS and on a VC board = one job, two sightings);
  otherwise it is a new job;
- after a COMPLETE fetch, sightings missing from it go inactive, and a job with no active sighting left is closed;
  a closed job that shows up again is reopened;
- a source with an `investor` (a fund's board) links every company it lists to that investor.
Writes are set-based, never one ORM object per job. On PostgreSQL a batch costs a fixed dozen round trips: job rows
go in by COPY (changed ones through a TEMP staging table and one UPDATE ... FROM), every lookup and sighting write is one
statement over arrays (= ANY, unnest). SQLite takes the portable Core path (executemany, chunked IN lists).

Derived data can be deferred: `tag=False` leaves tags to a later step and `search=False` leaves the full-text vector
NULL (migration 0003's trigger skips it for this transaction); `finish()` then computes both for the jobs the upsert
returns in `IngestResult.pending`, as one batched UPDATE. Inline (the defaults) costs ~0.35 ms per job for the search
vector and ~1 ms for tagging, against ~0.1 ms for the rest of the upsert: bench/bench_scrape.py prints each.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from functools import lru_cache
from typing import Any, Protocol

import orjson
from psycopg.errors import UniqueViolation
from sqlalchemy import and_, bindparam, exists, insert, select, update
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
    pending: list[int] = field(default_factory=list)  # new or changed jobs whose tags / search vector were deferred


# --- keys ------------------------------------------------------------------------------------------------------------

_WORDS = re.compile(r"[^\w]+", re.UNICODE)


def _norm(text: str | None) -> str:
    return " ".join(_WORDS.sub(" ", (text or "").lower()).split())


@lru_cache(maxsize=8192)
def company_slug(name: str) -> str:
    """The Company.slug of a name (shared with funding ingestion, so both find the same company)."""
    return normalize_company(name)[:300]


_norm_cached = lru_cache(maxsize=16384)(_norm)  # company names and locations repeat across a board


def apply_key(url: str | None) -> str | None:
    if not url:
        return None
    m = re.match(r"^[a-z][a-z0-9+.-]*://([^/?#]+)([^?#]*)", url.strip(), re.IGNORECASE)
    if not m:
        return None
    path = re.sub(r"/(apply|application)/?$", "", m.group(2)).rstrip("/")
    return f"{m.group(1).lower().removeprefix('www.')}{path}"[:700]


def dedupe_key(company: str | None, title: str, locations: Sequence[str]) -> str:
    first = _norm_cached(locations[0]) if locations else ""
    return f"{_norm_cached(company)}|{_norm(title)}|{first}"[:700]


def _cut(value: str | None, n: int) -> str | None:
    return value[:n] if value else value


def _content_hash(p: Posting) -> str:
    # What is stored, joined by a separator that normalized text never holds (json.dumps of the few KB of description
    # cost more than the rest of the per-posting work); None and "" hash differently. The HTML is not stored, so a
    # markup-only change is no change.
    fields = (
        p.title, p.company, p.url, p.apply_url, p.description, "\x1e".join(p.locations), p.remote,
        p.workplace_type, p.employment_type, p.department, p.salary_min, p.salary_max, p.salary_currency,
        p.salary_period, p.posted_at.isoformat() if p.posted_at else None,
        p.updated_at.isoformat() if p.updated_at else None,
    )
    joined = "\x1f".join("\x00" if v is None else str(v) for v in fields)
    return hashlib.sha256(joined.encode("utf-8", "surrogatepass")).hexdigest()


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
        # Not stored: nothing reads it (the API serves the clean text), and it doubled the bytes every write pays for
        # (TOAST, WAL). The scraped posting keeps it.
        "description_html": None,
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
        values.update(_tag_values(p.title, p.description, p.company, p.locations, p.department, bool(p.remote)))
    else:
        values["tagger_version"] = None  # finish() or the retag task picks the job up
    return values


def _tag_values(title: str, description: str, company: str | None, locations: Sequence[str], department: str | None,
                remote: bool) -> dict[str, Any]:
    t = tag_posting(title=title, description=description, company=company, locations=list(locations),
                    department=department)
    return {
        "sector": list(t.sector), "sector_class": t.sector_class, "sector_confidence": dict(t.confidence),
        "sector_evidence": dict(t.evidence), "regions": list(t.regions), "region_mask": region_mask(t.regions),
        "countries": list(t.countries), "countries_key": countries_key(t.countries), "remote": bool(remote or t.remote),
        "tagger_version": TAGGER_VERSION,
    }


_UNTAGGED = {"sector": [], "sector_class": "none", "sector_confidence": {}, "sector_evidence": {}, "regions": [],
             "region_mask": 0, "countries": [], "countries_key": ""}


# --- database helpers -------------------------------------------------------------------------------------------------


def _chunks(values: Sequence[Any]) -> Iterable[Sequence[Any]]:
    for i in range(0, len(values), CHUNK):
        yield values[i : i + CHUNK]


def _is_pg(conn: Connection) -> bool:
    return conn.dialect.name == "postgresql"


def _raw(conn: Connection) -> Any:
    """The psycopg connection under `conn` (same transaction): arrays and COPY without SQLAlchemy's compile step."""
    return conn.connection.dbapi_connection


def _pg(conn: Connection, sql: str, params: dict[str, Any] | None = None) -> list[tuple[Any, ...]]:
    with _raw(conn).cursor() as cur:
        cur.execute(sql, params)
        return cur.fetchall() if cur.description else []


def _pg_count(conn: Connection, sql: str, params: dict[str, Any]) -> int:
    with _raw(conn).cursor() as cur:
        cur.execute(sql, params)
        return int(cur.rowcount or 0)


def _insert_ignore(conn: Connection, table: Any, rows: list[dict[str, Any]], keys: list[str]) -> None:
    if not rows:
        return
    dialect = postgresql if _is_pg(conn) else sqlite
    conn.execute(dialect.insert(table).on_conflict_do_nothing(index_elements=keys), rows)


_JSON_COLUMNS = frozenset({"locations", "countries", "regions", "sector", "sector_confidence", "sector_evidence"})
_EMPTY_JSON = {repr([]): "[]", repr({}): "{}"}


def _json_text(value: Any) -> str | None:
    if value is None:
        return None
    if not value:
        return _EMPTY_JSON[repr(value)] if isinstance(value, list | dict) else orjson.dumps(value).decode()
    return orjson.dumps(value).decode()


def _copy(conn: Connection, table: str, columns: list[str], rows: list[dict[str, Any]]) -> None:
    """PostgreSQL COPY FROM STDIN: several times faster than multi-row INSERT for wide rows (long descriptions)."""
    json_at = [c in _JSON_COLUMNS for c in columns]
    with _raw(conn).cursor() as cur, cur.copy(f"COPY {table} ({', '.join(columns)}) FROM STDIN") as copy:
        write = copy.write_row
        for row in rows:
            write([_json_text(row[c]) if j else row[c] for c, j in zip(columns, json_at, strict=True)])


def _insert_jobs(conn: Connection, rows: list[dict[str, Any]]) -> list[int]:
    """Insert job rows, returning their ids in order."""
    if not _is_pg(conn):
        stmt = insert(JOBS).returning(JOBS.c.id, sort_by_parameter_order=True)
        return [row[0] for row in conn.execute(stmt, rows)]
    # The sequence is resolved once (pg_get_serial_sequence per row cost more than the nextval calls).
    ids: list[int] = _pg(conn, "SELECT array_agg(nextval(q.seq)) FROM (SELECT pg_get_serial_sequence('jobs', 'id')::regclass "
                               "AS seq) AS q, generate_series(1, %(n)s)", {"n": len(rows)})[0][0]
    for row, job_id in zip(rows, ids, strict=True):
        row["id"] = job_id
    _copy(conn, "jobs", list(rows[0]), rows)
    return ids


def _update_jobs(conn: Connection, rows: list[dict[str, Any]]) -> None:
    """rows: {"id": job id, column: new value, ...}, all with the same columns."""
    columns = [c for c in rows[0] if c != "id"]
    if not _is_pg(conn):
        stmt = update(JOBS).where(JOBS.c.id == bindparam("b_id")).values({c: bindparam(f"v_{c}") for c in columns})
        conn.execute(stmt, [{"b_id": r["id"], **{f"v_{c}": r[c] for c in columns}} for r in rows])
        return
    # Staged by COPY, applied by one UPDATE ... FROM: one statement whatever the batch size.
    _pg(conn, f"CREATE TEMP TABLE _job_changes ON COMMIT DROP AS SELECT id, {', '.join(columns)} FROM jobs WITH NO DATA")
    # Staged text is read once: compressing it (pglz, the default) would cost more than the UPDATE's own writes.
    for column in ("description", "description_html"):
        if column in columns:
            _pg(conn, f"ALTER TABLE _job_changes ALTER COLUMN {column} SET STORAGE EXTERNAL")
    _copy(conn, "_job_changes", ["id", *columns], rows)
    # An unchanged description keeps the row's stored value (its TOAST pointer): no re-compression and no new TOAST
    # chunks, which are most of the cost of rewriting a posting whose title, salary or dates changed.
    assignments = ", ".join(
        f"{c} = CASE WHEN j.{c} IS NOT DISTINCT FROM u.{c} THEN j.{c} ELSE u.{c} END" if c == "description"
        else f"{c} = u.{c}" for c in columns
    )
    _pg(conn, f"UPDATE jobs AS j SET {assignments} FROM _job_changes AS u WHERE j.id = u.id")
    _pg(conn, "DROP TABLE _job_changes")


def _select_in(conn: Connection, table: Any, key: Any, value: Any, keys: list[Any]) -> list[tuple[Any, Any]]:
    """(key, value) rows of `table` whose `key` is one of `keys`: one = ANY(array) on PostgreSQL."""
    if not keys:
        return []
    if _is_pg(conn):
        sql = f"SELECT {key.name}, {value.name} FROM {table.name} WHERE {key.name} = ANY(%(k)s)"
        return [(k, v) for k, v in _pg(conn, sql, {"k": keys})]
    out: list[tuple[Any, Any]] = []
    for chunk in _chunks(keys):
        out.extend((k, v) for k, v in conn.execute(select(key, value).where(key.in_(chunk))).tuples())
    return out


def _company_ids(conn: Connection, items: list[_Item], now: datetime) -> dict[str, int]:
    wanted: dict[str, _Item] = {}
    for item in items:
        if item.slug and item.slug not in wanted:
            wanted[item.slug] = item
    ids: dict[str, int] = dict(_select_in(conn, COMPANIES, COMPANIES.c.slug, COMPANIES.c.id, list(wanted)))
    missing = [s for s in wanted if s not in ids]
    if missing:
        rows: list[dict[str, Any]] = [
            {"name": (wanted[s].posting.company or s)[:300], "slug": s, "domain": _cut(wanted[s].posting.company_domain, 255),
             "sector": [], "sector_class": "none", "sector_evidence": {}, "regions": [], "created_at": now,
             "updated_at": now}
            for s in missing
        ]
        _insert_ignore(conn, COMPANIES, rows, ["slug"])
        ids.update(_select_in(conn, COMPANIES, COMPANIES.c.slug, COMPANIES.c.id, missing))
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
    found = dict(_select_in(conn, INVESTORS, INVESTORS.c.slug, INVESTORS.c.id, list(by_slug)))
    return {name: found[slug] for slug, (_, spelled) in by_slug.items() for name in spelled}


_MATCH_COLUMNS = ("ats_key", "apply_key", "dedupe_key")


def _match_existing(conn: Connection, keys: dict[str, set[str]], exclude: set[int]) -> dict[str, dict[str, int]]:
    """column -> {key: the oldest job with that key}, for the ATS, apply-URL and company|title|location keys at once."""
    out: dict[str, dict[str, int]] = {c: {} for c in _MATCH_COLUMNS}
    rows: list[tuple[str, str, int]] = []
    if _is_pg(conn):
        parts = [f"SELECT '{c}', {c}, id FROM jobs WHERE {c} = ANY(%({c})s)" for c in _MATCH_COLUMNS if keys[c]]
        if parts:
            rows = [(c, k, i) for c, k, i in _pg(conn, " UNION ALL ".join(parts), {c: sorted(keys[c]) for c in keys})]
    else:
        for c in _MATCH_COLUMNS:
            column = JOBS.c[c]
            for chunk in _chunks(sorted(keys[c])):
                rows.extend((c, k, i) for k, i in conn.execute(select(column, JOBS.c.id).where(column.in_(chunk))).tuples())
    for c, key, job_id in sorted(rows, key=lambda r: r[2]):
        if job_id not in exclude and key not in out[c]:
            out[c][key] = job_id
    return out


def _insert_sightings(conn: Connection, source_id: int, rows: list[tuple[int, _Item]], now: datetime) -> None:
    if not rows:
        return
    if _is_pg(conn):
        # COPY is several times cheaper than INSERT ... ON CONFLICT; a conflict (a concurrent run of the same source
        # got there first) rolls back to the savepoint and takes the ON CONFLICT DO NOTHING path instead.
        columns = ["job_id", "source_id", "external_id", "url", "content_hash", "first_seen_at", "last_seen_at", "active"]
        try:
            with _raw(conn).transaction():
                _copy(conn, "job_sightings", columns, [
                    {"job_id": j, "source_id": source_id, "external_id": i.external_id, "url": _cut(i.posting.url, 2000),
                     "content_hash": i.hash, "first_seen_at": now, "last_seen_at": now, "active": True}
                    for j, i in rows
                ])
            return
        except UniqueViolation:
            pass
        _pg(conn, """
            INSERT INTO job_sightings (job_id, source_id, external_id, url, content_hash, first_seen_at, last_seen_at,
                                       active)
            SELECT t.job_id, %(source)s, t.ext, t.url, t.hash, %(now)s, %(now)s, true
            FROM unnest(%(jobs)s::int[], %(exts)s::text[], %(urls)s::text[], %(hashes)s::text[]) AS t(job_id, ext, url, hash)
            ON CONFLICT (source_id, external_id) DO NOTHING""",
            {"source": source_id, "now": now, "jobs": [j for j, _ in rows], "exts": [i.external_id for _, i in rows],
             "urls": [_cut(i.posting.url, 2000) for _, i in rows], "hashes": [i.hash for _, i in rows]})
        return
    _insert_ignore(conn, SIGHTINGS, [
        {"job_id": job_id, "source_id": source_id, "external_id": item.external_id, "url": _cut(item.posting.url, 2000),
         "content_hash": item.hash, "first_seen_at": now, "last_seen_at": now, "active": True}
        for job_id, item in rows
    ], ["source_id", "external_id"])


def _refresh_sightings(conn: Connection, changed: list[tuple[_Item, int, int]], touched: list[int], now: datetime) -> None:
    """Changed sightings take the new hash and URL; unchanged ones are touched (exact last-seen time, active)."""
    if _is_pg(conn):
        if changed:
            _pg(conn, """
                UPDATE job_sightings AS s SET content_hash = t.hash, url = t.url, last_seen_at = %(now)s, active = true
                FROM unnest(%(ids)s::int[], %(hashes)s::text[], %(urls)s::text[]) AS t(id, hash, url) WHERE s.id = t.id""",
                {"now": now, "ids": [sid for _, sid, _ in changed], "hashes": [i.hash for i, _, _ in changed],
                 "urls": [_cut(i.posting.url, 2000) for i, _, _ in changed]})
        if touched:
            _pg(conn, "UPDATE job_sightings SET last_seen_at = %(now)s, active = true WHERE id = ANY(%(ids)s)",
                {"now": now, "ids": touched})
        return
    if changed:
        conn.execute(
            update(SIGHTINGS).where(SIGHTINGS.c.id == bindparam("b_id")).values(
                content_hash=bindparam("v_hash"), url=bindparam("v_url"), last_seen_at=now, active=True
            ),
            [{"b_id": sid, "v_hash": item.hash, "v_url": _cut(item.posting.url, 2000)} for item, sid, _ in changed],
        )
    for chunk in _chunks(touched):
        conn.execute(update(SIGHTINGS).where(SIGHTINGS.c.id.in_(chunk)).values(last_seen_at=now, active=True))


def _seen_again(conn: Connection, reopen_ids: list[int], touch_ids: list[int], now: datetime) -> int:
    """Closed jobs among `reopen_ids` reopen (returns how many); `touch_ids` move last_seen_at, at most hourly."""
    reopened = 0
    cut = now - LAST_SEEN_STEP
    if _is_pg(conn):
        if reopen_ids:
            reopened = _pg_count(conn, "UPDATE jobs SET status = 'open', closed_at = NULL, updated_at = %(now)s "
                                       "WHERE id = ANY(%(ids)s) AND status = 'closed'", {"now": now, "ids": reopen_ids})
        if touch_ids:
            _pg(conn, "UPDATE jobs SET last_seen_at = %(now)s WHERE id = ANY(%(ids)s) AND last_seen_at < %(cut)s",
                {"now": now, "ids": touch_ids, "cut": cut})
        return reopened
    for chunk in _chunks(reopen_ids):
        reopened += conn.execute(
            update(JOBS).where(JOBS.c.id.in_(chunk), JOBS.c.status == "closed")
            .values(status="open", closed_at=None, updated_at=now)
        ).rowcount or 0
    for chunk in _chunks(touch_ids):
        conn.execute(update(JOBS).where(JOBS.c.id.in_(chunk), JOBS.c.last_seen_at < cut).values(last_seen_at=now))
    return reopened


def _defer_search(conn: Connection, on: bool) -> None:
    """Migration 0003's trigger leaves search_tsv NULL while this is on (PostgreSQL; SQLite's FTS5 triggers are cheap)."""
    if _is_pg(conn):
        _pg(conn, "SELECT set_config('talentintel.defer_search', %(v)s, true)", {"v": "on" if on else "off"})


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
    search: bool = True,
) -> IngestResult:
    """Apply one fetch of `source`. `complete`: the fetch saw the whole board, so what is missing is gone.

    `keep_ids`: external ids known to exist but not read this time (a detail page failed): never closed.
    `tag=False` leaves tagging (tagger_version stays NULL) and `search=False` the full-text vector to `finish()` (or the
    retag task); the ids to pass it are in `IngestResult.pending`. The defaults do both inline.
    """
    assert source.id is not None, "source must be flushed"
    now = now or utcnow()
    result = IngestResult()
    prepared = _prepare(items, result)
    conn = session.connection()
    source_id = source.id

    sighted: dict[str, tuple[int, int, str | None]] = {}  # external_id -> (sighting id, job id, hash)
    for sid, ext, job_id, chash in _source_sightings(conn, source_id):
        sighted[ext] = (sid, job_id, chash)
    own_jobs = {job_id for _, job_id, _ in sighted.values()}

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
    company_ids = _company_ids(conn, prepared, now)

    # Postings new to this source: the same posting may already be a job through another source.
    matches = _match_existing(conn, {
        "ats_key": {i.ats_key for i in fresh if i.ats_key},
        "apply_key": {i.apply_key for i in fresh if i.apply_key},
        "dedupe_key": {i.dedupe_key for i in fresh},
    }, own_jobs)
    by_ats, by_apply, by_dedupe = matches["ats_key"], matches["apply_key"], matches["dedupe_key"]
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

    if not search:
        _defer_search(conn, True)
    try:
        # New jobs: COPY (PostgreSQL) or INSERT ... RETURNING, ids in order.
        new_ids: list[int] = []
        if new_jobs:
            rows: list[dict[str, Any]] = []
            for item in new_jobs:
                values = _job_values(item, company_ids.get(item.slug or ""), now, tag)
                values = {**_UNTAGGED, **values, "first_seen_at": now, "last_seen_at": now, "status": "open", "created_at": now}
                rows.append(values)
            new_ids = _insert_jobs(conn, rows)
            result.new = len(new_ids)

        # Changed postings: the job takes the new content (and new tags), and is seen now (no second row version).
        if changed:
            _update_jobs(conn, [{**_job_values(item, company_ids.get(item.slug or ""), now, tag), "last_seen_at": now,
                                 "id": job_id} for item, _sid, job_id in changed])
            result.updated = len(changed)
    finally:
        if not search:
            _defer_search(conn, False)
    if not (tag and search):
        result.pending = [*new_ids, *(job_id for _, _, job_id in changed)]

    # Sightings: insert the new ones, refresh the changed, touch the unchanged.
    _insert_sightings(conn, source_id, [*((j, i) for i, j in zip(new_jobs, new_ids, strict=True)),
                                        *((j, i) for i, j in linked),
                                        *((new_ids[t], i) for i, t in attach_to_new)], now)
    _refresh_sightings(conn, changed, [sid for sid, _ in unchanged], now)

    # Jobs seen again: last_seen moves; a closed one reopens (and counts as updated).
    reopened = _seen_again(
        conn,
        sorted({j for _, j in unchanged} | {j for _, _, j in changed} | {j for _, j in linked}),
        sorted({j for _, j in unchanged} | {j for _, j in linked}),
        now,
    )
    result.unchanged = len(unchanged)
    result.linked = len(linked)
    if reopened:
        result.updated += reopened
        result.unchanged = max(0, result.unchanged - reopened)

    if complete:
        result.closed = _close_missing(conn, source_id, seen_ext | set(keep_ids), sighted, now)

    _link_investors(conn, source, prepared, company_ids, now)
    return result


def _source_sightings(conn: Connection, source_id: int) -> Iterable[tuple[Any, ...]]:
    """(sighting id, external id, job id, content hash) of every sighting of the source (a whole board: on PostgreSQL
    one raw fetch, without SQLAlchemy's per-row result processing)."""
    if _is_pg(conn):
        return _pg(conn, "SELECT id, external_id, job_id, content_hash FROM job_sightings WHERE source_id = %(s)s",
                   {"s": source_id})  # fmt: skip
    return conn.execute(
        select(SIGHTINGS.c.id, SIGHTINGS.c.external_id, SIGHTINGS.c.job_id, SIGHTINGS.c.content_hash).where(
            SIGHTINGS.c.source_id == source_id
        )
    ).tuples()


def _close_missing(
    conn: Connection, source_id: int, present: set[str], sighted: dict[str, tuple[int, int, str | None]], now: datetime
) -> int:
    gone = [(sid, job_id) for ext, (sid, job_id, _) in sighted.items() if ext not in present]
    if not gone:
        return 0
    gone_sightings = [sid for sid, _ in gone]
    gone_jobs = sorted({job_id for _, job_id in gone})
    if _is_pg(conn):
        _pg(conn, "UPDATE job_sightings SET active = false WHERE id = ANY(%(ids)s) AND active",
            {"ids": gone_sightings})
        return _pg_count(conn, """
            UPDATE jobs SET status = 'closed', closed_at = %(now)s, updated_at = %(now)s
            WHERE id = ANY(%(ids)s) AND status = 'open'
              AND NOT EXISTS (SELECT 1 FROM job_sightings AS o WHERE o.job_id = jobs.id AND o.active)""",
            {"now": now, "ids": gone_jobs})
    for chunk in _chunks(gone_sightings):
        conn.execute(update(SIGHTINGS).where(SIGHTINGS.c.id.in_(chunk), SIGHTINGS.c.active.is_(True)).values(active=False))
    closed = 0
    other = SIGHTINGS.alias("other")
    for chunk in _chunks(gone_jobs):
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


# --- deferred derived data ------------------------------------------------------------------------------------------

_TAG_COLUMNS = ("sector", "sector_class", "sector_confidence", "sector_evidence", "regions", "region_mask", "countries",
                "countries_key", "remote", "tagger_version")


def finish(session: Session, ids: Sequence[int], *, tag: bool = True, search: bool = True) -> int:
    """Compute what `upsert(tag=False / search=False)` deferred, for jobs `ids` (its `IngestResult.pending`).

    One set-based UPDATE per call: tags computed in Python and staged by COPY, the search vector by the database
    function of migration 0003, both written in the same row version. Returns how many jobs were written.
    Jobs deferred but never finished (a crash in between) are picked up by the retag task (tags) and by
    `finish_search_backlog` (search vectors).
    """
    ids = sorted(set(ids))
    if not ids or not (tag or search):
        return 0
    conn = session.connection()
    now = utcnow()
    if not tag:
        if not _is_pg(conn):
            return 0  # SQLite's FTS5 triggers index inline
        return _pg_count(conn, "UPDATE jobs SET search_tsv = jobs_search_vector(title, description) WHERE id = ANY(%(ids)s)",
                         {"ids": ids})
    rows: list[dict[str, Any]] = []
    if _is_pg(conn):
        found = _pg(conn, "SELECT j.id, j.title, j.description, c.name, j.locations, j.department, j.remote FROM jobs AS j "
                          "LEFT JOIN companies AS c ON c.id = j.company_id WHERE j.id = ANY(%(ids)s)", {"ids": ids})
    else:
        found = []
        for chunk in _chunks(ids):
            found.extend(conn.execute(
                select(JOBS.c.id, JOBS.c.title, JOBS.c.description, COMPANIES.c.name, JOBS.c.locations,
                       JOBS.c.department, JOBS.c.remote)
                .select_from(JOBS.outerjoin(COMPANIES, COMPANIES.c.id == JOBS.c.company_id))
                .where(JOBS.c.id.in_(chunk))
            ).tuples())
    for job_id, title, description, company, locations, department, remote in found:
        rows.append({"id": job_id, **_tag_values(title, description, company, locations or [], department, remote)})
    if not rows:
        return 0
    if not _is_pg(conn):
        stmt = update(JOBS).where(JOBS.c.id == bindparam("b_id")).values(
            {**{c: bindparam(f"v_{c}") for c in _TAG_COLUMNS}, "updated_at": now})
        conn.execute(stmt, [{"b_id": r["id"], **{f"v_{c}": r[c] for c in _TAG_COLUMNS}} for r in rows])
        return len(rows)
    _pg(conn, f"CREATE TEMP TABLE _job_tags ON COMMIT DROP AS SELECT id, {', '.join(_TAG_COLUMNS)} FROM jobs WITH NO DATA")
    _copy(conn, "_job_tags", ["id", *_TAG_COLUMNS], rows)
    assignments = ", ".join(f"{c} = t.{c}" for c in _TAG_COLUMNS)
    vector = ", search_tsv = jobs_search_vector(j.title, j.description)" if search else ""
    written = _pg_count(conn, f"UPDATE jobs AS j SET {assignments}{vector}, updated_at = %(now)s FROM _job_tags AS t "
                              "WHERE j.id = t.id", {"now": now})
    _pg(conn, "DROP TABLE _job_tags")
    return written


def finish_search_backlog(session: Session, *, batch_size: int = 5000) -> int:
    """Search vectors still NULL (deferred by an ingest that never finished): compute up to `batch_size` of them."""
    conn = session.connection()
    if not _is_pg(conn):
        return 0
    return _pg_count(conn, "UPDATE jobs SET search_tsv = jobs_search_vector(title, description) WHERE id IN "
                           "(SELECT id FROM jobs WHERE search_tsv IS NULL LIMIT %(n)s)", {"n": batch_size})
