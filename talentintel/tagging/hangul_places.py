"""Hangul place names inside a longer Hangul word: Korean puts a space between words, so a place name that starts in
the middle of one is part of another word ("재원산업", a company, holds 원산, Wonsan, North Korea; unseen28)."""

from __future__ import annotations


def _hangul(ch: str) -> bool:
    return "\uac00" <= ch <= "\ud7af"


def inside_hangul_word(run: str, i: int, last_end: int) -> bool:
    """Whether a name starting at `run[i]` would start in the middle of a Hangul word. A name right after another
    place name is an address written without spaces ("경기도성남시"), not a word's middle."""
    return bool(i) and i != last_end and _hangul(run[i]) and _hangul(run[i - 1])
