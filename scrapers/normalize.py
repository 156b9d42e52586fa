"""Pure helpers that turn raw ATS values into the normalized ScrapedJob fields."""

from __future__ import annotations

import html as htmllib
import json
import math
import re
from datetime import UTC, date, datetime
from email.utils import parsedate_to_datetime
from typing import Any

import lxml.html
from lxml.etree import ParserError

from scrapers.base import ParseError, ScrapedJob

_BLOCKS = frozenset(
    "p div br li ul ol h1 h2 h3 h4 h5 h6 tr table section article header footer blockquote pre dd dt".split()
)
# One pass over the tree is several times faster than lxml_html_clean's Cleaner, and enough for trusted-shape ATS HTML.
_DROP = frozenset(
    "script style iframe frame frameset object embed applet form input button select textarea link meta noscript svg math template base head title".split()
)
_UNWRAP = frozenset(["html", "body", "font", "span", "center"])
_KEEP_ATTRS = frozenset({"href", "title", "alt", "colspan", "rowspan"})
_SAFE_SCHEMES = ("http://", "https://", "mailto:", "/", "#")


def load_json(body: bytes, url: str) -> Any:
    try:
        return json.loads(body)
    except (ValueError, UnicodeDecodeError) as exc:
        raise ParseError(f"malformed JSON from {url}: {exc}") from exc


def json_list(body: bytes, url: str, key: str, platform: str) -> list[Any]:
    """The `key` list of a JSON object response (ParseError naming the platform when the body is not one)."""
    return list_in(load_json(body, url), key, platform, url)


def list_in(data: Any, key: str, platform: str, url: str) -> list[Any]:
    """The `key` list of an already loaded JSON response (ParseError naming the platform when it has none)."""
    found = data.get(key) if isinstance(data, dict) else None
    if not isinstance(found, list):
        raise ParseError(f"no '{key}' list in {platform} response from {url}")
    return found


def clean(value: Any) -> str | None:
    """Whitespace-collapsed string, or None when empty."""
    if value is None:
        return None
    text = " ".join(str(value).split())
    return text or None


def as_dict(value: Any) -> dict[str, Any]:
    """`value` if it is a JSON object, else an empty one: ATS fields come back null, absent or of another type."""
    return value if isinstance(value, dict) else {}


def place(*parts: Any) -> str:
    """One location string from its parts (city, region, country), skipping empty ones ("New York, New York" stays)."""
    return ", ".join(x for x in (clean(p) for p in parts if not isinstance(p, dict | list)) if x)


def _fragment(markup: str) -> Any:
    return lxml.html.fragment_fromstring(markup, create_parent="div")


def html_to_text(markup: str | None) -> str:
    """Readable text: block elements become line breaks, runs of blank lines collapse to one."""
    if not markup or not markup.strip():
        return ""
    try:
        root = _fragment(markup)
    except (ParserError, ValueError):
        return clean(markup) or ""
    return _tree_text(root)


def _tree_text(root: Any) -> str:
    for el in root.iter():
        if isinstance(el.tag, str) and el.tag in _BLOCKS:
            el.tail = "\n" + (el.tail or "")
            if el.tag == "li":
                el.text = "- " + (el.text or "")
    lines = (" ".join(line.split()) for line in root.text_content().splitlines())
    return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip()


def text_and_safe_html(markup: str | None) -> tuple[str, str | None]:
    """(readable text, sanitized HTML) from one parse of `markup`."""
    if not markup or not markup.strip():
        return "", None
    try:
        root = _fragment(markup)
    except (ParserError, ValueError):
        return clean(markup) or "", None
    safe = _safe_markup(root)
    return _tree_text(root), safe


def _safe_markup(root: Any) -> str | None:
    for el in list(root.iter()):
        if not isinstance(el.tag, str):  # comments, processing instructions
            el.drop_tree() if el.getparent() is not None else None
            continue
        if el.tag in _DROP:
            el.drop_tree()
            continue
        for name in list(el.attrib):
            if name not in _KEEP_ATTRS:
                del el.attrib[name]
        href = el.attrib.get("href")
        if href is not None and not href.strip().lower().startswith(_SAFE_SCHEMES):
            del el.attrib["href"]
        if el.tag in _UNWRAP and el is not root:
            el.drop_tag()
    out = lxml.html.tostring(root, encoding="unicode")
    return out.removeprefix("<div>").removesuffix("</div>").strip() or None


