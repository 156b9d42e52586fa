"""`talentintel parse-announcement` (JSONL in and out) and `talentintel eval funding` (dev-set accuracy)."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

import typer

from cli.commands.jsonl import BadLine, load_object, run_filter
from talentintel.funding import parse_deals
from talentintel.funding.evaluate import Report, evaluate

# The labeled files live with the tests (repository checkout); --devset evaluates one other file instead.
FIXTURES = Path(__file__).resolve().parents[2] / "tests" / "fixtures" / "funding"
TUNING = (
    FIXTURES / "devset.jsonl",
    FIXTURES / "tuning_more.jsonl",
    FIXTURES / "tuning_fresh.jsonl",
    FIXTURES / "tuning_unseen.jsonl",
    FIXTURES / "tuning_funds2.jsonl",
    FIXTURES / "tuning_funds3.jsonl",
    FIXTURES / "tuning_funds4.jsonl",
    FIXTURES / "tuning_batch5.jsonl",
    FIXTURES / "tuning_funds5.jsonl",
    FIXTURES / "tuning_funds6.jsonl",
    FIXTURES / "tuning_funds7.jsonl",
    FIXTURES / "tuning_funds8.jsonl",
    FIXTURES / "tuning_funds9.jsonl",
    FIXTURES / "tuning_funds10.jsonl",
    FIXTURES / "tuning_funds11.jsonl",
    FIXTURES / "tuning_funds12.jsonl",
    FIXTURES / "tuning_batch7.jsonl",
    FIXTURES / "tuning_batch6.jsonl",
    FIXTURES / "tuning_batch6b.jsonl",
    FIXTURES / "tuning_batch7b.jsonl",
    FIXTURES / "tuning_batch7c.jsonl",
    FIXTURES / "tuning_batch8.jsonl",
    FIXTURES / "tuning_batch9.jsonl",
    FIXTURES / "tuning_batch10.jsonl",
    FIXTURES / "tuning_batch11.jsonl",
    FIXTURES / "tuning_batch12.jsonl",
    FIXTURES / "tuning_batch13.jsonl",
    FIXTURES / "tuning_funds13.jsonl",
    FIXTURES / "tuning_cjk3.jsonl",
    FIXTURES / "tuning_funds13b.jsonl",
    FIXTURES / "tuning_batch14.jsonl",
    FIXTURES / "tuning_hs4.jsonl",
    FIXTURES / "tuning_batch15.jsonl",
    FIXTURES / "tuning_hs5.jsonl",
    FIXTURES / "tuning_batch17.jsonl",
    FIXTURES / "tuning_cjk4.jsonl",
    FIXTURES / "tuning_batch16.jsonl",
    FIXTURES / "tuning_funds14.jsonl",
    FIXTURES / "tuning_batch18.jsonl",
    FIXTURES / "tuning_hs6.jsonl",
    FIXTURES / "tuning_hs7.jsonl",
    FIXTURES / "tuning_funds15.jsonl",
    FIXTURES / "tuning_batch19.jsonl",
    FIXTURES / "tuning_cjk5.jsonl",
    FIXTURES / "tuning_batch20.jsonl",
    FIXTURES / "tuning_batch21.jsonl",
    FIXTURES / "tuning_batch22.jsonl",
    FIXTURES / "tuning_funds16.jsonl",
    FIXTURES / "tuning_batch23.jsonl",
    FIXTURES / "tuning_batch24.jsonl",
    FIXTURES / "tuning_hs8.jsonl",
    FIXTURES / "tuning_funds17.jsonl",
    FIXTURES / "tuning_batch25.jsonl",
    FIXTURES / "tuning_hs9.jsonl",
    FIXTURES / "tuning_funds18.jsonl",
    FIXTURES / "tuning_batch26.jsonl",
    FIXTURES / "tuning_hs10.jsonl",
    FIXTURES / "tuning_batch28.jsonl",
    FIXTURES / "tuning_batch29.jsonl",
    FIXTURES / "tuning_batch27.jsonl",
    FIXTURES / "tuning_hs11.jsonl",
    FIXTURES / "tuning_funds19.jsonl",
    FIXTURES / "tuning_batch31.jsonl",
    FIXTURES / "tuning_batch30.jsonl",
    FIXTURES / "tuning_batch33.jsonl",
    FIXTURES / "tuning_batch32.jsonl",
    FIXTURES / "tuning_hs12.jsonl",
    FIXTURES / "tuning_batch35.jsonl",
    FIXTURES / "tuning_batch34.jsonl",
    FIXTURES / "tuning_funds20.jsonl",
    FIXTURES / "tuning_batch36.jsonl",
    FIXTURES / "tuning_hs13.jsonl",
    FIXTURES / "tuning_batch37.jsonl",
    FIXTURES / "tuning_batch38.jsonl",
    FIXTURES / "tuning_batch39.jsonl",
    FIXTURES / "tuning_cjk6.jsonl",
    FIXTURES / "tuning_batch40.jsonl",
    FIXTURES / "tuning_hs14.jsonl",
    FIXTURES / "tuning_batch41.jsonl",
    FIXTURES / "tuning_hs15.jsonl",
    FIXTURES / "tuning_batch42.jsonl",
    FIXTURES / "tuning_hs16.jsonl",
    FIXTURES / "tuning_hs17.jsonl",
    FIXTURES / "tuning_hs18.jsonl",
    FIXTURES / "tuning_hs19.jsonl",
    FIXTURES / "tuning_hs20.jsonl",
    FIXTURES / "tuning_hs21.jsonl",
    FIXTURES / "tuning_hs21b.jsonl",
    FIXTURES / "tuning_hs22.jsonl",
    FIXTURES / "tuning_hs23.jsonl",
    FIXTURES / "tuning_hs24.jsonl",
    FIXTURES / "tuning_hs24b.jsonl",
    FIXTURES / "tuning_hs25.jsonl",
    FIXTURES / "tuning_hs26.jsonl",
    FIXTURES / "tuning_hs26b.jsonl",
    FIXTURES / "tuning_batch43.jsonl",
    FIXTURES / "tuning_funds21.jsonl",
    FIXTURES / "tuning_funds22.jsonl",
    FIXTURES / "tuning_batch44.jsonl",
    FIXTURES / "tuning_batch45.jsonl",
    FIXTURES / "tuning_batch47.jsonl",
    FIXTURES / "tuning_batch46.jsonl",
    FIXTURES / "tuning_batch49.jsonl",
    FIXTURES / "tuning_batch48.jsonl",
    FIXTURES / "tuning_batch50.jsonl",
    FIXTURES / "tuning_batch51.jsonl",
    FIXTURES / "tuning_funds23.jsonl",
    FIXTURES / "tuning_batch53.jsonl",
    FIXTURES / "tuning_batch52.jsonl",
    FIXTURES / "tuning_batch54.jsonl",
    FIXTURES / "tuning_batch56.jsonl",
    FIXTURES / "tuning_batch57.jsonl",
    FIXTURES / "tuning_batch55.jsonl",
    FIXTURES / "tuning_funds24.jsonl",
    FIXTURES / "tuning_batch59.jsonl",
    FIXTURES / "tuning_funds25.jsonl",
    FIXTURES / "tuning_batch60.jsonl",
    FIXTURES / "tuning_batch58.jsonl",
    FIXTURES / "tuning_batch61.jsonl",
    FIXTURES / "tuning_batch65.jsonl",
    FIXTURES / "tuning_batch64.jsonl",
    FIXTURES / "tuning_batch62.jsonl",
    FIXTURES / "tuning_batch63.jsonl",
    FIXTURES / "tuning_batch66.jsonl",
    FIXTURES / "tuning_batch67.jsonl",
    FIXTURES / "tuning_funds27.jsonl",
    FIXTURES / "tuning_batch68.jsonl",
)
TEST = (FIXTURES / "test_split.jsonl", FIXTURES / "test_split2.jsonl")


def parse_line(line: str) -> list[dict[str, Any]]:
    """Parse one `{"id", "text"[, "published", "url", "publisher"]}` line into one output record per deal; raises
    BadLine. The url (else the publisher, "github:owner/repo") says who a first-person post's "we" is."""
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
    source = obj.get("url") or obj.get("publisher")
    if source is not None and not isinstance(source, str):
        raise BadLine("'url' and 'publisher' must be strings")
    deals = parse_deals(text, published=published, source=source)
    return [{"id": obj.get("id"), **deal.to_json()} for deal in deals]


