"""The web app's one adapter between a page's URL query and the list services' filters.

Form fields carry the /v1 parameter names, so a search in the browser is the same query string as on the API
(`/app/jobs?sector=crypto&region=asia` = `/v1/jobs?sector=crypto&region=asia`). Everything the pages know about
filters goes through here: which fields exist (every form is built from a filter registry: jobs, rounds, funds), how
they are labelled, how the query is validated (per field, so each problem is shown next to its field) and how a
search becomes a saved search's filters and back.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urlencode

from starlette.datastructures import QueryParams

from talentintel.models import REGIONS
from talentintel.services.queries import funding as round_queries
from talentintel.services.queries import funds as fund_queries
from talentintel.services.queries import jobs as job_queries
from talentintel.services.queries import params as qparams
from talentintel.services.queries.filter_registry import Filter, Registry
from talentintel.services.queries.fund_filters import FUND_FILTERS
from talentintel.services.queries.job_filters import JOB_FILTERS
from talentintel.services.queries.round_filters import ROUND_FILTERS


@dataclass(frozen=True)
class Field:
    name: str
    label: str
    kind: str  # text, search, checkboxes, select, date, number
    choices: tuple[tuple[str, str], ...] = ()
    hint: str = ""
    multi: bool = False  # repeatable: several values (checkboxes, or comma-separated in a text box)
    default: str = ""  # the service's own default: left out of URLs and saved searches (the form always sends it)


REGION_LABELS = {
    "us": "United States", "canada": "Canada", "latam": "Latin America", "europe": "Europe",
    "mena": "Middle East & North Africa", "africa": "Africa", "asia": "Asia", "oceania": "Oceania",
    "global": "Global / anywhere",
}  # fmt: skip
EMPLOYMENT_LABELS = {"full_time": "Full time", "part_time": "Part time", "contract": "Contract",
                     "internship": "Internship", "temporary": "Temporary", "other": "Other"}  # fmt: skip

REGION_CHOICES = tuple((r, REGION_LABELS.get(r, r)) for r in REGIONS)  # the trends page's region picker
ROUND_LABELS = {"pre_seed": "Pre-seed", **{f"series_{x}": f"Series {x.upper()}" for x in "abcdef"}}
CHOICE_LABELS = {
    **REGION_LABELS,
    **EMPLOYMENT_LABELS,
    **ROUND_LABELS,
    "crypto": "Crypto",
    "ai": "AI",
    "both": "Crypto + AI",
    "intersection": "Crypto + AI",
    "none": "Neither",
}
# Long vocabularies (the skill taxonomy) are typed, not ticked: a text box of comma-separated ids.
MAX_CHECKBOXES = 12


def _field_of(f: Filter) -> Field:
    """The form field of one registry filter (issue 17/19: the web app reads the one filter vocabulary)."""
    choices = tuple((c, CHOICE_LABELS.get(c, c.replace("_", " ").capitalize())) for c in f.choices)
    default = str(f.default) if f.default is not None and not f.repeatable else ""
    if f.name == "q":
        return Field("q", "Keywords", "search", hint=f.help.split(".")[0] + ".")
    if f.type == "boolean":
        return Field(f.name, f.label, "select", (("", "Any"), ("true", "Yes"), ("false", "No")), f.help)
    if f.type in ("datetime", "date"):
        return Field(f.name, f.label, "date", hint="YYYY-MM-DD")
    if f.type == "number":
        return Field(f.name, f.label, "number", hint=f.help)
    if choices and f.repeatable and len(choices) <= MAX_CHECKBOXES:
        return Field(f.name, f.label, "checkboxes", choices, f.help, True)
    if choices and not f.repeatable:
        return Field(f.name, f.label, "select", choices, f.help, default=default)
    return Field(
        f.name,
        f.label,
        "text",
        hint=f.help + (" Several: comma-separated." if f.repeatable else ""),
        multi=f.repeatable,
    )


def fields_of(registry: Registry) -> tuple[Field, ...]:
    """A registry's filters as form fields, in its order. Built per request (about 20 us): a filter added to the
    registry is on the form at once."""
    return tuple(_field_of(f) for f in registry)


# "" is the service's own default (best match when there are keywords, else newest first), as on /v1/jobs without
# `sort`: sending "-posted_at" for it made `q` searches differ from the API's.
JOB_SORTS = (("", "Best match with keywords, else newest"), ("-posted_at", "Newest first"), ("posted_at", "Oldest first"),
             ("-first_seen", "Newest to talentintel first"), ("first_seen", "Oldest to talentintel first"),
             ("-salary", "Best paid first"), ("-salary_usd", "Best paid first (annual USD)"),
             ("relevance", "Best match (needs keywords)"))  # fmt: skip
# The order of a digest's jobs: "" is the digest's default (-first_seen: what is new to talentintel first).
DIGEST_SORTS = (("", "Newest to talentintel first"),
                *((s, t) for s, t in JOB_SORTS if s not in ("", "-first_seen")))  # fmt: skip
ROUND_SORTS = (("-announced_on", "Newest first"), ("announced_on", "Oldest first"), ("-amount", "Largest first"))
# The /v1/funds sorts (api/routes/funds.py FundSort), in the same order.
FUND_SORTS = (("-announced_on", "Newest first"), ("announced_on", "Oldest first"), ("-amount", "Largest first"))
PAGE_SIZES = ("25", "50", "100")


@dataclass
class Search:
    """A list page's query: the values as typed (to refill the form), the parsed filters when every field is
    valid, and a reason per field that is not."""

    fields: tuple[Field, ...]
    values: dict[str, Any]
    filters: Any = None
    sort: str = ""
    limit: int = qparams.DEFAULT_LIMIT
    cursor: str | None = None
    errors: dict[str, str] = field(default_factory=dict)
    default_sort: str = ""  # the list's own default, left out of URLs ("" for jobs: the service picks, see JOB_SORTS)

    @property
    def ok(self) -> bool:
        return not self.errors

    def raw(self) -> dict[str, Any]:
        """The filter parameters that were given (what a saved search stores): lists for repeatable ones."""
        by_name = {f.name: f for f in self.fields}
        out: dict[str, Any] = {}
        for name, value in self.values.items():
            if by_name[name].multi:
                items = qparams.as_list(value)
                if items:
                    out[name] = items
            elif value not in (None, ""):
                out[name] = value
        return out

    def query(self, *, cursor: str | None = None, with_page: bool = True, with_sort: bool = False) -> str:
        """The canonical query string of this search (empty fields left out), optionally at a page; `with_sort`
        keeps a chosen sort without the page (what a saved search or subscription made from it stores)."""
        pairs: list[tuple[str, str]] = []
        for name, value in self.raw().items():
            pairs.extend((name, str(v)) for v in (value if isinstance(value, list) else [value]))
        if (with_page or with_sort) and self.sort and self.sort != self.default_sort:
            pairs.append(("sort", self.sort))
        if with_page:
            if self.limit != qparams.DEFAULT_LIMIT:
                pairs.append(("limit", str(self.limit)))
            if cursor:
                pairs.append(("cursor", cursor))
        return urlencode(pairs)

    def text(self, name: str) -> str:
        """A field's value as its text box shows it (repeatable values joined with commas)."""
        value = self.values.get(name)
        return ", ".join(qparams.as_list(value)) if isinstance(value, list) else str(value or "")

    def selected(self, name: str) -> set[str]:
        return {v.lower() for v in qparams.as_list(self.values.get(name))}


