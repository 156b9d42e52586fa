"""API test fixtures: an app on the migrated test database, keys of each scope, and synthetic rows.

Rows here are synthetic (named so): the API tests exercise filtering and paging, not parsing of real sources.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
from fastapi.testclient import TestClient
from sqlalchemy.engine import Engine
from sqlmodel import Session

from api.app import create_app
from talentintel.models import Company, CompanyInvestor, FundingRound, Investor, Job, RoundInvestor, Source
from talentintel.models import countries_key as make_countries_key
from talentintel.models import region_mask as make_region_mask
from talentintel.services import apikeys

BASE_TIME = datetime(2026, 11, 1, tzinfo=UTC)


@pytest.fixture
def enqueued() -> list[tuple[str, tuple[Any, ...]]]:
    return []


@pytest.fixture
def app_factory(engine: Engine, enqueued: list[tuple[str, tuple[Any, ...]]]) -> Callable[..., TestClient]:
    def make(**kwargs: Any) -> TestClient:
        def enqueue(name: str, *args: Any) -> str:
            enqueued.append((name, args))
            return f"task-{len(enqueued)}"

        kwargs.setdefault("enqueue", enqueue)
        kwargs.setdefault("redis_url", None)
        kwargs.setdefault("auth_cache_seconds", 0)
        # Pages are cached until a change notice arrives, a few ms after a commit: tests that write then read at
        # once would race it. test_page_cache.py covers the cache, waiting for the notices.
        kwargs.setdefault("page_cache_mb", 0)
        return TestClient(create_app(**kwargs))

    return make


@pytest.fixture
def client(app_factory: Callable[..., TestClient]) -> Iterator[TestClient]:
    with app_factory() as c:
        yield c


def _key(engine: Engine, scope: str) -> str:
    with Session(engine) as s:
        _, plaintext = apikeys.create(s, scope=scope, name=f"test {scope}")
        s.commit()
    return plaintext


@pytest.fixture
def read_key(engine: Engine) -> str:
    return _key(engine, "read")


@pytest.fixture
def admin_key(engine: Engine) -> str:
    return _key(engine, "admin")


@pytest.fixture
def auth(read_key: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {read_key}"}


@pytest.fixture
def admin_auth(admin_key: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {admin_key}"}


def make_job(company: Company | None, n: int, **fields: Any) -> Job:
    regions = fields.pop("regions", ["europe"])
    countries = fields.pop("countries", ["DE"])
    defaults: dict[str, Any] = {
        "title": f"Synthetic job {n}",
        "description": f"Synthetic description {n}",
        "locations": ["Berlin, Germany"],
        "posted_at": BASE_TIME + timedelta(hours=n),
        "first_seen_at": BASE_TIME + timedelta(hours=n),
        "last_seen_at": BASE_TIME + timedelta(hours=n),
        "sector": ["crypto"],
        "sector_class": "crypto",
        "url": f"https://example.com/jobs/{n}",
    }
    defaults.update(fields)
    return Job(
        company_id=company.id if company else None,
        regions=regions,
        region_mask=make_region_mask(regions),
        countries=countries,
        countries_key=make_countries_key(countries),
        **defaults,
    )


@pytest.fixture
def catalog(session: Session) -> dict[str, Any]:
    """A small synthetic world: 3 companies, 2 investors, jobs across sectors/regions, 3 rounds, 1 source."""
    acme = Company(name="Acme Chain", slug="acme-chain", sector=["crypto"], sector_class="crypto", regions=["europe"])
    neural = Company(name="Neural Works", slug="neural-works", sector=["ai"], sector_class="ai", regions=["us"])
    fusion = Company(
        name="Fusion Labs", slug="fusion-labs", sector=["crypto", "ai"], sector_class="both", regions=["asia"]
    )
    session.add_all([acme, neural, fusion])
    session.flush()
    paradigm = Investor(slug="paradigm", name="Paradigm")
    a16z = Investor(slug="a16z", name="Andreessen Horowitz", aliases=["a16z crypto"])
    session.add_all([paradigm, a16z])
    session.flush()
    session.add_all([
        CompanyInvestor(investor_id=paradigm.id, company_id=acme.id, source="synthetic"),
        CompanyInvestor(investor_id=a16z.id, company_id=neural.id, source="synthetic"),
        CompanyInvestor(investor_id=a16z.id, company_id=fusion.id, source="synthetic"),
    ])  # fmt: skip
    jobs = [
        make_job(acme, 1, title="Solidity Engineer", description="Write smart contracts in Solidity."),
        make_job(acme, 2, title="Rust Protocol Engineer", description="Consensus and networking in Rust.",
                 remote=True, regions=["europe", "global"], countries=["DE", "FR"], employment_type="full_time",
                 salary_min=90000, salary_max=120000, salary_currency="EUR", salary_period="year"),
        make_job(neural, 3, title="Machine Learning Engineer", description="Train large language models.",
                 sector=["ai"], sector_class="ai", regions=["us"], countries=["US"], locations=["New York, NY"],
                 employment_type="full_time", salary_min=150000, salary_max=200000, salary_currency="USD"),
        make_job(neural, 4, title="Research Intern", description="Reinforcement learning research.",
                 sector=["ai"], sector_class="ai", regions=["us"], countries=["US"], employment_type="internship"),
        make_job(fusion, 5, title="Onchain AI Agent Engineer", description="Agents that trade onchain with LLMs.",
                 sector=["crypto", "ai"], sector_class="both", regions=["asia"], countries=["SG"], remote=True),
        make_job(fusion, 6, title="Closed Role", description="Filled.", sector=["crypto", "ai"], sector_class="both",
                 status="closed", closed_at=BASE_TIME + timedelta(days=3), regions=["asia"], countries=["SG"]),
        make_job(None, 7, title="Office Manager", description="Run the office.", sector=[], sector_class="none",
                 regions=["oceania"], countries=["AU"], posted_at=None),
    ]  # fmt: skip
    session.add_all(jobs)
    rounds = [
        FundingRound(company_id=acme.id, dedupe_key="acme-seed", round_type="seed", amount_usd=5_000_000,
                     announced_on=datetime(2026, 3, 1).date(), sector=["crypto"], sector_class="crypto",
                     regions=["europe"], region_mask=make_region_mask(["europe"]), countries=["DE"], title="Acme seed"),
        FundingRound(company_id=neural.id, dedupe_key="neural-a", round_type="series_a", amount_usd=30_000_000,
                     announced_on=datetime(2026, 6, 1).date(), sector=["ai"], sector_class="ai",
                     regions=["us"], region_mask=make_region_mask(["us"]), countries=["US"], title="Neural A"),
        FundingRound(company_id=fusion.id, dedupe_key="fusion-b", round_type="series_b", amount_usd=None,
                     announced_on=None, sector=["crypto", "ai"], sector_class="both",
                     regions=["asia"], region_mask=make_region_mask(["asia"]), countries=["SG"], title="Fusion B"),
    ]  # fmt: skip
    session.add_all(rounds)
    session.flush()
    session.add_all([
        RoundInvestor(round_id=rounds[0].id, investor_id=paradigm.id, is_lead=True),
        RoundInvestor(round_id=rounds[1].id, investor_id=a16z.id, is_lead=True),
        RoundInvestor(round_id=rounds[2].id, investor_id=a16z.id),
        RoundInvestor(round_id=rounds[2].id, investor_id=paradigm.id),
    ])  # fmt: skip
    source = Source(
        name="acme-greenhouse", kind="greenhouse", url="https://boards.example.com/acme", company="Acme Chain"
    )
    session.add(source)
    session.commit()
    return {"companies": [acme, neural, fusion], "investors": [paradigm, a16z], "jobs": jobs, "rounds": rounds,
            "source": source}  # fmt: skip
