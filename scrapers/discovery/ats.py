"""What each applicant tracking system's board URLs look like, and the API URL our source kinds read for a token.

A board is named by a URL on the ATS's own host (a link, an iframe, an embed script, a JSON string in a script), never
by the ATS's name in prose: "we use Greenhouse" is no board. The patterns come from the public URL formats of each
ATS (the same ones sources.toml uses) and from real career pages (tests/fixtures/discovery/SOURCES.md).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# A token as the ATSes allow them: letters, digits, '-', '_', '.', (Ashby: also '%20'-free names with dots).
_TOKEN = r"(?P<token>[A-Za-z0-9][A-Za-z0-9._-]{0,99})"
_HOST_END = r"(?=[/?#\"'\s\\<>&]|$)"


@dataclass(frozen=True, slots=True)
class AtsPattern:
    kind: str  # our source kind, or "other:<ats>" for an ATS we have no kind for yet
    regex: re.Pattern[str]
    api: str | None  # format of the source URL our kind reads; None: no kind yet
    eu: bool = False


def _p(kind: str, pattern: str, api: str | None, *, eu: bool = False) -> AtsPattern:
    return AtsPattern(kind, re.compile(pattern, re.IGNORECASE), api, eu)


_GH_API = "https://boards-api.greenhouse.io/v1/boards/{token}/jobs?content=true"
_GH_API_EU = "https://boards-api.eu.greenhouse.io/v1/boards/{token}/jobs?content=true"
_LEVER_API = "https://api.lever.co/v0/postings/{token}?mode=json"
_LEVER_API_EU = "https://api.eu.lever.co/v0/postings/{token}?mode=json"
_ASHBY_API = "https://api.ashbyhq.com/posting-api/job-board/{token}?includeCompensation=true"
_WORKABLE_API = "https://apply.workable.com/api/v1/widget/accounts/{token}"
_SR_API = "https://api.smartrecruiters.com/v1/companies/{token}/postings"

# Order matters only for readability: every pattern is tried on every URL-like string of the page.
PATTERNS: tuple[AtsPattern, ...] = (
    # Greenhouse: the embed (job_board?for= / job_board/js?for=), hosted boards old and new, the board API.
    _p(
        "greenhouse",
        r"//boards(?:\.eu)?\.greenhouse\.io/embed/job_board(?:/js)?/?\?(?:[^\"'\s<>]*?&(?:amp;)?)?for=" + _TOKEN,
        _GH_API,
    ),
    _p("greenhouse", r"//(?:job-)?boards\.eu\.greenhouse\.io/(?!embed\b)" + _TOKEN + _HOST_END, _GH_API_EU, eu=True),
    _p("greenhouse", r"//(?:job-)?boards\.greenhouse\.io/(?!embed\b)" + _TOKEN + _HOST_END, _GH_API),
    _p("greenhouse", r"//boards-api(?:\.eu)?\.greenhouse\.io/v1/boards/" + _TOKEN + _HOST_END, _GH_API),
    _p("greenhouse", r"//api\.greenhouse\.io/v1/boards/" + _TOKEN + _HOST_END, _GH_API),
    # Lever: hosted board and postings API, US and EU.
    _p("lever", r"//jobs\.eu\.lever\.co/" + _TOKEN + _HOST_END, _LEVER_API_EU, eu=True),
    _p("lever", r"//jobs\.lever\.co/" + _TOKEN + _HOST_END, _LEVER_API),
    _p("lever", r"//api\.eu\.lever\.co/v0/postings/" + _TOKEN + _HOST_END, _LEVER_API_EU, eu=True),
    _p("lever", r"//api\.lever\.co/v0/postings/" + _TOKEN + _HOST_END, _LEVER_API),
    # Ashby: hosted board (also its embed script .../TOKEN/embed) and the posting API.
    _p("ashby", r"//jobs\.ashbyhq\.com/" + _TOKEN + _HOST_END, _ASHBY_API),
    _p("ashby", r"//api\.ashbyhq\.com/posting-api/job-board/" + _TOKEN + _HOST_END, _ASHBY_API),
    # Workable: apply.workable.com/TOKEN, the widget API, and the older TOKEN.workable.com subdomains.
    _p(
        "workable",
        r"//apply\.workable\.com/(?:api/v\d/(?:widget/)?accounts/)?(?!api\b|j\b)" + _TOKEN + _HOST_END,
        _WORKABLE_API,
    ),
    _p(
        "workable",
        r"//(?!apply\.|www\.|jobs\.|resources\.|help\.)" + _TOKEN.replace("._-", "-") + r"\.workable\.com" + _HOST_END,
        _WORKABLE_API,
    ),
    # SmartRecruiters: hosted jobs/careers pages and the postings API.
    _p(
        "smartrecruiters",
        r"//(?:jobs|careers)\.smartrecruiters\.com/(?!oneclick|sr-jobs\b)" + _TOKEN + _HOST_END,
        _SR_API,
    ),
    _p("smartrecruiters", r"//api\.smartrecruiters\.com/v1/companies/" + _TOKEN + _HOST_END, _SR_API),
    # ATSes we have no kind for yet: named so a person (or a later kind) can pick them up.
    _p("other:gem", r"//jobs\.gem\.com/" + _TOKEN + _HOST_END, None),
    _p(
        "other:teamtailor",
        r"//(?!www\.|app\.|career\.)" + _TOKEN.replace("._-", "-") + r"\.teamtailor\.com" + _HOST_END,
        None,
    ),
    _p("other:recruitee", r"//(?!www\.|app\.)" + _TOKEN.replace("._-", "-") + r"\.recruitee\.com" + _HOST_END, None),
    _p("other:bamboohr", r"//(?!www\.|app\.)" + _TOKEN.replace("._-", "-") + r"\.bamboohr\.com" + _HOST_END, None),
    _p("other:personio", r"//" + _TOKEN.replace("._-", "-") + r"\.jobs\.personio\.(?:de|com)" + _HOST_END, None),
    _p("other:workday", r"//" + _TOKEN.replace("._-", "-") + r"\.wd\d+\.myworkdayjobs\.com" + _HOST_END, None),
    _p("other:breezy", r"//(?!www\.|app\.)" + _TOKEN.replace("._-", "-") + r"\.breezy\.hr" + _HOST_END, None),
    _p("other:jazzhr", r"//(?!www\.)" + _TOKEN.replace("._-", "-") + r"\.applytojob\.com" + _HOST_END, None),
    _p("other:pinpoint", r"//(?!www\.)" + _TOKEN.replace("._-", "-") + r"\.pinpointhq\.com" + _HOST_END, None),
    _p("other:rippling", r"//ats\.rippling\.com/" + _TOKEN + _HOST_END, None),
    _p("other:dover", r"//app\.dover\.(?:com|io)/(?:jobs|apply)/" + _TOKEN + _HOST_END, None),
    _p("other:jobvite", r"//jobs\.jobvite\.com/" + _TOKEN + _HOST_END, None),
    _p("other:comeet", r"//(?:www\.)?comeet\.(?:com|co)/jobs/" + _TOKEN + _HOST_END, None),
    _p("other:hibob", r"//" + _TOKEN.replace("._-", "-") + r"\.careers\.hibob\.com" + _HOST_END, None),
    _p("other:polymer", r"//jobs\.polymer\.co/" + _TOKEN + _HOST_END, None),
    _p("other:wellfound", r"//(?:www\.)?(?:wellfound|angel)\.(?:com|co)/company/" + _TOKEN + _HOST_END, None),
    _p("other:icims", r"//(?:careers|jobs)-" + _TOKEN.replace("._-", "-") + r"\.icims\.com" + _HOST_END, None),
    _p("other:join", r"//join\.com/companies/" + _TOKEN + _HOST_END, None),
    _p("other:homerun", r"//(?!www\.)" + _TOKEN.replace("._-", "-") + r"\.homerun\.co" + _HOST_END, None),
)

# Path segments that follow an ATS host but name no company.
RESERVED = frozenset(
    {
        "embed",
        "api",
        "v0",
        "v1",
        "static",
        "assets",
        "images",
        "img",
        "css",
        "js",
        "favicon.ico",
        "robots.txt",
        "careers",
        "jobs",
        "search",
        "login",
        "signup",
        "privacy",
        "terms",
        "help",
        "www",
        "cdn",
        "widget",
        "oneclick-ui",
        "sitemap.xml",
        "apply",
        "company",
        "companies",
        "users",
        "about",
        "blog",
        "pricing",
        # subdomains of the ATSes' own sites (jobseekers.workable.com, status.lever.co...), not customers
        "jobseekers",
        "status",
        "support",
        "app",
        "developers",
        "developer",
        "docs",
        "info",
        "marketing",
        "go",
        "get",
        "try",
        "community",
        "academy",
        "partners",
        "resources",
        "mail",
        "email",
        "news",
        "press",
    }
)


def api_url(kind: str, token: str, *, eu: bool = False) -> str | None:
    """The URL our `kind` reads for a board token (None for an ATS without a kind)."""
    for p in PATTERNS:
        if p.kind == kind and p.api and p.eu == eu:
            return p.api.format(token=token)
    return None
