from __future__ import annotations

from sqlmodel import Session

from talentintel.models import Company, FundingRound, Job
from talentintel.services import company_sectors


def _jobs(session: Session, company: Company, classes: list[str], regions: list[str]) -> None:
    for i, sector_class in enumerate(classes):
        sector = {"none": [], "crypto": ["crypto"], "ai": ["ai"], "both": ["ai", "crypto"]}[sector_class]
        session.add(
            Job(
                company_id=company.id,
                title=f"job {i}",
                sector=sector,
                sector_class=sector_class,
                regions=regions,
            )
        )


def test_company_sector_from_postings_and_rounds(session: Session) -> None:
    exchange = Company(name="Exchange", slug="exchange")
    payments = Company(name="Payments", slug="payments")
    lab = Company(name="Lab", slug="lab")
    gpu = Company(name="GPU network", slug="gpu-network")
    session.add_all([exchange, payments, lab, gpu])
    session.flush()
    _jobs(session, exchange, ["crypto"] * 6 + ["both"] * 2 + ["none"] * 2, ["us"])
    _jobs(session, payments, ["none"] * 9 + ["crypto"], ["europe"])
    _jobs(session, gpu, ["both"] * 5 + ["crypto"] * 3 + ["ai"] * 2, ["asia"])
    session.add(FundingRound(company_id=lab.id, dedupe_key="lab-seed", sector=["ai"], sector_class="ai"))
    session.flush()

    assert company_sectors.refresh(session) == 4
    # AI teams at an exchange (2 of 10 postings) do not make the exchange an AI company.
    assert exchange.sector == ["crypto"] and exchange.sector_class == "crypto"
    assert gpu.sector == ["ai", "crypto"] and gpu.sector_class == "both"
    assert exchange.sector_evidence["jobs"] == {"crypto": 6, "both": 2, "none": 2}
    assert exchange.regions == ["us"]
    assert payments.sector == [] and payments.sector_class == "none"
    assert lab.sector == ["ai"]
    assert company_sectors.refresh(session) == 0  # idempotent
