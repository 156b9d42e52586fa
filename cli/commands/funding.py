"""`talentintel parse-announcement` (JSONL in and out) and `talentintel eval funding` (dev-set accuracy)."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

import typer

from cli.commands.jsonl import BadLine, load_object, run_filter
from talentintel.funding import parse_announcement
from talentintel.funding.evaluate import evaluate
from talentintel.tagging import tag_text

# The labeled dev set lives with the tests (repository checkout); --devset points elsewhere.
DEFAULT_DEVSET = Path(__file__).resolve().parents[2] / "tests" / "fixtures" / "funding" / "devset.jsonl"


def parse_line(line: str) -> dict[str, Any]:
    """Parse one `{"id", "text"[, "published"]}` line into the output record; raises BadLine."""
    obj = load_object(line)
    text = obj.get("text")
    if not isinstance(text, str):
        raise BadLine("'text' is required and must be a string")
    published = None
    if obj.get("published") is not None:
        try:
            published = date.fromisoformat(str(obj["published"])[:10])
        except ValueError as exc:
            raise BadLine("'published' must be an ISO date (YYYY-MM-DD)") from exc
    found = parse_announcement(text, published=published)
    tags = tag_text(text)
    return {
        "id": obj.get("id"),
        "company": found.company,
        "amount_usd": found.amount_usd,
        "round": found.round,
        "investors": found.investors,
        "lead_investors": found.lead_investors,
        "announced_on": found.announced_on.isoformat() if found.announced_on else None,
        "sector": tags.sector,
        "regions": tags.regions,
    }


def parse_announcement_cmd() -> None:
    """Read JSONL announcements ({"id","text"}) on stdin; write one JSONL result per line, in order.
    Bad lines are reported on stderr (naming the line) and skipped; exit 1 if any."""
    run_filter(parse_line)


def eval_funding(
    devset: Path = typer.Option(DEFAULT_DEVSET, help="Labeled dev set (JSONL: id, text, published, labels)."),
    errors: int = typer.Option(20, help="How many items with a wrong field to list."),
) -> None:
    """Per-field accuracy of announcement extraction: company, amount within 2%, round, date, lead-investor F1."""
    if not devset.is_file():
        typer.echo(f"error: devset: no such file: {devset}", err=True)
        raise typer.Exit(2)
    try:
        report = evaluate(devset)
    except (ValueError, KeyError) as exc:
        typer.echo(f"error: devset: {exc}", err=True)
        raise typer.Exit(2) from None
    typer.echo(f"items: {report.n}")
    for name, value in report.figures().items():
        typer.echo(f"{name:>20}: {value:.3f}")
    for miss in report.misses[:errors]:
        typer.echo(f"  miss {miss}")
