"""Every module in scrapers/ that defines `KIND` is a source kind: adding a kind is adding one file."""

from __future__ import annotations

import importlib
import pkgutil
from functools import cache

import scrapers
from scrapers.base import Kind


@cache
def kinds() -> dict[str, Kind]:
    found: dict[str, Kind] = {}
    for info in pkgutil.iter_modules(scrapers.__path__):
        module = importlib.import_module(f"scrapers.{info.name}")
        kind = getattr(module, "KIND", None)
        if isinstance(kind, Kind):
            found[kind.name] = kind
    return dict(sorted(found.items()))


def get_kind(name: str) -> Kind:
    try:
        return kinds()[name]
    except KeyError:
        raise KeyError(f"unknown source kind {name!r}; known: {', '.join(kinds())}") from None
