"""tag38perf's speed-ups (issue 18) must not change outputs: each fast path against the plain reading it replaces.
Every text here is SYNTHETIC: random strings of the pieces each gate is about."""

import random

from talentintel.tagging import disclaimers, sector
from talentintel.tagging.cjk_gates import network_latin_possible, network_possible
from talentintel.tagging.matcher import _normalized_parts as normalized_parts
from talentintel.tagging.matcher import normalized
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


def test_cjk_terms_as_the_two_gates_read_them() -> None:
    # SYNTHETIC: one CJK-character search for both gates gives what _cjk_words_possible and network_possible gave
    tax = taxonomy()
    rng = random.Random(38)
    for _ in range(3000):
        part = _text(rng, _CJK_PIECES).lower()
        cjk = sector.cjk_hits(tax, part, contexts=True) if sector._cjk_words_possible(tax, part) else []
        expected = cjk + sector._cjk_intersection_hits(part) + sector.algorithm_post_hits(part)
        assert sector._cjk_terms(tax, part, True) == expected, part
        assert network_possible(part) == (bool(sector.CJK_CHAR.search(part)) or network_latin_possible(part))


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


def _choices_both_patterns(text: str) -> list[object]:
    """remote_choices as it read before the gates: both patterns over every text that says "remote"."""
    from talentintel.tagging import remote_choice as rc

    head = text[:6000]
    if "remot" not in head.lower():
        return []
    out: list[rc.RemoteChoice] = []
    for pattern in (rc._CHOICE, rc._PREFERRED_LOCAL):
        for match in pattern.finditer(head):
            start, end = rc._sentence_around(head, match.start())
            sentence = head[start:end]
            if rc._NOT_CHOICE.search(sentence) or any(c.start == start for c in out):
                continue
            out.append(rc.RemoteChoice(start, end, sentence.strip()))
    return list(out)


def test_remote_choice_gates_same_choices() -> None:
    # SYNTHETIC: the patterns a text's words rule out find nothing in it (with "ſ", "ı", "İ", the Kelvin sign)
    from talentintel.tagging.remote_choice import remote_choices

    pieces = ("Remote", "remotely", "or", "and", "local", "LOCAL candidates are preferred", "On-site", "in office",
              "hubs", "escritório", "oficina", "presencial", "ofſice", "onſite", "ıocal", "İn office", "hub\u212a",
              "Sydney", "hybrid", ". ", "\n", "x")  # fmt: skip
    rng = random.Random(43)
    for _ in range(4000):
        text = _text(rng, pieces, 16)
        assert remote_choices(text) == _choices_both_patterns(text), text
    assert remote_choices("Remote or local in Sydney.")  # the unseen_hs8 construction
