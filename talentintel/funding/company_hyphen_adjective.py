"""A hyphenated adjective is no company name: "investment into AI-related ventures in Israel has been growing"
(b38-aiport-israel-ai21-labs-pinecone) read "AI-related" as the company invested into, over "AI21 Labs, ..., having
attracted $155 million". A sector or a name glued to "-related", "-focused", "-powered" ... describes what follows it;
a company whose name has a hyphen writes a capital or a name after it ("Coca-Cola", "Mercedes-Benz", "Go-Jek").
"""

from __future__ import annotations

import re

_ADJECTIVE = re.compile(
    r"(?:\S+\s){0,2}[\w.&]+-(?:related|focused|powered|driven|enabled|native|centric|oriented|based|backed|led|linked|"
    r"specific|friendly|heavy|adjacent|first|like|style|type|grade|level|ready|compatible|integrated|generated|"
    r"assisted|savvy|exposed|facing|agnostic|inspired|themed|dedicated|only|centred|centered|minded)"
)


def is_hyphen_adjective(name: str) -> bool:
    """`name` ends in a hyphenated adjective ("AI-related", "Web3-focused", "Generative AI-powered")."""
    return _ADJECTIVE.fullmatch(name) is not None
