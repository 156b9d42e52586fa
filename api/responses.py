"""Response helpers: orjson bodies with ETag / If-None-Match, and streamed CSV / NDJSON exports."""

from __future__ import annotations

import csv
import hashlib
import io
from collections.abc import Awaitable, Callable, Iterator, Sequence
from typing import Any, TypeVar

import orjson
from starlette.requests import Request
from starlette.responses import Response, StreamingResponse

from talentintel.services.queries import keyset

T = TypeVar("T")

EXPORT_TYPES = {"csv": "text/csv; charset=utf-8", "ndjson": "application/x-ndjson"}


def _etag(body: bytes) -> str:
    # SHA-256 is hardware-accelerated here: half the time of BLAKE2b over a 30 KB page.
    return '"' + hashlib.sha256(body).hexdigest()[:24] + '"'


def _matches(if_none_match: str | None, etag: str) -> bool:
    if not if_none_match:
        return False
    if if_none_match.strip() == "*":
        return True
    # Weak comparison (RFC 9110 13.1.2): W/"x" matches "x".
    return any(tag.strip().removeprefix("W/") == etag for tag in if_none_match.split(","))


def encode_json(payload: Any) -> tuple[bytes, str]:
    """The payload as JSON bytes and their strong ETag."""
    body = orjson.dumps(payload)
    return body, _etag(body)


def json_response(request: Request, payload: Any, *, status_code: int = 200) -> Response:
    """The payload as JSON with a strong ETag over the bytes; 304 when the client already holds them. A page
    (a dict with `next_cursor`) also gets a `Link: <...>; rel="next"` header."""
    body, etag = encode_json(payload)
    return encoded_json_response(request, body, etag, status_code=status_code)


_NEXT = b'"next_cursor":"'


def id_page_response(
    request: Request,
    kind: str,
    cursor: str | None,
    limit: int,
    fetch: Callable[[int, int], Sequence[T]],
    out: Callable[[T], Any],
) -> Response:
    """One page of an id-ordered list (saved searches, subscriptions, webhooks): `fetch(after_id, limit + 1)` reads the
    rows after the cursor's id, one more than the page to know whether a next page exists."""
    found = fetch(keyset.after_id(cursor, kind), limit + 1)
    rows, next_cursor = keyset.id_page(found, limit, kind)
    return json_response(request, {"items": [out(row) for row in rows], "next_cursor": next_cursor})


def next_link(request: Request, body: bytes) -> str | None:
    """RFC 8288 Link to the next page: this request's URL with `cursor` set to the page's next_cursor.

    Read from the encoded page's tail (pages end with their next_cursor: encode order), so cached pages need no
    decoding; cursors are URL-safe base64."""
    at = body.rfind(_NEXT, max(0, len(body) - 1200))
    if at < 0:
        return None
    end = body.find(b'"', at + len(_NEXT))
    if end != len(body) - 2:  # next_cursor must be the page's last member
        return None
    # The query string as sent, with its cursor replaced (Starlette's include_query_params parsed and re-encoded
    # it: ~60 us a request, as much as the rest of a cached page).
    query = [part for part in request.scope["query_string"].split(b"&") if part and not part.startswith(b"cursor=")]
    query.append(b"cursor=" + body[at + len(_NEXT) : end])
    base = str(request.url).partition("?")[0]
    return f'<{base}?{b"&".join(query).decode("latin-1")}>; rel="next"'


def encoded_json_response(request: Request, body: bytes, etag: str, *, status_code: int = 200) -> Response:
    """JSON already encoded (encode_json), e.g. a cached page."""
    headers = {"ETag": etag, "Cache-Control": "private, no-cache"}
    link = next_link(request, body) if body.endswith(b'"}') else None
    if link:
        headers["Link"] = link
    if status_code == 200 and _matches(request.headers.get("if-none-match"), etag):
        return Response(status_code=304, headers=headers)
    return Response(body, status_code=status_code, media_type="application/json", headers=headers)


async def cached_page(
    request: Request,
    key: Any,
    tables: frozenset[str],
    render: Callable[[], Awaitable[tuple[bytes, str]]],
    *,
    as_sent: Any = None,
) -> Response:
    """A list page from the app's page cache (PostgreSQL; the key names the page's list and validated query),
    else render()ed (encode_json) and kept until one of `tables` changes; without a cache, rendered each time.
    `as_sent` (as_sent_key) keeps the page under the request's query string as sent too (cached_as_sent)."""
    cache = request.app.state.page_cache
    body, etag = await (cache.get_or_render(key, render, tables, also=as_sent) if cache is not None else render())
    return encoded_json_response(request, body, etag)


def as_sent_key(request: Request) -> tuple[Any, ...] | None:
    """A page-cache key of the request's path and query string exactly as sent, for a JSON page (None when the
    Accept header asks for an export). Validating a query string gives the same result every time, so a URL
    already answered from a validated query need not be parsed and validated again: the parsing, validation and
    key building of /v1/jobs cost a cached page more than its lookup."""
    if "text/csv" in request.headers.get("accept", "") or "application/x-ndjson" in request.headers.get("accept", ""):
        return None
    return "as-sent", request.scope["path"], request.scope["query_string"]


def cached_as_sent(request: Request, key: tuple[Any, ...] | None) -> Response | None:
    """The response of a page kept under its query string as sent (as_sent_key), or None."""
    cache = request.app.state.page_cache
    found = cache.get(key, count_miss=False) if cache is not None and key is not None else None
    return encoded_json_response(request, *found) if found is not None else None


def export_format(request: Request, fmt: str | None) -> str | None:
    """format=csv|ndjson wins; otherwise an Accept of text/csv or application/x-ndjson asks for an export."""
    if fmt:
        return fmt
    accept = request.headers.get("accept", "")
    if "text/csv" in accept:
        return "csv"
    if "application/x-ndjson" in accept:
        return "ndjson"
    return None


# A text cell starting with one of these is a formula to Excel, LibreOffice and Google Sheets ("=HYPERLINK(...)",
# "@SUM(...)", "+cmd|..."): prefixed with an apostrophe it is shown as the text it is (OWASP CSV injection advice).
FORMULA_START = ("=", "+", "-", "@", "\t", "\r", "\uff1d", "\uff0b", "\uff0d", "\uff20")


def neutralize(row: list[Any]) -> list[Any]:
    """The row with every text cell that a spreadsheet would run as a formula made inert. Numbers stay numbers."""
    return [f"'{v}" if isinstance(v, str) and v.startswith(FORMULA_START) else v for v in row]


def csv_chunks(batches: Iterator[list[list[Any]]], columns: Sequence[str]) -> Iterator[bytes]:
    """A header line, then one chunk per batch of rows already flattened into cells (formulas neutralized)."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(columns)
    yield buffer.getvalue().encode()
    buffer.seek(0)
    buffer.truncate()
    for batch in batches:
        writer.writerows(map(neutralize, batch))
        yield buffer.getvalue().encode()
        buffer.seek(0)
        buffer.truncate()


def ndjson_chunks(batches: Iterator[list[Any]]) -> Iterator[bytes]:
    for batch in batches:
        yield b"".join(orjson.dumps(item) + b"\n" for item in batch)


def export_response(batches: Iterator[list[Any]], fmt: str, columns: Sequence[str], name: str) -> Response:
    chunks = csv_chunks(batches, columns) if fmt == "csv" else ndjson_chunks(batches)
    return StreamingResponse(
        chunks,
        media_type=EXPORT_TYPES[fmt],
        headers={"Content-Disposition": f'attachment; filename="{name}.{fmt}"'},
    )
