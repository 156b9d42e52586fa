"""A katakana place name cut out of a longer katakana word is no place.

CJK place names are found as substrings (cjk.py), so a short katakana name can sit inside a loanword: "ボー" (Bo,
Sierra Leone's second city, a geonames alternate name) inside "バックボーン" (backbone). A katakana word never begins
with ン, the long-vowel mark ー, the small ッ or a small vowel/glide kana, so a name followed by one of them was cut in
the middle of a syllable of a longer word. A name followed by a kana that can begin a word stays a place: "ロンドン
オフィス" (the London office), "シンガポール拠点".

Issue 18, unseen_hs12: "バックボーンネットワークエンジニア" (a backbone network engineer, no place) read Sierra Leone.
Tuning (1,762 postings, shipped and company-blind): that item's regions africa -> none, no other region or sector
changes.
"""

from __future__ import annotations

_KATAKANA = range(0x30A0, 0x3100)
# Kana that cannot begin a word: ン, ー, ッ and the small vowels and glides.
_NO_WORD_START = frozenset("ンーッァィゥェォャュョヮヵヶ")


def cut_from_word(run: str, end: int) -> bool:
    """Whether the name ending at `end` of the CJK run ends in katakana and the next character continues its word."""
    return 0 < end < len(run) and ord(run[end - 1]) in _KATAKANA and run[end] in _NO_WORD_START
