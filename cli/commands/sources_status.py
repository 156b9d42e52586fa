"""`talentintel sources status`: every source's freshness, failure streak and last-run data quality."""

from __future__ import annotations

import json

import typer
from rich.console import Console
from rich.table import Table

from talentintel.db import check_database, get_engine, session_scope
from talentintel.services import source_status

app = typer.Typer(help="Scrape sources.", no_args_is_help=True)
FILL = ("description", "location", "country", "salary", "posted_at", "apply_url")


def _pct(value: object) -> str:
    return f"{value:.0%}" if isinstance(value, int | float) else "-"


@app.command("status")
def status(
    as_json: bool = typer.Option(False, "--json", help="One JSON object per source instead of a table."),
) -> None:
    """One line per source, stale ones first: freshness, failure streak, fill rates, merged and partial postings."""
    check_database(get_engine())
    with session_scope() as session:
        rows = source_status.statuses(session)
    if as_json:
        for row in rows:
            typer.echo(json.dumps(row, default=str))
        return
    table = Table("source", "stale", "last status", "fresh (h)", "failures", "postings", *FILL, "merged", "partial")
    for r in rows:
        q = r["quality"] or {}
        fill = q.get("fill_rates") or {}
        fresh = f"{r['freshness_seconds'] / 3600:.1f}" if r["freshness_seconds"] is not None else "never"
        table.add_row(
            r["name"],
            "yes" if r["stale"] else "",
            r["last_status"] or "-",
            fresh,
            str(r["failure_streak"]),
            str(q.get("postings", "-")),
            *(_pct(fill.get(f)) for f in FILL),
            str(q.get("merged", "-")),
            str(q.get("partial", "-")),
        )
    Console(width=200).print(table)
