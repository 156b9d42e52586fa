"""Company pivots: companies whose posting mix moved from crypto to AI, or into the crypto-AI intersection.

The window's periods are split in two halves; a company pivots when, between the halves, the crypto-only share of
its new postings fell and the AI share (AI only + both) rose, each by at least `min_shift`, with at least `min_jobs`
postings in each half so that two postings are not a trend. Ranked by the rise of the AI share.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable
from datetime import UTC, date, datetime
from typing import Any

from sqlalchemy import func, literal_column, select
from sqlmodel import Session, col

from talentintel.errors import InvalidParameter
from talentintel.models import SECTOR_CLASSES, Company, Job, region_mask
from talentintel.trends.counts import seen_at
from talentintel.trends.filters import regions as check_regions
from talentintel.trends.periods import Window, as_date, bucket, make_window, period_label


def _share(counts: Counter[str], *classes: str) -> float:
    total = sum(counts.values())
    return sum(counts[c] for c in classes) / total if total else 0.0


def company_pivots(
    session: Session,
    *,
    granularity: str = "month",
    start: date | None = None,
    end: date | None = None,
    region: Iterable[str] = (),
    min_jobs: int = 3,
    min_shift: float = 0.25,
    limit: int = 20,
    today: date | None = None,
) -> dict[str, Any]:
    if min_jobs < 1:
        raise InvalidParameter("min_jobs", "must be at least 1")
    if not 0 < min_shift <= 1:
        raise InvalidParameter("min_shift", "must be in (0, 1]")
    if not 1 <= limit <= 200:
        raise InvalidParameter("limit", "must be between 1 and 200")
    window = make_window(granularity, start, end, today=today)
    periods = window.periods
    if len(periods) < 2:
        raise InvalidParameter("start", "a pivot needs a window of at least two periods")
    regs = check_regions(region)
    dialect = session.get_bind().dialect.name
    middle = periods[len(periods) // 2]
    middle_dt = datetime(middle.year, middle.month, middle.day, tzinfo=UTC)
    in_window = [col(Job.company_id).is_not(None), seen_at >= window.start_dt, seen_at < window.end_dt]
    if regs:
        in_window.append(col(Job.region_mask).op("&")(region_mask(regs)) != 0)
    # First the mix of each half per company (few groups, no date arithmetic); the per-period evidence is then
    # read only for the companies that pivoted.
    halves = (
        select(col(Job.company_id), seen_at >= middle_dt, col(Job.sector_class), func.count())
        .where(*in_window)
        .group_by(literal_column("1"), literal_column("2"), literal_column("3"))
    )
    mixes: dict[int, tuple[Counter[str], Counter[str]]] = defaultdict(lambda: (Counter(), Counter()))
    for company_id, late_half, sector_class, n in session.execute(halves):
        mixes[int(company_id)][1 if late_half else 0][sector_class] += int(n)

    found: list[dict[str, Any]] = []
    for company_id, (early, late) in mixes.items():
        if sum(early.values()) < min_jobs or sum(late.values()) < min_jobs:
            continue
        crypto_drop = _share(early, "crypto") - _share(late, "crypto")
        ai_rise = _share(late, "ai", "both") - _share(early, "ai", "both")
        if crypto_drop < min_shift or ai_rise < min_shift:
            continue
        found.append(
            {
                "company_id": company_id,
                "kind": "into_intersection" if late["both"] >= late["ai"] else "crypto_to_ai",
                "score": round(ai_rise, 4),
                "early": _mix(early),
                "late": _mix(late),
            }
        )
    found.sort(key=_rank)
    found = found[:limit]
    _evidence(session, found, window, in_window, dialect)
    _name(session, found)
    return {
        "window": window.as_dict(),
        "split_at": middle.isoformat(),
        "parameters": {"region": list(regs), "min_jobs": min_jobs, "min_shift": min_shift, "limit": limit},
        "items": [{"rank": i + 1, **f} for i, f in enumerate(found)],
    }


def _rank(found: dict[str, Any]) -> tuple[float, int, int]:
    return (-found["score"], -sum(found["late"]["counts"].values()), found["company_id"])


def _evidence(session: Session, found: list[dict[str, Any]], window: Window, conds: list[Any], dialect: str) -> None:
    if not found:
        return
    query = (
        select(col(Job.company_id), bucket(seen_at, window.granularity, dialect), col(Job.sector_class), func.count())
        .where(*conds, col(Job.company_id).in_([f["company_id"] for f in found]))
        .group_by(literal_column("1"), literal_column("2"), literal_column("3"))
    )
    counts: dict[tuple[int, date], Counter[str]] = defaultdict(Counter)
    for company_id, b, sector_class, n in session.execute(query):
        counts[(int(company_id), as_date(b))][sector_class] += int(n)
    for f in found:
        f["evidence"] = [
            {"period": p.isoformat(), "label": period_label(p, window.granularity)}
            | {c: counts[(f["company_id"], p)][c] for c in SECTOR_CLASSES}
            for p in window.periods
        ]


def _mix(counts: Counter[str]) -> dict[str, Any]:
    return {
        "counts": {c: counts[c] for c in SECTOR_CLASSES},
        "crypto_share": round(_share(counts, "crypto"), 4),
        "ai_share": round(_share(counts, "ai", "both"), 4),
        "both_share": round(_share(counts, "both"), 4),
    }


def _name(session: Session, found: list[dict[str, Any]]) -> None:
    ids = [f["company_id"] for f in found]
    if not ids:
        return
    names = {
        cid: (name, slug)
        for cid, name, slug in session.execute(
            select(col(Company.id), col(Company.name), col(Company.slug)).where(col(Company.id).in_(ids))
        )
    }
    for f in found:
        f["company"], f["slug"] = names.get(f["company_id"], (None, None))
