"""Drop a page's cross-link lines ("Related: ...", "Read more: ...") before a funding text is cut into deals.

A news page puts links to its other stories around the one it tells: "Related: Acme raises $5M seed" above the
headline became deal 1 of the text, and a roundup's "Read more: BIO protocol is pushing scientific funding onchain"
(b15-blockworkscom-bio-pharos) sits between its deals. Such a line tells another page's story, never this text's deal.
"""

from __future__ import annotations

import re

# A whole line that opens on a link label with a colon or dash, in English and the roundup languages the tuning set
# holds (German "Lesen Sie auch", French "À lire aussi", Spanish "Lea también" / "Te puede interesar").
_LINK_LINE = re.compile(
    r"^\s*(?:\[?\s*)?(?:related(?:\s(?:stories|articles?|news|reading|coverage))?|read\s(?:more|also|next)|also\sread|"
    r"see\salso|recommended(?:\sreading)?|further\sreading|more\son\sthis|don[’']t\smiss|"
    r"lesen\ssie\s(?:auch|mehr)|mehr\szum\sthema|à\slire\saussi|a\slire\saussi|lire\saussi|lea\stambién|"
    r"te\spuede\sinteresar|leia\stambém|leia\smais)\s*\]?\s*[:：\-–—|»>]",
    re.IGNORECASE,
)


def drop_link_lines(text: str) -> str:
    """The text without its cross-link lines (a text of nothing else is returned as it is)."""
    kept = [line for line in text.split("\n") if not _LINK_LINE.match(line)]
    return "\n".join(kept) if any(line.strip() for line in kept) else text
