"""The funding source kinds parse recorded or (labeled) synthetic bodies; broken entries become item errors."""

from datetime import date
from pathlib import Path

import pytest

from scrapers.base import ParseError, Request, Response, SourceSpec
from scrapers.registry import get_kind, kinds

FIXTURES = Path(__file__).parents[1] / "fixtures" / "funding"


def _parse(kind: str, fixture: str | bytes, **spec: object):  # type: ignore[no-untyped-def]
    body = (FIXTURES / fixture).read_bytes() if isinstance(fixture, str) else fixture
    url = str(spec.pop("url", "http://test.invalid/x"))
    source = SourceSpec(name=str(spec.pop("name", kind)), kind=kind, url=url, **spec)  # type: ignore[arg-type]
    return get_kind(kind).parse(source, Request(source.url), Response(source.url, 200, {}, body))


def test_the_one_registry_names_the_four_funding_kinds() -> None:
    funding = {name for name, kind in kinds().items() if kind.yields == "funding"}
    assert funding == {"a16z_portfolio", "portfolio_html", "feed", "defillama"}


def test_a16z_portfolio_embedded_list() -> None:
    page = _parse("a16z_portfolio", "a16z_portfolio_page_SYNTHETIC_WRAPPER.html")
    assert [m.company for m in page.members] == ["11x", "Abridge", "Accolade", "Actifio"]
    assert page.members[1].website == "https://abridge.com"
    assert {m.investor for m in page.members} == {"Andreessen Horowitz"}
    assert len(page.errors) == 2  # the nameless and the non-object entries


def test_a16z_portfolio_without_the_list_fails_the_page() -> None:
    with pytest.raises(ParseError, match="a16z_portfolio_companies"):
        _parse("a16z_portfolio", b"<html><body>maintenance</body></html>")


def test_portfolio_html_anchors_with_config_selectors() -> None:
    page = _parse(
        "portfolio_html",
        "portfolio_anchors_SYNTHETIC.html",
        name="a16zcrypto-portfolio",
        investor="a16z crypto",
        config={"item": "ul.portfolio a[target=_blank]", "name": "span.name"},
    )
    assert [m.company for m in page.members] == ["Morpho", "Digital Asset", "Catena Labs"]
    assert page.members[0].investor == "a16z crypto"


def test_feed_entries_become_rounds_and_edge_cases_are_handled() -> None:
    page = _parse("feed", "feed_SYNTHETIC.xml")
    by_company = {r.company: r for r in page.rounds}
    assert set(by_company) == {"0x Labs", "Morpho", "Nexus Mutual"}  # the essay is not a round
    morpho = by_company["Morpho"]
    assert morpho.amount_usd == 175e6 and morpho.announced_on == date(2026, 6, 9)
    assert "<b>" not in (morpho.summary or "") and "a16z crypto" in morpho.lead_investors
    assert by_company["Nexus Mutual"].announced_on is None  # no pubDate, no date in the text
    assert by_company["0x Labs"].round == "series_a"
    assert len(page.errors) == 1  # the entry with neither title nor summary


def test_feed_that_is_not_xml_fails_the_page() -> None:
    with pytest.raises(ParseError):
        _parse("feed", b"\x00\x01 definitely not a feed <<<")


def test_defillama_raises() -> None:
    page = _parse("defillama", "defillama_raises_SYNTHETIC.json")
    ox = page.rounds[0]
    assert (ox.company, ox.amount_usd, ox.round, ox.announced_on) == ("0x", 15e6, "series_a", date(2021, 2, 5))
    assert ox.lead_investors == ["Pantera Capital"] and "Coinbase Ventures" in ox.investors
    assert page.rounds[1].round is None
    assert len(page.errors) == 2  # an unreadable date, a nameless raise


def test_defillama_wrong_shape_fails_the_page() -> None:
    with pytest.raises(ParseError, match="raises"):
        _parse("defillama", b'{"data": []}')


def test_portfolio_html_internal_links_keep_names_not_sites() -> None:
    # SYNTHETIC page shaped as SOURCES.md describes paradigm.xyz/portfolio: names linking to /portfolio/{slug}.
    body = (
        b'<nav><a href="/portfolio">Portfolio</a><a href="https://x.com/paradigm">X</a></nav>'
        b'<a href="/portfolio/uniswap">Uniswap</a><a href="https://www.paradigm.xyz/portfolio/flashbots">Flashbots</a>'
        b'<a href="https://elsewhere.example/portfolio/x">Elsewhere</a><a href="/portfolio/empty"> </a>'
    )
    page = _parse(
        "portfolio_html",
        body,
        investor="Paradigm",
        url="https://www.paradigm.xyz/portfolio",
        config={"item": "a[href*='/portfolio/']", "links": "internal"},
    )
    assert [(m.company, m.website) for m in page.members] == [("Uniswap", None), ("Flashbots", None)]


def test_many_funds_money_in_a_period_reads_after_any_word() -> None:
    """SYNTHETIC: the "VC funds raised ... in <period>" total, rewritten so a word run is scanned once (the old
    "[^A-Z]\\w*\\s" rescanned it from each character: 10 s on a megabyte of one CJK word), matches where it did."""
    from talentintel.funding.kind_market import MARKET

    assert MARKET.search("In Europe, venture capital funds raised €17.1B in 2023.")
    assert MARKET.search("中国的 VC funds raised $5B in the third quarter")
    assert MARKET.search("VC funds raised $20B in the third quarter")
    assert not MARKET.search("Sequoia's new fund raised $2B")
    assert not MARKET.search("融资" * 5_000)
