"""speed_24's speed-ups of the tagging path (issues 13/18) must not change outputs: each gate against the regex it
guards. Every text here is SYNTHETIC: the gate's own words (with each letter swapped for every character the regex
matches it to case-insensitively), and random strings of market markers, places and separators."""

import random
import re

from talentintel.tagging import market_places
from talentintel.tagging.hiring_systems import _SINGAPORE_SYSTEM, _SINGAPORE_WORDS, _singapore_possible
from talentintel.tagging.matcher import CJK_CHAR
from talentintel.tagging.place_gates import finditer_at


def _twins(letters: str) -> dict[str, list[str]]:
    """For each letter, every code point that re.IGNORECASE matches to it ("İ", "ı", "ſ", "K" among them): one pass over
    all code points for the letters together, then each letter among the few found."""
    every = "".join(map(chr, range(0x110000)))
    found = set(re.findall(f"[{re.escape(letters)}]", every, re.IGNORECASE))
    return {letter: [ch for ch in found if re.fullmatch(re.escape(letter), ch, re.IGNORECASE)] for letter in letters}


def test_singapore_gate_says_yes_wherever_the_regex_matches() -> None:
    twins = _twins("".join(sorted(set("".join(_SINGAPORE_WORDS)) - {" "})))
    assert {"\u0130", "\u0131"} <= set(twins["i"]) and "\u017f" in twins["s"]
    checked = 0
    for word in (*_SINGAPORE_WORDS, "#sgunitedjobs", "employment pass holders", "employment pass application"):
        for at, letter in enumerate(word):
            for twin in twins.get(letter, ()):
                text = f"Apply — {word[:at]}{twin}{word[at + 1 :]} today"
                if _SINGAPORE_SYSTEM.search(text):
                    checked += 1
                    assert _singapore_possible(text), text
        for text in (word.upper(), word.title(), f"café {word.upper()}", f"\n{word}\n"):
            assert bool(_SINGAPORE_SYSTEM.search(text)) <= _singapore_possible(text), text
    assert checked > 100


def test_singapore_gate_says_no_on_texts_without_the_words() -> None:
    for text in ("We hire engineers in Singapore. Employment type: full time.", "Internship (SG) — unite", ""):
        assert not _singapore_possible(text)
        assert _SINGAPORE_SYSTEM.search(text) is None


_MARKET_PIECES = (
    "싱가폴, 베트남 등 동남아시아 지역에서 운영",
    "미국, 일본 등의 주요 기관 투자자",
    "아시아 최고의",
    "한국오피스 60여명",
    "拓展东南亚市场",
    "北京市场负责人",
    "中央アジアや南米の企業向け",
    "纽约时报",
    "서울시전통시장연합회와 각각 MOU체결",
    "業務提携",
    "signed an MOU with Seoul",
    "investors in Japan and Korea",
    "the US and European markets",
    "We’re a team in Berlin",
    "café",
    "—",
    "\n",
    ". ",
    " ",
)


def _spans_ungated(text: str) -> list[tuple[int, int]]:
    """market_places._spans before the CJK gate: the Korean and Han scans on every text beyond ASCII."""
    spans: list[tuple[int, int]] = []
    if market_places.holds_any(text, market_places._AFTER_CUE_WORDS):
        spans += [m.span(1) for m in finditer_at(market_places._AFTER, market_places._AFTER_STARTS, text)]
    if market_places.holds_any(text, market_places._BEFORE_CUE_WORDS):
        market_places._before(spans, text, market_places._ENGLISH_BEFORE, market_places._ENGLISH_PLACE)
    if not text.isascii():
        market_places._before(spans, text, market_places._KOREAN_MARKER, market_places._KOREAN_PLACE)
        market_places._before(spans, text, market_places._HAN_MARKER, market_places._HAN_PLACE)
    if not text.isascii() or "MOU" in text:
        for match in market_places._PARTNER.finditer(text):
            line_start = text.rfind("\n", 0, match.start()) + 1
            spans.append((max(line_start, match.start() - market_places._PARTNER_SPAN), match.start()))
    return spans


def test_market_places_cjk_gate_keeps_every_span() -> None:
    rng = random.Random(24)
    for _ in range(1000):
        text = "".join(rng.choice(_MARKET_PIECES) for _ in range(rng.randint(1, 12)))
        assert market_places._spans(text) == _spans_ungated(text), text


def test_every_market_marker_alternative_needs_a_cjk_character() -> None:
    for pattern in (market_places._KOREAN_MARKER, market_places._HAN_MARKER, market_places._PARTNER):
        for alternative in pattern.pattern.split("|"):
            assert alternative == "MOU" or CJK_CHAR.search(alternative), alternative
