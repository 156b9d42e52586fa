"""The one beat schedule: every source at its own interval (from the sources file), plus the periodic jobs."""

from __future__ import annotations

import tomllib
from datetime import timedelta
from typing import Any

from celery.schedules import crontab

from talentintel.services.sources import DEFAULT_INTERVAL, parse_interval
from talentintel.settings import Settings


def _source_intervals(settings: Settings) -> dict[str, timedelta]:
    """name -> interval from the sources file; an unreadable file schedules nothing (the scrape CLI reports why)."""
    try:
        data = tomllib.loads(settings.sources_file.read_text())
    except (OSError, tomllib.TOMLDecodeError):
        return {}
    out: dict[str, timedelta] = {}
    for entry in data.get("source", []):
        if isinstance(entry, dict) and isinstance(entry.get("name"), str) and entry.get("enabled", True):
            out[entry["name"]] = _interval(entry.get("interval"))
    return out


def _interval(value: Any) -> timedelta:
    """The sources file's own parser; an entry it refuses (bad text, under a minute) still runs, at the default."""
    try:
        return timedelta(seconds=parse_interval(value))
    except ValueError:
        return timedelta(seconds=DEFAULT_INTERVAL)


def beat_schedule(settings: Settings) -> dict[str, dict[str, Any]]:
    schedule: dict[str, dict[str, Any]] = {
        f"scrape:{name}": {"task": "talentintel.scrape_source", "schedule": every, "args": [name]}
        for name, every in _source_intervals(settings).items()
    }
    schedule["digests:due"] = {
        "task": "talentintel.send_due_digests",
        "schedule": timedelta(minutes=settings.digest_check_minutes),
    }
    schedule["trends:snapshot"] = {"task": "talentintel.take_snapshot", "schedule": crontab(minute=5)}
    schedule["tagging:retag"] = {"task": "talentintel.retag_stale", "schedule": timedelta(hours=1)}
    # Discovered sources live in the database, not the file: one task finds the due ones every few minutes.
    schedule["sources:discovered"] = {"task": "talentintel.scrape_discovered", "schedule": timedelta(minutes=10)}
    schedule["discovery:due"] = {"task": "talentintel.discover_due", "schedule": crontab(minute=35, hour=3)}
    schedule["webhooks:sweep"] = {"task": "talentintel.webhooks_sweep", "schedule": timedelta(minutes=1)}
    schedule["webhooks:pivots"] = {"task": "talentintel.webhooks_pivots", "schedule": crontab(minute=20, hour=6)}
    schedule["webhooks:prune"] = {"task": "talentintel.webhooks_prune", "schedule": crontab(minute=40, hour=3)}
    return schedule
