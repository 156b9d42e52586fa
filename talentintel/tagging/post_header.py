"""The header line of a community hiring post: "Acme (acme.ai) | Senior ML Engineer | Berlin | REMOTE (EU) | url".

Hiring threads and forums (who's-hiring threads, subreddit job threads, newsletters' job sections) ask employers to
open with one line of fields split by "|": the company first, then roles, places, remote or onsite, a salary, a link.
The company and its domain are what the rest of the post never repeats in a field of its own, so they are read here:
the company name lets the reference lists and the "Acme is building..." paragraph below it count, and a domain
(acme.ai, acme.xyz) is a weak cue (company.py). Pure string work on the first line only.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

HEADER_MAX_CHARS = 300  # a header is one short line; a longer line with pipes is a table row or a sentence
MIN_FIELDS = 3
_SEPARATOR = re.compile(r"\s[|｜]\s|\s?[|｜]\s?(?=\S)")
# Some threads and boards write the same line with bullets or dashes: "Acme • ML Engineer • Berlin • Hybrid • url",
# "Acme - ML Engineer - London, UK - ONSITE - url" (SYNTHETIC probes, branch tag25: neither was read as a header, so
# a post without fields lost its company and title). Read only when the line has no pipe; a dash needs spaces round it
# ("Berlin-Mitte", "full-time" stay whole).
_ALT_SEPARATOR = re.compile(r"\s[•·–—-]\s")
_ALT_MARKS = (" - ", " • ", " · ", " – ", " — ")
_WRAP = " \t#*_>-•[]"
_DOMAIN = re.compile(r"(?:https?://)?(?:www\.)?((?:[a-z0-9-]+\.)+[a-z]{2,24})(?:/\S*)?", re.IGNORECASE)
_PAREN = re.compile(r"\s*[(（]([^)）]*)[)）]")
# Fields that are no role: the arrangement, the contract, the pay.
_ARRANGEMENT = re.compile(
    r"^(?:full[- ]?time|part[- ]?time|contract\w*|intern(?:ship)?s?|remote\b.*|on[- ]?site\b.*|hybrid\b.*|"
    r"visa\b.*|no visa\b.*|\$.*|€.*|£.*|\d.*k\b.*|远程.*|全职|兼职|원격.*|정규직|リモート.*|正社員)$",
    re.IGNORECASE,
)
_REMOTE = re.compile(r"remote|远程|遠程|원격|リモート", re.IGNORECASE)
_ROLE = re.compile(
    r"engineer|developer|scientist|researcher|designer|manager|lead\b|head of|director|architect|analyst|intern|"
    r"founding|cto|devops|sre\b|recruiter|writer|marketer|counsel|accountant|operations|"
    r"工程师|开发|研究员|产品|设计师|经理|实习|엔지니어|개발자|연구원|エンジニア",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class PostHeader:
    company: str
    roles: tuple[str, ...]
    places: tuple[str, ...]
    domain: str


def post_header(text: str) -> PostHeader | None:
    """The first line's fields when it is a "Company | Role | Place | ..." header, else None."""
    first = text.lstrip()[: HEADER_MAX_CHARS + 1].split("\n", 1)[0]
    if len(first) > HEADER_MAX_CHARS:
        return None
    separator = _SEPARATOR if first.count("|") + first.count("｜") >= MIN_FIELDS - 1 else _ALT_SEPARATOR
    if separator is _ALT_SEPARATOR and (
        not any(mark in first for mark in _ALT_MARKS) or len(_ALT_SEPARATOR.findall(first)) < MIN_FIELDS - 1
    ):
        return None  # cheap tests first: most descriptions open with a sentence
    fields = [f.strip(_WRAP) for f in separator.split(first.strip(_WRAP))]
    fields = [f for f in fields if f]
    if len(fields) < MIN_FIELDS or _ROLE.search(fields[0]):
        return None
    company, domain = _company(fields[0])
    roles: list[str] = []
    places: list[str] = []
    remote: list[str] = []
    arranged = False
    for item in fields[1:]:
        found = _DOMAIN.fullmatch(item)
        if found is not None:
            domain = domain or found.group(1).lower()
        elif _ROLE.search(item):
            roles.append(item)
        elif _ARRANGEMENT.match(item):
            arranged = True
            if _REMOTE.match(item):
                remote.append(item)
        elif len(item) <= 60:
            places.append(item)
    if not roles and not arranged:
        return None  # "Python | Go | Rust" is a list, not a hiring header: a header names a role or how it is worked
    # "Acme | Engineer | REMOTE | url" or "| REMOTE (Worldwide) |": with no place field, the remote field is the place
    # (remote with no restriction is worldwide); beside a place ("Berlin | REMOTE (EU)") the place alone counts
    return PostHeader(company, tuple(roles), tuple(places or remote), domain)


def _company(field: str) -> tuple[str, str]:
    """The company name, and the domain it gives in parentheses or as its name ("Acme (acme.ai)", "acme.ai")."""
    domain = ""
    for inside in _PAREN.findall(field):
        found = _DOMAIN.fullmatch(inside.strip())
        if found is not None:
            domain = found.group(1).lower()
    name = _PAREN.sub("", field).strip()
    found = _DOMAIN.fullmatch(name)
    return name, domain or (found.group(1).lower() if found else "")
