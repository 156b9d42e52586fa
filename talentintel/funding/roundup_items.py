"""A roundup's rounds as headed lines: "Name: amount ...", "Name — amount ...", "Name | amount | ..." (issue 13,
branch fund57).

Digests and tables turned to text give each deal a line that opens on the company, then a separator, then the sum:
"- Neurolabs: £43.2M Series B for AI-powered computer vision platform" (hs12-londontechwatch-london-april-2025-
neurolabs), "Fun — $72M Series A" (hs7-crewyou-ai-radar-may-2026), "• Spellbook (Canada) – $25 million raised to
integrate AI drafting tools" (hs5-zonixai-legal-ai-750m), "- Kineis : 100 millions d’euros" (b21-ladn-fr-january-
2020-megarounds). No raise verb stands before the sum, so the sentence rules read none of them (first score: extra
deals 0 of 10 there). Each such line is one deal, read on its own line only, so its sum and its leads never cross to
another; two such lines at least, and never a metric's line ("- Series A: £166.2M across 8 deals", "Total Funding:").
The same layout was first read by a second reader written in parallel (fund56, roundup_lists.line_deals: three lines,
its own money parser); session 14 kept this one, which reads each line's round and leads too, and gave it that reader's
metric heads ("Largest", "Value") and its rule that the text names a deal, and each deal's sector from its own line.
"""

from __future__ import annotations

import re
from datetime import date

from talentintel.funding.company_nonnames import not_a_name
from talentintel.funding.money import find_money
from talentintel.funding.roundup_lists import DEAL_CUE
from talentintel.funding.types import Deal

_LINE = re.compile(
    r"^[ \t]*(?:[-•*·▪●][ \t]*|\d{1,2}[.)][ \t]*)?(?:\*\*)?(?P<name>[A-Z0-9][^\n:|–—\t()]{0,48}?)(?:\*\*)?"
    r"(?:[ \t]\([^()\n]{1,30}\))?[ \t]*(?::|[–—-](?=[ \t])|\||\t)[ \t]*(?:\*\*)?(?P<rest>[^\n]{2,300})",
    re.MULTILINE,
)
# A line's head that labels a figure, not a company: "Total Funding", "Average Deal Size", "Series A", "Valuation".
_METRIC = re.compile(
    r"total|funding|deals?|average|median|size|change|stage|series|seed|rounds?|valuation|revenue|others?|sectors?|"
    r"market|amount|investors?|lead|date|year|month|week|q[1-4]|h[12]|ai|fintech|crypto|defi|mean|overall|number|"
    r"largest|biggest|smallest|value|volume|count"
)
# ... and a sum that counts a period's deals: "£61.8M across 2 deals".
_PERIOD = re.compile(r"\b(?:across|in|from)\s\d+\s(?:deals|rounds|transactions|companies|startups)\b", re.IGNORECASE)
# The sum opens the line's rest, after at most a raise word: "$25 million raised", "Raised $140 million".
_SUM_FIRST = re.compile(r"(?:(?i:raised|secured|closed|landed)\s)?(?:US\s?|USD\s|R|CHF\s|S)?[$€£¥₹]?\s?\d")
_MIN_LINES = 2
_BLOCK = 600  # characters of a deal's block read for its sector


def _line_deal(name: str, rest: str, published: date | None) -> Deal | None:
    from talentintel.funding.extract import extract_round  # extract imports the roundup readers' neighbours

    name = name.strip(" *")
    metric = any(_METRIC.fullmatch(word) for word in re.split(r"[\s/-]+", name.lower()))
    if not _SUM_FIRST.match(rest) or metric or _PERIOD.search(rest) or not_a_name(name):
        return None
    said = find_money(rest)
    if not said or said[0].start > 12:
        return None
    found = extract_round(f"{name} raised {rest}", published=published)
    if found.amount_usd is None:
        return None
    deal = Deal(kind="round", company=name, amount_usd=found.amount_usd, currency=found.currency)
    deal.amount_original, deal.round = found.amount_original, found.round
    deal.lead_investors, deal.investors = found.lead_investors, found.investors
    return deal


def headed_deals(text: str, published: date | None) -> list[tuple[Deal, str]]:
    """Rounds told one per headed line ("Name: £43.2M Series B ..."), two lines or more in a text that names a deal,
    in order, each with its block (its line and those under it, up to the next deal's): the block alone tells its
    sector ("for AI diagnostic solutions", not its neighbour's). A line may run past the part read ("3. Teamworks - $235M (Durham) Earmarked for ...", 340
    characters, b16-botmemo-helsing)."""
    if not DEAL_CUE.search(text):
        return []  # "Prices:\nAcme: $12M ...": a list of sums, not of rounds
    found = [(m, deal) for m in _LINE.finditer(text) if (deal := _line_deal(m["name"], m["rest"], published))]
    if len(found) < _MIN_LINES:
        return []
    # A deal's block runs to the next deal's line: "Fun — $72M Series A\n- What they build: Crypto-to-cash
    # conversion ..." (hs7-crewyou-ai-radar-may-2026) tells its business on the lines under it.
    ends = [m.start() for m, _ in found[1:]] + [len(text)]
    return [(deal, text[m.start() : min(end, m.start() + _BLOCK)]) for (m, deal), end in zip(found, ends, strict=True)]


def _amount_of(deal: Deal, headed: list[Deal]) -> Deal | None:
    return next(
        (
            h
            for h in headed
            if h.amount_usd and deal.amount_usd and abs(h.amount_usd - deal.amount_usd) <= 0.02 * h.amount_usd
        ),
        None,
    )


def without_crossed(deals: list[Deal], headed: list[Deal]) -> list[Deal]:
    """`deals` without a round that took a headed line's sum under another name ("AI-powered" with Neurolabs' £43.2M,
    the line "- Neurolabs: £43.2M Series B for AI-powered computer vision platform"): the line's deal is the reading."""
    from talentintel.funding.investors import normalize_company

    names = {normalize_company(h.company) for h in headed if h.company}
    kept = [
        d
        for d in deals
        if d.kind != "round" or not d.company or normalize_company(d.company) in names or _amount_of(d, headed) is None
    ]
    return kept
