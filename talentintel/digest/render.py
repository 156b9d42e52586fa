"""Digest -> (subject, plain text, HTML) from the Jinja2 templates in talentintel/templates/. Pure: no I/O."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from functools import lru_cache
from zoneinfo import ZoneInfo

from jinja2 import Environment, PackageLoader, StrictUndefined, select_autoescape

from talentintel.digest.content import Digest

SECTOR_LABELS = {"crypto": "Crypto", "ai": "AI", "both": "Crypto × AI", "none": "Other"}
REGION_LABELS = {
    "us": "United States",
    "canada": "Canada",
    "latam": "Latin America",
    "europe": "Europe",
    "mena": "Middle East & North Africa",
    "africa": "Africa",
    "asia": "Asia",
    "oceania": "Oceania",
    "global": "Global / anywhere",
}


@dataclass(frozen=True)
class Rendered:
    subject: str
    text: str
    html: str


def money(amount: float | None) -> str:
    if amount is None:
        return "undisclosed"
    for threshold, suffix in ((1e9, "B"), (1e6, "M"), (1e3, "K")):
        if amount >= threshold:
            return f"${amount / threshold:.1f}".rstrip("0").rstrip(".") + suffix
    return f"${amount:.0f}"


def signed(n: int) -> str:
    return f"+{n}" if n > 0 else ("±0" if n == 0 else str(n))


@lru_cache(maxsize=1)
def _env() -> Environment:
    env = Environment(
        loader=PackageLoader("talentintel", "templates"),
        autoescape=select_autoescape(enabled_extensions=("html",), default_for_string=False),
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )
    env.filters.update(money=money, signed=signed)
    env.globals.update(SECTOR_LABELS=SECTOR_LABELS, REGION_LABELS=REGION_LABELS)
    return env


def subject(digest: Digest) -> str:
    parts = [f"{digest.jobs_opened.total} new job{'s' * (digest.jobs_opened.total != 1)}"]
    if digest.rounds.total:
        parts.append(f"{digest.rounds.total} funding round{'s' * (digest.rounds.total != 1)}")
    if digest.jobs_closed.total:
        parts.append(f"{digest.jobs_closed.total} closed")
    kind = "Daily" if digest.cadence == "daily" else "Weekly"
    return f"{kind} talentintel digest {digest.period_key}: {', '.join(parts)}"


def render(digest: Digest) -> Rendered:
    tz = ZoneInfo(digest.timezone)

    def local(dt: datetime | None, fmt: str = "%a %d %b %Y %H:%M") -> str:
        return dt.astimezone(tz).strftime(fmt) if dt else ""

    ctx = {"d": digest, "local": local, "subject": subject(digest)}
    env = _env()
    return Rendered(
        subject=ctx["subject"],  # type: ignore[arg-type]
        text=env.get_template("digest.txt").render(ctx),
        html=env.get_template("digest.html").render(ctx),
    )
