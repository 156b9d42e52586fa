"""The raiser named by the article's address when its text names none the parser can read.

A news address spells the headline: "/ftx-us-raises-400m-in-series-a-funding", "/oxford-universitys-spybiotech-raises-
4m-seed-funding-tackle", "/cyber-startup-spherex-raises-8m-...", "/refurbed-frische-54-millionen-euro/" (tuning rows
fintechio-ftxus-a, telegraph-spybiotech-seed, hs16-inkl-spherex-8-2m-seed-aleph, trendingtopics-refurbed-54m-eur; the
company was None in all four, fund81). The words before the raise verb hold the name, often after a descriptor
("oxford-universitys", "cyber-startup"). The name taken is the longest run of those words that the text itself writes
(in the text's spelling), the one nearest the verb on a tie; a run the text never writes is not taken, so a slug
alone never invents a name.
"""

from __future__ import annotations

import re

from talentintel.funding.types import Deal

# The raise verb of a headline slug, in the languages of the tuning addresses.
_SLUG_RAISE = re.compile(
    r"/([a-z0-9]+(?:-[a-z0-9]+){0,6}?)-(?:raises|raised|secures|secured|lands|landed|bags|nets|closes|snags|scores|"
    r"leve|levee|recauda|levanta|capta|sammelt|erhaelt|frische|raccoglie)-",
    re.IGNORECASE,
)
# Words of a slug that are no name on their own.
_GENERIC = frozenset(
    "a an the new startup start up company firm ai crypto cyber tech fintech biotech platform app its their us uk eu "
    "blockchain defi web3 game gaming developer protocol project just has have".split()
)


def _written(words: list[str], text: str) -> str | None:
    pattern = r"(?<![\w.])" + r"[\s-]".join(re.escape(w) for w in words) + r"(?![\w])"
    m = re.search(pattern, text, re.IGNORECASE)
    return m.group(0) if m else None


def _capitalised(found: str) -> bool:
    return all(w[:1].isupper() or w[:1].isdigit() for w in re.split(r"[\s-]+", found))


def slug_company(text: str, source: str | None) -> str | None:
    """The name the address's headline slug gives the raiser, as the text writes it; None when the text never does."""
    m = _SLUG_RAISE.search(source or "")
    if not m:
        return None
    words = m.group(1).lower().split("-")
    for size in range(len(words), 0, -1):  # the longest run first
        for start in range(len(words) - size, -1, -1):  # nearest the verb first
            span = words[start : start + size]
            if span[0] in _GENERIC or all(w.isdigit() for w in span):
                continue
            found = _written(span, text)
            # A lower-case brand is taken only when it is the whole run ("refurbed"); otherwise every word of a name is
            # capitalised as the text writes it ("AI startup Figure" holds a descriptor).
            if found and (_capitalised(found) or (size == len(words) and found.islower())):
                return found
    return None


def with_slug_company(deal: Deal, text: str, source: str | None) -> Deal:
    """The head round with its company named from the address's slug when the text's own reading found none."""
    if deal.kind == "round" and not deal.company:
        deal.company = slug_company(text, source)
    return deal
