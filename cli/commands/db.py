"""`talentintel db ...`: migrations of DATABASE_URL."""

from __future__ import annotations

import typer
from alembic import command

from talentintel import migrate
from talentintel.db import check_database, get_engine

app = typer.Typer(help="Database schema migrations (Alembic) of DATABASE_URL.", no_args_is_help=True)


@app.command()
def upgrade(revision: str = typer.Argument("head", help="Target revision.")) -> None:
    """Migrate the database up to REVISION (default: the latest). Safe to run twice."""
    engine = get_engine()
    check_database(engine)
    migrate.upgrade(engine, revision)
    typer.echo(f"database at {revision}: {engine.url.render_as_string()}")


@app.command()
def downgrade(revision: str = typer.Argument(..., help="Target revision, e.g. base or 0003.")) -> None:
    """Migrate the database down to REVISION."""
    engine = get_engine()
    check_database(engine)
    migrate.downgrade(engine, revision)
    typer.echo(f"database at {revision}")


@app.command()
def current() -> None:
    """Print the database's current revision."""
    engine = get_engine()
    check_database(engine)
    cfg = migrate.alembic_config()
    with engine.connect() as conn:
        cfg.attributes["connection"] = conn
        command.current(cfg)
