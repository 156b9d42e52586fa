"""A fund manager read from a "作为X首次…设立的…基金" clause: "作为中科创星首次在长三角设立的硬科技创投基金" ("as 中科创星's first
hard-tech fund set up in the Yangtze delta", cjk6-jrj-zkcx-xiandao-fund-first-close) gave 作为中科创星首次 for 中科创星.
"作为/作為" (as) opens a phrase that describes the fund; the firm inside it, before the adverb of its first or renewed
setting-up (首次, 第一次, 再次), is the manager.
"""

from __future__ import annotations

import re

_AS = re.compile(r"^(?:作为|作為)")
# The adverb and what follows it ("首次在长三角"): the place and the verb the firm set the fund up with.
_ADVERB = re.compile(r"(?:首次|第一次|再次|再度|首度).*$")


def without_as(name: str) -> str:
    """`name` without a leading "作为" and the adverb (and the rest) the clause puts after the firm."""
    if not _AS.match(name):
        return name
    return _ADVERB.sub("", _AS.sub("", name))
