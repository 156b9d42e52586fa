"""Funding trends and investor focus on a hand-built set of rounds; expected figures counted by hand."""

from __future__ import annotations

from datetime import date

import pytest
from sqlmodel import Session

from talentintel.errors import InvalidParameter
from talentintel.trends.funding import funding_trends
from talentintel.trends.investor_focus import investor_focus
from tests.trends.history import funding_round, investor

TODAY = date(2026, 3, 15)
JAN, FEB, MAR = "2026-01-01", "2026-02-01", "2026-03-01"


def _rounds(session: Session) -> None:
    paradigm, a16z = investor(session, "paradigm"), investor(session, "a16z")
    funding_round(session, "r1", "crypto", date(2026, 1, 10), 10e6, regions=["us"], investors=[paradigm])
    funding_round(
        session,
        "r2",
        "ai",
        date(2026, 1, 31),
        20e6,
        round_type="series_a",
        regions=["us", "europe"],
        investors=[a16z, paradigm],
    )
    funding_round(session, "r3", "both", date(2026, 2, 1), 5e6, regions=["asia"], investors=[paradigm])
    funding_round(session, "r4", "ai", date(2026, 2, 28), None, investors=[a16z])  # amount not disclosed, no region
    funding_round(
        session, "r5", "ai", date(2026, 3, 1), 30e6, round_type="series_b", regions=["europe"], investors=[paradigm]
    )
    funding_round(session, "r6", "crypto", date(2025, 12, 31), 100e6, investors=[paradigm])  # before the window
    funding_round(session, "r7", "crypto", date(2026, 4, 1), 100e6, investors=[paradigm])  # after it
    session.flush()


def _cells(result: dict[str, object]) -> dict[tuple[str, str], tuple[int, float]]:
    return {(r["period"], r["key"]): (r["rounds"], r["usd"]) for r in result["series"]}  # type: ignore[attr-defined]


def test_by_sector_class(session: Session) -> None:
    _rounds(session)
    result = funding_trends(session, start=date(2026, 1, 1), today=TODAY)
    got = _cells(result)
    assert got[(JAN, "crypto")] == (1, 10e6) and got[(JAN, "ai")] == (1, 20e6)
    assert got[(FEB, "both")] == (1, 5e6) and got[(FEB, "ai")] == (1, 0.0)
    assert got[(MAR, "ai")] == (1, 30e6) and got[(MAR, "crypto")] == (0, 0.0)
    rows = {(r["period"], r["key"]): r for r in result["series"]}
    assert rows[(JAN, "crypto")]["usd_share"] == 0.3333 and rows[(JAN, "ai")]["rounds_share"] == 0.5
    assert rows[(FEB, "ai")]["usd_change"] == -1.0 and rows[(FEB, "ai")]["rounds_change"] == 0.0
    assert rows[(MAR, "ai")]["usd_change"] is None  # from zero


def test_by_region_round_type_and_investor(session: Session) -> None:
    _rounds(session)
    region = _cells(funding_trends(session, start=date(2026, 1, 1), today=TODAY, by="region"))
    assert region[(JAN, "us")] == (2, 30e6) and region[(JAN, "europe")] == (1, 20e6)
    assert region[(FEB, "asia")] == (1, 5e6) and region[(FEB, "unknown")] == (1, 0.0)
    kinds = _cells(funding_trends(session, start=date(2026, 1, 1), today=TODAY, by="round_type"))
    assert (
        kinds[(FEB, "seed")] == (2, 5e6)
        and kinds[(JAN, "series_a")] == (1, 20e6)
        and kinds[(MAR, "series_b")] == (1, 30e6)
    )
    by_investor = funding_trends(session, start=date(2026, 1, 1), today=TODAY, by="investor")
    assert [r["key"] for r in by_investor["series"] if r["period"] == JAN] == ["paradigm", "a16z"]  # 65M before 20M
    inv = _cells(by_investor)
    assert inv[(JAN, "paradigm")] == (2, 30e6) and inv[(FEB, "a16z")] == (1, 0.0)


def test_filters(session: Session) -> None:
    _rounds(session)
    a16z = _cells(funding_trends(session, start=date(2026, 1, 1), today=TODAY, investor="a16z"))
    assert a16z[(JAN, "ai")] == (1, 20e6) and a16z[(JAN, "crypto")] == (0, 0.0) and a16z[(MAR, "ai")] == (0, 0.0)
    seed = _cells(funding_trends(session, start=date(2026, 1, 1), today=TODAY, round_type=["Seed"]))
    assert seed[(JAN, "crypto")] == (1, 10e6) and seed[(JAN, "ai")] == (0, 0.0)
    europe = _cells(funding_trends(session, start=date(2026, 1, 1), today=TODAY, region=["europe"], sector=["ai"]))
    assert europe == {(JAN, "ai"): (1, 20e6), (FEB, "ai"): (0, 0.0), (MAR, "ai"): (1, 30e6)}
    weekly = _cells(
        funding_trends(session, granularity="week", start=date(2026, 1, 26), end=date(2026, 2, 1), today=TODAY)
    )
    assert weekly[("2026-01-26", "ai")] == (1, 20e6) and weekly[("2026-01-26", "both")] == (1, 5e6)  # Sat and Sun


def test_investor_focus(session: Session) -> None:
    _rounds(session)
    result = investor_focus(session, start=date(2026, 1, 1), today=TODAY)
    assert [s["investor"] for s in result["investors"]] == ["paradigm", "a16z"]  # 4 rounds, then 2
    paradigm = result["investors"][0]
    assert (paradigm["rounds"], paradigm["ai_share_first"], paradigm["ai_share_last"], paradigm["ai_share_shift"]) == (
        4,
        0.5,
        1.0,
        0.5,
    )
    rows = {(r["investor"], r["period"], r["sector_class"]): r for r in result["series"]}
    assert rows[("paradigm", JAN, "crypto")]["usd_share"] == 0.3333
    assert rows[("paradigm", FEB, "both")]["rounds_share"] == 1.0
    assert rows[("a16z", FEB, "ai")]["rounds"] == 1 and rows[("a16z", MAR, "ai")]["rounds"] == 0
    only = investor_focus(session, start=date(2026, 1, 1), today=TODAY, investor=["a16z"], sector=["ai"])
    assert {(r["investor"], r["sector_class"]) for r in only["series"]} == {("a16z", "ai")}
    assert only["investors"][0]["ai_share_shift"] == 0.0


@pytest.mark.parametrize(
    ("kwargs", "field"), [({"by": "country"}, "by"), ({"investor": "nobody"}, "investor"), ({"top": 0}, "top")]
)
def test_bad_parameters(session: Session, kwargs: dict[str, object], field: str) -> None:
    with pytest.raises(InvalidParameter) as err:
        funding_trends(session, today=TODAY, **kwargs)  # type: ignore[arg-type]
    assert err.value.name == field
