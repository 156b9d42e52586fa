"""tag56's speed-ups of the cold tagging path (issue 18) must not change outputs: each fast path against the plain
reading it replaces. Every text here is SYNTHETIC: random strings of the pieces each fast path is about."""

import random
import re
import unicodedata
from collections import Counter

from talentintel.tagging import sections, sector
from talentintel.tagging.gazetteer import fold
from talentintel.tagging.header_forms import wish_phrase_header
from talentintel.tagging.location_lookup import strip_accents
from talentintel.tagging.sections import HEADER_MAX_CHARS, header_role, section_kinds
from talentintel.tagging.sentence_memo import forget

_WORD = re.compile(r"[^\W_]+")
_PIECES = ("São", "Paulo", "new york", "NY", "ﬁ", "Zürich", "İstanbul", "a_b", "x-y", "42", " ", ", ", "/", "-", "é")


def _plain_fold(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text.lower())
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return " ".join(_WORD.findall(stripped))


def _plain_strip_accents(text: str) -> str:
    return "".join(ch for ch in unicodedata.normalize("NFKD", text) if not unicodedata.combining(ch))


def _text(rng: random.Random, pieces: tuple[str, ...], most: int = 8) -> str:
    return "".join(rng.choice(pieces) for _ in range(rng.randint(0, most)))


def test_ascii_folds_as_nfkd_folds() -> None:
    # SYNTHETIC: fold and strip_accents read ASCII without NFKD; every ASCII character the same as before
    rng = random.Random(56)
    texts = ["".join(chr(c) for c in range(128)), *(_text(rng, _PIECES) for _ in range(3000))]
    for text in texts:
        assert fold(text) == _plain_fold(text), text
        assert strip_accents(text) == _plain_strip_accents(text), text
        tokens = _WORD.findall(strip_accents(text))
        assert [t.lower() if t.isascii() else fold(t) for t in tokens] == [fold(t) for t in tokens]


_HEAD_PIECES = (
    "nice to have",
    "benefits",
    "requirements",
    "about us",
    "우대사항",
    "加分项",
    "## ",
    "[",
    "]",
    "【",
    "】",
    ":",
    "：",
    "二、",
    "有以下经验者优先",
    " ",
    "  ",
    "*",
    "-",
    "rust",
    "we build ai",
)


def _plain_role(part: str) -> str | None:
    """header_role as it read every line before tag56 (no ASCII path)."""
    if len(part) > HEADER_MAX_CHARS + 16 and ":" not in part[:30] and "：" not in part[:30] and "【" not in part[:3]:
        return None
    line = part.strip()
    if not line:
        return None
    heads, longest = sections._headers()
    colon = sections._COLON.search(line, 0, longest + 8)
    whole = sections._key(line)
    if len(whole) <= HEADER_MAX_CHARS and whole in heads:
        return heads[whole]
    head = sections._key(line[: colon.start()]) if colon else whole
    role = heads.get(head) if colon else None
    if role is None:
        bracketed = line[0] in sections._BRACKETS and sections._bracket_role(line, heads)
        role = bracketed or sections._wish_role(head)
    if role is None and wish_phrase_header(head):
        return "minor"  # a wish phrase wrapped only in header words (tag_tool_t26, header_forms.py)
    if role is None and line[0] in sections._HEADING_STARTS and sections._HEADING_FORM.match(line):
        return "main"
    return role


def test_header_roles_as_read_before() -> None:
    # SYNTHETIC: header words with wraps, colons, brackets and headings, ASCII and not, short and long
    rng = random.Random(18)
    lines = [_text(rng, _HEAD_PIECES, 6) for _ in range(4000)] + [_text(rng, _HEAD_PIECES, 30) for _ in range(500)]
    forget()
    for line in lines:
        assert header_role(line) == _plain_role(line), line
    kinds, kind = [], "main"
    for line in lines:
        kind = _plain_role(line) or kind
        kinds.append(kind)
    assert section_kinds(lines) == kinds


def test_term_counts_as_counter_counts() -> None:
    # SYNTHETIC: a dict counts the terms as Counter did, in first-seen order
    rng = random.Random(7)
    pieces = ("We build machine learning models.", "Blockchain, AI, LLM.", "Benefits", "Nice to have: DeFi", "\n")
    for _ in range(300):
        text = _text(rng, pieces, 12)
        result = sector.SectorScore()
        counts = sector._field_counts(result, "description", text, 3.0)
        expected = Counter(t for hits in sector.sentence_hits(text, sentences=True) for t in hits)
        assert list(counts.items()) == list(expected.items())