def parse_announcement_cmd() -> None:
    """Read JSONL announcements ({"id","text"[,"published","url","publisher"]}) on stdin; write one JSONL result per
    line, in order.
    Bad lines are reported on stderr (naming the line) and skipped; exit 1 if any."""
    run_filter(parse_line)


def _figure(value: float | None) -> str:
    return "-" if value is None else f"{value:.3f}"


def eval_funding(
    devset: Path | None = typer.Option(None, help="Evaluate this one labeled JSONL file instead of the two splits."),
    errors: int = typer.Option(20, help="How many tuning texts with a wrong field to list (test misses never shown)."),
    tuning_only: bool = typer.Option(
        False,
        "--tuning-only",
        help="Only the tuning column: for rule work, where even the test aggregates stay unseen.",
    ),
) -> None:
    """Per-field accuracy of announcement extraction on the tuning split and the frozen test split, side by side:
    deal kind on every text; company, amount within 2%, round, lead-investor F1 and sector on company rounds; their
    mean; fund company/amount; deals after the first found in roundups."""
    columns: dict[str, tuple[Path, ...]] = {"tuning": TUNING, "test": TEST} if devset is None else {"file": (devset,)}
    if tuning_only and devset is None:
        del columns["test"]
    reports: dict[str, Report] = {}
    for name, paths in columns.items():
        missing = [p for p in paths if not p.is_file()]
        if missing:
            typer.echo(f"error: devset: no such file: {missing[0]}", err=True)
            raise typer.Exit(2)
        try:
            reports[name] = evaluate(*paths)
        except (ValueError, KeyError) as exc:
            typer.echo(f"error: devset: {exc}", err=True)
            raise typer.Exit(2) from None
    typer.echo(f"{'':>20}  " + "  ".join(f"{name:>8}" for name in reports))
    for key in next(iter(reports.values())).sizes():
        typer.echo(f"{key:>20}: " + "  ".join(f"{r.sizes()[key]:>8}" for r in reports.values()))
    for key in next(iter(reports.values())).figures():
        typer.echo(f"{key:>20}: " + "  ".join(f"{_figure(r.figures()[key]):>8}" for r in reports.values()))
    shown = reports.get("tuning") or reports.get("file")
    for miss in (shown.misses if shown else [])[:errors]:
        typer.echo(f"  miss {miss}")