def _values(query: Mapping[str, Any] | QueryParams, fields: Sequence[Field]) -> dict[str, Any]:
    values: dict[str, Any] = {}
    for f in fields:
        if isinstance(query, QueryParams):
            got: Any = [v for v in query.getlist(f.name) if v.strip()] if f.multi else query.get(f.name, "").strip()
        else:
            got = query.get(f.name)
        if got not in (None, "", [], f.default or None):
            values[f.name] = got
    return values


def _read(
    query: Mapping[str, Any] | QueryParams,
    fields: tuple[Field, ...],
    parse: Callable[[Mapping[str, Any]], Any],
    sorts: Sequence[str],
    default_sort: str,
) -> Search:
    search = Search(fields, _values(query, fields), default_sort=default_sort)
    # One field at a time first, so every bad field gets its own message (the parser stops at the first).
    for name, value in search.values.items():
        try:
            parse({name: value})
        except qparams.InvalidParameter as exc:
            search.errors[exc.name] = exc.reason
    for name, read in (
        ("sort", lambda v: qparams.choice("sort", v, sorts, default_sort)),
        ("limit", qparams.limit),
    ):
        raw = query.get(name) or None
        try:
            setattr(search, name, read(raw))
        except qparams.InvalidParameter as exc:
            search.errors[exc.name] = exc.reason
    cursor = query.get("cursor") or None
    if cursor is not None and len(str(cursor)) > 1000:
        search.errors["cursor"] = "must be at most 1000 characters"
    search.cursor = cursor
    if search.ok:
        try:
            search.filters = parse(search.raw())
        except qparams.InvalidParameter as exc:
            search.errors[exc.name] = exc.reason
    return search


def job_search(query: Mapping[str, Any] | QueryParams) -> Search:
    """/app/jobs's query -> the /v1/jobs service's JobFilters, sort, page size and cursor."""
    return _read(query, fields_of(JOB_FILTERS), job_queries.parse_filters, [s for s, _ in JOB_SORTS], "")


def round_search(query: Mapping[str, Any] | QueryParams) -> Search:
    """/app/funding-rounds's query -> the /v1/funding-rounds service's RoundFilters."""
    return _read(
        query,
        fields_of(ROUND_FILTERS),
        round_queries.parse_filters,
        [s for s, _ in ROUND_SORTS],
        round_queries.DEFAULT_SORT,
    )


def fund_search(query: Mapping[str, Any] | QueryParams) -> Search:
    """/app/funds's query -> the /v1/funds service's FundFilters."""
    return _read(
        query,
        fields_of(FUND_FILTERS),
        fund_queries.parse_filters,
        [s for s, _ in FUND_SORTS],
        fund_queries.DEFAULT_SORT,
    )


def job_search_of(saved: Mapping[str, Any], sort: str | None = None) -> Search:
    """A saved search's (or subscription's) stored job filters and sort as a Search, e.g. to refill the edit form."""
    return job_search({**{k: v for k, v in saved.items() if k in JOB_FILTERS.filters}, "sort": sort or ""})


def query_of(saved: Mapping[str, Any], sort: str | None = None) -> str:
    """The /app query string of stored filters and sort (for "run this search" links)."""
    pairs: list[tuple[str, str]] = []
    for name, value in saved.items():
        pairs.extend((name, str(v)) for v in (value if isinstance(value, list) else [value]))
    return urlencode([*pairs, ("sort", sort)] if sort else pairs)


def describe(saved: Mapping[str, Any]) -> str:
    """Stored filters in words, for lists: 'sector: crypto · region: asia'."""
    parts = []
    for name, value in saved.items():
        shown = ", ".join(map(str, value)) if isinstance(value, list) else str(value)
        parts.append(f"{name.replace('_', ' ')}: {shown}")
    return " · ".join(parts) or "everything"
