"""HTML descriptions -> plain text, cheaply (a regex, not a parser: tagging only needs the words)."""

from __future__ import annotations

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
        text = _SPACES.sub(" ", text)
    return text
