"""Funding ingestion against the real databases (SQLite and PostgreSQL via the `session` fixture)."""

from pathlib import Path

from sqlmodel import Session, col, select

from scrapers.base import Request, Response, SourceSpec
from scrapers.registry import get_kind
from talentintel.models import Company, CompanyInvestor, FundingRound, Investor, RoundInvestor
from talentintel.services import funding

FIXTURES = Path(__file__).parents[1] / "fixtures" / "funding"


def _page(kind: str, fixture: str, **spec: object):  # type: ignore[no-untyped-def]
    source = SourceSpec(name=kind, kind=kind, url="http://test.invalid/x", **spec)  # type: ignore[arg-type]
    body = (FIXTURES / fixture).read_bytes()
    return get_kind(kind).parse(source, Request(source.url), Response(source.url, 200, {}, body))


def test_same_round_from_two_sources_is_one_round(session: Session) -> None:
    feed = _page("feed", "feed_SYNTHETIC.xml")
    llama = _page("defillama", "defillama_raises_SYNTHETIC.json")
    first = funding.ingest(session, source="news-feed", rounds=feed.rounds)
    second = funding.ingest(session, source="defillama", rounds=llama.rounds)
    assert (first.rounds_new, second.rounds_new, second.rounds_updated) == (3, 0, 2)
    rounds = session.exec(select(FundingRound)).all()
    assert len(rounds) == 3
    morpho = session.exec(
        select(FundingRound)
        .join(Company, col(Company.id) == col(FundingRound.company_id))
        .where(col(Company.name) == "Morpho")
    ).one()
    assert morpho.sources == ["news-feed", "defillama"]
    assert "crypto" in morpho.sector
    leads = session.exec(
        select(Investor.slug)
        .join(RoundInvestor, col(RoundInvestor.investor_id) == col(Investor.id))
        .where(col(RoundInvestor.round_id) == morpho.id, col(RoundInvestor.is_lead))
    ).all()
    assert set(leads) == {"paradigm", "ribbit-capital", "a16z-crypto"}


def test_ingest_twice_changes_nothing(session: Session) -> None:
    llama = _page("defillama", "defillama_raises_SYNTHETIC.json")
    funding.ingest(session, source="defillama", rounds=llama.rounds)
    counts = [
        session.exec(select(m)).all().__len__()
        for m in (Company, Investor, FundingRound, RoundInvestor, CompanyInvestor)
    ]
    again = funding.ingest(session, source="defillama", rounds=llama.rounds)
    assert (again.new, again.updated, again.unchanged) == (0, 0, len(llama.rounds))
    assert [
        session.exec(select(m)).all().__len__()
        for m in (Company, Investor, FundingRound, RoundInvestor, CompanyInvestor)
    ] == counts


def test_portfolio_membership_with_source_and_first_seen(session: Session) -> None:
    page = _page(
        "portfolio_html",
        "portfolio_anchors_SYNTHETIC.html",
        investor="a16z crypto",
        config={"item": "ul.portfolio a[target=_blank]", "name": "span.name"},
    )
    counts = funding.ingest(session, source="a16zcrypto-portfolio", members=page.members)
    assert counts.members_new == 3
    a16z_crypto = session.exec(select(Investor).where(col(Investor.slug) == "a16z-crypto")).one()
    links = session.exec(select(CompanyInvestor).where(col(CompanyInvestor.investor_id) == a16z_crypto.id)).all()
    assert {link.source for link in links} == {"a16zcrypto-portfolio"}
    morpho = session.exec(select(Company).where(col(Company.slug) == "morpho")).one()
    assert morpho.domain == "morpho.org"
    # The round reported later (a16z crypto leads it) adds no second membership row.
    funding.ingest(session, source="defillama", rounds=_page("defillama", "defillama_raises_SYNTHETIC.json").rounds)
    assert (
        len(session.exec(select(CompanyInvestor).where(col(CompanyInvestor.investor_id) == a16z_crypto.id)).all()) == 3
    )


def test_investor_aliases_are_one_investor(session: Session) -> None:
    a = funding.upsert_investor(session, "a16z")
    b = funding.upsert_investor(session, "Andreessen Horowitz")
    c = funding.upsert_investor(session, "a16z crypto")
    assert a.id == b.id != c.id
    assert "a16z" in a.aliases


def test_companies_dedupe_by_domain_and_name(session: Session) -> None:
    a = funding.upsert_company(session, "Neros Technologies")
    b = funding.upsert_company(session, "Neros", website="https://neros.tech")
    c = funding.upsert_company(session, "Neros Inc.", website="http://www.neros.tech/about")
    assert a.id == b.id == c.id and a.domain == "neros.tech"
