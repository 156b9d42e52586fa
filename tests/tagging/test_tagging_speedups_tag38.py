"""tag38perf's speed-ups (issue 18) must not change outputs: each fast path against the plain reading it replaces.
Every text here is SYNTHETIC: random strings of the pieces each gate is about."""

import random

from talentintel.tagging import disclaimers, sector
from talentintel.tagging.cjk_gates import network_possible, text_gates
from talentintel.tagging.matcher import Scan, near_tokens, normalized
from talentintel.tagging.matcher import _normalized_parts as normalized_parts
from talentintel.tagging.sections import split_sentences
from talentintel.tagging.sentence_places import crypto_places, sentences_at
from talentintel.tagging.taxonomy import taxonomy

_CJK_PIECES = (
    "we’re building",
    "web3",
    "crypto",
    "cryptography",
    "chatgpt",
    "aigc",
    "区块链",
    "算法岗",
    "블록체인",
    "ai",
    "agent",
    "–",
    "naïve",
    " ",
    ". ",
    "\n",
    "x",
)


def _text(rng: random.Random, pieces: tuple[str, ...], most: int = 14) -> str:
    return "".join(rng.choice(pieces) + rng.choice(("", " ", "s", "-")) for _ in range(rng.randint(1, most)))


def test_text_gates_cover_every_sentence() -> None:
    # SYNTHETIC: a reader whose gate fails on the whole text finds its gate failing on every sentence of it
    tax = taxonomy()
    latin = sector._cjk_latin_words(tax)
    rng = random.Random(38)
    for _ in range(3000):
        low = _text(rng, _CJK_PIECES).lower()
        if low.isascii():
            continue
        gates = text_gates(low, latin)
        for part in split_sentences(low):
            assert gates.words or not sector._cjk_words_possible(tax, part), low
            assert gates.network or not network_possible(part), low
            assert gates.algorithm or "算法" not in part, low


def test_sentence_hits_same_as_every_sentence_read() -> None:
    # SYNTHETIC: sentence_hits with the text gates equals reading the CJK terms of every sentence beyond ASCII
    tax = taxonomy()
    rng = random.Random(39)
    for _ in range(500):
        text = _text(rng, _CJK_PIECES, 30)
        low = text.lower()
        found = sector.sentence_hits(text, sentences=True)
        everything = sector.TextGates(True, True, True)
        parts, _kinds = sector._parts_and_kinds(low)
        expected = [t for part in parts if not part.isascii() for t in sector._cjk_terms(tax, part, everything, True)]
        got = [t for hits in found for t in hits]
        assert all(t in got for t in expected), text


_CRYPTO_PIECES = ("crypto", "Bitcoin", "BLOCKCHAIN", "kryptowährung", "cripto", "not", "market", ". ", "; ", "\n", "x")


def test_crypto_sentences_are_those_holding_a_crypto_word() -> None:
    # SYNTHETIC: the sentences found from the crypto words' places are the sentences that hold a crypto word
    rng = random.Random(40)
    for _ in range(3000):
        text = _text(rng, _CRYPTO_PIECES, 20)
        low = text.lower()
        places = crypto_places(low, len(text))
        found = list(sentences_at(disclaimers._SENTENCE, text, places))
        expected = [
            s for s in disclaimers._SENTENCE.findall(text) if any(w in s.lower() for w in disclaimers._CRYPTO_WORDS)
        ]
        assert found == expected, text


def test_crypto_places_bounded() -> None:
    # SYNTHETIC: a word cut by the bound is not found
    assert crypto_places("xx crypto", 7) == []
    assert crypto_places("xx crypto", 9) == [3]
    assert crypto_places("blockchain bitcoin crypto", 100) == [0, 11, 19]


def test_disclaimer_reads_the_same() -> None:
    # SYNTHETIC: the unseen21 construction, and the negation without a business word
    assert disclaimers.disclaims_crypto("Embora o banco não tenha atuação direta no mercado de criptoativos.")
    assert not disclaimers.disclaims_crypto("We are a crypto exchange. We do not sleep.")
    assert disclaimers.disclaims_crypto("İ. Although we are not a crypto company, we hire.")


def test_normalized_parts_as_normalized() -> None:
    # SYNTHETIC: an ASCII sentence's normalization is its lowercase
    rng = random.Random(41)
    for _ in range(2000):
        parts = [_text(rng, (*_CJK_PIECES, "Über", "ÉCOLE", "AI"), 6) for _ in range(rng.randint(1, 5))]
        assert normalized_parts(parts) == [normalized(p) for p in parts], parts


def test_veto_windows_from_one_translated_copy() -> None:
    # SYNTHETIC: tokens of a window read from the translated copy are near_tokens of that window
    tax = taxonomy()
    rng = random.Random(42)
    for _ in range(500):
        text = _text(rng, ("machine learning", "ai", "5 ml", "a_b", "x-y", "(ok)", "’", " ", "\n"), 20).lower()
        scan = Scan(tax, (text,), contexts=True)
        for _ in range(5):
            lo = rng.randint(0, len(scan.norm))
            hi = rng.randint(lo, len(scan.norm))
            assert scan._near(lo, hi) == near_tokens(scan.norm[lo:hi]), (text, lo, hi)
