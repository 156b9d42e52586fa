"""Roundups of tuning_batch29 (issue 13, "several deals in one text"): each rule on its real tuning item (cited by id;
the text is in tests/fixtures/funding/tuning_batch29.jsonl, its address in PROVENANCE.md) and SYNTHETIC variants."""

from __future__ import annotations

from talentintel.funding import parse_deals
from talentintel.funding.roundup_lists import listed_deals
from talentintel.funding.roundup_phrases import phrase_deals
from talentintel.funding.segment_clauses import joined_clauses
from talentintel.funding.segment_ledes import is_period_total, market_lede
from talentintel.funding.segments import split_deals
from tests.funding.tuning_texts import tuning_deals


def _pairs(text: str) -> list[tuple[str | None, float | None]]:
    return [(d.company, d.amount_usd) for d in parse_deals(text)]


# --- "Name (amount)" enumerations (roundup_lists) ---


def test_enumerated_rounds_real_german_review() -> None:
    # handelszeitung.ch: "... konnten etwa Bitcoin Suisse (48 Millionen Dollar), 4ART Technologies (45 Mio), ..."
    deals = tuning_deals("b29-handelszeitung-crypto-valley-h1-2020-de")
    assert [d.company for d in deals] == [
        "Bitcoin Suisse", "4ART Technologies", "Metaco", "Crypto Finance", "Near Protocol", "Taurus Group", "Sygnum Bank"
    ]  # fmt: skip
    assert deals[1].amount_usd == 45_000_000  # "(45 Mio)" takes the first item's dollars
    assert deals[4].amount_usd == 12_100_000  # "(12,1 Mio)": a decimal comma
    assert deals[-1].amount_usd is None  # "(Betrag nicht bekanntgegeben)"


def test_enumerated_rounds_real_dash_list() -> None:
    # roundly.io: "The top seven deals—Cursor ($2.3B), Applied Digital ($787.5M), ..., and Parallel Web Systems ($100M)—"
    deals = tuning_deals("b29-roundly-ai-funding-recap-nov-10-14-2025")
    named = {d.company: d.amount_usd for d in deals[1:]}
    assert named["Cursor"] == 2_300_000_000
    assert named["d-Matrix"] == 275_000_000
    assert named["Parallel Web Systems"] == 100_000_000


def test_enumerated_rounds_synthetic_english() -> None:
    text = (  # SYNTHETIC
        "Deals of the week: the largest rounds went to Northwind Robotics ($40M), Aster Labs ($12.5M) "
        "and Quill AI ($3M)."
    )
    assert [(d.company, d.amount_usd) for d in listed_deals(text, 2025)] == [
        ("Northwind Robotics", 40_000_000), ("Aster Labs", 12_500_000), ("Quill AI", 3_000_000)
    ]  # fmt: skip


def test_enumerated_rounds_synthetic_euros_converted() -> None:
    text = "Finanzierungsrunden: Kolibri (12 Mio. Euro), Fjord Data (8 Mio), Tessel (3,5 Mio)."  # SYNTHETIC
    deals = listed_deals(text, 2019)
    assert [d.company for d in deals] == ["Kolibri", "Fjord Data", "Tessel"]
    assert all(d.currency == "EUR" for d in deals)
    assert deals[2].amount_usd is not None and 3_900_000 < deals[2].amount_usd < 4_000_000


def test_enumeration_of_places_or_without_deal_words_is_no_list_synthetic() -> None:
    places = "Startups raised money in Kenya ($7 million), Morocco ($3 million) and Tunisia ($1 million)."  # SYNTHETIC
    assert listed_deals(places, 2024) == []
    shares = "Valuations: Northwind ($4B), Aster ($2B) and Quill ($1B) were the highest."  # SYNTHETIC, no deal word
    assert listed_deals(shares, 2024) == []
    two = "Top deals: Northwind Robotics ($40M) and Aster Labs ($12M)."  # SYNTHETIC: two items are no list
    assert listed_deals(two, 2024) == []


# --- "und/and" + name + raise verb (segment_clauses) ---


def test_joined_raises_real_german_newsletter() -> None:
    # berlinvalley.com: "..., Volocopter konnte sich 50 Millionen Euro sichern und Spendesk erhält 35 Millionen Euro ..."
    deals = tuning_deals("b29-berlinvalley-startup-news-kw37-2019-de")
    assert [d.company for d in deals] == ["Volocopter", "Spendesk"]
    assert deals[0].amount_usd is not None and deals[0].amount_usd > deals[1].amount_usd  # 50M EUR stays Volocopter's


