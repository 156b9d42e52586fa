"""HTML descriptions -> plain text, cheaply (a regex, not a parser: tagging only needs the words)."""

from __future__ import annotations

import functools
import html
import re

_BLOCK = re.compile(r"<\s*(?:br|/p|/div|/li|li|/h\d|/tr|/ul|/ol)\b[^>]*>", re.IGNORECASE)
_TAG = re.compile(r"<[^>]+>")
_SPACES = re.compile(r"[ \t\r\f\v\xa0]+")


def plain_text(text: str) -> str:
    """Strip tags (once more after unescaping: Greenhouse entity-escapes its HTML), keep line breaks."""
    if "&lt;" in text or "&gt;" in text:
        text = html.unescape(text)
    if "<" in text:
        text = _TAG.sub(" ", _BLOCK.sub("\n", text))
    if "&" in text:
        text = html.unescape(text)
    if "  " in text or "\t" in text or "\xa0" in text or "\r" in text:
        text = _single_spaces(text)
    return text


def _single_spaces(text: str) -> str:
    """_SPACES.sub(" ", text): every run of spaces and tabs as one space. The substitution replaced each single space
    too (60 us for a 2 KB posting that has one double space); str.replace, a C loop, takes 5 us."""
    for blank in "\t\r\f\v\xa0":
        if blank in text:
            text = text.replace(blank, " ")
    while "  " in text:  # halves every run of spaces: log2(longest run) passes
        text = text.replace("  ", " ")
    return text


# Runs of two or more spaces or tabs in a short field (a single tab is kept, unlike _single_spaces): 20,000 spaces in a
# location field took 9.3 s to tag, as several patterns rescan a whitespace run from each of its characters.
_BLANK_RUN = re.compile(r"[ \t]{2,}")


def collapsed_blanks(field: str) -> str:
    """A title, company or location with every run of two or more spaces or tabs as one space."""
    return _BLANK_RUN.sub(" ", field) if "  " in field or "\t" in field else field


@functools.lru_cache(maxsize=8)
def lowered(text: str) -> str:
    """text.lower(), once per description: the sector rules, the intro reader and the regions each lowercased it, and
    beyond ASCII str.lower takes its slow path (~70 us for a 2 KB bench description, 58% of bench postings)."""
    return text.lower()
