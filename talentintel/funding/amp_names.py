"""Where "&" joins two investors and where it is inside one name.

"Sequoia Capital & Accel" is two investors; "Allen & Company" and "Green Park & Golf Ventures" (b16-360dx-prolocor-seed:
"led by Green Park & Golf Ventures", split into "Green Park" and "Golf Ventures") are one. A firm word closing the
right side with none on the left names the whole: the left is the first half of the firm's name.
"""

from __future__ import annotations

import re
from collections.abc import Callable

_TWO_WORDS = re.compile(r"[A-Z][a-z]+\s[A-Z]")


def split_ampersand(part: str, investor_like: Callable[[str], bool], known: Callable[[str], bool]) -> list[str]:
    """`part` as one name or as the two names "&" joins."""
    left, amp, right = part.strip().partition(" & ")
    if not amp or not right[:1].isupper() or right.split()[0] in {"Co", "Co.", "Company"}:
        return [part]
    if investor_like(left):
        return [left, right]
    if _TWO_WORDS.match(right) and not (investor_like(right) and not known(right)):
        return [left, right]
    return [part]
