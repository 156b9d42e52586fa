"""The opening of a funding text: its headline line and first sentence, where `kind` and the sector tagger look for
what a story is about (later sentences quote history and context)."""

from __future__ import annotations

import re

from talentintel.funding.dateline import is_place_dateline
from talentintel.funding.opening_noise import is_label_line, is_noise_line

# "startups in the U.S. raised $15 billion" (venturebeat-q3-2016-nvca): "U.S.", "U.K." end no sentence.
# ... nor does a title before a name: "Support for Democrats Rep. Ruben Gallego in Arizona"
# (b42-gizmodo-crypto-lobby-election-spending).
SENTENCE_CUT = re.compile(
    r"(?<=[.!?。])(?<!\b[A-Z]\.[A-Z]\.)(?<!\bRep\.)(?<!\bSen\.)(?<!\bGov\.)(?<!\bMr\.)(?<!\bMrs\.)(?<!\bMs\.)(?<!\bDr\.)"
    r"(?<!\bSt\.)\s+|\n"
)
_INITIALS = re.compile(r"\b([A-Z])\.([A-Z])\.")


def opening(text: str, sentences: int = 2, *, distinct: bool = False) -> str:
    """The headline line and the first sentence of what follows (or the first two sentences of one paragraph);
    `distinct` reads a line printed twice in a row once."""
    # A dateline ("Berlin.", "BERLIN.") is no sentence: the lede follows it.
    # ... nor is a page's furniture ("advertisement", a bare date, a breadcrumb: opening_noise).
    parts = [
        p
        for i, p in enumerate(SENTENCE_CUT.split(text.strip()))
        if p.strip() and not is_place_dateline(p) and not is_noise_line(p) and not (i and is_label_line(p))
    ]
    if distinct:
        # The lede-less fallback of `kind.other_reason` reads on to the news: a byline printed twice ("This Week In
        # Tech by ..." x2, hs10-thisdaylive-nigeria-2022-pre-seed) would use up its sentences. Only there: the sector
        # tagger's opening of a repeated headline keeps its sub-headline out (hs9-gam3s-kgen-13-5m-strategic).
        parts = [p for i, p in enumerate(parts) if i == 0 or p.strip() != parts[i - 1].strip()]
    # "startups in the U.S. raised $15 billion": the points of "U.S." would stop the clause patterns.
    return _INITIALS.sub(r"\1\2", " \n".join(parts[:sentences]))
