"""The sources file (TOML `[[source]]` tables) and the Source rows it keeps in sync.

Each source: `name`, `kind`, `url` (the full URL of the API endpoint or page) and optional `interval` (seconds or
"30m" / "6h" / "1d"), `company`, `investor`, `enabled`, and a `config` table for kind-specific settings.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from sqlmodel import Session, col, select

from talentintel.errors import UserError
from talentintel.models import Source

DEFAULT_INTERVAL = 6 * 3600
MIN_INTERVAL = 60
_KEYS = {"name", "kind", "url", "interval", "company", "investor", "enabled", "config"}
_NAME = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.:-]{0,199}$")


class SourcesFileError(UserError):
    """The sources file is unreadable or an entry is invalid; the message names the file, entry and field."""


@dataclass(frozen=True)
class SourceEntry:
    name: str
    kind: str
    url: str
    interval_seconds: int = DEFAULT_INTERVAL
    company: str | None = None
    investor: str | None = None
    enabled: bool = True
    config: dict[str, Any] = field(default_factory=dict)


def parse_interval(value: Any) -> int:
    if isinstance(value, bool):
        raise ValueError("must be seconds or a duration like '30m', '6h', '1d'")
    if isinstance(value, int):
        seconds = value
    elif isinstance(value, str) and re.fullmatch(r"\d+[smhd]", value.strip()):
        text = value.strip()
        seconds = int(text[:-1]) * {"s": 1, "m": 60, "h": 3600, "d": 86400}[text[-1]]
    else:
        raise ValueError("must be seconds or a duration like '30m', '6h', '1d'")
    if seconds < MIN_INTERVAL:
        raise ValueError(f"must be at least {MIN_INTERVAL} seconds")
    return seconds


def _key_problem(raw: dict[str, Any], kinds: set[str] | None) -> str | None:
    unknown = sorted(set(raw) - _KEYS)
    return f"unknown key {unknown[0]!r} (allowed: {', '.join(sorted(_KEYS))})" if unknown else None


def _name_problem(raw: dict[str, Any], kinds: set[str] | None) -> str | None:
    name = raw.get("name")
    if not isinstance(name, str) or not _NAME.match(name):
        return "'name' must be a non-empty string of letters, digits, '-', '_', '.', ':'"
    return None


def _kind_problem(raw: dict[str, Any], kinds: set[str] | None) -> str | None:
    kind = raw.get("kind")
    if not isinstance(kind, str) or not kind:
        return "'kind' is required"
    if kinds is not None and kind not in kinds:
        return f"unknown kind {kind!r} (known: {', '.join(sorted(kinds))})"
    return None


def _url_problem(raw: dict[str, Any], kinds: set[str] | None) -> str | None:
    url = raw.get("url")
    parts = urlsplit(url) if isinstance(url, str) else None
    if parts is None or parts.scheme not in ("http", "https") or not parts.netloc:
        return f"'url' must be an http(s) URL, got {url!r}"
    return None


def _optional_problem(raw: dict[str, Any], kinds: set[str] | None) -> str | None:
    for key in ("company", "investor"):
        if key in raw and (not isinstance(raw[key], str) or not raw[key].strip()):
            return f"{key!r} must be a non-empty string"
    if "enabled" in raw and not isinstance(raw["enabled"], bool):
        return "'enabled' must be true or false"
    if "config" in raw and not isinstance(raw["config"], dict):
        return "'config' must be a table"
    return None


# In this order: the first problem found is the one reported (an unknown key first: it is often a misspelled one).
_CHECKS = (_key_problem, _name_problem, _kind_problem, _url_problem, _optional_problem)


def _entry(raw: Any, index: int, kinds: set[str] | None) -> SourceEntry:
    if not isinstance(raw, dict):
        raise ValueError(f"source #{index}: must be a table")
    name = raw.get("name")
    where = f"source #{index} ({name!r})" if isinstance(name, str) else f"source #{index}"
    for check in _CHECKS:
        problem = check(raw, kinds)
        if problem:
            raise ValueError(f"{where}: {problem}")
    try:
        interval = parse_interval(raw["interval"]) if "interval" in raw else DEFAULT_INTERVAL
    except ValueError as exc:
        raise ValueError(f"{where}: 'interval' {exc}") from None
    return SourceEntry(
        name=raw["name"],
        kind=raw["kind"],
        url=raw["url"],
        interval_seconds=interval,
        company=raw.get("company"),
        investor=raw.get("investor"),
        enabled=raw.get("enabled", True),
        config=dict(raw.get("config") or {}),
    )


def parse_sources(text: str, *, origin: str = "sources file", kinds: Iterable[str] | None = None) -> list[SourceEntry]:
    """Entries of a sources file; SourcesFileError naming `origin`, the entry and the field when invalid."""
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise SourcesFileError(f"{origin}: not valid TOML ({exc})") from None
    extra = sorted(set(data) - {"source"})
    if extra:
        raise SourcesFileError(f"{origin}: unexpected top-level key {extra[0]!r}; use [[source]] tables")
    raw = data.get("source", [])
    if not isinstance(raw, list) or not raw:
        raise SourcesFileError(f"{origin}: no [[source]] tables")
    known = set(kinds) if kinds is not None else None
    entries: list[SourceEntry] = []
    names: set[str] = set()
    for i, item in enumerate(raw, start=1):
        try:
            entry = _entry(item, i, known)
        except ValueError as exc:
            raise SourcesFileError(f"{origin}: {exc}") from None
        if entry.name in names:
            raise SourcesFileError(f"{origin}: source #{i}: duplicate name {entry.name!r}")
        names.add(entry.name)
        entries.append(entry)
    return entries


def load_sources(path: Path, *, kinds: Iterable[str] | None = None) -> list[SourceEntry]:
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise SourcesFileError(f"{path}: cannot read ({exc.strerror or exc})") from None
    except UnicodeDecodeError:
        raise SourcesFileError(f"{path}: not UTF-8 text") from None
    return parse_sources(text, origin=str(path), kinds=kinds)


def sync(session: Session, entries: Sequence[SourceEntry]) -> dict[str, Source]:
    """Create or update the Source row of each entry (by name). A changed URL, kind or config forgets the
    validators (ETag, Last-Modified, hash) so the next run fetches in full. Rows not in `entries` are left alone."""
    if not entries:
        return {}
    rows = {s.name: s for s in session.exec(select(Source).where(col(Source.name).in_([e.name for e in entries])))}
    for entry in entries:
        row = rows.get(entry.name)
        if row is None:
            row = Source(name=entry.name, kind=entry.kind, url=entry.url)
            rows[entry.name] = row
        elif (row.kind, row.url, row.config) != (entry.kind, entry.url, entry.config):
            row.etag = row.last_modified = row.content_hash = None
        values = {
            "kind": entry.kind,
            "url": entry.url,
            "config": dict(entry.config),
            "interval_seconds": entry.interval_seconds,
            "company": entry.company,
            "investor": entry.investor,
            "enabled": entry.enabled,
        }
        if any(getattr(row, k) != v for k, v in values.items()) or row.id is None:
            for key, value in values.items():
                setattr(row, key, value)
            session.add(row)
    session.flush()
    return rows
