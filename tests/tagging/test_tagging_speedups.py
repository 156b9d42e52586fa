"""Speed-ups that must not change outputs: each fast path finds what the plain search finds (SYNTHETIC texts)."""

import random
import re
import sys

from talentintel.tagging import remote_phrase as rp

_PIECES = (
    "This role is fully remote",
    "this position is 100% remote",
    "work remotely or from one of our",
    "work remotely or at ours",
    "WORK FROM ANYWHERE",
    "hiring anywhere in the world",
    "hires globally",
    "worldwide",
    "remote-first role",
    "remote",
    "remoteness",
    "fully-remote",
    "İstanbul",
    "ıremote",
    "’",
    "ſ",
    " ",
    ". ",
    "xx",
    "\n",
)


def _whole(text: str) -> str | None:
    match = rp._REMOTE_DESC.search(text)
    return match.group(0) if match else None


def test_windows_cover_every_phrase() -> None:
    # each phrase's anchor lies within _BEFORE of its start, and no phrase reaches _LONGEST characters
    for text in ("this position is 100% remote", "work remotely or from one of our", "hiring anywhere in the world"):
        match = rp._REMOTE_DESC.fullmatch(text)
        assert match and len(text) < rp._LONGEST
        assert min(text.lower().find(w) for w in rp.ANCHORS if w in text.lower()) <= rp._BEFORE


def test_same_first_phrase_as_whole_search() -> None:
    rng = random.Random(18)
    for _ in range(3000):
        text = "".join(rng.choice(_PIECES) + rng.choice(("", " ", "s", "-")) for _ in range(rng.randint(1, 12)))
        assert rp.remote_phrase(text, text.lower()) == _whole(text), text


def test_self_description_ascii_twin_same_markers() -> None:
    # SYNTHETIC sentences: the ASCII twin finds the same markers at the same places as the full pattern
    from talentintel.tagging import self_description as sd

    rng = random.Random(13)
    words = ("we are", "we're", "is a", "is an", "is the", "builds", "wir sind", "e um", "l'une des", "x", "_", " ")
    for _ in range(2000):
        text = "".join(rng.choice(words) + rng.choice(("", " ", "s", ".")) for _ in range(rng.randint(1, 10)))
        twin = [(m.group(0), m.span()) for m in sd._SELF_DESCRIPTION_ASCII.finditer(text)]
        assert twin == [(m.group(0), m.span()) for m in sd._SELF_DESCRIPTION.finditer(text)], text


def test_lowercasing_changes_lengths_or_reads_context_only_for_two_characters() -> None:
    # self_description._intro_parts cuts the lowercased description instead of lowercasing its cut
    odd = [
        c
        for c in map(chr, range(sys.maxunicode + 1))
        if len(c.lower()) != 1 or ("a" + c + "a").lower()[1:-1] != c.lower() or ("a" + c).lower()[1:] != c.lower()
    ]
    assert odd == ["\u0130", "\u03a3"]


def test_only_dotted_and_dotless_i_fold_into_the_remote_words() -> None:
    # remote_phrase finds its words in the lowered text unless the text holds one of these
    letters = {c for word in rp.ANCHORS for c in word}
    pattern = re.compile("[" + "".join(sorted(letters)) + "]", re.IGNORECASE)
    odd = [c for c in map(chr, range(128, sys.maxunicode + 1)) if pattern.fullmatch(c) or c.lower() in letters]
    assert odd == ["\u0130", "\u0131"]


def test_label_gate_passes_every_text_a_location_label_matches() -> None:
    # SYNTHETIC: label_gate.label_possible is False only where regions._LOCATION_LINE finds nothing
    from talentintel.tagging import label_gate, regions

    pieces = (
        "Location",
        "LOCATIONS",
        "Based",
        "baſe",
        "locatıon",
        "Locatİon",
        "wor\u212a mode",
        "Work Arrangement",
        "工作地点",
        "工作城市",
        "坐标",
        "办公方式",
        "근무 장소",
        "주소",
        "勤務形態",
        ": ",
        "：",
        "\n",
        " ",
        "’",
        "Berlin",
        "remote",
        "x",
    )
    rng = random.Random(8)
    for _ in range(4000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(1, 10)))
        if regions._LOCATION_LINE.search(text):
            assert label_gate.label_possible(text), text


def test_only_three_characters_fold_into_a_label_word_apart_from_their_lowercase() -> None:
    # label_gate tests the labels' words in the lowercased text unless it holds one of these
    from talentintel.tagging import label_gate

    letters = {c for word in label_gate.LABEL_CUES for c in word if c.isalpha()}
    pattern = re.compile("[" + "".join(sorted(letters)) + "]", re.IGNORECASE)
    odd = [c for c in map(chr, range(128, sys.maxunicode + 1)) if pattern.fullmatch(c) and c.lower() not in letters]
    assert set(odd) == set(label_gate._FOLDS_APART)


