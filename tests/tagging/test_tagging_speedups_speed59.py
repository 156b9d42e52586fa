"""speed59's speed-ups of the cold tagging path (issue 18) must not change outputs: each fast path against the plain
reading it replaces. Every text here is SYNTHETIC: random strings of the pieces each fast path is about."""

import random

from talentintel.tagging import customer_places, market_places
from talentintel.tagging.place_gates import finditer_at

_MARKET_PIECES = (
    "investors",
    "VCs",
    "backers",
    "markets",
    "market",
    "expand",
    "expanding",
    "expansion",
    "MOU",
    "MOUs",
    "memorandum of understanding",
    "partnership",
    "partnered",
    "in",
    "into",
    "to",
    "with",
    "from",
    "such as",
    "the",
    "Japan",
    "Korea",
    "Latin America",
    "and",
    "&",
    ",",
    "-",
    "x",
    "mainvestors",
    "\n",
    "investors in",
    "expanding into",
    "an MOU with the",
    "markets such as",
)
_CUSTOMER_PIECES = (
    "customers",
    "clients",
    "users",
    "merchants",
    "players",
    "help",
    "helps",
    "helping",
    "businesses",
    "brands",
    "SMEs",
    "who",
    "are",
    "live",
    "based",
    "mostly",
    "in",
    "across",
    "outside",
    "of",
    "throughout",
    "all over",
    "the",
    "U.S.",
    "Germany",
    "Austria",
    "and",
    "or",
    "superusers",
    "whelp",
    "_",
    "\n",
    "customers in",
    "users who live outside of the",
    "helps brands across",
    "help businesses in the",
)


def _texts(pieces: tuple[str, ...], seed: int) -> list[str]:
    rng = random.Random(seed)
    return [
        "".join(rng.choice(pieces) + rng.choice(("", " ", "  ", ", ")) for _ in range(rng.randint(1, 16)))
        for _ in range(4000)
    ]


def test_market_after_tried_at_its_words_finds_what_a_search_finds() -> None:
    # SYNTHETIC: market_places._AFTER is tried only where one of its first words starts
    for text in _texts(_MARKET_PIECES, 59):
        fast = [(m.span(), m.group(1)) for m in finditer_at(market_places._AFTER, market_places._AFTER_STARTS, text)]
        assert fast == [(m.span(), m.group(1)) for m in market_places._AFTER.finditer(text)], text


def test_customer_regexes_tried_at_their_words_find_what_a_search_finds() -> None:
    # SYNTHETIC: customer_places' two regexes are tried only where their first words start
    for text in _texts(_CUSTOMER_PIECES, 60):
        for pattern, starts in (
            (customer_places._CUSTOMERS, customer_places._NOUN_STARTS),
            (customer_places._HELPED, ("help",)),
        ):
            fast = [(m.span(), m.group(1)) for m in finditer_at(pattern, starts, text)]
            assert fast == [(m.span(), m.group(1)) for m in pattern.finditer(text)], text


def test_common_gaps_normalize_as_spaces() -> None:
    # each of matcher.COMMON_GAPS is kept by normalized() and made a space by wide_gaps_as_spaces
    from talentintel.tagging import matcher

    for gap in matcher.COMMON_GAPS:
        assert not gap.isascii() and gap.lower() == gap
        assert matcher.wide_gaps_as_spaces(matcher.normalized(f"a{gap}B")) == "a b", repr(gap)


def test_scan_norm_with_common_gaps_is_the_normalized_join() -> None:
    # SYNTHETIC: Scan's fast path for sentences whose only characters beyond ASCII are COMMON_GAPS
    from talentintel.tagging import matcher
    from talentintel.tagging.taxonomy import taxonomy

    pieces = (*matcher.COMMON_GAPS, "We", "AI", "crypto", "é", "İ", "ﬁ", "区块链", " ", ".", "…", "\xa0", "x")
    rng = random.Random(61)
    tax = taxonomy()
    for _ in range(3000):
        parts = ["".join(rng.choice(pieces) for _ in range(rng.randint(0, 8))) for _ in range(rng.randint(2, 4))]
        plain = matcher.wide_gaps_as_spaces("\n" + "\n".join(matcher.normalized(p) for p in parts))
        assert matcher.Scan(tax, parts, contexts=True).norm == plain, parts


def test_departement_number_gate_holds_every_match() -> None:
    # SYNTHETIC: departement_codes._NUMBER finds the number of every _BASED_TOWN match, so a text without one has none
    from talentintel.tagging import departement_codes

    pieces = (
        "basé",
        "poste",
        " à ",
        " a ",
        " en ",
        "Lavaur",
        "Rodez",
        " ",
        "(",
        ")",
        "basé à Lavaur ",
        "poste a Rodez",
    )
    numbers = ("81", "12", "2A", "2B", "974", "00", "96", "(81)", "(2A)", "(974)")
    rng = random.Random(63)
    for _ in range(5000):
        text = "".join(rng.choice(pieces + numbers) for _ in range(rng.randint(1, 12)))
        if departement_codes._BASED_TOWN.search(text):
            assert departement_codes._NUMBER.search(text), text
        assert departement_codes.departement_town(text) == _plain_departement_town(text), text


def _plain_departement_town(text: str) -> str | None:
    from talentintel.tagging import departement_codes

    if "(" not in text or (" à " not in text and " a " not in text and " au " not in text and " en " not in text):
        return None
    match = departement_codes._BASED_TOWN.search(text[:6000])
    return f"{match.group(1)} ({match.group(2)})" if match else None
