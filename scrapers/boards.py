"""What a board says about itself: the company behind it and the countries its postings state in structured fields.

Countries come back as ISO codes ("US", "us"), alpha-3 ("USA") or names ("United States"); pycountry reads all
three. The tagger gets them beside the free-text locations, so a Lever "Remote" posting with country "US" is a US
posting (services.ingest.write_jobs.tag_locations).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache
from typing import Any
from urllib.parse import unquote, urlsplit

import pycountry

from scrapers.base import SourceSpec


@lru_cache(maxsize=1024)
def _country(text: str) -> str | None:
    text = text.strip()
    if len(text) == 2 and text.isalpha():
        found = pycountry.countries.get(alpha_2=text.upper())
        return found.alpha_2 if found else ("GB" if text.upper() == "UK" else None)
    try:
        return str(pycountry.countries.lookup(text).alpha_2)
    except LookupError:
        return None


def country_codes(values: Iterable[Any]) -> list[str]:
    """ISO 3166 alpha-2 codes of the values that name a country, in order, once each."""
    out: list[str] = []
    for value in values:
        code = _country(value) if isinstance(value, str) and 1 < len(value.strip()) < 60 else None
        if code and code not in out:
            out.append(code)
    return out


def board_token(url: str, pattern: str) -> str | None:
    """The board's token in its API URL (`pattern` has one group), e.g. "people-ai" in /v0/postings/people-ai."""
    m = re.search(pattern, urlsplit(url).path)
    return unquote(m.group(1)) if m else None


def board_company(spec: SourceSpec, named: Any = None, pattern: str | None = None) -> str | None:
    """The name the board gives the posting's company, else the source's configured company, else the board's
    token title-cased ("people-ai" -> "People Ai"): a posting never goes without a company."""
    if isinstance(named, str) and named.strip():
        return named.strip()
    if spec.company:
        return spec.company
    token = board_token(spec.url, pattern) if pattern else None
    if not token:
        return None
    # Ashby tokens are often the company's domain ("kraken.com"): the name is before the generic TLD.
    token = re.sub(r"\.(?:com|io|xyz|co|org|net|inc)$", "", token, flags=re.IGNORECASE)
    return re.sub(r"[-_.]+", " ", token).strip().title() or None
