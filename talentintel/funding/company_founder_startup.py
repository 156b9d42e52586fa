"""A person read as the raiser whose startup the text names: "Matthias Niessner, one of Europe's top AI researchers,
has secured a whopping $13 million in seed funding", then "Niessner's startup, SpAItial, promises to revolutionize
..." (b46-satirictech-spaitial-13m-seed, tuning_batch46, read the researcher).

"X's startup, Y," says Y is the company X founded or runs, so X raised nothing in its own name: the appositive's Y is
the raiser. The owner is matched by the reading's last word (a surname, "Niessner" for "Matthias Niessner").
"""

from __future__ import annotations

import re

from talentintel.funding.company import acceptable_name

_NAME = r"(?P<name>(?-i:[A-Z])[\w.&'’-]*(?:\s(?-i:[A-Z])[\w.&'’-]*){0,2})"
_OWNED = r"['’]s\s(?:new\s|own\s|latest\s)?(?:[\w-]+\s)?(?:startup|start-up|company|venture|firm|lab),\s" + _NAME + r","


def founders_startup(company: str | None, text: str) -> str | None:
    """The Y of "<company's last word>'s startup, Y," in the text; None when the text names no such startup."""
    if not company or not company.split():
        return None
    owner = re.escape(company.split()[-1])
    m = re.search(rf"(?<![\w-]){owner}{_OWNED}", text, re.IGNORECASE)
    if not m or m.group("name") == company:
        return None
    return acceptable_name(m.group("name")) or m.group("name")
