"""Which job boards one page points to, and (for a homepage) which link leads to its careers page. Pure: no I/O.

A board counts only when its URL is on the ATS's host (link, iframe, embed script, a URL string inside a script or a
JSON blob): the word "greenhouse" in prose is no board. A page carrying schema.org JobPosting JSON-LD is itself a
board of the `jsonld` kind.
"""

from __future__ import annotations

import html as html_lib
import json
import re
from dataclasses import dataclass, field
from urllib.parse import urljoin, urlsplit

import lxml.html
from lxml import etree

from scrapers.discovery.ats import PATTERNS, RESERVED

# Reading the first 5 MB is enough to find the embed (they sit in the first screens of a page); a 20 MB page would
# otherwise cost ~10x its size in lxml trees.
MAX_SCAN = 5_000_000

_URLISH = re.compile(r"""(?:https?:)?//[A-Za-z0-9.-]+\.[A-Za-z]{2,}[^\s"'<>()\\]*""")
_LD_BLOCK = re.compile(r"<script[^>]+application/ld\+json[^>]*>(.*?)</script>", re.IGNORECASE | re.DOTALL)
_FEED_TYPES = ("application/rss+xml", "application/atom+xml")

# Anchor texts and path words of a careers link, in the languages our companies use. Scores: text beats path.
_CAREERS_TEXT = re.compile(
    r"^\W*(?:careers?|jobs?|join\s+(?:us|our\s+team|the\s+team)|we(?:'|’)?re\s+hiring|work\s+(?:with|at)\s+us|"
    r"open\s+(?:positions|roles)|hiring|vacancies|karriere|jobs\s+&\s+karriere|carri[eè]res?|emplois?|empleos?|"
    r"trabaja\s+con\s+nosotros|vagas|carreiras|lavora\s+con\s+noi|werken\s+bij|"
    r"채용|인재\s*채용|채용\s*정보|採用(?:情報)?|求人|キャリア|招聘|加入我们|人才招聘|工作机会)\W*$",
    re.IGNORECASE,
)
_CAREERS_PATH = re.compile(
    r"/(?:careers?|jobs|join(?:-us)?|work-with-us|hiring|open-positions|karriere|carrieres|recruit(?:ing|ment)?|"
    r"saiyo|recruit|채용|採用|招聘)(?:[/.?#-]|$)",
    re.IGNORECASE,
)
_SKIP_LINK = re.compile(r"^(?:mailto:|tel:|javascript:|#)|\.(?:pdf|docx?|png|jpe?g|zip)(?:[?#]|$)", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class FoundBoard:
    kind: str  # a source kind (greenhouse, lever, ashby, workable, smartrecruiters, jsonld, rss) or "other:<ats>"
    token: str  # the board token; for jsonld and rss, the page or feed URL
    url: str  # the URL that names it on the page
    evidence: str
    eu: bool = False
    via: str = "board"  # embed (script/iframe/widget) | board (its root or API) | posting (one job) | page (this page)

    def as_json(self) -> dict[str, str]:
        return {"kind": self.kind, "token": self.token, "url": self.url, "evidence": self.evidence, "via": self.via}


@dataclass(slots=True)
class PageFindings:
    boards: list[FoundBoard] = field(default_factory=list)
    careers_links: list[str] = field(default_factory=list)  # best first


def detect(page_url: str, body: str | bytes) -> PageFindings:
    """The boards `body` (the HTML of `page_url`) points to, and its careers links, best first."""
    text = body.decode("utf-8", "replace") if isinstance(body, bytes) else body
    text = text[:MAX_SCAN]
    found = PageFindings(boards=_boards(text, page_url))
    tree = _tree(text)
    if tree is not None:
        found.boards.extend(_jsonld_board(page_url, text))
        found.boards.extend(_feeds(page_url, tree))
        found.careers_links = careers_links(page_url, tree)
    return found


def _tree(text: str) -> etree._Element | None:
    try:
        return lxml.html.fromstring(text) if text.strip() else None
    except (etree.ParserError, ValueError):
        return None


def _candidates(text: str) -> list[str]:
    # URLs sit in attributes (entity-escaped) and in scripts (JSON-escaped '\/'): undo both before matching.
    unescaped = html_lib.unescape(text.replace("\\/", "/").replace("\\u002F", "/").replace("\\u002f", "/"))
    return _URLISH.findall(unescaped)


# Embed scripts configured by an account name rather than a URL (the lever-jobs-embed widget many sites use).
_LEVER_EMBED = re.compile(r"leverJobsOptions\s*=\s*\{[^}]*accountName\s*:\s*['\"](?P<token>[A-Za-z0-9._-]+)['\"]")


def _boards(text: str, page_url: str = "") -> list[FoundBoard]:
    seen: dict[tuple[str, str], FoundBoard] = {}
    for embed in _LEVER_EMBED.finditer(text):
        token = embed.group("token")
        seen[("lever", token.lower())] = FoundBoard(
            "lever",
            token,
            f"https://jobs.lever.co/{token}",
            f"lever embed script configured for {token!r}",
            via="embed",
        )
    # A careers link that is itself the ATS board (or a page of it) names the board by its own URL.
    for i, url in enumerate([page_url, *_candidates(text)]):
        for pattern in PATTERNS:
            m = pattern.regex.search(url)
            if not m:
                continue
            token = m.group("token").rstrip(".")
            if token.lower() in RESERVED or not token:
                continue
            via = "page" if i == 0 else _via(url, m)
            key = (pattern.kind, token.lower())
            where = "this page is on" if via == "page" else "URL on the page:"
            board = FoundBoard(
                pattern.kind,
                token,
                url if url.startswith("http") else "https:" + url,
                f"{pattern.kind.removeprefix('other:')} {where} {url[:200]}",
                eu=pattern.eu,
                via=via,
            )
            if key not in seen or _RANK[via] < _RANK[seen[key].via]:
                seen[key] = board
            break
    return list(seen.values())


_RANK = {"page": 0, "embed": 1, "board": 2, "posting": 3}
_BOARD_TAILS = {"", "embed", "jobs", "careers", "jobs.json"}


def _via(url: str, m: re.Match[str]) -> str:
    """How the URL names the board: an embed, the board itself, or a single posting on it."""
    if "for=" in m.group(0) or "/embed" in url:
        return "embed"
    rest = url[m.end() :].split("?")[0].split("#")[0]
    segments = [s for s in rest.split("/") if s]
    return "board" if len(segments) <= 1 and (not segments or segments[0].lower() in _BOARD_TAILS) else "posting"


def _jsonld_board(page_url: str, text: str) -> list[FoundBoard]:
    for block in _LD_BLOCK.findall(text):
        if _has_job_posting(block):
            return [FoundBoard("jsonld", page_url, page_url, "schema.org JobPosting JSON-LD on the page")]
    return []


def _has_job_posting(block: str) -> bool:
    try:
        data = json.loads(block.strip().rstrip(";"))
    except ValueError:
        # Loosely written blocks are common; a JobPosting type string is evidence enough to propose (the
        # verification call reads it with the jsonld kind's lenient reader).
        return bool(re.search(r'"@type"\s*:\s*(?:\[[^\]]*)?"(?:schema:)?JobPosting"', block))
    return _types_of(data)


def _types_of(node: object, depth: int = 0) -> bool:
    if depth > 6:
        return False
    if isinstance(node, list):
        return any(_types_of(n, depth + 1) for n in node)
    if not isinstance(node, dict):
        return False
    kind = node.get("@type")
    kinds = kind if isinstance(kind, list) else [kind]
    if any(isinstance(k, str) and k.rsplit(":", 1)[-1] == "JobPosting" for k in kinds):
        return True
    return any(_types_of(node.get(k), depth + 1) for k in ("@graph", "mainEntity", "itemListElement", "item"))


def _feeds(page_url: str, tree: etree._Element) -> list[FoundBoard]:
    out: list[FoundBoard] = []
    for link in tree.iter("link"):
        kind = (link.get("type") or "").lower()
        href = link.get("href") or ""
        label = f"{link.get('title') or ''} {href}".lower()
        # A site's blog feed is no job board: only feeds that say they carry jobs.
        if kind in _FEED_TYPES and href and re.search(r"\b(?:jobs?|careers?|vacanc|positions|openings)", label):
            url = urljoin(page_url, href)
            out.append(FoundBoard("rss", url, url, f"job feed <link rel=alternate> on the page: {href[:200]}"))
    return out


def careers_links(page_url: str, tree: etree._Element) -> list[str]:
    """Links that look like the site's careers page, best first (anchor text over path; same site over others)."""
    site = _site(page_url)
    scored: dict[str, int] = {}
    for a in tree.iter("a"):
        href = (a.get("href") or "").strip()
        if not href or _SKIP_LINK.search(href):
            continue
        url = urljoin(page_url, href)
        if urlsplit(url).scheme not in ("http", "https") or url.rstrip("/") == page_url.rstrip("/"):
            continue
        label = " ".join(a.text_content().split()) or (a.get("aria-label") or a.get("title") or "")
        score = (4 if _CAREERS_TEXT.match(label) else 0) + (2 if _CAREERS_PATH.search(urlsplit(url).path) else 0)
        if score and _site(url) == site:
            score += 1
        if score and scored.get(url, 0) < score:
            scored[url] = score
    return [u for u, _ in sorted(scored.items(), key=lambda kv: -kv[1])]


def _site(url: str) -> str:
    host = (urlsplit(url).hostname or "").lower()
    parts = host.split(".")
    return ".".join(parts[-2:]) if len(parts) >= 2 else host
