"""Trend charts as SVG or PNG bytes, drawn with matplotlib.

Figures are built with the object API on an Agg canvas (never pyplot): no global figure state, safe in API threads
and Celery workers. SVG output is made repeatable (no date, fixed id salt) so the same data gives the same bytes.
"""

from __future__ import annotations

import io
from collections import defaultdict
from collections.abc import Callable
from datetime import date
from typing import Any

import matplotlib
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.figure import Figure
from sqlmodel import Session

from talentintel.errors import InvalidParameter
from talentintel.models import SECTOR_CLASSES

FORMATS = ("svg", "png")
MEDIA_TYPES = {"svg": "image/svg+xml", "png": "image/png"}
COLORS = {"crypto": "#f7931a", "ai": "#3b6fd8", "both": "#8e44ad", "none": "#a0a0a0"}
LABELS = {"crypto": "Crypto only", "ai": "AI only", "both": "Crypto + AI", "none": "Neither"}
# Labels are data (company and investor names), never TeX: "$AI $DATA" would be parsed as mathtext (a ValueError or
# a garbled label). Text objects read this when created, so it is set for the process, which draws only these.
matplotlib.rcParams["text.parse_math"] = False
PALETTE = ["#3b6fd8", "#f7931a", "#8e44ad", "#2e9d5b", "#d64541", "#16a2b8", "#a0a0a0", "#c9a227", "#6c5ce7", "#e17055"]


def render(fig: Figure, fmt: str) -> bytes:
    if fmt not in FORMATS:
        raise InvalidParameter("format", f"chart format must be svg or png, not {fmt!r}")
    FigureCanvasAgg(fig)
    buf = io.BytesIO()
    with matplotlib.rc_context({"svg.hashsalt": "talentintel", "svg.fonttype": "none"}):
        metadata = {"Date": None} if fmt == "svg" else {"Software": "talentintel"}
        fig.savefig(buf, format=fmt, dpi=110, bbox_inches="tight", metadata=metadata)
    return buf.getvalue()


def _figure(title: str, width: float = 8.0, height: float = 4.2) -> tuple[Figure, Any]:
    fig = Figure(figsize=(width, height))
    ax = fig.add_subplot(1, 1, 1)
    ax.set_title(title, fontsize=11, loc="left")
    ax.spines[["top", "right"]].set_visible(False)
    ax.grid(axis="y", alpha=0.3)
    return fig, ax


def _empty(ax: Any) -> None:
    ax.text(0.5, 0.5, "no data in this window", ha="center", va="center", transform=ax.transAxes, color="#777777")


