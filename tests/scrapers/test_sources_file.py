"""The shipped sources.toml is valid, and every kind it names exists."""

from __future__ import annotations

from pathlib import Path

from scrapers.registry import kinds
from talentintel.services.sources import load_sources, parse_interval

ROOT = Path(__file__).resolve().parents[2]


def test_default_sources_file_is_valid() -> None:
    entries = load_sources(ROOT / "sources.toml", kinds=kinds())
    by_kind = {e.kind for e in entries}
    assert {"greenhouse", "lever", "ashby", "consider", "getro"} <= by_kind
    funds = {e.investor for e in entries if e.investor}
    assert {
        "Andreessen Horowitz",
        "Paradigm",
        "Pantera Capital",
        "Polychain Capital",
        "Dragonfly",
        "Multicoin Capital",
    } <= funds
    assert all(e.company for e in entries if not e.investor and kinds()[e.kind].yields == "jobs")
    funding = {e.kind for e in entries if kinds()[e.kind].yields == "funding"}
    assert funding == {"a16z_portfolio", "portfolio_html", "feed", "defillama"}


def test_intervals() -> None:
    assert parse_interval("30m") == 1800 and parse_interval(7200) == 7200 and parse_interval("1d") == 86400
