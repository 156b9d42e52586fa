"""`talentintel apikey create | list | revoke`: API keys are shown once, stored hashed."""

from __future__ import annotations

import typer

from talentintel.db import check_database, get_engine, session_scope
from talentintel.services import apikeys

app = typer.Typer(help="Create, list and revoke API keys.", no_args_is_help=True)


@app.command()
def create(
    scope: str = typer.Option("read", help="read (all GET endpoints) or admin (also sources and scrapes)."),
    name: str = typer.Option("", help="A label to recognise the key by in `apikey list`."),
) -> None:
    """Create a key and print it (the last line of output; it is never shown again)."""
    check_database(get_engine())
    with session_scope() as session:
        key, plaintext = apikeys.create(session, scope=scope, name=name)
        typer.echo(f"created API key {key.id} ({key.scope}{', ' + key.name if key.name else ''}); it is shown once:")
    typer.echo(plaintext)


@app.command("list")
def list_() -> None:
    """List keys: id, prefix, scope, name, created, last used, revoked."""
    check_database(get_engine())
    with session_scope() as session:
        rows = apikeys.list_keys(session)
        typer.echo("id\tprefix\tscope\tname\tcreated_at\tlast_used_at\trevoked_at")
        for key in rows:
            fields = (key.id, key.prefix, key.scope, key.name, key.created_at, key.last_used_at, key.revoked_at)
            typer.echo("\t".join("" if f is None else str(f) for f in fields))


@app.command()
def revoke(key_id: int = typer.Argument(..., help="The key's id (see `apikey list`).")) -> None:
    """Revoke a key: requests with it get 401 from then on (within a few seconds on running servers)."""
    check_database(get_engine())
    with session_scope() as session:
        key = apikeys.revoke(session, key_id)
        typer.echo(f"revoked API key {key.id} ({key.prefix}…)")
