"""`talentintel retag`: tag every job whose tagger version is stale, in-process, with a progress bar."""

from __future__ import annotations

import typer
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

from talentintel.db import check_database, get_engine, session_scope
from talentintel.services import company_knowledge
from talentintel.services import retag as retag_service
from talentintel.tagging import TAGGER_VERSION


def retag(batch_size: int = typer.Option(500, min=1, max=10_000, help="Jobs per transaction.")) -> None:
    """Refresh company knowledge, then retag jobs tagged by an older tagger version or whose company knowledge
    changed (the Celery task `talentintel.retag_stale` does the same)."""
    check_database(get_engine())
    with session_scope() as session:
        company_knowledge.refresh(session)
        total = retag_service.count_stale(session)
    done = 0
    columns = (TextColumn("retag"), BarColumn(), MofNCompleteColumn(), TimeRemainingColumn())
    with Progress(*columns, transient=True) as progress:
        task = progress.add_task("retag", total=total)
        while True:
            with session_scope() as session:
                n = retag_service.retag_batch(session, batch_size=batch_size)
            done += n
            progress.update(task, advance=n)
            if n < batch_size:
                break
    typer.echo(f"retagged {done} jobs to tagger {TAGGER_VERSION}")
