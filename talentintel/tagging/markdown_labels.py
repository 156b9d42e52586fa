"""Markdown job documents bold their field labels: "- **Location**: Remote" and "**Location:** Berlin" are the
"Location: Remote" lines of README region rule 1 (regions._LOCATION_LINE reads the plain form only).

Issue 18, unseen30: three LooksRare hiring documents ("- **Location**: Remote\\n- **Timezone**: Any") read as no place
where the labels say worldwide. The bold markers are taken off labels only (a bold run of at most four words right
before or around its colon); bold body text stays as it is.
"""

from __future__ import annotations

import re

# "**Location**:" and "**Location:**": a label of one to four words, bold, with its colon outside or inside.
_BOLD_LABEL = re.compile(r"\*\*([A-Za-z][A-Za-z]*(?: [A-Za-z]+){0,3})(?:\*\*[ \t]*:|:\*\*)")


def unbolded_labels(text: str) -> str:
    """The text with each bold label written plain ("**Location**: Remote" -> "Location: Remote")."""
    if "**" not in text:
        return text  # most descriptions: one substring test
    return _BOLD_LABEL.sub(r"\1:", text)