def unescape(text: str | None) -> str:
    """Greenhouse entity-escapes its HTML (&lt;p&gt;); turn it back into markup before parsing."""
    return htmllib.unescape(text or "")


# Written dates seen on career pages and feeds, tried after ISO-8601 and RFC 2822.
_DATE_FORMATS = ("%Y/%m/%d", "%d.%m.%Y", "%B %d, %Y", "%b %d, %Y", "%d %B %Y", "%d %b %Y")


def parse_time(value: Any) -> datetime | None:
    """-> aware UTC datetime, from: ISO-8601 dates and datetimes (no zone = UTC), YYYYMMDD, RFC 2822 dates (feeds),
    a few written forms ("September 21, 2026", "21.09.2026"), or Unix epochs in seconds or milliseconds."""
    if value is None or value == "" or isinstance(value, bool):
        return None
    if isinstance(value, int | float):
        seconds = value / 1000 if value > 1e11 else value
        try:
            return datetime.fromtimestamp(seconds, UTC)
        except (OverflowError, OSError, ValueError):
            return None
    if isinstance(value, datetime):
        return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)
    if isinstance(value, date):
        return datetime.combine(value, datetime.min.time(), UTC)
    text = str(value).strip()
    if re.fullmatch(r"(19|20)\d{6}", text):  # 20260921 is a date, not an epoch
        text = f"{text[:4]}-{text[4:6]}-{text[6:]}"
    elif text.isdigit():
        return parse_time(int(text))
    parsed: datetime | None = None
    try:
        parsed = datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        parsed = _written_date(text)
    if parsed is None:
        return None
    return parsed.replace(tzinfo=UTC) if parsed.tzinfo is None else parsed.astimezone(UTC)


def _written_date(text: str) -> datetime | None:
    if re.match(r"\d{4}-\d\d-\d\d", text):  # an ISO date with something fromisoformat refuses after it
        try:
            return datetime.combine(date.fromisoformat(text[:10]), datetime.min.time())
        except ValueError:
            return None
    try:
        return parsedate_to_datetime(text)
    except (TypeError, ValueError, IndexError):
        pass
    for fmt in _DATE_FORMATS:
        try:
            return datetime.strptime(text, fmt)
        except ValueError:
            continue
    return None


_EMPLOYMENT = [
    tuple(pair.split(":"))
    for pair in "intern:internship parttime:part_time fulltime:full_time permanent:full_time regular:full_time contract:contract freelance:contract temp:temporary full:full_time part:part_time".split()
]


def employment_type(value: Any) -> str | None:
    text = re.sub(r"[^a-z]", "", str(value or "").lower())
    if not text:
        return None
    # first match wins: "parttime" before "part", "fulltime" before "full"
    for needle, kind in _EMPLOYMENT:
        if needle in text:
            return kind
    return "other"


def workplace_type(value: Any) -> str | None:
    text = re.sub(r"[^a-z]", "", str(value or "").lower())
    if text in ("remote", "telecommute", "fullyremote", "remoteonly"):
        return "remote"
    if text == "hybrid":
        return "hybrid"
    if text in ("onsite", "inoffice", "office", "inperson"):
        return "onsite"
    return None


_REMOTE_WORD = re.compile(r"\b(remote|anywhere|worldwide|work from home|wfh|distributed)\b", re.IGNORECASE)


def looks_remote(locations: list[str]) -> bool:
    return any(_REMOTE_WORD.search(loc) for loc in locations)


# --- salary ---------------------------------------------------------------------------------------------------------

