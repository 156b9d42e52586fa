"""Rendering of the web app's pages: one Jinja2 environment (autoescaped), display filters, HTML responses that
carry the session cookie, and sanitizing of the HTML that job descriptions arrive in."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import nh3
import orjson
from jinja2 import Environment, FileSystemLoader, select_autoescape
from markupsafe import Markup
from starlette.requests import Request
from starlette.responses import HTMLResponse, RedirectResponse, Response

from api.web import filters as web_filters
from api.web.session import CSRF_FIELD, Visitor, save
from talentintel.services.queries.params import InvalidParameter, Page

TEMPLATES = Path(__file__).parent / "templates"
# Tags a posting's description may keep (Ammonia's safe defaults minus images and tables' layout attributes):
# scripts, styles, event handlers, iframes, forms and javascript: links are all dropped by nh3.
_DESCRIPTION_TAGS = {
    "a", "b", "blockquote", "br", "code", "dd", "div", "dl", "dt", "em", "h1", "h2", "h3", "h4", "h5", "h6", "hr",
    "i", "li", "ol", "p", "pre", "s", "span", "strong", "sub", "sup", "table", "tbody", "td", "th", "thead", "tr",
    "u", "ul",
}  # fmt: skip


def sanitize(html: str | None) -> Markup:
    """A description as safe HTML: markup kept where harmless, everything active removed; plain text (no tags)
    keeps its line breaks."""
    text = html or ""
    if "<" not in text:
        return (
            Markup("<p>") + Markup("</p><p>").join(p.strip() for p in text.split("\n\n") if p.strip()) + Markup("</p>")
        )
    cleaned = nh3.clean(text, tags=_DESCRIPTION_TAGS, attributes={"a": {"href", "title"}}, link_rel="noopener nofollow")
    return Markup(cleaned)


def plain(value: Any) -> Any:
    """Service results as plain values: list pages splice JSON columns in as orjson.Fragment (for the API's
    speed), which templates cannot iterate. Dates become ISO strings, which the display filters read."""
    if value is None:
        return None
    if isinstance(value, Page):
        return {"items": orjson.loads(orjson.dumps(value.items)), "next_cursor": value.next_cursor}
    return orjson.loads(orjson.dumps(value))


def link(url: Any) -> str | None:
    """An outside link only when it is http(s): a scraped `javascript:` or `data:` URL is never made clickable."""
    text = str(url or "").strip()
    return text if text.lower().startswith(("http://", "https://")) else None


def when(value: Any) -> str:
    """A date or time as a short UTC date (and '' for none)."""
    if value is None or value == "":
        return ""
    if isinstance(value, str):
        try:
            value = datetime.fromisoformat(value.replace("Z", "+00:00"))
        except ValueError:
            return value
    if isinstance(value, datetime):
        return value.astimezone(UTC).strftime("%Y-%m-%d") if value.tzinfo else value.strftime("%Y-%m-%d")
    return value.isoformat() if isinstance(value, date) else str(value)


def ago(value: Any, now: datetime | None = None) -> str:
    if not isinstance(value, datetime):
        return "never"
    stamp = value if value.tzinfo else value.replace(tzinfo=UTC)
    seconds = max(0, int(((now or datetime.now(UTC)) - stamp).total_seconds()))
    for size, unit in ((86400, "d"), (3600, "h"), (60, "min")):
        if seconds >= size:
            return f"{seconds // size} {unit} ago"
    return "just now"


def _amount(value: float) -> str:
    return f"{value:,.0f}" if value >= 100 else f"{value:,.2f}".rstrip("0").rstrip(".")


def pay(job: dict[str, Any]) -> str:
    """'90,000–120,000 EUR a year'; '' when the posting gives no figure."""
    low, high = job.get("salary_min"), job.get("salary_max")
    if low is None and high is None:
        return ""
    figures = [_amount(v) for v in (low, high) if v is not None]
    text = "–".join(dict.fromkeys(figures))
    if job.get("salary_currency"):
        text += f" {job['salary_currency']}"
    return text + (f" a {job['salary_period']}" if job.get("salary_period") else "")


def usd(value: Any) -> str:
    if value is None:
        return "undisclosed"
    number = float(value)
    for size, unit in ((1e9, "B"), (1e6, "M"), (1e3, "k")):
        if number >= size:
            return f"${number / size:,.1f}{unit}".replace(".0" + unit, unit)
    return f"${number:,.0f}"


def label(value: Any) -> str:
    text = str(value or "")
    return web_filters.REGION_LABELS.get(text) or web_filters.EMPLOYMENT_LABELS.get(text) or text.replace("_", " ")


SECTOR_NAMES = {"crypto": "Crypto", "ai": "AI", "both": "Crypto + AI", "none": "Neither"}


def _environment() -> Environment:
    env = Environment(
        loader=FileSystemLoader(TEMPLATES),
        autoescape=select_autoescape(["html"]),
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.filters.update(link=link, when=when, ago=ago, pay=pay, usd=usd, label=label, sanitize=sanitize)
    env.globals.update(
        SECTOR_NAMES=SECTOR_NAMES, CSRF_FIELD=CSRF_FIELD, F=web_filters, PAGE_SIZES=web_filters.PAGE_SIZES
    )
    return env


ENV = _environment()


# The pages run no script at all, so a policy of none: anything a posting smuggled past the sanitizer cannot run.
# Inline styles stay allowed for the digest preview (an email's HTML is styled inline; srcdoc frames inherit this).
SECURITY_HEADERS = {
    "Content-Security-Policy": "default-src 'self'; script-src 'none'; style-src 'self' 'unsafe-inline'; "
    "img-src 'self' data:; frame-src 'self'; frame-ancestors 'none'; form-action 'self'; base-uri 'none'",
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "same-origin",  # searches in our URLs stay ours when a recruiter follows a posting's link
    "Cache-Control": "private, no-store",  # pages show what one key may see
}


def page(request: Request, v: Visitor | None, template: str, status: int = 200, **context: Any) -> Response:
    """The template rendered for this visitor, with the session cookie when it changed."""
    body = ENV.get_template(template).render(request=request, me=v, path=request.url.path, **context)
    response = HTMLResponse(body, status_code=status, headers=SECURITY_HEADERS)
    return save(request, response, v) if v is not None else response


def search_page(
    request: Request, v: Visitor, template: str, search: web_filters.Search, run: Callable[..., Page]
) -> Response:
    """A list page of a filter search (jobs, funding rounds, funds): `run(filters, sort=, limit=, cursor_token=)`'s page
    when every field is valid, else the form with each bad field's message (400). A cursor of another list or sort, or
    q without words, is found only when the query runs: it gets its field's message too."""
    found = None
    if search.ok:
        try:
            found = run(search.filters, sort=search.sort, limit=search.limit, cursor_token=search.cursor)
        except InvalidParameter as exc:
            search.errors[exc.name] = exc.reason
    return page(request, v, template, status=200 if search.ok else 400, search=search, found=plain(found))


def redirect(request: Request, v: Visitor | None, url: str) -> Response:
    """303 See Other (a POST answered with a GET of `url`), with the session cookie when it changed."""
    response = RedirectResponse(url, status_code=303)
    return save(request, response, v) if v is not None else response
