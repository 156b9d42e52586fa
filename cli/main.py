"""The `talentintel` console script: one Typer app; each area's commands live in cli/commands/.

A run imports only the module of the command it runs: importing every command module costs 4.2 s of CPU per start
(the digest, trends and scrape modules pull in most of the package), against 1.1-3.5 s for one, and the test suite
starts the CLI as a process 37 times (session 24, speed_24). `app` (the full app, every command registered) is built
on first access, for `--help`, an unknown command and the tests that drive the app in process.
"""

from __future__ import annotations

import importlib
import sys
from typing import Any

import typer

from talentintel.errors import UserError

# (name on the command line, module in cli/commands, attribute, "group" for a Typer sub-app or "command"), in the
# order `--help` lists them
_ENTRIES: tuple[tuple[str, str, str, str], ...] = (
    ("apikey", "apikeys", "app", "group"),
    ("db", "db", "app", "group"),
    ("digest", "digest", "app", "group"),
    ("eval", "", "", "eval"),
    ("trends", "trends", "app", "group"),
    ("up", "service", "up", "command"),
    ("serve", "service", "serve", "command"),
    ("worker", "service", "worker", "command"),
    ("beat", "service", "beat", "command"),
    ("retag", "retag", "retag", "command"),
    ("repair", "repair", "repair", "command"),
    ("sources", "sources_status", "app", "group"),
    ("mcp", "mcp", "mcp", "command"),
    ("scrape", "scrape", "scrape", "command"),
    ("discover", "discover", "discover", "command"),
    ("tag", "tagging", "tag", "command"),
    ("parse-announcement", "funding", "parse_announcement_cmd", "command"),
)
_EVAL: tuple[tuple[str, str, str], ...] = (
    ("tagging", "tagging", "eval_tagging"),
    ("funding", "funding", "eval_funding"),
)
_full_app: typer.Typer | None = None


def _attr(module: str, name: str) -> Any:
    return getattr(importlib.import_module(f"cli.commands.{module}"), name)


def _eval_app() -> typer.Typer:
    eval_app = typer.Typer(help="Measure accuracy on the labeled dev sets.", no_args_is_help=True)
    for name, module, attr in _EVAL:
        eval_app.command(name)(_attr(module, attr))
    return eval_app


def _group() -> None:
    return None  # no options of its own: the help is the Typer's (build_app)


def build_app(only: str | None = None) -> typer.Typer:
    """The CLI app with every command, or with only the command `only` names when it names one."""
    root = typer.Typer(
        help="talentintel: talent and funding intelligence for crypto, AI and their intersection.",
        no_args_is_help=True,
        add_completion=False,
        pretty_exceptions_enable=False,
        context_settings={"help_option_names": ["-h", "--help"]},
    )
    # a callback keeps the app a group when one command is registered (Typer runs a lone command as the app itself)
    root.callback()(_group)
    known = {entry[0] for entry in _ENTRIES}
    for name, module, attr, kind in _ENTRIES:
        if only in known and name != only:
            continue
        if kind == "eval":
            root.add_typer(_eval_app(), name=name)
        elif kind == "group":
            root.add_typer(_attr(module, attr), name=name)
        else:
            root.command(name)(_attr(module, attr))
    return root


def __getattr__(name: str) -> Any:
    global _full_app
    if name != "app":
        raise AttributeError(name)
    if _full_app is None:
        _full_app = build_app()
    return _full_app


def main() -> None:
    try:
        build_app(sys.argv[1] if len(sys.argv) > 1 else None)()
    except UserError as exc:
        typer.echo(f"error: {exc}", err=True)
        sys.exit(2)


if __name__ == "__main__":
    main()
