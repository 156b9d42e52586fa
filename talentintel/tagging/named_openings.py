"""A paragraph that opens with a name saying what it is ("Socious is a community app for social change, powered by AI
and blockchain."), past a posting's first three sentences: the employer's self-description all the same.

Careers pages often open with the role ("The Role / Do you have a passion for social impact? If yes, Socious Inc. is
looking for ...") and describe the company in the next paragraph; self_description read only the first three
sentences and an intro header's, so Socious's CTO posting lost its "powered by AI and blockchain" self-description
and read crypto only (unseen_hs19, labeled both). Only a paragraph's (or a line's) first sentence, only a capitalised
name of one to three words (or "The company") right before "is a/an/the", and only in the first OPENING_CHARS
characters.
"""

from __future__ import annotations

import re

OPENING_CHARS = 1_200
MAX_OPENINGS = 2
# a line start, "The company" or a capitalised name of 1-3 words (no sentence-initial pronoun or article), "is a/an/the", to the
# sentence's end
_OPENING = re.compile(
    r"^[ \t]*((?:[Tt]he[ \t]+(?:company|startup|firm)[ \t]+"
    r"|(?!(?:This|That|It|There|The|He|She|They|We|You|Our|Your|Each|Every|What|Which|Who)\b)"
    r"(?:[A-Z][\w.&'’-]*[ \t]+){1,3})(?:is|are)[ \t]+(?:a|an|the)\b[^.!?\n]*)",
    re.MULTILINE,
)


def named_openings(text: str) -> list[str]:
    """The lowercased first sentences of the lines in the text's head that open with "<Name> is a ..."."""
    head = text[:OPENING_CHARS]
    if " is " not in head and " are " not in head:
        return []
    return [m.group(1).lower() for m in _OPENING.finditer(head)][:MAX_OPENINGS]
