"""`talentintel tag` (JSONL in and out) and `talentintel eval tagging` (accuracy on the labeled dev set)."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

import typer

from cli.commands.jsonl import BadLine, load_object, run_filter
from talentintel.tagging import TagResult, tag_posting, tag_text
from talentintel.tagging.company import CompanyContext
from talentintel.tagging.eval_splits import DEFAULT_TESTSET, DEFAULT_TESTSET2, format_side_by_side, split_reports
from talentintel.tagging.evaluate import evaluate, format_report, load_devset
from talentintel.tagging.siblings import employer_key, second_pass, with_siblings

# The labeled dev set lives with the tests (repository checkout); --devset points elsewhere.
DEFAULT_DEVSET = Path(__file__).resolve().parents[2] / "tests" / "fixtures" / "tagging" / "devset.jsonl"


def _strings(value: Any, name: str) -> list[str]:
    if value is None:
        return []
    if isinstance(value, str):
        return [value]
    if isinstance(value, list) and all(isinstance(v, str) for v in value):
        return list(value)
    raise BadLine(f"'{name}' must be a string or a list of strings")


def _optional_str(obj: dict[str, Any], name: str) -> str | None:
    value = obj.get(name)
    if value is not None and not isinstance(value, str):
        raise BadLine(f"'{name}' must be a string")
    return value


def _context(obj: dict[str, Any]) -> CompanyContext | None:
    """Optional per-line facts about the employer: company_description, company_domain, investors (list), board."""
    description = _optional_str(obj, "company_description")
    domain = _optional_str(obj, "company_domain")
    board = _optional_str(obj, "board")
    investors = obj.get("investors")
    if investors is not None and not (isinstance(investors, list) and all(isinstance(x, str) for x in investors)):
        raise BadLine("'investors' must be a list of strings")
    if not (description or domain or board or investors):
        return None
    return CompanyContext(
        description=description or "", domain=domain or "", investors=tuple(investors or ()), board=board or ""
    )


def _posting_args(obj: dict[str, Any]) -> dict[str, Any]:
    title = _optional_str(obj, "title")
    if title is None:
        raise BadLine("'title' (posting) or 'text' (announcement) is required")
    return {
        "title": title,
        "description": _optional_str(obj, "description") or "",
        "company": _optional_str(obj, "company"),
        "locations": _strings(obj.get("location", obj.get("locations")), "location"),
        "department": _optional_str(obj, "department"),
        "context": _context(obj),
        "countries": _strings(obj.get("countries", obj.get("country")), "countries"),
    }


def _row(obj: dict[str, Any], result: TagResult) -> dict[str, Any]:
    return {
        "id": obj.get("id"),
        "sector": result.sector,
        "sector_class": result.sector_class,
        "regions": result.regions,
        "countries": result.countries,
        "remote": result.remote,
        "confidence": result.confidence,
        "evidence": result.evidence,
    }


def tag_line(line: str) -> dict[str, Any]:
    """Tag one JSONL input line alone; raises BadLine for malformed input."""
    obj = load_object(line)
    if "title" not in obj and "text" in obj:
        return _row(obj, tag_text(_optional_str(obj, "text") or ""))
    return _row(obj, tag_posting(**_posting_args(obj)))


def _parse(number: int, line: str) -> tuple[dict[str, Any], dict[str, Any] | None]:
    """(object, posting arguments or None for an announcement); BadLine names the line."""
    try:
        obj = load_object(line)
        if "title" not in obj and "text" in obj:
            _optional_str(obj, "text")
            return obj, None
        return obj, _posting_args(obj)
    except BadLine as exc:
        raise BadLine(f"line {number}: {exc}") from None


def tag_batch(lines: list[str]) -> tuple[list[dict[str, Any]], list[str]]:
    """Tag every line the way the service tags a company's postings: each alone, then, where the input holds enough
    other postings of the same employer (by domain, else name), again with their text classes as company knowledge
    (talentintel/tagging/siblings.py). Returns the rows in input order and one message per bad line."""
    parsed: list[tuple[dict[str, Any], dict[str, Any] | None]] = []
    bad: list[str] = []
    for number, line in enumerate(lines, start=1):
        if line.strip():
            try:
                parsed.append(_parse(number, line))
            except BadLine as exc:
                bad.append(str(exc))
    first = [tag_text(obj.get("text") or "") if args is None else tag_posting(**args) for obj, args in parsed]
    # an announcement has no employer key, so it is never tagged twice
    keys = [None if args is None else employer_key(args["company"], obj.get("company_domain")) for obj, args in parsed]

    def retag(i: int, siblings: dict[str, int]) -> TagResult:
        args = parsed[i][1] or {}
        return tag_posting(**{**args, "context": with_siblings(args["context"], siblings)})

    results = second_pass(first, keys, retag)
    return [_row(obj, result) for (obj, _), result in zip(parsed, results, strict=True)], bad


def tag(
    each_alone: bool = typer.Option(
        False,
        "--each-alone",
        help="Stream: tag each line alone as it arrives, without the company knowledge other lines of the same "
        "employer give.",
    ),
) -> None:
    """Tag JSONL postings ({"id","title","company","location","description"}, optionally "department", "countries"
    and the company context "company_description", "company_domain", "investors" (list), "board") or announcements
    ({"id","text"}) read from stdin; write one JSONL result per line, in input order. An employer's other postings in
    the same input count as company knowledge ("company: 4 of 7 postings crypto") for a posting whose own text names
    no sector. Bad lines are reported on stderr; exit 1 if any."""
    if each_alone:
        run_filter(tag_line)
        return
    rows, bad = tag_batch(sys.stdin.readlines())
    for row in rows:
        sys.stdout.write(json.dumps(row, ensure_ascii=False) + "\n")
    sys.stdout.flush()
    for message in bad:
        typer.echo(message, err=True)
    if bad:
        typer.echo(f"{len(bad)} bad line(s) skipped", err=True)
        raise typer.Exit(1)


def _load(path: Path, name: str) -> list[dict[str, Any]]:
    if not path.is_file():
        typer.echo(f"error: {name}: no such file: {path}", err=True)
        raise typer.Exit(2)
    try:
        return load_devset(path)
    except ValueError as exc:
        typer.echo(f"error: {name}: {exc}", err=True)
        raise typer.Exit(2) from None


def eval_tagging(
    devset: Path = typer.Option(DEFAULT_DEVSET, help="Labeled dev set (JSONL)."),
    testset: Path = typer.Option(DEFAULT_TESTSET, help="Frozen test split (JSONL); its errors are never listed."),
    testset2: Path = typer.Option(
        DEFAULT_TESTSET2, help="Second frozen test split (JSONL), column test2; its errors are never listed."
    ),
    errors: int = typer.Option(20, help="How many misclassified dev-set items to list."),
    company_blind: bool = typer.Option(
        False,
        "--company-blind",
        help="Only the honest figure: tag without knowing the posting's company (no known company, no prior, its name "
        "masked in the text). Without this flag both figures are printed.",
    ),
) -> None:
    """Known-employer, unknown-employer and both test splits' figures side by side (macro-F1, per-class F1 with the
    intersection, exact region-set accuracy), then the dev set's per-class report, confusions and errors."""
    items = _load(devset, "devset")
    if not company_blind:
        test = _load(testset, "testset") if testset.is_file() or testset != DEFAULT_TESTSET else []
        test2 = _load(testset2, "testset2") if testset2.is_file() or testset2 != DEFAULT_TESTSET2 else []
        typer.echo(format_side_by_side(split_reports(items, test, test2)))
        typer.echo("")
    typer.echo(format_report(evaluate(items, company_blind=company_blind), show_errors=errors))
