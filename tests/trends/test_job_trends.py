"""Job trends on a hand-built history; every expected figure below was counted by hand from the jobs listed."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import text
from sqlmodel import Session

from talentintel.errors import InvalidParameter
from talentintel.trends.jobs import job_trends
from tests.trends.history import TODAY, W1, W2, W3, january, rows


def test_weekly_open_new_closed_shares_and_change(session: Session) -> None:
    january(session)
    result = job_trends(session, granularity="week", start=date(2026, 1, 5), today=TODAY, source="live")
    assert [p["period"] for p in result["periods"]] == [W1, W2, W3]
    assert [p["label"] for p in result["periods"]] == ["2026-W02", "2026-W03", "2026-W04"]
    got = rows(result)
    expected_open = {
        W1: {"crypto": 1, "ai": 3, "both": 0, "none": 0},  # A; B C H
        W2: {"crypto": 1, "ai": 1, "both": 1, "none": 0},  # A; B (C and H closed); D
        W3: {"crypto": 2, "ai": 1, "both": 1, "none": 1},  # A G; B; D; F
    }
    expected_new = {
        W1: {"crypto": 0, "ai": 3, "both": 0, "none": 0},
        W2: {"crypto": 0, "ai": 0, "both": 1, "none": 0},
        W3: {"crypto": 1, "ai": 0, "both": 0, "none": 1},
    }
    for period, by_sector in expected_open.items():
        for sector, n in by_sector.items():
            assert got[(period, sector)]["open"] == n, (period, sector)
            assert got[(period, sector)]["new"] == expected_new[period][sector], (period, sector)
    assert got[(W2, "ai")]["closed"] == 2
    assert got[(W1, "ai")]["open_share"] == 0.75
    assert got[(W1, "crypto")]["open_share"] == 0.25
    assert got[(W1, "ai")]["open_change"] is None
    assert got[(W2, "ai")]["open_change"] == round((1 - 3) / 3, 4)
    assert got[(W3, "crypto")]["open_change"] == 1.0
    assert got[(W2, "both")]["open_change"] is None  # from zero

    us = rows(result, "us")  # A, B, F, G, H are tagged us; B counts in us and in europe
    assert [us[(p, "ai")]["open"] for p in (W1, W2, W3)] == [2, 1, 1]
    assert [us[(p, "crypto")]["open"] for p in (W1, W2, W3)] == [1, 1, 2]
    assert rows(result, "europe")[(W1, "ai")]["open"] == 1
    assert {r["region"] for r in result["series"]} == {"all", "us", "europe", "asia"}


def test_monthly_boundaries(session: Session) -> None:
    january(session)
    got = rows(job_trends(session, granularity="month", start=date(2025, 12, 1), today=TODAY, source="live"))
    dec, jan = "2025-12-01", "2026-01-01"
    assert got[(dec, "crypto")]["open"] == 2  # A and E (E closes on Jan 2)
    assert got[(dec, "crypto")]["new"] == 2
    assert got[(jan, "crypto")]["open"] == 2 and got[(jan, "crypto")]["closed"] == 1  # A G; E closed
    assert got[(jan, "ai")]["new"] == 3 and got[(jan, "ai")]["closed"] == 2 and got[(jan, "ai")]["open"] == 1
    assert got[(jan, "none")]["new"] == 1 and got[(jan, "both")]["open"] == 1


def test_session_time_zone_does_not_move_buckets(session: Session) -> None:
    january(session)
    if session.get_bind().dialect.name == "postgresql":
        # date_trunc on a timestamptz follows the session zone; C (Sunday 23:59:59Z) would fall into week 2 here.
        session.execute(text("SET LOCAL TIME ZONE 'Pacific/Kiritimati'"))
    got = rows(job_trends(session, start=date(2026, 1, 5), today=TODAY, source="live"))
    assert got[(W1, "ai")]["new"] == 3 and got[(W2, "both")]["new"] == 1 and got[(W3, "crypto")]["new"] == 1


def test_filters(session: Session) -> None:
    january(session)
    by_company = rows(job_trends(session, start=date(2026, 1, 5), today=TODAY, company="acme", source="live"))
    assert [by_company[(p, "crypto")]["open"] for p in (W1, W2, W3)] == [1, 1, 2]
    assert by_company[(W1, "ai")]["open"] == 0
    by_country = job_trends(session, start=date(2026, 1, 5), today=TODAY, country=["us"], by_region=False)
    got = rows(by_country)
    assert got[(W1, "ai")]["open"] == 1 and got[(W1, "crypto")]["open"] == 1  # B; A (H has no country)
    assert {r["region"] for r in by_country["series"]} == {"all"}
    only = job_trends(session, start=date(2026, 1, 5), today=TODAY, sector=["intersection"], region=["asia"])
    assert {r["sector_class"] for r in only["series"]} == {"both"}
    assert {r["region"] for r in only["series"]} == {"all", "asia"}
    assert rows(only, "asia")[(W3, "both")]["open"] == 1


@pytest.mark.parametrize(
    ("kwargs", "field"),
    [
        ({"sector": ["defi"]}, "sector"),
        ({"region": ["mars"]}, "region"),
        ({"country": ["USA"]}, "country"),
        ({"company": "nobody"}, "company"),
        ({"investor": "nobody"}, "investor"),
        ({"granularity": "day"}, "granularity"),
        ({"source": "cache"}, "source"),
        ({"start": date(2026, 2, 1)}, "start"),
    ],
)
def test_bad_parameters_name_the_field(session: Session, kwargs: dict[str, object], field: str) -> None:
    with pytest.raises(InvalidParameter) as err:
        job_trends(session, today=TODAY, **kwargs)  # type: ignore[arg-type]
    assert err.value.name == field
