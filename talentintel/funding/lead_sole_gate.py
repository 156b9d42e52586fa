"""How many investors a text names, for `lead_sole`'s one-investor gate (issue 13; branch fund36).

`lead_sole` takes a round's one named investor as its lead and gives up when the text names a second. Two kinds of
second name are the same investor or no investor of the round: the firm's owner, named to describe it ("Temasek-backed
Vertex Venture invests in cryptocurrency exchange | Vertex Ventures, backed by Singapore's Temasek, has invested in
Binance", b17-tnp-binance-vertex), and a singular spelling of a plural firm word ("Vertex Venture" / "Vertex Ventures",
same text). Both are counted out; every other name still counts.
"""

from __future__ import annotations

import re

# ", backed by [Singapore's] Temasek", ", part of ...", ", the investment arm of ...", ", owned by ...".
_OWNER_OF = r",\s(?:backed\sby|owned\sby|part\sof|the\s(?:investment|venture|corporate\sventure)\sarm\sof)\s"
_POSSESSIVE = r"(?:[A-Z][a-z]+['’]s\s)?"
_PLURAL_WORD = re.compile(r"\b(ventures|partners|holdings|investments)$")


def spacing_key(name: str) -> str:
    """The name lowercased, its hyphens and runs of spaces one space: "Vertex-Ventures" and "vertex  ventures" alike."""
    return re.sub(r"[\s-]+", " ", name.lower()).strip()


def _key(name: str) -> str:
    return _PLURAL_WORD.sub(lambda m: m.group(1)[:-1], spacing_key(name))


def _owner(name: str, others: list[str], text: str) -> bool:
    """True when `name` is named only as the owner of another investor the text names."""
    n = re.escape(name)
    for other in others:
        if other == name:
            continue
        o = re.escape(other)
        # Substring tests first: both patterns are new for every pair of names, and compiling them was most of the
        # parser's time on roundups with many investors.
        if other + "," in text and re.search(rf"\b{o}{_OWNER_OF}{_POSSESSIVE}{n}\b", text):
            return True
        if name + "-backed" in text and re.search(rf"\b{n}-backed\s{o}\b", text):
            return True
    return False


def distinct_investors(investors: list[str], text: str) -> set[str]:
    """The distinct investors the text names, an owner named to describe another one and plural variants merged."""
    return {_key(n) for n in investors if not _owner(n, investors, text)}
