"""Owners named in a lead's appositive are not leads: "led by TWG Global, the investment vehicle of Thomas Tull and
Mark Walter" (hs8-ainews247-lambda-15b) gave the leads TWG Global and Mark Walter; the "and" of the owners' list was
read as the list of leads. A description "the/an <noun> of A and B" right after a lead says whose firm it is.
"""

from __future__ import annotations

import re

# ", the investment vehicle of", ", the family office of", ", a fund backed by", ", an affiliate of": a noun phrase in
# lower case (up to four words) that ends in of/by and describes the name before the comma.
_DESCRIPTION = r",\s(?:the|an?|its)\s(?:[a-z][\w-]*\s){0,4}?(?:of|by|for)\s"


def drop_appositive_owners(leads: list[str], text: str) -> list[str]:
    """`leads` without the names that stand only inside another lead's appositive description."""
    if len(leads) < 2:
        return leads
    kept = []
    for name in leads:
        others = [re.escape(o) for o in leads if o != name]
        inside = re.compile(
            rf"(?:{'|'.join(others)}){_DESCRIPTION}[^.;:\n(),]{{0,80}}?\b{re.escape(name)}\b(?![^.;\n]{{0,40}}\bled\b)"
        )
        said_alone = re.search(
            rf"\b(?:led\sby|co-led\sby)\s{re.escape(name)}\b|\b{re.escape(name)}\s(?:co-)?led\b", text
        )
        if inside.search(text) and not said_alone:
            continue
        kept.append(name)
    return kept
