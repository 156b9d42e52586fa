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


def names_a_role(following: Sequence[str]) -> bool:
    """True when one of the (folded) words after a region word ends a job title."""
    return any(word in ROLE_NOUNS for word in following[:3])
