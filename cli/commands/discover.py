"""`talentintel discover`: find job boards from company websites (or read one saved page offline)."""

from __future__ import annotations

import sys
from concurrent.futures import ThreadPoolExecutor, as_completed
from pathlib import Path

import orjson
import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table

from scrapers.discovery.detect import detect
from talentintel import migrate
from talentintel.db import check_database, get_engine, session_scope
from talentintel.discovery import SiteResult
from talentintel.errors import UserError
from talentintel.logs import configure_logging
from talentintel.services import discovery
from talentintel.settings import get_settings


def discover(
    html: Path | None = typer.Option(None, "--html", help="Offline: read this saved page (with --url as its address)."),
    url: str | None = typer.Option(None, "--url", help="The page's URL with --html; else a website to walk now."),
    domains: Path | None = typer.Option(None, "--domains", help="A file of websites or domains, one per line."),
    limit: int = typer.Option(0, min=0, help="Websites from the database to try (0: DISCOVERY_BATCH)."),
    workers: int = typer.Option(4, min=1, max=32, help="Websites walked at once (per-host limits still apply)."),
) -> None:
    """Find ATS boards: homepage -> careers page -> boards -> one verifying API call -> a proposed source.

    With --html FILE --url PAGE_URL nothing is fetched: one JSON line per board found on the page
    ({"kind","token","url","evidence","via"}) and, for a homepage, one {"careers_link"} line.
    Without options, companies with a website and no source are tried (those tried in the last 14 days are not).
    """
    if html is not None:
        _offline(html, url)
        return
    configure_logging(level="ERROR")
    try:
        targets = _targets(url, domains, limit)
        check_database(get_engine())
        migrate.upgrade(get_engine())
    except UserError as exc:
        typer.echo(f"error: {exc}", err=True)
        raise typer.Exit(2) from None
    results = _run_all(targets, workers)
    Console(width=160).print(_summary(results))


def _offline(html: Path, url: str | None) -> None:
    if not url:
        typer.echo("error: --html needs --url (the page's address, to resolve its links)", err=True)
        raise typer.Exit(2)
    try:
        body = html.read_bytes()
    except OSError as exc:
        typer.echo(f"error: {html}: cannot read ({exc.strerror or exc})", err=True)
        raise typer.Exit(2) from None
    found = detect(url, body)
    for board in found.boards:
        sys.stdout.write(orjson.dumps(board.as_json()).decode() + "\n")
    for link in found.careers_links[:1]:
        sys.stdout.write(orjson.dumps({"careers_link": link}).decode() + "\n")


def _targets(url: str | None, domains: Path | None, limit: int) -> list[discovery.Candidate]:
    if url:
        site = discovery.normalize_website(url)
        if site is None:
            raise UserError(f"--url: not a website address: {url!r}")
        return [discovery.Candidate(url if url.startswith("http") else site)]
    if domains is not None:
        try:
            lines = domains.read_text(encoding="utf-8").splitlines()
        except (OSError, UnicodeDecodeError) as exc:
            raise UserError(f"{domains}: cannot read ({exc})") from None
        out = []
        for n, line in enumerate(lines, start=1):
            text = line.split("#")[0].strip()
            if not text:
                continue
            site = discovery.normalize_website(text)
            if site is None:
                raise UserError(f"{domains}:{n}: not a website or domain: {text!r}")
            out.append(discovery.Candidate(site))
        return out
    with session_scope() as session:
        return discovery.candidates(session, limit=limit or get_settings().discovery_batch)


def _run_all(targets: list[discovery.Candidate], workers: int) -> list[tuple[SiteResult, list[str]]]:
    from scrapers.discovery.run import discover_and_record

    results: list[tuple[SiteResult, list[str]]] = []
    columns = (
        TextColumn("discover"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
        TextColumn("{task.description}"),
    )
    with Progress(*columns, transient=True) as progress, ThreadPoolExecutor(max_workers=workers) as pool:
        task = progress.add_task("", total=len(targets))
        futures = {pool.submit(discover_and_record, t): t for t in targets}
        for future in as_completed(futures):
            target = futures[future]
            try:
                results.append(future.result())
            except Exception as exc:  # the database went away: this site is reported, the others still run
                results.append((SiteResult(target.website, status="error", reason=f"{type(exc).__name__}: {exc}"), []))
            progress.update(task, advance=1, description=target.website)
    return results


def _summary(results: list[tuple[SiteResult, list[str]]]) -> Table:
    table = Table(title="discovery summary")
    for column in ("website", "status", "careers page", "boards", "proposed", "reason"):
        table.add_column(column)
    for result, proposed in sorted(results, key=lambda r: r[0].website):
        boards = ", ".join(f"{b.kind}:{b.token} ({b.job_count})" for b in result.boards)
        table.add_row(
            result.website, result.status, result.careers_url or "", boards, ", ".join(proposed), result.reason[:60]
        )
    careers = sum(1 for r, _ in results if r.careers_url)
    found = sum(len(r.boards) + len(r.rejected) for r, _ in results)
    verified = sum(len(r.boards) for r, _ in results)
    n_proposed = sum(len(p) for _, p in results)
    table.add_row(
        f"{len(results)} companies tried",
        "",
        f"{careers} careers pages",
        f"{found} boards found, {verified} verified",
        f"{n_proposed} proposed",
        "",
    )
    return table
