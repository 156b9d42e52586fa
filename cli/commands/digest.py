"""`talentintel digest run [--now] [--dry-run]`: send due digests in-process (beat does the same via Celery)."""

from __future__ import annotations

import typer

from talentintel.db import check_database, get_engine
from talentintel.digest import service
from talentintel.email import parse_smtp_url
from talentintel.logs import configure_logging
from talentintel.settings import get_settings

app = typer.Typer(help="Digest emails of saved searches and subscriptions.", no_args_is_help=True)


@app.command("run")
def run(
    now: bool = typer.Option(False, "--now", help="Send the current period of every active subscription now."),
    dry_run: bool = typer.Option(
        False, "--dry-run", help="Render and list what would be sent; send and record nothing."
    ),
    show: bool = typer.Option(False, "--show", help="With --dry-run: print the plain-text part of each digest."),
) -> None:
    """Send every due digest (each period of each subscription at most once, whatever runs it)."""
    configure_logging()  # log lines go to stderr; stdout stays one line per subscription
    check_database(get_engine())
    if not dry_run:
        parse_smtp_url(get_settings().smtp_url)  # a malformed SMTP_URL fails here, naming the setting
    outcomes = service.run(send_now=now, dry_run=dry_run)
    for o in outcomes:
        subject = f"  {o.rendered.subject}" if o.rendered and o.status in ("sent", "dry-run") else ""
        detail = f"  ({o.detail})" if o.detail else ""
        typer.echo(f"{o.status:<12} subscription {o.subscription_id}  period {o.period_key or '-'}{subject}{detail}")
        if show and o.rendered is not None:
            typer.echo(o.rendered.text)
    counts: dict[str, int] = {}
    for o in outcomes:
        counts[o.status] = counts.get(o.status, 0) + 1
    summary = ", ".join(f"{n} {status}" for status, n in sorted(counts.items())) or "nothing due"
    typer.echo(f"digest run: {summary}", err=True)
    if counts.get("failed"):
        raise typer.Exit(1)  # failed sends are recorded and retried with backoff; the exit code tells cron
