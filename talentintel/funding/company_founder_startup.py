"""A person read as the raiser whose startup the text names: "Matthias Niessner, one of Europe's top AI researchers,
has secured a whopping $13 million in seed funding", then "Niessner's startup, SpAItial, promises to revolutionize
..." (b46-satirictech-spaitial-13m-seed, tuning_batch46, read the researcher).

"X's startup, Y," says Y is the company X founded or runs, so X raised nothing in its own name: the appositive's Y is
the raiser. The owner is matched by the reading's last word (a surname, "Niessner" for "Matthias Niessner").
"""

from __future__ import annotations

import re

from talentintel.funding.company import acceptable_name
from talentintel.funding.investors import normalize_company
from talentintel.funding.types import Deal

_NAME = r"(?P<name>(?-i:[A-Z])[\w.&'’-]*(?:\s(?-i:[A-Z])[\w.&'’-]*){0,2})"
_OWNED = r"['’]s\s(?:new\s|own\s|latest\s)?(?:[\w-]+\s)?(?:startup|start-up|company|venture|firm|lab),\s" + _NAME + r","


# The same tie told from the startup's side: "Thinking Machines Lab, the secretive AI startup founded by OpenAI's former
# chief technology officer Mira Murati, has closed a $2 billion seed round" (hs15-bskiller-thinking-machines-2bn-seed,
# whose lede "Mira Murati raised $2 billion for a company that doesn't exist" read the founder); "Y, co-founded by X".
_FOUNDED_BY = (
    r"(?-i:(?P<name>[A-Z][\w.&'’-]*(?:\s[A-Z][\w.&'’-]*){0,2})),\s(?:(?:the|a|an)\s(?:[\w-]+\s){0,5}?"
    r"(?:startup|start-up|company|venture|firm|lab)\s)?(?:co-?)?founded\sby\s[^.,;:\n]{0,80}?"
)

# And from the founders' side: "Bret Taylor and Clay Bavor publicly launched their new startup, Sierra Technologies"
# (hs14-aletteraday-sierra-110m-benchmark-sequoia read "Clay", whose "Clay’s experiences" the text also writes).
_LAUNCHED = (
    r"(?:\s(?-i:[A-Z])[\w'’-]+)?\s(?:\w+ly\s)?(?:launched|founded|co-founded|started|unveiled)\s(?:their|his|her)\s"
    r"(?:new\s|own\s)?(?:[\w-]+\s)?(?:startup|start-up|company|venture),\s" + _NAME + r"[.,]"
)


def founders_startup(company: str | None, text: str) -> str | None:
    """The Y of "<company's last word>'s startup, Y,", "Y, the startup founded by <company>" or "<company> launched
    their new startup, Y" in the text; None when the text names no such startup."""
    if not company or not company.split():
        return None
    owner = re.escape(company.split()[-1])
    m = (
        re.search(rf"(?<![\w-]){owner}{_OWNED}", text, re.IGNORECASE)
        or re.search(rf"{_FOUNDED_BY}(?<![\w-]){owner}(?![\w-])", text, re.IGNORECASE)
        or re.search(rf"(?<![\w-]){owner}{_LAUNCHED}", text, re.IGNORECASE)
    )
    if not m or m.group("name") == company:
        return None
    return acceptable_name(m.group("name")) or m.group("name")


def with_founded_startup(deals: list[Deal], text: str) -> list[Deal]:
    """The head round's raiser read as a person whose startup the whole text names elsewhere (a later part than the
    lede, which `extract_round` did not see): the startup raised; a later deal of that startup is the same one."""
    head = deals[0] if deals else None
    startup = founders_startup(head.company, text) if head and head.kind == "round" else None
    if head is None or startup is None:
        return deals
    head.company = startup
    key = normalize_company(startup)
    return [head, *(d for d in deals[1:] if not (d.company and normalize_company(d.company) == key))]
