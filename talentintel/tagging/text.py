"""HTML descriptions -> plain text, cheaply (a regex, not a parser: tagging only needs the words)."""

from __future__ import annotations

import functools
import html
import re

_BLOCK = re.compile(r"<\s*(?:br|/p|/div|/li|li|/h\d|/tr|/ul|/ol)\b[^>]*>", re.IGNORECASE)
_TAG = re.compile(r"<[^>]+>")
_SPACES = re.compile(r"[ \t\r\f\v\xa0]+")


# UTF-8 read as Latin-1, as an aggregator's backup holds it (unseen_hs16's Remote OK records): "Weâ\x80\x99re" is
# "We’re", and "we're building" went unread as the employer's self-description. The C1 controls (U+0080-U+009F)
# stand in no real text: only a text holding one is repaired, each character's byte run decoded as UTF-8 (a run
# that is no UTF-8 is left as it is).
_MOJIBAKE = re.compile("[\xc2-\xdf][\x80-\xbf]|[\xe0-\xef][\x80-\xbf]{2}|[\xf0-\xf4][\x80-\xbf]{3}")


def _decoded(run: re.Match[str]) -> str:
    try:
        return run.group(0).encode("latin-1").decode("utf-8")
    except UnicodeDecodeError:
        return run.group(0)


# A C1 control in the text's UTF-8: the lead byte C2 and a continuation byte 80-9F (C2 is no continuation byte). The
# bytes pattern opens with a literal the regex engine skips to; the class [\x80-\x9f] over the text tested each of its
# characters (2 KB bench descriptions beyond ASCII: ~36 -> 2 us on a loaded machine; every code point tried in
# tests/tagging/test_tagging_speedups_speed63.py). Surrogates pass as ED xx xx, no C2.
_C1_UTF8 = re.compile(b"\xc2[\x80-\x9f]")


def repaired(text: str) -> str:
    """The text with UTF-8 read as Latin-1 decoded again; any other text as it is."""
    if text.isascii() or _C1_UTF8.search(text.encode("utf-8", "surrogatepass")) is None:
        return text
    return _MOJIBAKE.sub(_decoded, text)


def plain_text(text: str) -> str:
    """Strip tags (once more after unescaping: Greenhouse entity-escapes its HTML), keep line breaks."""
    text = repaired(text)
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
    low = plain_lowered(text)
    return text.lower() if low is None else low


# The characters beyond ASCII of most English texts that have any (curly quotes, dashes, bullets, a no-break space, a
# registered sign, an ellipsis): none has a case, and none is a letter IGNORECASE matches ("ſ" matches "s", "K" "k").
CASELESS = (
    "\u2019",
    "\u2018",
    "\u201c",
    "\u201d",
    "\u2013",
    "\u2014",
    "\u2022",
    "\u00b7",
    "\u00a0",
    "\u00ae",
    "\u2026",
)


def plain_lowered(text: str) -> str | None:
    """text.lower() when every character of the text beyond ASCII is one of CASELESS, else None.

    str.lower keeps those characters and reads no context but a capital sigma's, so lowering the UTF-8 bytes, where
    only A-Z change, gives the same string: 3 us for a 2 KB bench description beyond ASCII, where str.lower took 25
    (tests/tagging/test_tagging_speedups_speed63.py)."""
    if text.isascii():
        return text.lower()
    rest = text
    for char in CASELESS:
        if char in rest:
            rest = rest.replace(char, "")
    return text.encode().lower().decode() if rest.isascii() else None
