"""A question names no raiser: "一家「曾兩度遭駭」的跨鏈基礎設施,為何能再次獲得資本加持?" (cjk6-kqgmpj-lifi-series-a-extension)
gave 為何能再次 ("why could it again") for LI.FI, the subject of the headline and the lede. A headline or a sub-headline
that asks why or how a company raised is the piece's hook; the raise is told in a statement.
"""

from __future__ import annotations

import re

# The end of the sentence a position lies in: the first sentence mark or line break after it.
_END = re.compile(r"[。！？!?\n]")


def in_question(text: str, start: int) -> bool:
    """The sentence that holds `start` ends in a question mark."""
    end = _END.search(text, start)
    return end is not None and end.group(0) in "？?"