def _ticks(ax: Any, labels: list[str]) -> None:
    step = max(1, len(labels) // 12)  # at most ~12 labels whatever the window
    ax.set_xticks(
        range(0, len(labels), step), [labels[i] for i in range(0, len(labels), step)], rotation=45, ha="right"
    )


def jobs_figure(result: dict[str, Any], metric: str = "open", region: str = "all") -> Figure:
    """Stacked areas of open (or new) jobs per period by sector class, from job_trends()."""
    labels = [p["label"] for p in result["periods"]]
    series: dict[str, list[int]] = defaultdict(lambda: [0] * len(labels))
    index = {p["period"]: i for i, p in enumerate(result["periods"])}
    for row in result["series"]:
        if row["region"] == region:
            series[row["sector_class"]][index[row["period"]]] = row[metric]
    where = "" if region == "all" else f" in {region}"
    fig, ax = _figure(
        f"{'Open' if metric == 'open' else 'New'} jobs by sector{where}, per {result['window']['granularity']}"
    )
    classes = [c for c in ("crypto", "both", "ai", "none") if c in series]
    if classes and any(any(series[c]) for c in classes):
        ax.stackplot(
            range(len(labels)),
            *[series[c] for c in classes],
            labels=[LABELS[c] for c in classes],
            colors=[COLORS[c] for c in classes],
            alpha=0.85,
        )
        ax.legend(loc="upper left", fontsize=8, frameon=False)
    else:
        _empty(ax)
    _ticks(ax, labels)
    ax.set_ylabel("jobs")
    return fig


def funding_figure(result: dict[str, Any], metric: str = "usd") -> Figure:
    """Stacked bars of USD (or rounds) per period by the result's split, from funding_trends()."""
    periods = list(dict.fromkeys(r["period"] for r in result["series"]))
    labels = list(dict.fromkeys(r["label"] for r in result["series"]))
    keys = list(dict.fromkeys(r["key"] for r in result["series"]))
    values = {(r["period"], r["key"]): r[metric] for r in result["series"]}
    funds = result.get("measure") == "fund_capital"
    if metric != "usd" and funds:
        metric = "funds"  # the count of a fund-capital result
    scale, unit = (1e6, "USD millions") if metric == "usd" else (1, metric)
    subject = "Fund capital" if funds else "Funding"
    fig, ax = _figure(f"{subject} by {result['by'].replace('_', ' ')}: {unit}, per {result['window']['granularity']}")
    bottom = [0.0] * len(periods)
    for i, key in enumerate(keys):
        heights = [values.get((p, key), 0) / scale for p in periods]
        color = (
            COLORS.get(key, PALETTE[i % len(PALETTE)]) if result["by"] == "sector_class" else PALETTE[i % len(PALETTE)]
        )
        ax.bar(range(len(periods)), heights, bottom=bottom, color=color, label=LABELS.get(key, key), width=0.8)
        bottom = [b + h for b, h in zip(bottom, heights, strict=True)]
    if any(bottom):
        ax.legend(loc="upper left", fontsize=8, frameon=False)
    else:
        _empty(ax)
    if labels:
        _ticks(ax, labels)
    ax.set_ylabel(unit)
    return fig


def pivots_figure(result: dict[str, Any]) -> Figure:
    """Horizontal bars: the rise of each pivoting company's AI share, from company_pivots()."""
    items = list(reversed(result["items"][:15]))
    fig, ax = _figure(
        "Companies moving from crypto to AI: rise of the AI share of postings", height=max(2.5, 0.4 * len(items) + 1.5)
    )
    if items:
        names = [str(i.get("company") or i["company_id"]) for i in items]
        colors = [COLORS["both"] if i["kind"] == "into_intersection" else COLORS["ai"] for i in items]
        ax.barh(range(len(items)), [i["score"] for i in items], color=colors)
        ax.set_yticks(range(len(items)), names, fontsize=8)
        ax.set_xlim(0, 1)
        ax.set_xlabel(f"AI share after {result['split_at']} minus before")
    else:
        _empty(ax)
    return fig


def investor_focus_figure(result: dict[str, Any]) -> Figure:
    """Per investor, its rounds over the window split by sector class (shares), from investor_focus()."""
    investors = [s["investor"] for s in result["investors"]][:15]
    counts: dict[str, dict[str, int]] = {inv: defaultdict(int) for inv in investors}
    for row in result["series"]:
        if row["investor"] in counts:
            counts[row["investor"]][row["sector_class"]] += row["rounds"]
    fig, ax = _figure("Investor focus: share of rounds by sector", height=max(2.5, 0.4 * len(investors) + 1.5))
    if investors:
        left = [0.0] * len(investors)
        for sector_class in SECTOR_CLASSES:
            shares = [counts[i][sector_class] / (sum(counts[i].values()) or 1) for i in investors]
            ax.barh(range(len(investors)), shares, left=left, color=COLORS[sector_class], label=LABELS[sector_class])
            left = [a + b for a, b in zip(left, shares, strict=True)]
        ax.set_yticks(range(len(investors)), investors, fontsize=8)
        ax.set_xlim(0, 1)
        ax.legend(loc="lower right", fontsize=8, frameon=False)
    else:
        _empty(ax)
    return fig


FIGURES: dict[str, Callable[..., Figure]] = {
    "jobs": jobs_figure,
    "funding": funding_figure,
    "company-pivots": pivots_figure,
    "investor-focus": investor_focus_figure,
}


def chart(kind: str, result: dict[str, Any], fmt: str) -> bytes:
    """The chart of a trend result (from the function of the same kind) as SVG or PNG bytes."""
    return render(FIGURES[kind](result), fmt)


def jobs_chart_png(session: Session, *, weeks: int = 12, today: date | None = None, **filters: Any) -> bytes:
    """The main chart, for the digest: open jobs by sector over the last `weeks` weeks, as PNG."""
    from datetime import UTC, datetime, timedelta

    from talentintel.trends.jobs import job_trends

    last = today or datetime.now(UTC).date()
    result = job_trends(
        session, granularity="week", start=last - timedelta(weeks=weeks - 1), end=last, today=last, **filters
    )
    return render(jobs_figure(result), "png")
