"""Writing job rows (new and changed postings, tagged inline) and the companies and investors they name."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import datetime
from functools import lru_cache
from typing import Any

import pycountry
from sqlalchemy.engine import Connection

from talentintel.funding import normalize_investor
from talentintel.models import Source, countries_key, region_mask
from talentintel.services.ingest import bulk
from talentintel.services.ingest.items import Item, cut
from talentintel.services.queries.tables import COMPANIES, COMPANY_INVESTORS, INVESTORS, JOBS
from talentintel.tagging import TAGGER_VERSION, tag_posting
from talentintel.tagging.about import about_section
from talentintel.tagging.job_fields import job_field_values

_UNTAGGED = {
    "sector": [],
    "sector_class": "none",
    "sector_confidence": {},
    "sector_evidence": {},
    "regions": [],
    "region_mask": 0,
    "countries": [],
    "countries_key": "",
}


@lru_cache(maxsize=512)
def _country_name(code: str) -> str | None:
    found = pycountry.countries.get(alpha_2=code)
    return found.name if found else None


def tag_locations(locations: Sequence[str], countries: Sequence[str] | None) -> list[str]:
    """The locations the tagger reads: the posting's, then the names of the countries the source states in
    structured fields (a Lever "Remote" posting with country "US" is a US posting)."""
    names = [n for n in (_country_name(c) for c in countries or ()) if n]
    return [*locations, *names]


def tag_values(
    title: str,
    description: str,
    company: str | None,
    locations: Sequence[str],
    department: str | None,
    remote: bool,
    countries: Sequence[str] | None = None,
) -> dict[str, Any]:
    t = tag_posting(
        title=title,
        description=description,
        company=company,
        locations=tag_locations(locations, countries),
        department=department,
    )
    return {
        "sector": list(t.sector),
        "sector_class": t.sector_class,
        "sector_confidence": dict(t.confidence),
        "sector_evidence": dict(t.evidence),
        "regions": list(t.regions),
        "region_mask": region_mask(t.regions),
        "countries": list(t.countries),
        "countries_key": countries_key(t.countries),
        "remote": bool(remote or t.remote),
        "tagger_version": TAGGER_VERSION,
    }


def job_values(item: Item, company_id: int | None, now: datetime, tag: bool) -> dict[str, Any]:
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
        "workplace_type": cut(p.workplace_type, 30),
        "employment_type": cut(p.employment_type, 30),
        "department": cut(p.department, 300),
        "salary_min": float(p.salary_min) if p.salary_min is not None else None,
        "salary_max": float(p.salary_max) if p.salary_max is not None else None,
        "salary_currency": cut(p.salary_currency, 3),
        "salary_period": cut(p.salary_period, 10),
        "url": cut(p.url, 2000),
        "apply_url": cut(item.apply_url, 2000),
        "dedupe_key": item.dedupe_key,
        "ats_key": item.ats_key,
        "apply_key": item.apply_key,
        "posted_at": p.posted_at,
        "source_updated_at": p.updated_at,
        "content_hash": item.hash,
        "place_countries": item.countries or None,
        "updated_at": now,
    }
    if tag:
        values.update(
            tag_values(p.title, p.description, p.company, p.locations, p.department, bool(p.remote), item.countries)
        )
        values.update(job_field_values(values))  # seniority, skills, pay in USD, visa (issue 19)
    else:
        values["tagger_version"] = None  # the retag task picks the job up
    return values


def insert_jobs(
    conn: Connection, items: list[Item], company_ids: dict[str, int], now: datetime, tag: bool
) -> list[int]:
    """New jobs, ids in the order of `items`."""
    rows = [
        {
            **_UNTAGGED,
            **job_values(item, company_ids.get(item.slug or ""), now, tag),
            "first_seen_at": now,
            "last_seen_at": now,
            "status": "open",
            "created_at": now,
        }
        for item in items
    ]
    return bulk.insert_returning_ids(conn, JOBS, rows)


def update_jobs(
    conn: Connection, changed: list[tuple[Item, int]], company_ids: dict[str, int], now: datetime, tag: bool
) -> None:
    """Changed postings: the job takes the new content (and tags) and is seen now, in one row version."""
    bulk.update_rows(
        conn,
        JOBS,
        [
            {**job_values(item, company_ids.get(item.slug or ""), now, tag), "last_seen_at": now, "id": job_id}
            for item, job_id in changed
        ],
        keep_equal=("description",),
    )


def company_ids(conn: Connection, items: list[Item], now: datetime) -> dict[str, int]:
    """slug -> companies.id for every company the postings name, creating the ones not seen before."""
    wanted: dict[str, Item] = {}
    for item in items:
        if item.slug and item.slug not in wanted:
            wanted[item.slug] = item
    ids: dict[str, int] = dict(bulk.select_in(conn, (COMPANIES.c.slug, COMPANIES.c.id), COMPANIES.c.slug, list(wanted)))
    missing = [s for s in wanted if s not in ids]
    if missing:
        rows: list[dict[str, Any]] = [
            {
                "name": (wanted[s].posting.company or s)[:300],
                "slug": s,
                "domain": cut(wanted[s].posting.company_domain, 255),
                "description": company_blurb(wanted[s]),
                "sector": [],
                "sector_class": "none",
                "sector_evidence": {},
                "regions": [],
                "created_at": now,
                "updated_at": now,
            }
            for s in missing
        ]
        bulk.insert_ignore(conn, COMPANIES, rows, ["slug"])
        ids.update(bulk.select_in(conn, (COMPANIES.c.slug, COMPANIES.c.id), COMPANIES.c.slug, missing))
    fill_descriptions(conn, {ids[s]: wanted[s] for s in wanted if s in ids and s not in missing}, now)
    return ids


def company_blurb(item: Item) -> str | None:
    """What the board says the employer is, else the posting's own About paragraph: the company's description, which
    the tagger reads as knowledge for every posting of the company (company_knowledge.contexts)."""
    p = item.posting
    return cut(p.company_description, 4000) or cut(about_section(p.description or "", p.company), 4000) or None


def fill_descriptions(conn: Connection, known: dict[int, Item], now: datetime) -> None:
    """Companies seen before without a description take the one these postings give (company_knowledge.refresh then
    notices the new knowledge and retags their postings)."""
    blurbs = {cid: b for cid, item in known.items() if (b := company_blurb(item))}
    if not blurbs:
        return
    empty = bulk.select_in(conn, (COMPANIES.c.id,), COMPANIES.c.id, sorted(blurbs), COMPANIES.c.description.is_(None))
    bulk.update_rows(conn, COMPANIES, [{"id": cid, "description": blurbs[cid], "updated_at": now} for (cid,) in empty])


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
    bulk.insert_ignore(conn, INVESTORS, rows, ["slug"])
    found = dict(bulk.select_in(conn, (INVESTORS.c.slug, INVESTORS.c.id), INVESTORS.c.slug, list(by_slug)))
    return {name: found[slug] for slug, (_, spelled) in by_slug.items() for name in spelled}


def link_investors(
    conn: Connection, source: Source, items: list[Item], company_ids: dict[str, int], now: datetime
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
    bulk.insert_ignore(conn, COMPANY_INVESTORS, list(unique.values()), ["investor_id", "company_id"])
