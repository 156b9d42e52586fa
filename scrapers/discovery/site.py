"""Walk one company website: homepage -> careers page -> the boards it embeds or links -> one API call per board.

Every request goes through the shared fetch layer (robots.txt, per-host limits, size cap, retries, private addresses
refused). A board is only ever proposed after its API answered and our kind read it; everything else is recorded
with its reason, so a run over hundreds of companies says why each one did or did not yield a source.
"""

from __future__ import annotations

import re
from urllib.parse import urlsplit

from scrapers.base import ParseError, Request, SourceSpec
from scrapers.discovery.ats import api_url
from scrapers.discovery.detect import FoundBoard, PageFindings, detect
from scrapers.fetch import Fetcher, FetchError, RobotsDisallowed
from scrapers.registry import get_kind
from talentintel.discovery import SiteResult, VerifiedBoard
from talentintel.logs import get_logger

log = get_logger(__name__)

MAX_CAREERS_PAGES = 2
_HTML = re.compile(r"text/html|application/xhtml|text/plain|^$")


def discover_site(fetcher: Fetcher, website: str, *, company: str | None = None) -> SiteResult:
    """What `website` leads to. Never raises for the site's own faults: they are the result's status and reason."""
    result = SiteResult(website=website, company=company)
    if urlsplit(website).scheme not in ("http", "https"):
        result.status, result.reason = "unreachable", f"not an http(s) URL: {website[:200]!r}"
        return result
    home = _page(fetcher, website, result)
    if home is None:
        result.status = "unreachable"
        return result
    findings = [(website, home)]
    if not _strong(home.boards):
        for link in home.careers_links[:MAX_CAREERS_PAGES]:
            page = _page(fetcher, link, result)
            if page is not None:
                result.careers_url = result.careers_url or link
                findings.append((link, page))
                if _strong(page.boards):
                    break
    boards = select_boards([(url, b) for url, page in findings for b in page.boards], company, website, result)
    for found_on, board in boards:
        verified = _verify(fetcher, board, found_on, result)
        if verified is not None:
            result.boards.append(verified)
    _conclude(result, any(page.boards for _, page in findings), len(findings) > 1)
    return result


def _conclude(result: SiteResult, saw_boards: bool, saw_careers: bool) -> None:
    if result.boards:
        result.status, result.reason = "ok", f"{len(result.boards)} verified board(s)"
    elif saw_boards and (result.rejected or result.other_ats):
        result.status = "unverified"
        result.reason = "; ".join(r["reason"] for r in result.rejected[:3]) or "only ATSes we have no kind for"
    elif saw_careers:
        result.status, result.reason = "no_board", "careers page found but it names no board we can read"
    elif not result.reason:
        result.status, result.reason = "no_careers_page", "no careers link or board on the homepage"


def _page(fetcher: Fetcher, url: str, result: SiteResult) -> PageFindings | None:
    try:
        resp = fetcher.fetch(_request(url))
    except RobotsDisallowed as exc:
        result.reason = f"robots.txt disallows {url}: {exc}"
        return None
    except FetchError as exc:
        result.reason = f"{url}: {exc}"
        return None
    except Exception as exc:  # a refused private address, a too-large body: recorded, never raised
        result.reason = f"{url}: {type(exc).__name__}: {exc}"
        return None
    result.pages_fetched += 1
    if resp is None:
        return None
    ctype = resp.headers.get("content-type", "").split(";")[0].strip().lower()
    if not _HTML.search(ctype):
        result.reason = f"{url}: not a page ({ctype})"
        return None
    return detect(resp.url or url, resp.body)


def _request(url: str) -> Request:
    return Request(url, headers={"Accept": "text/html,application/xhtml+xml;q=0.9,*/*;q=0.5"})


def _strong(boards: list[FoundBoard]) -> bool:
    return any(b.via in ("embed", "board", "page") and not b.kind.startswith("other:") for b in boards)


def _name_key(text: str | None) -> str:
    return re.sub(r"[^a-z0-9]", "", (text or "").lower())


def _resembles(token: str, company: str | None, website: str) -> bool:
    """A token that shares its first letters with the company's name or domain (numus ~ Numus Labs)."""
    key = _name_key(token)
    host = (urlsplit(website).hostname or "").removeprefix("www.").split(".")[0]
    names = [k for k in (_name_key(company), _name_key(host)) if len(k) >= 3]
    return any(key[:4] == n[:4] or n in key or key in n for n in names) if key else False


def select_boards(
    found: list[tuple[str, FoundBoard]], company: str | None, website: str, result: SiteResult
) -> list[tuple[str, FoundBoard]]:
    """Boards worth one verification call. A link to one posting on another company's board (a page listing
    partner jobs) is not the company's board unless its token resembles the company."""
    strong = _strong([b for _, b in found])
    posting_tokens = {(b.kind, b.token.lower()) for _, b in found if b.via == "posting"}
    lone = not strong and len(posting_tokens) == 1  # every posting link points to one board: it is theirs
    chosen: dict[tuple[str, str], tuple[str, FoundBoard]] = {}
    for found_on, board in found:
        if board.kind.startswith("other:"):
            result.other_ats.append({"ats": board.kind.removeprefix("other:"), "token": board.token, "url": board.url})
            continue
        if board.kind in ("jsonld", "rss") and strong:
            continue  # the ATS board behind the page is the better source
        if board.via == "posting" and not lone and not _resembles(board.token, company, website):
            result.rejected.append(
                {
                    "kind": board.kind,
                    "token": board.token,
                    "reason": f"{board.kind}:{board.token} is only linked as one posting",
                }
            )
            continue
        chosen.setdefault((board.kind, board.token.lower()), (found_on, board))
    return list(chosen.values())


def _verify(fetcher: Fetcher, board: FoundBoard, found_on: str, result: SiteResult) -> VerifiedBoard | None:
    url = board.token if board.kind in ("jsonld", "rss") else api_url(board.kind, board.token, eu=board.eu)
    if url is None:
        return None
    kind = get_kind(board.kind)
    spec = SourceSpec(name=f"discover:{board.kind}:{board.token}", kind=board.kind, url=url, company=result.company)
    try:
        req = kind.start(spec)[0]
        resp = fetcher.fetch(req)
        if resp is None:
            raise ParseError("304 to an unconditional request")
        page = kind.parse(spec, req, resp)
    except (FetchError, ParseError, RobotsDisallowed) as exc:
        result.rejected.append(
            {"kind": board.kind, "token": board.token, "reason": f"{board.kind}:{board.token}: {exc}"}
        )
        return None
    except Exception as exc:  # the board answered something our kind cannot read: not a source to propose
        result.rejected.append(
            {
                "kind": board.kind,
                "token": board.token,
                "reason": f"{board.kind}:{board.token}: unreadable answer ({type(exc).__name__})",
            }
        )
        return None
    count = len(page.jobs) or len(page.follow)  # list-then-detail kinds (SmartRecruiters) name postings to follow
    if board.kind == "jsonld" and not page.jobs:
        result.rejected.append(
            {"kind": "jsonld", "token": board.token, "reason": "JSON-LD block had no readable posting"}
        )
        return None
    log.info("discover.verified", kind=board.kind, token=board.token, jobs=count)
    return VerifiedBoard(board.kind, board.token, url, count, found_on, board.evidence)
