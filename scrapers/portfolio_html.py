"""A fund's portfolio page as a list of anchors (a16zcrypto.com, paradigm.xyz style).

Config: `item` (CSS selector of one company's anchor, default "a[target=_blank]"), `name` (selector inside it
for the name, default the anchor's text), `exclude_hosts` (links to skip: the fund's own site, socials).
"""

from __future__ import annotations

from urllib.parse import urlparse

from bs4 import BeautifulSoup, Tag

from scrapers.base import Request, Response, SourceSpec
from scrapers.funding_base import FundingKind, FundingPage, PortfolioItem, each, start_at_url

_SOCIAL = {"twitter.com", "x.com", "linkedin.com", "www.linkedin.com", "github.com", "t.me", "discord.gg", "medium.com"}


def parse(spec: SourceSpec, req: Request, resp: Response) -> FundingPage:
    investor = spec.investor or spec.name
    selector = str(spec.config.get("item", "a[target=_blank]"))
    name_sel = spec.config.get("name")
    own = urlparse(resp.url).netloc
    excluded = {own, *_SOCIAL, *(spec.config.get("exclude_hosts") or [])}
    soup = BeautifulSoup(resp.body, "lxml")
    page = FundingPage()
    seen: set[str] = set()

    def add(anchor: Tag) -> None:
        href = str(anchor.get("href") or "")
        host = urlparse(href).netloc
        if not host or host in excluded:
            return
        node = anchor.select_one(str(name_sel)) if name_sel else anchor
        name = " ".join((node.get_text(" ") if node else "").split()) or host.removeprefix("www.")
        if name.lower() in seen:
            return
        seen.add(name.lower())
        page.members.append(PortfolioItem(investor=investor, company=name, website=href))

    return each(page, soup.select(selector), add, lambda a: a.get("href"))


KIND = FundingKind("portfolio_html", start_at_url, parse, "fund portfolio page: anchors selected by CSS")
