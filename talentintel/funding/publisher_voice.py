"""Who "we" is: a first-person post resolved to the owner of the site or repository that published it.

A company's blog says "we raised" and a fund's blog "we led" without always naming itself where a rule looks: "Why we
raised a $15m Series B ahead of schedule / By: Joe Martin" on github:PostHog/posthog.com (b33-posthog-15m-series-b-why),
"Today we are announcing our $1M seed round" on seed.run (hs12-seedrun-seed-1m-round), "we led a seed round in
Sochat" on eniac.vc (b18-eniac-sochat-seed). The publisher (its url or "github:owner/repo") names the owner; the
owner counts only when the text writes that name too, which gives its spelling ("seed.run" -> "Seed").

`company_voice` reads "we" from the text alone (a name glossed beside it, the name a post writes most); this module
runs after it, on the headline deal, and only for a first-person post:
- a company's own raise ("we raised", "our $20M Series B") -> the owner is the raiser;
- a fund's post on a company's round ("we led ...", "excited to back X") -> the owner is a lead (or an investor);
- a fund's post on its own fund ("we closed Fund III") -> the owner is the manager when none was read.
"""

from __future__ import annotations

import re
from collections import Counter

from talentintel.funding import company_grammar as grammar
from talentintel.funding.company_voice import WE_RAISED
from talentintel.funding.investors import is_known_investor, normalize_investor
from talentintel.funding.types import Deal

# Hosts that publish for many owners: the owner is the subdomain ("hatsfinance.medium.com"), never the host itself.
_PLATFORMS = (
    "medium.com", "substack.com", "beehiiv.com", "ghost.io", "wordpress.com", "blogspot.com", "github.io",
    "notion.site", "squarespace.com", "hashnode.dev", "mirror.xyz", "tumblr.com", "typepad.com", "webflow.io",
)  # fmt: skip
# A site's own subdomains and second-level suffixes, which name no owner ("blog.encord.com", "x.co.uk").
_NOT_OWNER = {"www", "blog", "blogs", "news", "medium", "press", "en", "home", "web", "co", "com", "org", "net", "ac"}
# What a firm or a company adds to its domain's name when it writes it: "eniac.vc" is "Eniac Ventures",
# "luxcapital.com" is "Lux Capital", "polymerlabs.org" is "Polymer (Labs)", "team8.vc" is "Team8 Ventures".
_SUFFIXES = (
    "", "ventures", "venture", "capital", "cap", "partners", "vc", "labs", "lab", "hq", "app", "ai", "io", "finance",
    "protocol", "network", "fund", "group", "tech", "technologies", "inc", "dev", "xyz",
)  # fmt: skip
_NAME_SPAN = re.compile(rf"(?<![\w$@/.])({grammar.NAME})")
_COMPACT = re.compile(r"[^a-z0-9]+")
# A fund's post on a company's round: "we led a seed round in Sochat", "we're thrilled to lead Acme's Series A",
# "Why we invested in Acme", "our investment in Acme". The first group tells a lead from a participant.
_BACKER_VOICE = re.compile(
    r"\b(?i:we(?:['’]ve|['’]re|\shave|\sare|\shad)?\s(?:\w+\s){0,3}?(?:(co-?led|led|lead|leading)|invested|backed|"
    r"participated)\s(?:\w+\s){0,4}?(?:round|seed|series|investment|in)\b|"
    r"(?:excited|thrilled|proud|delighted|happy|pleased)\sto\s(?:(co-?lead|lead)|back|invest\sin|support)\b|"
    r"(?:our|we)\s(?:\w+\s)?(?:investment\sin|invested\sin))"
)
# A firm's post on its own fund: "we closed Fund III", "our third fund", "announcing our $250M Fund II".
_FUND_VOICE = re.compile(
    r"\b(?i:(?:we|we['’]ve|we\shave)\s(?:\w+\s){0,4}?(?:raised|closed|launched|announcing)\s[^.\n]{0,40}?\bfund\b|"
    r"our\s(?:[\w$.,]+\s){0,4}?fund\b)"
)


