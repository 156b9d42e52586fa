"""Reading HTML pages: how to decode them, the parsed document, and the JSON their script blocks carry, written as
loosely as pages write it (JSON-LD for the jsonld kind, Next.js data for Consider pages; the html kind decodes pages
the same way)."""

from __future__ import annotations

import codecs
import contextlib
import html as htmllib
import json
import re
from typing import Any

import lxml.html
from lxml.etree import ParserError

from scrapers.base import ParseError, Response

_CHARSET = re.compile(r"charset\s*=\s*[\"']?([\w.:-]+)", re.IGNORECASE)
_WRAPPER = re.compile(r"^\s*(?://|/\*)?\s*(?:<!--|<!\[CDATA\[)\s*(?:\*/)?|(?://|/\*)?\s*(?:-->|\]\]>)\s*(?:\*/)?\s*$")


def page_encoding(resp: Response) -> str | None:
    """How to decode an HTML page (None: as its <meta> says).
    The HTTP charset, else the page's <meta>, else UTF-8 when the bytes are UTF-8 (libxml2 would guess Latin-1) or
    windows-1252. A Latin-1 label on valid non-ASCII UTF-8 bytes is a server default, not the page's encoding."""
    utf8 = _is_utf8(resp.body)
    content_type = next((v for k, v in resp.headers.items() if k.lower() == "content-type"), "")
    m = _CHARSET.search(content_type)
    if m:
        try:
            name = codecs.lookup(m.group(1)).name
        except LookupError:
            name = None
        if name in ("iso8859-1", "cp1252"):  # browsers read the Latin-1 label as windows-1252
            return "utf-8" if utf8 and not resp.body.isascii() else "cp1252"
        if name:
            return name
    if re.search(rb"<meta[^>]+charset", resp.body[:4096], re.IGNORECASE):
        return None
    return "utf-8" if utf8 else "cp1252"


def _is_utf8(body: bytes) -> bool:
    try:
        body.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True


def document(resp: Response) -> Any:
    """The page parsed by lxml (ParseError when it cannot be read)."""
    encoding = page_encoding(resp)
    parser = lxml.html.HTMLParser(encoding=encoding) if encoding else None
    try:
        return lxml.html.document_fromstring(resp.body, parser=parser, base_url=resp.url)
    except (ParserError, ValueError, LookupError) as exc:
        raise ParseError(f"unreadable HTML from {resp.url}: {exc}") from exc


def _values(text: str) -> list[Any]:
    """Every JSON value in `text`: some pages put two objects, or a trailing `;`, in one block."""
    decoder = json.JSONDecoder(strict=False)
    out: list[Any] = []
    pos, end = 0, len(text)
    while pos < end:
        value, pos = decoder.raw_decode(text, pos)
        out.append(value)
        while pos < end and (text[pos].isspace() or text[pos] in ",;"):
            pos += 1
    if not out:
        raise ValueError("empty JSON block")
    return out


def _repair(text: str) -> str:
    """Drop trailing commas, control characters between tokens and backslashes that escape nothing JSON knows."""
    out: list[str] = []
    in_string = False
    i, n = 0, len(text)
    while i < n:
        c = text[i]
        if in_string:
            if c == "\\":
                nxt = text[i + 1 : i + 2]
                if nxt and nxt in '"\\/bfnrtu':
                    out.append(text[i : i + 2])
                    i += 2
                    continue
                i += 1  # "\'" and friends: keep the character, lose the backslash
                continue
            in_string = c != '"'
        elif c == '"':
            in_string = True
        elif c == ",":
            j = i + 1
            while j < n and text[j].isspace():
                j += 1
            if j < n and text[j] in "}]":
                i += 1
                continue
        elif c < " " and c not in "\t\n\r":
            i += 1
            continue
        out.append(c)
        i += 1
    return "".join(out)


def load_block(text: str) -> Any:
    """One JSON script block as pages write it; ValueError when even the lenient reading fails."""
    try:
        return json.loads(text, strict=False)  # job pages put raw newlines inside description strings
    except ValueError as exc:
        error = exc
    text = _WRAPPER.sub("", text)  # CDATA markers, HTML comments
    starts = [i for i in (text.find("{"), text.find("[")) if i >= 0]
    end = max(text.rfind("}"), text.rfind("]"))
    if not starts or end < min(starts):
        raise error
    core = text[min(starts) : end + 1]  # without "window.x =" or a trailing ";"
    candidates = [core]
    if re.search(r"&(quot|#34|#x22);", core, re.IGNORECASE):
        candidates.append(htmllib.unescape(core))  # the whole block entity-escaped
    for candidate in candidates:
        for attempt in (candidate, _repair(candidate)):
            try:
                values = _values(attempt)
            except ValueError:
                continue
            return values[0] if len(values) == 1 else values
    raise error


def script_blocks(doc: Any, script_type: str, label: str = "JSON") -> tuple[list[Any], list[str]]:
    """The JSON values of the document's <script> blocks whose type contains `script_type` ("ld+json",
    "application/json"), and an error ("malformed {label}: ...") for each block that does not parse even leniently."""
    wanted = script_type.lower()
    blocks: list[Any] = []
    errors: list[str] = []
    for script in doc.iter("script"):
        if wanted not in str(script.get("type") or "").lower():
            continue
        text = (script.text or "").strip()
        if not text:
            continue
        try:
            blocks.append(load_block(text))
        except ValueError as exc:
            ident = script.get("id")
            errors.append(f"malformed {label}{f' in script {ident}' if ident else ''}: {exc}")
    return blocks, errors


_FLIGHT_CHUNK = re.compile(r'self\.__next_f\.push\(\[1,\s*("(?:[^"\\]|\\.)*")\s*\]\)')


def flight_arrays(body: bytes, key: str) -> list[list[Any]]:
    """The JSON arrays under `"key":[` in the data a Next.js app-router page streams in `self.__next_f.push([1, "..."])`
    chunks (server-rendered boards carry their rows there, not in a JSON script block). Each chunk is a string
    literal, decoded as JSON; an array that does not parse is skipped."""
    text = body.decode("utf-8", "replace")
    decoded = []
    for literal in _FLIGHT_CHUNK.findall(text):
        try:
            decoded.append(json.loads(literal))
        except ValueError:
            continue
    flight = "".join(decoded)
    out: list[list[Any]] = []
    for found in re.finditer(rf'"{re.escape(key)}"\s*:\s*\[', flight):
        open_at = found.end() - 1
        end = _matching_bracket(flight, open_at)
        if end is not None:
            with contextlib.suppress(ValueError):
                value = json.loads(flight[open_at : end + 1])
                if isinstance(value, list):
                    out.append(value)
    return out


def _matching_bracket(text: str, open_at: int) -> int | None:
    depth, in_string, escaped = 0, False, False
    for i in range(open_at, len(text)):
        c = text[i]
        if escaped:
            escaped = False
        elif c == "\\":
            escaped = in_string
        elif c == '"':
            in_string = not in_string
        elif not in_string and c in "[{":
            depth += 1
        elif not in_string and c in "]}":
            depth -= 1
            if depth == 0:
                return i
    return None
