"""README.md stays true to the code: every setting's environment variable, every HTTP route and every command of the
command line is named in it (a new one added without a line there fails here)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from typer.main import get_command

from api.app import create_app
from cli.main import app as cli_app
from talentintel.settings import Settings

README = (Path(__file__).resolve().parents[1] / "README.md").read_text("utf-8")


def _routes(routes: list[Any], prefix: str = "") -> Iterator[str]:
    """Every path the app answers, routers included with a prefix unfolded (FastAPI keeps an included router whole
    since 0.16x; older versions copied its routes into the app's)."""
    for route in routes:
        included = getattr(route, "original_router", None)
        if included is not None:
            yield from _routes(included.routes, prefix + (getattr(route.include_context, "prefix", "") or ""))
        else:
            yield prefix + route.path


def _commands(command: Any, words: tuple[str, ...] = ()) -> Iterator[str]:
    subcommands = getattr(command, "commands", None)
    if subcommands is None:
        yield " ".join(words)
        return
    for name, sub in subcommands.items():
        yield from _commands(sub, (*words, name))


def test_every_setting_is_in_the_readme() -> None:
    missing = [name.upper() for name in Settings.model_fields if f"| `{name.upper()}` |" not in README]
    assert not missing, f"settings with no row in README.md's Settings table: {missing}"


def test_every_route_is_in_the_readme() -> None:
    paths = sorted(set(_routes(create_app().routes)))
    assert len(paths) > 50  # the walk found the included routers' routes, not only the app's own
    missing = [p for p in paths if f"`{p}`" not in README]
    assert not missing, f"routes README.md does not name (see its 'Every route' tables): {missing}"


@pytest.mark.parametrize("words", sorted(_commands(get_command(cli_app))))
def test_every_command_is_in_the_readme(words: str) -> None:
    # "`talentintel apikey list`, `apikey revoke ID`": a group's later commands may drop the program's name.
    assert f"talentintel {words}" in README or f"`{words}" in README, f"README.md's Command line names no `{words}`"
