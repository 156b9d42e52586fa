"""Session speed63's speedups give what they replace (SYNTHETIC strings; bench/tagging_equivalence.py checked every
tuning output byte-identical)."""

from __future__ import annotations

import dataclasses
import pickle
import random
import re

from talentintel.tagging import cue_words, means_clauses, self_description, taxonomy, text
from talentintel.tagging.taxonomy import Term


def test_term_hash_is_the_dataclass_hash_and_survives_pickling() -> None:
    term = Term("ai", ("machine", "learning"), 3.0, frozenset({"finance"}), 2, True)
    assert hash(term) == hash(("ai", ("machine", "learning"), 3.0, frozenset({"finance"}), 2, True))
    assert "_hash" not in term.__getstate__()  # a string's hash differs between processes
    again = pickle.loads(pickle.dumps(term))
    assert again == term and hash(again) == hash(term)
    weak = dataclasses.replace(term, weight=1.5)
    assert hash(weak) == hash(Term("ai", ("machine", "learning"), 1.5, frozenset({"finance"}), 2, True))
    assert {term: 1}[Term("ai", ("machine", "learning"), 3.0, frozenset({"finance"}), 2, True)] == 1


def test_plain_lowered_is_str_lower() -> None:
    for char in text.CASELESS:
        assert not char.isascii() and char.lower() == char
    rng = random.Random(63)
    pieces = (*text.CASELESS, "We", "AI", "ÉTÉ", "Σ", "İ", "ſ", "K", "区块链", " ", ".", "\n", "x", "\ud800")
    for _ in range(3000):
        sample = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 10)))
        low = text.plain_lowered(sample)
        assert low is None or low == sample.lower(), repr(sample)
        assert text.lowered.__wrapped__(sample) == sample.lower(), repr(sample)
    assert text.plain_lowered("We\u2019re “AI” — ok") == "we\u2019re “ai” — ok"
    assert text.plain_lowered("ÉTÉ") is None  # a letter beyond ASCII: str.lower's own path


def test_c1_test_on_utf8_agrees_with_the_class_on_every_code_point() -> None:
    c1 = re.compile("[\x80-\x9f]")
    for code in range(0x80, 0x110000):
        sample = f"a\u2019{chr(code)}b"
        utf8 = sample.encode("utf-8", "surrogatepass")
        assert (c1.search(sample) is None) == (text._C1_UTF8.search(utf8) is None), hex(code)
    assert text.repaired("We\u00e2\x80\x99re") == "We\u2019re"
    assert text.repaired("We\u2019re \ud800") == "We\u2019re \ud800"


def test_means_gate_keeps_every_match() -> None:
    rng = random.Random(630)
    pieces = ("our ", "AI ", "ML ", "models ", "allows ", "ALLOW ", "helps", " us", " US", "\xa0us", " to ")
    pieces += ("letſ", "K", "\u2019", "lets ", "make it possible for", " ", ",", "\n", "crypto ")
    for _ in range(5000):
        sample = "".join(rng.choice(pieces) for _ in range(rng.randint(1, 9)))
        assert means_clauses.means_sentence(sample) == (means_clauses._MEANS.search(sample) is not None), sample
    assert means_clauses.means_sentence("Our machine learning ALLOWS US to quote in seconds")
    assert not means_clauses.means_sentence("a Machine Learning Engineer to help us build")


def test_self_description_grouped_alternation_finds_the_same_markers() -> None:
    words = ("we", "are", "is", "a", "an", "the", "building", "build", "builds", "develops", "somos", "est", "une")
    words += ("es", "una", "wir", "sind", "ist", "eine", "der", "l'une", "des", "proudly", "also", "we're")
    words += ("uma", "das")
    plain = re.compile(
        r"\b(?:" + self_description._ENGLISH + "|" + self_description._ROMANCE_ALTERNATIVES + r")\b", re.ASCII
    )
    rng = random.Random(631)
    for _ in range(5000):
        sample = " ".join(rng.choice(words) for _ in range(rng.randint(1, 8)))
        old = [(m.span(), m.group()) for m in plain.finditer(sample)]
        assert [(m.span(), m.group()) for m in self_description._SELF_DESCRIPTION_ASCII.finditer(sample)] == old


def test_ascii_tokens_are_the_regex_tokens() -> None:
    rng = random.Random(632)
    pieces = ("Web3", "AI", "_", "-", "x1", " ", "\t", "\x1c", "\n", ".", "ML/AI", "K")
    for _ in range(3000):
        sample = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 10)))
        assert taxonomy.tokens(sample) == taxonomy.TOKEN.findall(sample.lower()), repr(sample)


def test_cue_words_dfa_finds_every_overlapping_word() -> None:
    automaton = cue_words._built()
    for sample in ("leadership of a market leader", "web3 and defi users", "nothing"):
        found = cue_words.found(sample)
        assert found == frozenset(w for w in cue_words._WORDS if w in sample)
        assert found == frozenset(automaton.find_matches_as_strings(sample, overlapping=True))


def test_spaced_phrase_pass_finds_the_ascii_pattern_matches() -> None:
    from talentintel.tagging import matcher

    tax = taxonomy.taxonomy()
    phrases = matcher.phrase_matcher(tax)
    pieces = (
        "machine",
        "learning",
        "ai",
        "ML",
        "crypto",
        "on",
        "chain",
        "50",
        "-",
        ", ",
        " ",
        "  ",
        "\n",
        "(",
        "_",
        "x",
    )
    rng = random.Random(633)
    for _ in range(3000):
        norm = "\n" + "".join(rng.choice(pieces) for _ in range(rng.randint(0, 12)))
        old = [(m.span(1), phrases.term(m.group(1))) for m in phrases.ascii_pattern.finditer(norm)]
        text = matcher.spaced(norm)
        new = []
        for m in phrases.spaced_pattern.finditer(text):
            shift = text.count("\n", 0, m.start(1))  # one space after each line break before the match
            new.append(((m.start(1) - shift, m.end(1) - shift), phrases.term(m.group(1))))
        assert new == old, repr(norm)
