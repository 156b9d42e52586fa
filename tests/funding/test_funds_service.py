"""Fund raises stored as funds (SQLite and PostgreSQL): one row per close however often it is reported, nothing for
announcements that are no deal, rounds as before. Deals are facts of real, cited fund raises (fund_reports.json)."""

from __future__ import annotations

from datetime import date

import pytest
from sqlmodel import Session, col, select

from scrapers.base import NoDeal, Page, RoundItem
from talentintel.models import Company, Fund, FundingRound, Investor
from talentintel.services import funding, funds
from talentintel.services.funds import FundItem
from tests.funding.fund_reports import items


def _ingest(session: Session, source: str, *report_ids: str) -> funding.IngestCounts:
    page = Page()
    for report_id in report_ids:
        for item in items(report_id):
            page.add(item)
    counts = funding.ingest(session, source=source, rounds=page.rounds, funds=page.funds, others=page.others)
    session.commit()
    return counts


def _funds(session: Session) -> list[Fund]:
    return list(session.exec(select(Fund).order_by(col(Fund.id))).all())


def test_the_feed_turns_each_deal_into_its_item() -> None:
    kinds = [type(i) for i in items("blockchain-capital-axios")]
    assert kinds == [FundItem, FundItem, NoDeal]  # two funds closed; a fund still being raised is no deal
    (fund,) = items("moonfire-reuters")
    assert isinstance(fund, FundItem)
    assert (fund.manager, fund.amount_usd, fund.announced_on, fund.focus, fund.regions) == (
        "Moonfire Ventures",
        115_000_000,
        date(2023, 5, 24),
        ["ai"],
        ["europe"],
    )
    assert fund.url and fund.url.startswith("https://www.reuters.com/")


def test_same_close_reported_by_three_outlets_is_one_row(session: Session) -> None:
    # CoinFund's fourth seed fund: $158M (the firm), $152M (an echo of Bloomberg), "fourth fund" (Axios), 1 day apart.
    first = _ingest(session, "press-a", "coinfund-tweet")
    second = _ingest(session, "press-b", "coinfund-bloomberg-echo", "polychain-axios")
    assert (first.funds_new, first.funds_updated) == (1, 0)
    # Polychain is new in the echo; CoinFund's echo adds its source; Axios (same source name here) adds nothing.
    assert (second.funds_new, second.funds_updated, second.funds_unchanged) == (1, 1, 2)
    rows = {session.get(Investor, f.investor_id).slug: f for f in _funds(session)}  # type: ignore[union-attr]
    assert len(rows) == 2
    coinfund = rows[next(s for s in rows if "coinfund" in s)]
    assert coinfund.amount_usd == 158_000_000  # the first report's figure is kept, never overwritten
    assert coinfund.fund_name == "Seed IV" and coinfund.sources == ["press-a", "press-b"]
    assert coinfund.focus == ["ai", "crypto"] and coinfund.focus_class == "both"
    assert session.exec(select(Company)).first() is None  # a fund manager is an investor, never a company


def test_reports_days_apart_or_without_dates_merge(session: Session) -> None:
    _ingest(session, "reuters", "moonfire-reuters")
    later = _ingest(session, "pasha", "moonfire-pasha")  # 13 days later, same $115M
    assert (later.funds_new, later.funds_updated) == (0, 1)
    _ingest(session, "echo-1", "radical-ft-echo-1")
    undated = _ingest(session, "echo-2", "radical-ft-echo-2")  # no dates: $790M is within 10% of $800M
    assert (undated.funds_new, undated.funds_updated) == (0, 1)
    assert len(_funds(session)) == 2


def test_two_funds_of_one_manager_in_one_text_are_two_rows_and_other_is_counted(session: Session) -> None:
    counts = _ingest(session, "axios", "blockchain-capital-axios")
    assert (counts.funds_new, counts.others, counts.failed) == (2, 1, 0)
    names = sorted(f.fund_name or "" for f in _funds(session))
    assert names == ["first opportunity fund", "sixth early-stage fund"]
    assert session.exec(select(Investor).where(col(Investor.name).contains("Electric"))).first() is None


def test_different_funds_of_one_manager_stay_apart(session: Session) -> None:
    _ingest(session, "fintwit", "paradigm-one")
    counts = _ingest(session, "blockog", "paradigm-raising")  # a fund sought, not closed: no row
    assert (counts.funds_new, counts.others) == (0, 1)
    assert len(_funds(session)) == 1
    item = FundItem(
        manager="Paradigm",
        fund_name="Paradigm Fund III",
        amount_usd=850_000_000,
        announced_on=date(2024, 6, 12),
        focus=["crypto"],
    )  # fmt: skip  (SYNTHETIC date)
    funding.ingest(session, source="x", funds=[item])
    assert [f.amount_usd for f in _funds(session)] == [2_500_000_000, 850_000_000]


