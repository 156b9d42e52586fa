"""plain_text's faster steps give what the regex they replaced gave."""

from __future__ import annotations

import random

from talentintel.tagging.text import _SPACES, _single_spaces, plain_text


def test_single_spaces_is_the_substitution() -> None:
    # SYNTHETIC: short strings of letters, line breaks and every blank the substitution collapses, and long runs
    alphabet = list("ab \t\r\f\v\xa0\n")
    rng = random.Random(18)
    cases = ["", " ", "  ", " " * 1000 + "x" + "\t \xa0" * 300, "a \n b", "\v", "x\f y"]
    cases += ["".join(rng.choice(alphabet) for _ in range(rng.randint(0, 14))) for _ in range(30_000)]
    for text in cases:
        assert _single_spaces(text) == _SPACES.sub(" ", text), repr(text)


def test_plain_text_collapses_blanks_only_where_it_did() -> None:
    assert plain_text("a  b\tc\xa0\xa0d e") == "a b c d e"
    assert plain_text("a\fb") == "a\fb"  # a form feed alone was left as it is
    assert plain_text("<p>x &amp; y</p>\r\n  z") == " x & y\n \n z"
