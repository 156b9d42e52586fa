"""The year an undated page's own address gives its story: the fallback of the exchange-rate year.

Labeling rule (session 21, fxyear86; tests/fixtures/funding/PROVENANCE.md): a non-USD amount converts at the year of
the raise. With no `published` date the year is, in order, one written in the raise's own sentence (money_year,
cjk_year), a dated link cited in that sentence (money_year.cited_year), a /YYYY/ or /YYYY/MM/ segment of the page's own
URL (here), else the table's latest row. "https://portail-ie.fr/univers/blockchain-data-et-ia/2023/mistral-ai-..."
(hs18-portailie-mistral-385m-eur-fr) and "http://glxcb.cn/caijing/2023/0528/125277.html" (hs18-glxcb-jingxi-...) tell
2023 nowhere in their text; at the latest row (EUR 0.885, CNY 7.19) both missed their labels by 4% and 1.5%.

The URL reaches the parser as `source` (the item's url, else its publisher); every converter asks `to_usd` with
`year=None` for an undated page, so `parse_deals` sets the URL's year for the call and `fx.to_usd` takes it before the
latest row: one place instead of a parameter threaded through every reader of an amount.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar

# A whole path segment of four digits, 1990-2039, before the query: "/2023/", "/2023/0528/", "/2021/01/". A year
# glued into a slug ("...-2024-06-20/") is a link's date, read only when cited in the raise's sentence (cited_year).
_URL_YEAR = re.compile(r"^[a-z][a-z0-9+.-]*://[^/?#]+(?:/[^/?#]*)*?/(199\d|20[0-3]\d)(?=/|$|[?#])", re.IGNORECASE)
_PAGE_YEAR: ContextVar[int | None] = ContextVar("page_url_year", default=None)


def url_year(source: str | None) -> int | None:
    """The year of a /YYYY/ segment in the page's URL path; None for no URL ("github:owner/repo") or no such segment."""
    m = _URL_YEAR.match(source.strip()) if source else None
    return int(m.group(1)) if m else None


@contextmanager
def page_url_year(source: str | None) -> Iterator[None]:
    """While parsing one page: its URL's year is the exchange-rate year of amounts that carry no year of their own."""
    token = _PAGE_YEAR.set(url_year(source))
    try:
        yield
    finally:
        _PAGE_YEAR.reset(token)


def fallback_year() -> int | None:
    """The year of the page being parsed, from its URL, or None (then the table's latest row)."""
    return _PAGE_YEAR.get()