def test_sizes_far_apart_are_two_funds_unless_named_alike(session: Session) -> None:
    day = date(2026, 3, 2)  # SYNTHETIC: one manager, one day
    early, growth = (FundItem(manager="Example Capital", amount_usd=a, announced_on=day) for a in (5e8, 1e9))
    counts = funding.ingest(session, source="x", funds=[early, growth])
    assert counts.funds_new == 2
    first, final = (FundItem(manager="Example Partners", fund_name="Fund IV", amount_usd=a, announced_on=day)
                    for a in (2e8, 4e8))  # fmt: skip
    counts = funding.ingest(session, source="x", funds=[first, final])
    assert (counts.funds_new, counts.funds_unchanged) == (1, 1)


def test_ingest_twice_changes_nothing(session: Session) -> None:
    ids = ("galaxy-ventures", "sequoia-india-six", "inventus-medianama", "blockchain-capital-axios")
    first = _ingest(session, "feed", *ids)
    before = [(f.id, f.updated_at, f.sources) for f in _funds(session)]
    again = _ingest(session, "feed", *ids)
    assert (first.funds_new, again.funds_new, again.funds_updated, again.funds_unchanged) == (5, 0, 0, 5)
    assert [(f.id, f.updated_at, f.sources) for f in _funds(session)] == before
    galaxy = next(f for f in _funds(session) if f.fund_name == "Galaxy Ventures Fund I LP")
    assert (galaxy.focus_class, galaxy.regions, galaxy.region_mask) == ("crypto", [], 0)
    sequoia = next(f for f in _funds(session) if f.amount_usd == 695_000_000)
    assert (sequoia.focus, sequoia.focus_class, sequoia.regions) == ([], "none", ["asia"])


def test_create_fund_is_called_once_per_new_close(session: Session, monkeypatch: pytest.MonkeyPatch) -> None:
    """The webhook for a new fund hooks create_fund: it must run for new closes only, never for a re-report."""
    created: list[str] = []
    real = funds.create_fund

    def spy(s: Session, **kwargs: object) -> Fund:
        row = real(s, **kwargs)  # type: ignore[arg-type]
        created.append(row.dedupe_key)
        return row

    monkeypatch.setattr(funds, "create_fund", spy)
    _ingest(session, "a", "moonfire-reuters", "moonfire-pasha", "moonfire-reuters")
    assert len(created) == 1 and created[0].startswith("moonfire")


def test_broken_fund_items_fail_alone(session: Session) -> None:
    good = items("galaxy-ventures")[0]
    assert isinstance(good, FundItem)
    bad = [FundItem(manager="  "), FundItem(manager="Example Capital", amount_usd=float("inf"))]  # SYNTHETIC
    counts = funding.ingest(session, source="x", funds=[bad[0], good, bad[1]])
    assert (counts.funds_new, counts.failed) == (1, 2)
    assert "without a manager" in counts.errors[0] and "out of range" in counts.errors[1]


def test_rounds_still_go_to_rounds(session: Session) -> None:
    round_item = RoundItem(company="Acme", amount_usd=5e6, round="seed", announced_on=date(2026, 1, 5))  # SYNTHETIC
    counts = funding.ingest(session, source="x", rounds=[round_item], funds=[items("moonfire-reuters")[0]])  # type: ignore[list-item]
    assert (counts.rounds_new, counts.funds_new, counts.new) == (1, 1, 2)
    assert len(session.exec(select(FundingRound)).all()) == 1 and len(_funds(session)) == 1


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [
        ("Seed IV", "fourth seed fund", True),
        ("Fund IV", "Fund 4", True),
        ("fourth fund", "Seed IV", True),
        ("Galaxy Ventures Fund I LP", "Fund I", True),
        ("sixth early-stage fund", "first opportunity fund", False),
        ("Fund III", "Fund IV", False),
        (None, "Fund IX", True),
    ],
)
def test_fund_names_agree(a: str | None, b: str | None, same: bool) -> None:
    assert funds.names_agree(funds.name_tokens(a, "Galaxy Ventures"), funds.name_tokens(b, "Galaxy Ventures")) == same
