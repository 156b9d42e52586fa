"""Shared vocabulary of the read path: parameter errors that name the parameter, list/enum parsing, pages."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, date, datetime
from typing import Any

import pycountry

from talentintel.errors import InvalidParameter, NotFound
from talentintel.models import REGIONS, SECTOR_CLASSES

# sector=crypto means "tagged crypto", which includes jobs tagged both crypto and AI: what a recruiter filtering
# for crypto roles expects. sector=both is only the jobs tagged both (`intersection` is its older name, kept as an
# alias); sector=none is untagged.
SECTORS: dict[str, tuple[str, ...]] = {
    "crypto": ("crypto", "both"),
    "ai": ("ai", "both"),
    "both": ("both",),
    "intersection": ("both",),
    "none": ("none",),
}
__all__ = ["InvalidParameter", "NotFound"]  # re-exported: the read path raises them from here
MAX_LIMIT = 200
DEFAULT_LIMIT = 50


@dataclass(frozen=True)
class Page:
    items: list[dict[str, Any]]
    next_cursor: str | None


def as_list(value: Any) -> list[str]:
    """Repeatable parameters arrive as a list, a scalar or a comma-separated string; all mean the same."""
    if value is None:
        return []
    raw = value if isinstance(value, list | tuple) else [value]
    out: list[str] = []
    for item in raw:
        out.extend(part.strip() for part in str(item).split(",") if part.strip())
    return out


def enum_list(name: str, value: Any, allowed: Iterable[str]) -> list[str]:
    allowed = tuple(allowed)
    values = [v.lower() for v in as_list(value)]
    bad = [v for v in values if v not in allowed]
    if bad:
        raise InvalidParameter(name, f"{bad[0]!r} is not one of {', '.join(allowed)}")
    return list(dict.fromkeys(values))


def sectors(value: Any) -> list[str]:
    return enum_list("sector", value, SECTORS)


# Trends and charts count sector *classes* (crypto = crypto only); the same words, `intersection` again an alias.
CLASS_ALIASES = {"intersection": "both", "crypto_ai": "both"}


def class_list(name: str, value: Any) -> list[str]:
    """Sector classes (none, crypto, ai, both; aliases intersection, crypto_ai) as the trends take them."""
    values = [CLASS_ALIASES.get(v.lower(), v.lower()) for v in as_list(value)]
    return enum_list(name, values, SECTOR_CLASSES)


def sector_classes(names: list[str]) -> list[str]:
    return sorted({cls for name in names for cls in SECTORS[name]})


def regions(value: Any, name: str = "region") -> list[str]:
    return enum_list(name, value, REGIONS)


_COUNTRY_HINTS = {"UK": "GB", "EN": "GB", "EL": "GR"}


def countries(value: Any, name: str = "country") -> list[str]:
    """ISO 3166-1 alpha-2 codes, checked against the standard (pycountry): XX or UK is an error, not an empty list."""
    codes = [v.upper() for v in as_list(value)]
    for code in codes:
        if len(code) != 2 or not code.isascii() or pycountry.countries.get(alpha_2=code) is None:
            hint = f" (did you mean {_COUNTRY_HINTS[code]}?)" if code in _COUNTRY_HINTS else ""
            raise InvalidParameter(name, f"{code!r} is not an ISO 3166-1 alpha-2 country code such as US or DE{hint}")
    return list(dict.fromkeys(codes))


def boolean(name: str, value: Any) -> bool | None:
    if value is None or isinstance(value, bool):
        return value
    text = str(value).strip().lower()
    if text in ("1", "true", "yes", "on"):
        return True
    if text in ("0", "false", "no", "off"):
        return False
    raise InvalidParameter(name, f"{value!r} is not a boolean (true or false)")


def timestamp(name: str, value: Any) -> datetime | None:
    """An ISO 8601 date or date-time; naive values are UTC."""
    if value is None or value == "":
        return None
    if isinstance(value, datetime):
        parsed = value
    elif isinstance(value, date):
        parsed = datetime(value.year, value.month, value.day)
    else:
        try:
            parsed = datetime.fromisoformat(str(value).replace("Z", "+00:00"))
        except ValueError:
            raise InvalidParameter(name, f"{value!r} is not an ISO 8601 date or date-time") from None
    return parsed.replace(tzinfo=UTC) if parsed.tzinfo is None else parsed.astimezone(UTC)


def day(name: str, value: Any) -> date | None:
    if value is None or value == "":
        return None
    if isinstance(value, date) and not isinstance(value, datetime):
        return value
    stamp = timestamp(name, value)
    return stamp.date() if stamp else None


def number(name: str, value: Any, *, minimum: float = 0) -> float | None:
    if value is None or value == "":
        return None
    try:
        parsed = float(value)
    except (TypeError, ValueError):
        raise InvalidParameter(name, f"{value!r} is not a number") from None
    if parsed != parsed or parsed in (float("inf"), float("-inf")) or parsed < minimum:
        raise InvalidParameter(name, f"must be a finite number >= {minimum:g}")
    return parsed


def limit(value: Any) -> int:
    if value is None:
        return DEFAULT_LIMIT
    try:
        parsed = int(value)
    except (TypeError, ValueError):
        raise InvalidParameter("limit", f"{value!r} is not an integer") from None
    if not 1 <= parsed <= MAX_LIMIT:
        raise InvalidParameter("limit", f"must be between 1 and {MAX_LIMIT}")
    return parsed


def choice(name: str, value: Any, allowed: Iterable[str], default: str) -> str:
    allowed = tuple(allowed)
    if value is None or value == "":
        return default
    if value not in allowed:
        raise InvalidParameter(name, f"{value!r} is not one of {', '.join(allowed)}")
    return str(value)
