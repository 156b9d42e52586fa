"""A fund's portfolio page as a list of anchors (a16zcrypto.com, paradigm.xyz style).

Config: `item` (CSS selector of one company's anchor, default "a[target=_blank]"), `name` (selector inside it
for the name, default the anchor's text), `exclude_hosts` (links to skip: the fund's own site, socials), `links`:
"external" (default: each anchor points at the company's own site) or "internal" (each anchor points at the fund's
page about the company, e.g. paradigm.xyz/portfolio/{slug}: the name is kept, the link is not the company's site).
"""

from __future__ import annotations

from urllib.parse import urljoin, urlparse

from bs4 import BeautifulSoup, Tag

from scrapers.base import Kind, Page, PortfolioItem, Request, Response, SourceSpec, items_of, start_at_url

_SOCIAL = {"twitter.com", "x.com", "linkedin.com", "www.linkedin.com", "github.com", "t.me", "discord.gg", "medium.com"}


def parse(spec: SourceSpec, req: Request, resp: Response) -> Page:
    investor = spec.investor or spec.name
    selector = str(spec.config.get("item", "a[target=_blank]"))
    name_sel = spec.config.get("name")
    own = urlparse(resp.url).netloc
    internal = spec.config.get("links", "external") == "internal"
    excluded = {own, *_SOCIAL, *(spec.config.get("exclude_hosts") or [])}
    soup = BeautifulSoup(resp.body, "lxml")
    seen: set[str] = set()

    def build(anchor: Tag) -> PortfolioItem | None:
        href = str(anchor.get("href") or "")
        host = urlparse(urljoin(resp.url, href) if internal else href).netloc
        wanted = host == own if internal else bool(host) and host not in excluded
        if not wanted:
            return None
        node = anchor.select_one(str(name_sel)) if name_sel else anchor
        name = " ".join((node.get_text(" ") if node else "").split()) or (
            None if internal else host.removeprefix("www.")
        )
        if not name or name.lower() in seen:
            return None
        seen.add(name.lower())
        return PortfolioItem(investor=investor, company=name, website=None if internal else href)

    return items_of(Page(), soup.select(selector), build, lambda a: a.get("href"))


KIND = Kind(
    "portfolio_html", start_at_url, parse, description="fund portfolio page: anchors selected by CSS", yields="funding"
)