_SYMBOLS = dict(
    pair.split("=") for pair in "$=USD US$=USD €=EUR £=GBP ¥=JPY ₹=INR C$=CAD A$=AUD S$=SGD CHF=CHF HK$=HKD".split()
)
_PERIOD_WORDS = [
    tuple(pair.split(":"))
    for pair in "hour:hour day:day daily:day week:week month:month year:year annual:year yr:year".split()
]
_CODES = "USD|EUR|GBP|CAD|AUD|SGD|CHF|JPY|INR|HKD|KRW|CNY|AED|SEK|NOK|DKK|PLN|BRL|MXN|NZD|ILS"
_AMOUNT = r"(\d{1,3}(?:[,.\s]\d{3})+|\d+(?:\.\d+)?)\s*([kKmM])?"
_CUR = rf"(US\$|C\$|A\$|S\$|HK\$|[$€£¥₹]|(?:{_CODES})\b)"
_RANGE = re.compile(
    rf"{_CUR}\s?{_AMOUNT}(?:\s*(?:{_CODES}))?\s*(?:-|–|—|to)\s*(?:{_CUR}\s?)?{_AMOUNT}(?:\s*({_CODES})\b)?",
)
_CODE_AFTER = re.compile(rf"{_AMOUNT}\s*({_CODES})?\s*(?:-|–|—|to)\s*{_AMOUNT}\s*({_CODES})?\b")
_PERIODS = (
    (re.compile(r"per\s+hour|/\s?h(?:ou)?r\b|hourly|an hour", re.I), "hour"),
    (re.compile(r"per\s+day|/\s?day\b|daily rate", re.I), "day"),
    (re.compile(r"per\s+week|/\s?w(?:ee)?k\b|weekly", re.I), "week"),
    (re.compile(r"per\s+month|/\s?mo(?:nth)?\b|monthly", re.I), "month"),
    (re.compile(r"per\s+(?:year|annum)|/\s?y(?:ea)?r\b|annual|yearly|a year|p\.a\.", re.I), "year"),
)


def _number(digits: str, suffix: str | None) -> float:
    raw = digits.replace(" ", "")
    if re.fullmatch(r"\d{1,3}(?:[,.]\d{3})+", raw):
        raw = re.sub(r"[,.]", "", raw)
    value = float(raw)
    if suffix in ("k", "K"):
        value *= 1000
    elif suffix in ("m", "M"):
        value *= 1_000_000
    return value


def period(value: Any) -> str | None:
    """A pay interval as an ATS names it ("per-hour-wage", "1 YEAR", "HOURLY", "DAILY") -> hour/day/week/month/year.
    None for one-time pay and for multiples ("2 WEEK", "bi-weekly"): the amount is not per one unit."""
    text = str(value or "").lower()
    count = re.match(r"\s*(\d+)", text)
    if (count and int(count.group(1)) != 1) or re.search(r"bi-?week|fortnight|semi-?month", text):
        return None
    for word, name in _PERIOD_WORDS:
        if word in text:
            return name
    return None


def period_in(text: str | None) -> str | None:
    """The pay interval a sentence states ("per hour", "/yr", "annual"), else None."""
    return next((name for rx, name in _PERIODS if rx.search(text or "")), None)


def guess_period(text: str | None, low: float | None) -> str | None:
    """The interval `text` states; failing that, five-figure amounts and up are taken as yearly."""
    return period_in(text) or ("year" if low is not None and low >= 10_000 else None)


def amount(value: Any) -> float | None:
    """A pay figure from a number or a written one ("120000.0", "120,000", "$120.000", "80k", "120,000.50");
    None when absent, zero, negative or not a number."""
    if value is None or isinstance(value, bool):
        return None
    if isinstance(value, int | float):
        number = float(value)
    elif isinstance(value, str):
        digits = re.sub(r"[^\d.,]", "", value)
        if re.fullmatch(r"\d{1,3}(?:[,.]\d{3})+", digits):  # 120,000 or 120.000
            digits = re.sub(r"[,.]", "", digits)
        else:
            digits = digits.replace(",", "")  # 120,000.50
        try:
            number = float(digits) * (1000 if re.search(r"\d\s*[kK]\b", value) else 1)
        except ValueError:
            return None
    else:
        return None
    return number if math.isfinite(number) and number > 0 else None


def currency_code(text: str | None) -> str | None:
    """An ISO 4217 code from a code or a sign ("usd", "$", "€", "S$"); None otherwise."""
    if not text:
        return None
    code = _SYMBOLS.get(text.strip(), text.strip()).upper()
    return code if re.fullmatch(r"[A-Z]{3}", code) else None


