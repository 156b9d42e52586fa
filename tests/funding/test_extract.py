"""parse_announcement on hand-written SYNTHETIC sentences, one behaviour each (real texts: test_devset.py)."""

from datetime import date

import pytest

from talentintel.funding import parse_announcement
from talentintel.funding.deals import parse_deals
from talentintel.funding.extract import clean_text


@pytest.mark.parametrize(
    ("text", "usd"),
    [
        ("Acme raised $25M in a seed round.", 25e6),
        ("Acme has raised 25 million dollars in Series A funding.", 25e6),
        ("Acme closes US$1.2bn Series F round.", 1.2e9),
        ("Acme raises USD 108 million in Series D funding at USD 900 million valuation.", 108e6),
        ("Acme has raised $1,500,000 in pre-seed funding.", 1.5e6),
        ("Acme secured $750k seed funding.", 750e3),
        ("Acme raised Rs 10 crore (about $1.37 million) in a debt funding round.", 1.37e6),
    ],
)
def test_amounts_in_dollars(text: str, usd: float) -> None:
    assert parse_announcement(text).amount_usd == pytest.approx(usd)


def test_other_currency_uses_that_years_average_rate() -> None:
    got = parse_announcement("Acme has raised €10 million in Series A funding.", published=date(2021, 5, 1))
    assert got.currency == "EUR"
    assert got.amount_original == "€10 million"
    assert got.amount_usd == pytest.approx(10e6 / 0.845, rel=1e-3)


def test_valuation_and_running_total_are_not_the_round() -> None:
    text = (
        "Acme, a Berlin-based startup, raised $40M in Series B funding at a $400M post-money valuation, "
        "bringing its total funding to $60M."
    )
    assert parse_announcement(text).amount_usd == 40e6


def test_undisclosed_amount_is_none() -> None:
    got = parse_announcement("Acme closes seed round led by Paradigm")
    assert got.amount_usd is None
    assert got.round == "seed"


@pytest.mark.parametrize(
    ("text", "round_"),
    [
        ("Acme raises $3M pre-seed", "pre_seed"),
        ("Acme raises $30M Series C extension", "series_c"),
        ("Acme scores $650m C round", "series_c"),
        ("Acme raises $5M in a private token sale", "token_sale"),
        ("Acme lands strategic investment from Binance Labs", "strategic"),
        ("Acme secures $20M debt financing from a bank", "debt"),
        ("Acme wins a $500K grant from the Ethereum Foundation", "grant"),
        ("Acme raises $1B Series G", None),
        ("Acme raises $10M in a round led by Sequoia", None),
    ],
)
def test_round_types(text: str, round_: str | None) -> None:
    assert parse_announcement(text).round == round_


def test_leads_and_participants() -> None:
    got = parse_announcement(
        "Acme Labs, a Singapore-based wallet, raised $12M in Series A funding co-led by Hashed and "
        "Dragonfly Capital, with participation from Animoca Brands and Coinbase Ventures."
    )
    assert got.company == "Acme Labs"
    assert got.lead_investors == ["Hashed", "Dragonfly Capital"]
    assert got.investors == ["Hashed", "Dragonfly Capital", "Animoca Brands", "Coinbase Ventures"]


def test_subject_led_and_backed_by() -> None:
    got = parse_announcement("Pantera Capital led the $8M seed round in Acme, which is also backed by Multicoin.")
    assert got.lead_investors == ["Pantera Capital"]
    assert "Multicoin" in got.investors


def test_headline_and_body_with_html_and_dateline() -> None:
    text = (
        "Acme raises $15M to build AI agents\n"
        "<p>SAN FRANCISCO, March 3, 2025 /PRNewswire/ -- <b>Acme</b>, the agent company, today announced "
        "a $15&nbsp;million Series A led by Andreessen Horowitz (a16z).</p>"
    )
    got = parse_announcement(text, published=date(2025, 3, 4))
    assert got.company == "Acme"
    assert got.amount_usd == 15e6
    assert got.lead_investors == ["Andreessen Horowitz"]
    assert got.announced_on == date(2025, 3, 3)


def test_no_date_in_text_falls_back_to_published() -> None:
    assert parse_announcement("Acme raises $1M", published=date(2024, 1, 2)).announced_on == date(2024, 1, 2)


def test_text_with_nothing_to_extract() -> None:
    got = parse_announcement("")
    assert (got.company, got.amount_usd, got.round, got.investors) == (None, None, None, [])


def test_non_string_is_rejected() -> None:
    with pytest.raises(TypeError, match="text"):
        parse_announcement(None)  # type: ignore[arg-type]


def test_a_blob_inside_an_announcement_is_dropped_not_scanned() -> None:
    """SYNTHETIC: a 100 KB base64 run inside an announcement (a data URI pasted into a page) took 60 s to parse before
    clean_text dropped runs of 200+ letters and digits (2 s after); the deal around it still reads."""
    blob = "QUJD" * 25_000
    text = (
        "Acme raises $5 million seed round led by Foo Ventures\n"
        f"Acme, a Berlin AI startup, has raised $5 million. {blob} The round was led by Foo Ventures."
    )
    assert "QUJD" not in clean_text(text)
    assert "a Berlin AI startup" in clean_text(text)
    assert "月に" + "融资" * 150 in clean_text("月に" + "融资" * 150)  # a CJK run is text, not a blob
    deals = parse_deals(text)
    assert deals[0].company == "Acme"
    assert deals[0].amount_usd == 5_000_000
