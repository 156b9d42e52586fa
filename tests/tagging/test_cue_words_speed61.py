"""speed61's one-pass cue finder (cue_words.py, issue 18) must answer each rule's gate as `any(w in text ...)` did.
Every text here is SYNTHETIC: random strings of the rules' own cue words, their fragments and other scripts."""

import random

import pytest

from talentintel.tagging import (
    ai_products,
    cloud_services,
    community_membership,
    corporate_places,
    cue_words,
    customer_places,
    field_lists,
    market_places,
    regions,
    remote_modes,
    remote_words,
    required_background,
    role_line,
    timezone_hints,
)
from talentintel.tagging.cue_words import Cues, holds_any

# (the Cues a rule asks, the words its gate tested before)
_FAMILIES = [
    (ai_products.PRODUCT_CUES, (*ai_products._CUES, *ai_products._SYSTEM_CUES, *ai_products._CJK_CUES)),
    (field_lists.FIELD_CUES, field_lists._CUES),
    (cloud_services._VENDOR_CUES, cloud_services._VENDORS),
    (community_membership._WIDER_CUES, community_membership._WIDER_WORDS[:4]),
    (community_membership._AUDIENCE_CUES, community_membership._AUDIENCE_STEMS),
    (community_membership._SECTOR_CUES, community_membership._THE_SECTOR),
    (community_membership._COMMUNITY_CUES, ("communit", "ecosystem")),
    (corporate_places._CJK_CUES, corporate_places._CJK_WORDS),
    (corporate_places._LATIN_CUES, corporate_places._LATIN_WORDS),
    (customer_places._WORD_CUES, customer_places._WORDS),
    (market_places._AFTER_CUE_WORDS, market_places._AFTER_CUES),
    (market_places._BEFORE_CUE_WORDS, market_places._BEFORE_CUES),
    (regions._CONDITION_WORD_CUES, regions._CONDITION_WORDS),
    (regions._RANK_CUE_WORDS, regions._RANK_CUES),
    (regions._BACKER_CUES, regions._BACKER_WORDS),
    (regions._FOREIGN_CUE_WORDS, regions._FOREIGN_CUES),
    (remote_modes._MODE_CUES, remote_modes._CUES),
    (remote_words._ANCHOR_CUES, remote_words.ANCHORS),
    (required_background._ANY_CUES, (*required_background._CUES, *required_background._CJK_CUES)),
    (role_line._SLOT_CUES, role_line._REMOTE_SLOT_CUES),
    (timezone_hints._CHEAP_CUES, timezone_hints._CHEAP),
    (timezone_hints._FOREIGN_CUES, timezone_hints.FOREIGN_CHEAP),
]


def _pieces() -> list[str]:
    words = sorted({w for _, family in _FAMILIES for w in family})
    # each word, its halves (a word split across the pieces of a text is still found), and other scripts and cases
    halves = [w[: len(w) // 2] for w in words] + [w[len(w) // 2 :] for w in words]
    return words + halves + [" ", "\n", "İ", "ß", "é", "😀", "。", "Remote", "AI", "|", "-", "x", "the"]


def test_each_family_is_the_words_it_replaces() -> None:
    for cues, words in _FAMILIES:
        assert cues.words == frozenset(words)


@pytest.mark.parametrize("seed", range(4))
def test_holds_any_is_the_substring_test(seed: int) -> None:
    rng = random.Random(seed)
    pieces = _pieces()
    for _ in range(1500):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 12)))
        for cues, words in _FAMILIES:
            assert holds_any(text, cues) == any(w in text for w in words), (text, sorted(words))


def test_words_declared_after_the_first_text_are_found() -> None:
    assert not holds_any("a zqxjk-speed61 b", Cues(("nothing-here-speed61",)))
    late = Cues(("zqxjk-speed61",))  # the automaton is built again with it
    assert holds_any("a zqxjk-speed61 b", late)
    assert "zqxjk-speed61" in cue_words.found("a zqxjk-speed61 b")