def parse_salary(text: str | None) -> tuple[float, float, str, str | None] | None:
    """(min, max, currency, period) from text like "$120,000 - $150,000 per year" or "€80K–100K"; None if absent."""
    if not text:
        return None
    m = _RANGE.search(text)
    if m:
        cur1, lo, lo_s, _cur2, hi, hi_s, _code_after = m.groups()
        currency = _SYMBOLS.get(cur1, cur1)
        lo_s = lo_s or hi_s  # "80-100K": one suffix for both ends
    else:
        m2 = next((x for x in _CODE_AFTER.finditer(text) if x.group(3) or x.group(6)), None)
        if not m2:
            return None
        lo, lo_s, code1, hi, hi_s, code2 = m2.groups()
        currency = code1 or code2
        lo_s = lo_s or hi_s
    low, high = _number(lo, lo_s), _number(hi, hi_s)
    if low <= 0 or high < low or high > 100_000_000:
        return None
    tail = text[(m or m2).end() : (m or m2).end() + 40] if (m or m2) else ""  # type: ignore[union-attr]
    return low, high, currency.upper(), guess_period(tail, low)


# --- identity ---------------------------------------------------------------------------------------------------------

_ATS_PATTERNS = (
    (re.compile(r"greenhouse\.io/(?:embed/job_app\?(?:.*&)?token=|[^/]+/jobs/)(\d+)"), "greenhouse"),
    (re.compile(r"jobs\.(?:eu\.)?lever\.co/[^/]+/([0-9a-f-]{36})"), "lever"),
    (re.compile(r"jobs\.ashbyhq\.com/[^/]+/([0-9a-f-]{36})"), "ashby"),
    (re.compile(r"apply\.workable\.com/(?:[^/]+/)?j/([0-9A-F]{10})"), "workable"),
    (re.compile(r"jobs\.smartrecruiters\.com/[^/]+/(\d{6,})"), "smartrecruiters"),
    # Career sites that embed a board name the posting in the query (stripe.com/jobs/search?gh_jid=7552246).
    (re.compile(r"[?&]gh_jid=(\d+)(?:&|#|$)"), "greenhouse"),
    (re.compile(r"[?&]ashby_jid=([0-9a-f-]{36})(?:&|#|$)", re.IGNORECASE), "ashby"),
)


def ats_key(url: str | None) -> str | None:
    """The ATS identity of a posting from any URL pointing at it ("greenhouse:7994498"), else None."""
    if not url:
        return None
    for rx, name in _ATS_PATTERNS:
        m = rx.search(url)
        if m:
            return f"{name}:{m.group(1).lower()}"
    return None


def finish(job: ScrapedJob) -> ScrapedJob:
    """Fill what can be derived: text from HTML, remote from locations, salary from text, ATS key from URLs."""
    job.title = clean(job.title) or ""
    if not job.title:
        raise ValueError("posting has no title")
    job.external_id = str(job.external_id).strip()
    if not job.external_id:
        raise ValueError("posting has no id")
    if job.description_html:
        text, job.description_html = text_and_safe_html(job.description_html)
        job.description = job.description or text
    job.locations = list(dict.fromkeys(x for x in (clean(loc) for loc in job.locations) if x))
    if job.workplace_type is None and job.locations and "hybrid" in job.locations[0].lower():
        job.workplace_type = "hybrid"
    if job.workplace_type == "remote" or (job.workplace_type is None and (job.remote or looks_remote(job.locations))):
        job.remote = True
        job.workplace_type = job.workplace_type or "remote"
    _finish_salary(job)
    job.company = clean(job.company)
    job.department = clean(job.department)
    job.ats_key = job.ats_key or ats_key(job.apply_url) or ats_key(job.url)
    return job


def _finish_salary(job: ScrapedJob) -> None:
    """Salary bounds in order, a lone minimum as both ends, else a range read from the text; an ISO currency code."""
    job.salary_min, job.salary_max = amount(job.salary_min), amount(job.salary_max)
    if job.salary_min is not None and job.salary_max is not None and job.salary_min > job.salary_max:
        job.salary_min, job.salary_max = job.salary_max, job.salary_min
    if job.salary_min is None and job.salary_max is None:
        found = parse_salary(job.description[:8000]) if job.description else None
        if found:
            job.salary_min, job.salary_max, job.salary_currency, job.salary_period = found
    elif job.salary_min is not None and job.salary_max is None:
        job.salary_max = job.salary_min
    if job.salary_currency:
        job.salary_currency = currency_code(str(job.salary_currency))
