"""Repairs for text that lost its spaces on the way in (PDF renderings, scraped newsletters)."""

from __future__ import annotations

import re

# "headed into a pivotal study.Polaris Partners led the round" (b18-ancora-tessa-degron, a PDF-to-text newsletter): a
# sentence's full stop glued to the next sentence's capitalised word. Three lower-case letters before the stop and a
# word after it keep domains ("Booking.com"), initials ("U.S.Army") and "e.g.Apple" as they are.
_RUN_ON = re.compile(r"(?<=[a-z]{3})\.(?=[A-Z][a-z]{2,}[\s,])")


def space_run_on_sentences(text: str) -> str:
    """Put back the space after a full stop that runs into the next sentence."""
    return _RUN_ON.sub(". ", text)
