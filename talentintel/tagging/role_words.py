"""A region word in free text that opens a job title names a person or a team, not a place of work: "Reports to the
North American Finance Manager" (unseen21, CCLI: read as Canada and the US), "our EMEA Sales Director", "the APAC
Controller". Only the words right after the region word are read (up to three, as the free-text scan passes them), and
only in free text: a location field's "North America" stays a place.
"""

from __future__ import annotations

from collections.abc import Sequence

# Nouns that end a person's or a team's title; "sales", "finance" and the like may stand between ("EMEA Sales Director").
ROLE_NOUNS = frozenset(
    {
        "manager",
        "managers",
        "director",
        "directors",
        "controller",
        "supervisor",
        "officer",
        "president",
        "vp",
        "head",
        "lead",
    }
)


# "APAC Head Office", "EMEA headquarters": a head that names a seat is a place of work
_SEAT_AFTER_HEAD = frozenset({"office", "offices", "quarters"})


def names_a_role(following: Sequence[str]) -> bool:
    """True when one of the (folded) words after a region word ends a job title."""
    words = list(following[:3])
    for i, word in enumerate(words):
        if word == "head" and i + 1 < len(words) and words[i + 1] in _SEAT_AFTER_HEAD:
            return False
        if word in ROLE_NOUNS:
            return True
    return False