def test_joined_raises_synthetic_english() -> None:
    text = "Kestrel raised $40 million in a Series B and Lumo Health secured $12 million in seed funding."  # SYNTHETIC
    assert joined_clauses(text) == [
        "Kestrel raised $40 million in a Series B", "Lumo Health secured $12 million in seed funding."
    ]  # fmt: skip
    assert _pairs(text) == [("Kestrel", 40_000_000), ("Lumo Health", 12_000_000)]


def test_two_subjects_of_one_raise_stay_whole_synthetic() -> None:
    text = "Founders Alice Ng and Bob Roy raised $5 million for their startup Kestrel."  # SYNTHETIC: no amount before
    assert joined_clauses(text) == [text]


# --- a first part that states the period's total (segment_ledes) ---


def test_period_total_lede_real_mena_month() -> None:
    # agbi.com: "Investment totalled $764 million from 42 deals ... Egyptian microfinance company MNT-halan secured $130
    # million in securitised bonds."
    deals = tuning_deals("b29-agbi-mena-november-2023-tamara-tabby")
    assert deals[0].kind == "other"
    assert any(d.company == "MNT-halan" and d.amount_usd == 130_000_000 for d in deals)


def test_period_total_lede_synthetic() -> None:
    text = (  # SYNTHETIC
        "Startup funding rebounds in March\n"
        "Investment totalled $420 million across 31 deals, according to a regional tracker. "
        "Lagos-based payments company Kora Pay secured $25 million in a Series A."
    )
    parts = split_deals(text)
    assert len(parts) == 2 and parts[1].startswith("Lagos-based")
    deals = parse_deals(text)
    assert deals[0].kind == "other"
    assert (deals[1].company, deals[1].amount_usd) == ("Kora Pay", 25_000_000)


def test_market_lede_words_synthetic() -> None:
    assert market_lede(["Startups raised $80 million in 12 deals last month."])  # SYNTHETIC
    assert market_lede(["2025年以来国内共发生59起投资事件"])  # SYNTHETIC
    assert not market_lede(["Acme raised $80 million to hire engineers."])  # SYNTHETIC: one company's raise


def test_single_announcement_with_headline_stays_one_deal_synthetic() -> None:
    text = (  # SYNTHETIC: a headline without a company and no period total
        "Payments startup lands Series A\nKora Pay secured $25 million in a Series A led by Atlas Ventures."
    )
    assert len(split_deals(text)) == 1


def test_period_total_is_not_an_openers_round_synthetic() -> None:
    sentences = ["Yes, another big week.", "In total, 40 funding rounds were announced, totalling $1.9b."]  # SYNTHETIC
    assert is_period_total(sentences, 1_900_000_000)
    assert not is_period_total(sentences, 25_000_000)


# --- rounds named as noun phrases (roundup_phrases) ---


def test_noun_phrase_rounds_real_quarter_review() -> None:
    # fa.news: "Other significant deals included Flashbots' Series B of $60 million and Futureverse's $54 million Series
    # A round, both of which occurred in July."
    deals = {d.company: d for d in tuning_deals("b29-fanews-crypto-q3-2023-bitgo-flashbots")}
    assert (deals["Flashbots"].amount_usd, deals["Flashbots"].round) == (60_000_000, "series_b")
    assert (deals["Futureverse"].amount_usd, deals["Futureverse"].round) == (54_000_000, "series_a")


def test_noun_phrase_rounds_real_for_and_by() -> None:
    # agbi.com: "... a $250 million debt round by Saudi buy-now-pay-later platform Tamara and $200 million for the
    # rival platform Tabby."
    deals = {d.company: d for d in tuning_deals("b29-agbi-mena-november-2023-tamara-tabby")}
    assert (deals["Tamara"].amount_usd, deals["Tamara"].round) == (250_000_000, "debt")
    assert deals["Tabby"].amount_usd == 200_000_000


def test_noun_phrase_rounds_synthetic() -> None:
    text = "Notable deals included Kestrel’s $40 million Series B, and $12 million for the health platform Lumo."  # SYNTHETIC
    assert [(d.company, d.amount_usd, d.round) for d in phrase_deals(text)] == [
        ("Kestrel", 40_000_000, "series_b"), ("Lumo", 12_000_000, None)
    ]  # fmt: skip


def test_one_noun_phrase_is_left_to_the_sentence_rules_synthetic() -> None:
    assert phrase_deals("The week's largest deal was Kestrel's $40 million Series B.") == []  # SYNTHETIC