def owner_keys(source: str | None) -> list[str]:
    """The compact names ("posthog", "seed", "eniac") an item's url or publisher ("github:owner/repo") gives."""
    if not source:
        return []
    source = source.strip().lower()
    github = re.match(r"^(?:github:|(?:https?://)?(?:www\.)?github\.com/)([\w.-]+)(?:/([\w.-]+))?", source)
    if github:
        repo = re.sub(r"(?:\.(?:com|io|org|dev|ai|xyz))?(?:[-_.]?blog)?$", "", github.group(2) or "")
        return [k for k in dict.fromkeys([_compact(github.group(1)), _compact(repo)]) if len(k) >= 3]
    host = re.sub(r"^[a-z]+://", "", source).split("/")[0].split(":")[0]
    for platform in _PLATFORMS:
        if host == platform or host.endswith(f".{platform}"):
            sub = host.removesuffix(platform).rstrip(".").split(".")
            return [_compact(sub[-1])] if sub[-1] and sub[-1] not in _NOT_OWNER else []
    labels = [p for p in host.split(".")[:-1] if p not in _NOT_OWNER]  # the last label is the top-level domain
    return [_compact(labels[-1])] if labels and len(_compact(labels[-1])) >= 2 else []


def _compact(name: str) -> str:
    return _COMPACT.sub("", name.lower())


def _is_owner(name: str, keys: list[str]) -> bool:
    compact = _compact(name)
    return any(compact + tail == key or key + tail == compact for key in keys for tail in _SUFFIXES if compact)


def owner_name(source: str | None, text: str) -> str | None:
    """The publisher's owner as the text writes it (most often written, then longest), or None when it never does."""
    keys = owner_keys(source)
    if not keys:
        return None
    found: Counter[str] = Counter()
    for m in _NAME_SPAN.finditer(text[:5000]):
        words = m.group(1).split()
        # "PostHog Cloud", "At Northwind Ventures": the owner may be a run of the span's words only
        runs = (" ".join(words[i:j]).strip(".,;:’'") for i in range(len(words)) for j in range(len(words), i, -1))
        name = next((run for run in runs if _is_owner(run, keys)), None)
        if name:
            found[name] += 1
    if not found:
        return None
    return max(found, key=lambda n: (sum(c for k, c in found.items() if _compact(k) == _compact(n)), len(n)))


def _has(names: list[str], name: str) -> bool:
    slug = normalize_investor(name)[0]
    return any(normalize_investor(n)[0] == slug for n in names)


def _quoted(text: str, at: int) -> bool:
    """`at` lies inside a quotation of its paragraph: an open curly quote, or an odd number of straight ones, before it."""
    para = text[text.rfind("\n", 0, at) + 1 : at]
    return para.count("“") > para.count("”") or para.count('"') % 2 == 1


def _voiced(pattern: re.Pattern[str], head: str) -> list[re.Match[str]]:
    """The pattern's matches in the writer's own voice: "we raised" quoted from a founder in a news site's story
    ("“We raised $5M to hire,” said the CEO" on techcrunch.com) is the founder's "we", not the publisher's."""
    return [m for m in pattern.finditer(head) if not _quoted(head, m.start())]


def own_raise_owner(text: str, source: str | None) -> str | None:
    """The publisher's owner when the post tells its own raise ("we raised", "our $1M seed round"), else None."""
    head = text[:800]
    if not _voiced(WE_RAISED, head) or _voiced(_BACKER_VOICE, head):
        return None
    owner = owner_name(source, text)
    return owner if owner and not is_known_investor(owner) else None


def with_publisher(deal: Deal, text: str, source: str | None) -> Deal:
    """The headline deal with "we" read as the publisher's owner (see the module's docstring); unchanged otherwise."""
    head = text[:800]
    owner = owner_name(source, text) if re.search(r"\b(?i:we|our)\b", head) else None
    if owner is None:
        return deal
    backing = _voiced(_BACKER_VOICE, head)
    if deal.kind == "round" and backing and not _voiced(WE_RAISED, head):
        if deal.company and _compact(deal.company) != _compact(owner):
            _add_backer(deal, owner, leads=any(m.group(1) or m.group(2) for m in backing))  # "we led", "to lead"
        return deal
    if deal.kind == "fund" and _voiced(_FUND_VOICE, head) and deal.company is None:
        deal.company = owner
    elif deal.kind == "round" and _voiced(WE_RAISED, head) and not is_known_investor(owner):
        # A company's own raise: the raiser is the owner, over a byline ("By: Joe Martin") or a linked name.
        backs = _has(deal.lead_investors, owner) or _has(deal.investors, owner)
        deal.company = deal.company if backs else owner
    return deal


def _add_backer(deal: Deal, owner: str, *, leads: bool) -> None:
    if leads and not _has(deal.lead_investors, owner):
        deal.lead_investors = [owner, *deal.lead_investors]
    if not _has(deal.investors, owner):
        deal.investors = [owner, *deal.investors]
