"""`talentintel trends backfill` writes snapshots once; a second run changes nothing; bad dates are user errors."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from sqlalchemy.engine import Engine
from sqlmodel import Session, func, select
from typer.testing import CliRunner

from cli.main import app
from talentintel.models import Job, TrendSnapshot

runner = CliRunner()


def test_backfill_is_idempotent(engine: Engine) -> None:
    now = datetime.now(UTC)
    with Session(engine) as s:
        s.add(
            Job(
                title="Solidity engineer",
                sector=["crypto"],
                sector_class="crypto",
                regions=["europe"],
                posted_at=now - timedelta(days=3),
                first_seen_at=now - timedelta(days=3),
            )
        )
        s.commit()
    since = (now - timedelta(days=5)).date().isoformat()
    first = runner.invoke(app, ["trends", "backfill", "--since", since])
    assert first.exit_code == 0, first.output
    with Session(engine) as s:
        count = s.exec(select(func.count()).select_from(TrendSnapshot)).one()
    assert count > 0
    second = runner.invoke(app, ["trends", "backfill", "--since", since])
    assert second.exit_code == 0
    with Session(engine) as s:
        assert s.exec(select(func.count()).select_from(TrendSnapshot)).one() == count


def test_backfill_rejects_bad_dates(engine: Engine) -> None:
    result = runner.invoke(app, ["trends", "backfill", "--since", "yesterday"])
    assert result.exit_code == 2
    assert "--since" in result.output
