"""Company pivots: a company moving from crypto to AI and one moving into the intersection are found and ranked;
a stable company, a tiny one and an AI company all along are not."""

from __future__ import annotations

from datetime import date

import pytest
from sqlmodel import Session

from talentintel.errors import InvalidParameter
from talentintel.trends.pivots import company_pivots
from tests.trends.history import company, job, utc

TODAY = date(2026, 4, 20)  # months Jan..Apr 2026; the halves split at March


def _post(session: Session, slug: str, plan: dict[int, dict[str, int]]) -> int:
    c = company(session, slug)
    for month, by_class in plan.items():
        for sector_class, n in by_class.items():
            for i in range(n):
                job(session, sector_class, utc(2026, month, 1 + i, 12), company_id=c.id, regions=["us"])
    return int(c.id or 0)


def _companies(session: Session) -> None:
    chainlabs = _post(
        session,
        "chainlabs",
        {1: {"crypto": 3}, 2: {"crypto": 2, "ai": 1}, 3: {"ai": 2, "both": 2}, 4: {"ai": 1, "crypto": 1}},
    )
    _post(session, "meshnet", {1: {"crypto": 4}, 3: {"both": 3, "crypto": 1}})
    _post(session, "exchange", {m: {"crypto": 3, "ai": 1} for m in (1, 2, 3, 4)})
    _post(session, "tiny", {1: {"crypto": 1}, 3: {"ai": 1}})
    _post(session, "labco", {m: {"ai": 2} for m in (1, 2, 3, 4)})
    job(session, "crypto", utc(2025, 12, 5), company_id=chainlabs)  # chainlabs before the window: ignored
    session.flush()


def test_pivots_detected_and_ranked(session: Session) -> None:
    _companies(session)
    result = company_pivots(session, start=date(2026, 1, 1), today=TODAY)
    assert result["split_at"] == "2026-03-01"
    items = result["items"]
    assert [i["slug"] for i in items] == ["meshnet", "chainlabs"]
    mesh, chain = items
    # meshnet: crypto 4 of 4 before, both 3 of 4 after -> AI share 0 -> 0.75
    assert (mesh["rank"], mesh["kind"], mesh["score"]) == (1, "into_intersection", 0.75)
    # chainlabs: before crypto 5 ai 1 (AI 1/6), after ai 3 both 2 crypto 1 (AI 5/6): +4/6
    assert (chain["kind"], chain["score"]) == ("crypto_to_ai", round(4 / 6, 4))
    assert chain["early"]["counts"] == {"none": 0, "crypto": 5, "ai": 1, "both": 0}
    assert chain["late"]["counts"] == {"none": 0, "crypto": 1, "ai": 3, "both": 2}
    evidence = {e["period"]: e for e in chain["evidence"]}
    assert evidence["2026-01-01"]["crypto"] == 3 and evidence["2026-03-01"]["both"] == 2
    assert evidence["2026-04-01"] == {
        "period": "2026-04-01",
        "label": "2026-04",
        "none": 0,
        "crypto": 1,
        "ai": 1,
        "both": 0,
    }


def test_thresholds(session: Session) -> None:
    _companies(session)
    strict = company_pivots(session, start=date(2026, 1, 1), today=TODAY, min_shift=0.7)
    assert [i["slug"] for i in strict["items"]] == ["meshnet"]
    loose = company_pivots(session, start=date(2026, 1, 1), today=TODAY, min_jobs=1)
    assert "tiny" in [i["slug"] for i in loose["items"]]  # 1 crypto then 1 AI: a pivot only if one posting is enough
    assert [i["slug"] for i in company_pivots(session, start=date(2026, 1, 1), today=TODAY, limit=1)["items"]] == [
        "meshnet"
    ]
    assert company_pivots(session, start=date(2026, 1, 1), today=TODAY, region=["asia"])["items"] == []


def test_needs_two_periods(session: Session) -> None:
    with pytest.raises(InvalidParameter) as err:
        company_pivots(session, start=date(2026, 4, 1), today=TODAY)
    assert err.value.name == "start"
