"""The digest's trend chart: open jobs per week by sector class over the last 12 weeks, as an inline PNG.

Drawn by `talentintel.trends.charts.jobs_chart_png`. It follows the subscription's job search where its filters mean
the same thing to the trends (sector, region, country, company, investor; the others, such as `q` or `remote`, have
no trend counterpart and are left out). With several differing job searches (trends cannot OR searches together), or
a company / investor the trends cannot resolve, it shows all jobs; the caption says which. The chart is garnish: any
failure is logged and the digest goes out without it.
"""

from __future__ import annotations

import base64
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any
from urllib.parse import urlencode

from sqlalchemy.engine import Connection, Engine
from sqlmodel import Session

from talentintel import email
from talentintel.digest.content import Chart
from talentintel.errors import InvalidParameter
from talentintel.logs import get_logger
from talentintel.services.queries import jobs as job_queries
from talentintel.services.queries import params
from talentintel.settings import get_settings

log = get_logger(__name__)

WEEKS = 12
TITLE = f"Open jobs per week by sector, last {WEEKS} weeks"
EVERYTHING = "all jobs we track"
EMBEDS = ("cid", "data")
_PNG_MAGIC = b"\x89PNG\r\n\x1a\n"
_API_NAMES = {"sector": "sector_class"}  # the trends API's parameter where it differs from job_trends()'s


@dataclass(frozen=True)
class ChartSpec:
    filters: dict[str, list[str]]  # keyword arguments of job_trends()
    scope: str  # the same, in words, for the caption and alt text


UNFILTERED = ChartSpec({}, EVERYTHING)


def _mapped(filters: dict[str, Any]) -> ChartSpec:
    parsed = job_queries.parse_filters(filters)
    given = {"sector": parsed.sector, "region": parsed.region, "country": parsed.country}
    given |= {"company": parsed.company, "investor": parsed.investor}
    given = {k: v for k, v in given.items() if v}
    trend = dict(given)
    if "sector" in trend:  # /v1/jobs sectors name tags (crypto = crypto-only or both); trends take sector classes
        trend["sector"] = params.sector_classes(trend["sector"])
    scope = "; ".join(f"{k} {', '.join(v)}" for k, v in given.items())
    return ChartSpec(trend, scope) if trend else UNFILTERED


def spec(job_searches: list[tuple[str, dict[str, Any]]]) -> ChartSpec:
    """What the chart of a subscription with these job searches counts (never raises: unfiltered at worst)."""
    try:
        mapped = [_mapped(f) for _, f in job_searches]
    except Exception as exc:  # a stored search that no longer validates: still draw the market
        log.warning("digest.chart_filters_ignored", error=f"{type(exc).__name__}: {exc}")
        return UNFILTERED
    same = bool(mapped) and all(m.filters == mapped[0].filters for m in mapped)
    return mapped[0] if same else UNFILTERED


def api_url(chart_spec: ChartSpec, today: date) -> str:
    query: list[tuple[str, str]] = [
        ("granularity", "week"),
        ("start", (today - timedelta(weeks=WEEKS - 1)).isoformat()),
        ("end", today.isoformat()),
    ]
    for key, values in chart_spec.filters.items():
        query.extend((_API_NAMES.get(key, key), v) for v in values)
    # The web app's trends dashboard draws the same chart (it reads the sector and region filters of the spec).
    return f"{get_settings().public_url.rstrip('/')}/app/trends?{urlencode(query)}"


def _png(session: Session, chart_spec: ChartSpec, today: date) -> tuple[bytes, ChartSpec]:
    # Imported here: matplotlib takes ~0.5 s to import, which every CLI command (and digest run with nothing to
    # send) would otherwise pay.
    from talentintel.trends import charts as trend_charts

    try:
        png = trend_charts.jobs_chart_png(session, weeks=WEEKS, today=today, **chart_spec.filters)
    except InvalidParameter as exc:  # e.g. a watched company slug the trends do not know: show the market instead
        if not chart_spec.filters:
            raise
        log.info("digest.chart_unfiltered", reason=str(exc))
        chart_spec = UNFILTERED
        png = trend_charts.jobs_chart_png(session, weeks=WEEKS, today=today)
    if not png.startswith(_PNG_MAGIC):
        raise ValueError(f"the chart is not a PNG (starts {png[:8]!r})")
    return png, chart_spec


def draw(
    bind: Engine | Connection,
    chart_spec: ChartSpec,
    *,
    today: date,
    embed: str = "cid",
    subscription_id: int | None = None,
) -> Chart | None:
    """The chart for a digest, or None (logged) when it cannot be drawn.

    embed="cid": the HTML refers to a MIME part by Content-ID (an email); "data": the PNG inline as a data: URI
    (a browser preview; mail clients such as Gmail strip data: images, so emails never use it).
    Reads through its own session, so a failed query cannot spoil the caller's transaction.
    """
    if embed not in EMBEDS:
        raise ValueError(f"embed must be one of {', '.join(EMBEDS)}")
    try:
        with Session(bind) as session:
            png, chart_spec = _png(session, chart_spec, today)
    except Exception as exc:  # whatever breaks the chart must not stop the digest
        log.warning(
            "digest.chart_failed", subscription_id=subscription_id, error=f"{type(exc).__name__}: {exc}", exc_info=True
        )
        return None
    content_id = email.new_content_id("trends")
    src = f"cid:{content_id}" if embed == "cid" else "data:image/png;base64," + base64.b64encode(png).decode("ascii")
    return Chart(
        png=png, content_id=content_id, src=src, title=TITLE, scope=chart_spec.scope, url=api_url(chart_spec, today)
    )
