"""`talentintel trends backfill`: daily trend snapshots for past days, from what the jobs table still holds."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import typer
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

from talentintel.db import check_database, get_engine, session_scope
from talentintel.trends.snapshots import backfill_snapshots

app = typer.Typer(help="Trend snapshots (the beat task takes one a day).", no_args_is_help=True)

CHUNK_DAYS = 30


def _day(value: str, option: str) -> date:
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise typer.BadParameter(f"expected YYYY-MM-DD, got {value!r}", param_hint=option) from None


@app.command()
def backfill(
    since: str = typer.Option(..., "--since", help="First UTC day (YYYY-MM-DD)."),
    until: str = typer.Option("", "--until", help="Last UTC day (YYYY-MM-DD); default today."),
) -> None:
    """Write the daily snapshots of every day from --since to --until; running it again changes nothing."""
    first = _day(since, "--since")
    last = _day(until, "--until") if until else datetime.now(UTC).date()
    if first > last:
        raise typer.BadParameter("must not be after --until", param_hint="--since")
    check_database(get_engine())
    days = (last - first).days + 1
    rows = 0
    columns = (TextColumn("backfill"), BarColumn(), MofNCompleteColumn(), TimeRemainingColumn())
    with Progress(*columns, transient=True) as progress:
        task = progress.add_task("days", total=days)
        start = first
        while start <= last:
            end = min(start + timedelta(days=CHUNK_DAYS - 1), last)
            with session_scope() as session:
                rows += backfill_snapshots(session, start, end)
            progress.update(task, advance=(end - start).days + 1)
            start = end + timedelta(days=1)
    typer.echo(f"snapshots of {days} days written ({rows} rows)")