_PLACE_PIECES = (
    "remote",
    "Remote",
    "remotely",
    "based",
    "located",
    "locations",
    "hiring",
    "work from",
    "office",
    "candidates",
    "hire",
    "residents",
    "residency",
    "living",
    "authorized to work",
    "eligible to work",
    "permits to work",
    " in ",
    " within ",
    " of ",
    ": ",
    " the ",
    "(",
    "Canada",
    "United Kingdom",
    "EMEA",
    "x",
    ".",
    "\n",
    "’",
    "_",
)


def test_hint_regexes_tried_at_their_cue_words_find_what_a_search_finds() -> None:
    # SYNTHETIC: place_gates.finditer_at gives regions' hint regexes the same matches as finditer
    from talentintel.tagging import regions

    rng = random.Random(19)
    for _ in range(3000):
        text = "".join(rng.choice(_PLACE_PIECES) + rng.choice(("", " ", "s")) for _ in range(rng.randint(1, 14)))
        for hint, starts in regions._HINT_STARTS.items():
            assert starts is not None
            fast = [(m.span(), m.group(1)) for m in regions.gates.finditer_at(hint, starts, text)]
            assert fast == [(m.span(), m.group(1)) for m in hint.finditer(text)], text


def test_literal_starts_reads_alternations() -> None:
    from talentintel.tagging.place_gates import literal_starts

    assert literal_starts("remote|remotely|residen(?:ce|cy)|(?:eligible|right|permits?) to work") == (
        "remote",
        "residen",
        "eligible",
        "right",
        "permit",
    )
    assert literal_starts(r"a[|]b|c") == ("a", "c")
    assert literal_starts(r"(?:x|y)?z") is None
    assert literal_starts(r"\bq|r") is None
    assert literal_starts("ab?|c") == ("a", "c")


def test_rank_and_backer_gates_pass_every_window_their_regexes_match() -> None:
    # SYNTHETIC: regions skips _RANK_SCOPE / _BACKERS only where place_gates says they cannot match
    from talentintel.tagging import place_gates as pg
    from talentintel.tagging import regions

    words = (
        "the largest",
        "Leading",
        "top",
        "maior",
        "líder",
        "größte",
        "backed",
        "invested in",
        "funded",
        "by",
        "BY",
        "in",
        "IN",
        "of",
        "da",
        "der",
        "across",
        "the",
        "THE",
        "la",
        "le",
        "company",
        "ſ",
        "ı",
        "İ",
        "\u212a",
        ".",
        "\n",
        " ",
        "  ",
        "\t",
        "’",
        "Berlin",
    )
    rng = random.Random(20)
    for _ in range(6000):
        text = "".join(rng.choice(words) + rng.choice(("", " ", " ", "\n")) for _ in range(rng.randint(1, 12)))
        end = len(text)
        if regions._RANK_SCOPE.search(text, max(0, end - 80), end):
            assert pg.rank_end_possible(text, end, 80), text
        if regions._BACKERS.search(text, max(0, end - 60), end):
            assert pg.backers_possible(text, end, 60), text


def test_only_four_characters_fold_into_the_gates_letters_apart_from_their_lowercase() -> None:
    from talentintel.tagging import place_gates as pg

    words = (*pg.RANK_PREPOSITIONS, *pg.RANK_ARTICLES, *pg.BACKER_VERBS, "by")
    letters = {c for word in words for c in word if c.isalpha()}
    pattern = re.compile("[" + "".join(sorted(letters)) + "]", re.IGNORECASE)
    odd = [c for c in map(chr, range(128, sys.maxunicode + 1)) if pattern.fullmatch(c) or c.lower() in letters]
    assert set(odd) <= set(pg.FOLDS)


def test_first_present_finds_the_first_word_of_the_list() -> None:
    # SYNTHETIC: the gate before the CJK remote words changes no answer
    from talentintel.tagging import place_gates as pg
    from talentintel.tagging import remote_words

    pieces = (*remote_words.REMOTE_CJK, *remote_words.REMOTE_MODE_CJK, "远", "程", "리모", "’", "remote", " ", "全")
    rng = random.Random(21)
    for _ in range(3000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(1, 6)))
        for words in (remote_words.REMOTE_CJK, remote_words.REMOTE_MODE_CJK):
            assert pg.first_present(text, words) == next((w for w in words if w in text), None), text
    assert pg.first_present("a b", ("a", "远程")) == "a"  # a word without a character beyond ASCII: no gate
