"""A Latin abbreviation in parentheses glossing the native-script term right before it is the term's gloss, not a place.

Korean, Japanese and Chinese boards (and Thai, Russian, Hindi ones) gloss a native term with its English abbreviation:
"벤처캐피털(VC) 투자심사역" (venture capital) read Saint Vincent, "정보기술(IT) 기획" (information technology) read Italy,
"고객관리(CS)", "인사(HR)" read Serbia and Montenegro's old code and Croatia, in the title and in the location field alike (issue
18, unseen48; tag70 covered only "(AI)" through places.toml word_codes). A code of two or three capitals in parentheses (ASCII
or full-width) counts as a gloss when the last letter before the opening parenthesis, spaces aside, belongs to a script other
than Latin: the native term is what the code abbreviates (glued to it in Han, kana and Hangul, where a code after a space is
as often a market, "해외영업 (US)"). A Latin-script term keeps its code, because there the code is as often
the place ("Ingénieur Réseau (FR)", "Zürich (CH)", "Milan (IT)"), so Vietnamese "Công nghệ thông tin (IT)" stays unruled. The
place a native term names is still read from the term itself ("서울(KR)" is Korea by 서울).
"""

from __future__ import annotations

import functools
import re
import unicodedata

_GLOSS = re.compile(r"(?P<pre>[^\W\d_])(?P<gap>[ \t]*)[(（][ \t]*[A-Z]{2,3}[ \t]*[)）]")
# Han, kana and Hangul glue the gloss to the term ("정보기술(IT)", "情報技術（IT）"); after a space there a code is as often a
# market or a place ("해외영업 (US)"). Scripts that space their words (Cyrillic, Thai, Devanagari...) gloss after a space.
_GLUED_SCRIPTS = ("HANGUL", "CJK", "HIRAGANA", "KATAKANA")


@functools.lru_cache(maxsize=4096)
def _native(ch: str) -> bool:
    """Whether a letter is written in a script other than Latin (Hangul, Han, kana, Thai, Cyrillic, Devanagari...)."""
    return "LATIN" not in unicodedata.name(ch, "LATIN")


def without_glosses(text: str) -> str:
    """The text with every parenthesized Latin code that glosses a native-script term removed ("정보기술(IT) 기획" ->
    "정보기술 기획"); the text itself when there is none (the common case costs one search)."""
    if "(" not in text and "（" not in text:
        return text
    return _GLOSS.sub(lambda m: m.group("pre") + " " if _gloss(m.group("pre"), m.group("gap")) else m.group(0), text)


def _gloss(pre: str, gap: str) -> bool:
    if not _native(pre):
        return False
    return not gap or not unicodedata.name(pre, "").startswith(_GLUED_SCRIPTS)
