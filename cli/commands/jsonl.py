"""The JSONL filter shared by `tag` and `parse-announcement`: one output line per input line, in order."""

from __future__ import annotations

import json
import sys
from collections.abc import Callable
from typing import Any

import typer


class BadLine(ValueError):
    """An input line that cannot be processed; its message names what is wrong."""


def load_object(line: str) -> dict[str, Any]:
    try:
        obj = json.loads(line)
    except json.JSONDecodeError as exc:
        raise BadLine(f"not valid JSON ({exc.msg})") from exc
    if not isinstance(obj, dict):
        raise BadLine("expected a JSON object")
    return obj


def run_filter(process: Callable[[str], dict[str, Any] | list[dict[str, Any]]]) -> None:
    """Apply `process` to each non-blank stdin line (one output row, or a list of rows: one per deal of an
    announcement); bad lines go to stderr by number, then exit 1 at the end."""
    bad = 0
    out = sys.stdout
    for number, line in enumerate(sys.stdin, start=1):
        if not line.strip():
            continue
        try:
            rows = process(line)
        except BadLine as exc:
            bad += 1
            typer.echo(f"line {number}: {exc}", err=True)
            continue
        for row in rows if isinstance(rows, list) else [rows]:
            out.write(json.dumps(row, ensure_ascii=False) + "\n")
    out.flush()
    if bad:
        typer.echo(f"{bad} bad line(s) skipped", err=True)
        raise typer.Exit(1)
