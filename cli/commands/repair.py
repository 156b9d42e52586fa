"""`talentintel repair`: split jobs the old identity rules merged, recompute apply keys (services.repair)."""

from __future__ import annotations

import typer

from talentintel.db import check_database, get_engine, session_scope


def repair() -> None:
    """Split jobs that hold two postings of one source and recompute apply URL keys; safe to run again."""
    from talentintel.services.repair import repair as repair_service  # the ingest stack, only when asked for

    check_database(get_engine())
    with session_scope() as session:
        report = repair_service(session)
    typer.echo(
        f"merged jobs split: {report.merged_jobs}; jobs created: {report.jobs_created}; "
        f"sources to fetch again: {report.sources_refetch}; apply keys recomputed: {report.apply_keys}"
    )
