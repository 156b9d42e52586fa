"""`talentintel scrape [--config FILE] [--source NAME]`: run sources in-process, with a progress bar and a summary."""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor, as_completed
from pathlib import Path

import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table

from scrapers.registry import kinds
from scrapers.runner import RunResult, run_source
from talentintel import migrate
from talentintel.db import check_database, get_engine, session_scope
from talentintel.errors import UserError
from talentintel.logs import configure_logging
from talentintel.services.sources import SourceEntry, load_sources, sync
from talentintel.settings import get_settings

FAILED = ("failed", "disallowed")


def scrape(
    config: Path | None = typer.Option(None, "--config", "-c", help="Sources file (TOML); default: SOURCES_FILE."),
    source: str | None = typer.Option(None, "--source", "-s", help="Run only this source (by name)."),
    force: bool = typer.Option(False, "--force", help="Run sources that are backing off after failures too."),
    workers: int = typer.Option(4, min=1, max=32, help="Sources scraped at once (per-host limits still apply)."),
    strict: bool = typer.Option(False, "--strict", help="Exit 1 when any source failed (default: only on errors)."),
) -> None:
    """Scrape job sources now (the Celery beat schedule runs the same code per source on its interval).

    Exits 0 when every source ran, even if some failed or had broken items (see the summary table); 2 when the
    sources file is invalid or the source is unknown.
    """
    configure_logging(level="ERROR")
    path = config or get_settings().sources_file
    try:
        entries = load_sources(path, kinds=kinds())
        if source is not None:
            entries = [e for e in entries if e.name == source]
            if not entries:
                raise UserError(f"{path}: no source named {source!r}")
        check_database(get_engine())
        migrate.upgrade(get_engine())
        with session_scope() as session:
            sync(session, entries)
    except UserError as exc:
        typer.echo(f"error: {exc}", err=True)
        raise typer.Exit(2) from None

    results, crashed = _run_all(entries, force=force, workers=workers)
    console = Console(width=160)
    console.print(_summary(entries, results, crashed))
    if crashed:
        typer.echo(
            f"error: {len(crashed)} source(s) could not run: " + "; ".join(f"{n}: {e}" for n, e in crashed.items()),
            err=True,
        )
        raise typer.Exit(1)
    if strict and any(r.status in FAILED for r in results.values()):
        raise typer.Exit(1)


def _run_all(entries: list[SourceEntry], *, force: bool, workers: int) -> tuple[dict[str, RunResult], dict[str, str]]:
    results: dict[str, RunResult] = {}
    crashed: dict[str, str] = {}
    columns = (
        TextColumn("scrape"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
        TextColumn("{task.description}"),
    )
    with Progress(*columns, transient=True) as progress, ThreadPoolExecutor(max_workers=workers) as pool:
        task = progress.add_task("", total=len(entries))
        futures = {pool.submit(run_source, e.name, entry=e, force=force): e.name for e in entries}
        for future in as_completed(futures):
            name = futures[future]
            try:
                results[name] = future.result()
            except Exception as exc:  # the database went away, a bug: reported per source, the others still run
                crashed[name] = f"{type(exc).__name__}: {exc}"
            progress.update(task, advance=1, description=name)
    return results, crashed


def _summary(entries: list[SourceEntry], results: dict[str, RunResult], crashed: dict[str, str]) -> Table:
    table = Table(title="scrape summary")
    for column in ("source", "kind", "status", "new", "updated", "unchanged", "closed", "failed", "ms", "note"):
        table.add_column(
            column, justify="right" if column in ("new", "updated", "unchanged", "closed", "failed", "ms") else "left"
        )
    for entry in entries:
        r = results.get(entry.name)
        if r is None:
            table.add_row(entry.name, entry.kind, "error", "", "", "", "", "", "", crashed.get(entry.name, ""))
            continue
        note = r.error or r.message or ""
        table.add_row(
            entry.name,
            entry.kind,
            r.status,
            str(r.new),
            str(r.updated),
            str(r.unchanged),
            str(r.closed),
            str(r.failed),
            str(r.duration_ms),
            note[:70],
        )
    totals = [sum(getattr(r, k) for r in results.values()) for k in ("new", "updated", "unchanged", "closed", "failed")]
    table.add_row("total", "", f"{len(results)} ran", *map(str, totals), "", "")
    return table
