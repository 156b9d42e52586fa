"""The beat schedule reads intervals with the sources file's parser; an entry it refuses runs at the default."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

from talentintel.services.sources import DEFAULT_INTERVAL, load_sources
from talentintel.settings import Settings
from workers.schedule import beat_schedule

ROOT = Path(__file__).resolve().parents[2]
DEFAULT = timedelta(seconds=DEFAULT_INTERVAL)


def _schedule(tmp_path: Path, body: str) -> dict[str, timedelta]:
    path = tmp_path / "sources.toml"
    path.write_text(body)
    beat = beat_schedule(Settings(sources_file=path))
    return {k.removeprefix("scrape:"): v["schedule"] for k, v in beat.items() if k.startswith("scrape:")}


def test_intervals_follow_the_sources_file_parser(tmp_path: Path) -> None:
    entries = {
        "minutes": '"30m"',
        "days": '"1d"',
        "seconds": "7200",
        "padded": '" 2h "',
        "missing": None,
        "words": '"soon"',
        "too_often": '"30s"',
        "zero": "0",
        "boolean": "true",
        "fraction": "1800.5",
    }
    body = ""
    for name, interval in entries.items():
        body += f'[[source]]\nname = "{name}"\nkind = "greenhouse"\nurl = "https://example.com/{name}"\n'
        body += f"interval = {interval}\n\n" if interval is not None else "\n"
    got = _schedule(tmp_path, body)
    assert got == {
        "minutes": timedelta(minutes=30),
        "days": timedelta(days=1),
        "seconds": timedelta(hours=2),
        "padded": timedelta(hours=2),
        "missing": DEFAULT,
        "words": DEFAULT,
        "too_often": DEFAULT,
        "zero": DEFAULT,
        "boolean": DEFAULT,
        "fraction": DEFAULT,
    }


def test_disabled_sources_and_unreadable_files_schedule_no_scrape(tmp_path: Path) -> None:
    got = _schedule(
        tmp_path, '[[source]]\nname = "off"\nkind = "lever"\nurl = "https://example.com"\nenabled = false\n'
    )
    assert got == {}
    assert _schedule(tmp_path, "[[source]\nname = ") == {}
    beat = beat_schedule(Settings(sources_file=tmp_path / "absent.toml"))
    assert "digests:due" in beat and not any(k.startswith("scrape:") for k in beat)


def test_shipped_sources_file_is_scheduled_at_the_intervals_the_loader_reads() -> None:
    path = ROOT / "sources.toml"
    beat = beat_schedule(Settings(sources_file=path))
    got = {k.removeprefix("scrape:"): v["schedule"] for k, v in beat.items() if k.startswith("scrape:")}
    want = {e.name: timedelta(seconds=e.interval_seconds) for e in load_sources(path) if e.enabled}
    assert got == want and len(got) > 10
