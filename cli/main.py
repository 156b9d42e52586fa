"""The `talentintel` console script: one Typer app; each area's commands live in cli/commands/."""

from __future__ import annotations

import sys

import typer

from cli.commands import (
    apikeys,
    db,
    digest,
    discover,
    funding,
    mcp,
    repair,
    retag,
    scrape,
    service,
    sources_status,
    tagging,
    trends,
)
from talentintel.errors import UserError

app = typer.Typer(
    help="talentintel: talent and funding intelligence for crypto, AI and their intersection.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
    context_settings={"help_option_names": ["-h", "--help"]},
)
eval_app = typer.Typer(help="Measure accuracy on the labeled dev sets.", no_args_is_help=True)

app.add_typer(apikeys.app, name="apikey")
app.add_typer(db.app, name="db")
app.add_typer(digest.app, name="digest")
app.add_typer(eval_app, name="eval")
app.add_typer(trends.app, name="trends")
app.command()(service.up)
app.command()(service.serve)
app.command()(service.worker)
app.command()(service.beat)
app.command()(retag.retag)
app.command()(repair.repair)
app.add_typer(sources_status.app, name="sources")
app.command()(mcp.mcp)
app.command()(scrape.scrape)
app.command()(discover.discover)
app.command("tag")(tagging.tag)
eval_app.command("tagging")(tagging.eval_tagging)
app.command("parse-announcement")(funding.parse_announcement_cmd)
eval_app.command("funding")(funding.eval_funding)


def main() -> None:
    try:
        app()
    except UserError as exc:
        typer.echo(f"error: {exc}", err=True)
        sys.exit(2)


if __name__ == "__main__":
    main()
