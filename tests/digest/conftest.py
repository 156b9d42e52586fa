"""Digest test fixtures: a real SMTP server on loopback and a database seeded from real recorded postings/rounds."""

from __future__ import annotations

import json
import logging
import socket
import threading
from collections.abc import Iterator
from datetime import date, datetime, timedelta
from email import message_from_bytes, policy
from email.message import EmailMessage
from pathlib import Path
from typing import Any

import pytest
from aiosmtpd.controller import Controller
from sqlalchemy.engine import Engine
from sqlmodel import Session

from talentintel.models import Company, FundingRound, Investor, Job, RoundInvestor, countries_key, region_mask
from talentintel.settings import get_settings
from talentintel.tagging import locate

FIXTURES = Path(__file__).parent.parent / "fixtures" / "digest"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


class Inbox:
    """aiosmtpd handler that keeps every accepted message, parsed."""

    def __init__(self) -> None:
        self.messages: list[EmailMessage] = []
        self.raw: list[bytes] = []  # as received, to check what a mail client would parse
        self.lock = threading.Lock()

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:
        raw = envelope.original_content or envelope.content
        msg = message_from_bytes(raw, policy=policy.default)
        with self.lock:
            self.messages.append(msg)  # type: ignore[arg-type]
            self.raw.append(raw)
        return "250 Message accepted for delivery"


class SmtpServer:
    def __init__(self, port: int) -> None:
        self.port = port
        self.url = f"smtp://127.0.0.1:{port}"
        self.inbox = Inbox()
        self.controller: Controller | None = None

    def start(self) -> None:
        # aiosmtpd's "mail.log" logs each session at INFO from its own thread, sometimes after pytest has closed the
        # captured stream at teardown ("Logging error: I/O operation on closed file", 9 times in one session-10 run).
        logging.getLogger("mail.log").setLevel(logging.WARNING)
        self.controller = Controller(self.inbox, hostname="127.0.0.1", port=self.port)
        self.controller.start()

    def stop(self) -> None:
        if self.controller is not None:
            self.controller.stop()
            self.controller = None

    @property
    def messages(self) -> list[EmailMessage]:
        return self.inbox.messages


@pytest.fixture
def smtp_port() -> int:
    return free_port()


@pytest.fixture
def smtp(smtp_port: int, monkeypatch: pytest.MonkeyPatch) -> Iterator[SmtpServer]:
    server = SmtpServer(smtp_port)
    server.start()
    monkeypatch.setenv("SMTP_URL", server.url)
    get_settings.cache_clear()
    yield server
    server.stop()
    get_settings.cache_clear()


def _company(session: Session, name: str, sector_class: str) -> Company:
    company = Company(name=name, slug=name.lower(), sector=[sector_class], sector_class=sector_class)
    session.add(company)
    session.flush()
    return company


def seed_greenhouse(
    session: Session, filename: str, company_name: str, sector_class: str, first_seen: datetime
) -> list[Job]:
    """Load a recorded Greenhouse board as jobs (regions from the real location tagger), all first seen at `first_seen`."""
    company = _company(session, company_name, sector_class)
    jobs = []
    for i, raw in enumerate(json.loads((FIXTURES / filename).read_text())["jobs"]):
        located = locate(raw["location"]["name"])
        job = Job(
            company_id=company.id,
            title=raw["title"],
            locations=[raw["location"]["name"]],
            countries=list(located.countries),
            countries_key=countries_key(located.countries),
            regions=list(located.regions),
            region_mask=region_mask(located.regions),
            remote=located.remote,
            url=raw["absolute_url"],
            posted_at=datetime.fromisoformat(raw["first_published"]) if raw.get("first_published") else None,
            first_seen_at=first_seen + timedelta(seconds=i),
            last_seen_at=first_seen,
            sector=[sector_class],
            sector_class=sector_class,
        )
        session.add(job)
        jobs.append(job)
    session.flush()
    return jobs


def seed_rounds(session: Session, created: datetime, n: int = 12) -> list[FundingRound]:
    """The first `n` recorded funding announcements, recorded by us at `created`."""
    rounds = []
    investors: dict[str, Investor] = {}
    for raw in json.loads((FIXTURES / "fintech_raises_fintechhorizons_first50.json").read_text())[:n]:
        company = _company(session, raw["company"], "none")
        located = locate(raw["country"] or "")
        rnd = FundingRound(
            company_id=company.id,
            dedupe_key=f"fintechhorizons:{raw['id']}",
            round_type=raw["raise_type"] or None,
            amount_usd=float(raw["inmillions"]) * 1e6 if raw.get("inmillions") else None,
            announced_on=date.fromisoformat(raw["announced_date"]),
            url=raw["url"] or None,
            title=f"{raw['company']} raises {raw['amount']}",
            regions=list(located.regions),
            region_mask=region_mask(located.regions),
            countries=list(located.countries),
            created_at=created,
        )
        session.add(rnd)
        session.flush()
        if raw.get("lead"):
            name = raw["lead"].strip()
            inv = investors.get(name)
            if inv is None:
                inv = investors[name] = Investor(slug=name.lower().replace(" ", "-"), name=name)
                session.add(inv)
                session.flush()
            assert rnd.id is not None and inv.id is not None  # flushed
            session.add(RoundInvestor(round_id=rnd.id, investor_id=inv.id, is_lead=True))
        rounds.append(rnd)
    session.flush()
    return rounds


@pytest.fixture
def seeded(engine: Engine) -> dict[str, Any]:
    """Coinbase (crypto) and Anthropic (ai) postings first seen on 2026-11-27 and funding rounds recorded that day."""
    seen = datetime.fromisoformat("2026-11-27T10:00:00+00:00")
    with Session(engine) as session:
        coinbase = seed_greenhouse(session, "coinbase_jobs_content_16items.json", "Coinbase", "crypto", seen)
        anthropic = seed_greenhouse(session, "anthropic_jobs_content_4items.json", "Anthropic", "ai", seen)
        rounds = seed_rounds(session, seen)
        session.commit()
        return {
            "coinbase": [j.id for j in coinbase],
            "anthropic": [j.id for j in anthropic],
            "rounds": [r.id for r in rounds],
            "seen": seen,
        }
