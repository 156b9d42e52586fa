"""Every way a [[source]] entry can be wrong gives one message naming the entry and the field (parse_sources)."""

from __future__ import annotations

import pytest

from talentintel.services.sources import DEFAULT_INTERVAL, SourceEntry, SourcesFileError, parse_sources

KINDS = {"greenhouse", "lever"}
OK = "name = 'x'\nkind = 'lever'\nurl = 'https://a.example/'\n"


def _error(body: str, kinds: set[str] | None = KINDS) -> str:
    with pytest.raises(SourcesFileError) as exc:
        parse_sources(f"[[source]]\n{body}", origin="f.toml", kinds=kinds)
    return str(exc.value)


@pytest.mark.parametrize(
    ("body", "message"),
    [
        (
            "kind = 'lever'\nurl = 'https://a.example/'\n",
            "source #1: 'name' must be a non-empty string of letters, digits, '-', '_', '.', ':'",
        ),
        ("name = 'a b'\n", "source #1 ('a b'): 'name' must be a non-empty string"),
        ("name = 3\nkind = 'lever'\n", "source #1: 'name' must be a non-empty string"),
        ("name = 'x'\nurl = 'https://a.example/'\n", "source #1 ('x'): 'kind' is required"),
        ("name = 'x'\nkind = ''\n", "source #1 ('x'): 'kind' is required"),
        ("name = 'x'\nkind = 'rss'\n", "source #1 ('x'): unknown kind 'rss' (known: greenhouse, lever)"),
        (
            "name = 'x'\nkind = 'lever'\nurl = 'ftp://a.example/'\n",
            "source #1 ('x'): 'url' must be an http(s) URL, got 'ftp://a.example/'",
        ),
        ("name = 'x'\nkind = 'lever'\nurl = 'https://'\n", "'url' must be an http(s) URL, got 'https://'"),
        ("name = 'x'\nkind = 'lever'\nurl = 5\n", "'url' must be an http(s) URL, got 5"),
        (OK + "company = ' '\n", "source #1 ('x'): 'company' must be a non-empty string"),
        (OK + "investor = 1\n", "source #1 ('x'): 'investor' must be a non-empty string"),
        (OK + "enabled = 'yes'\n", "source #1 ('x'): 'enabled' must be true or false"),
        (OK + "config = 'a'\n", "source #1 ('x'): 'config' must be a table"),
        (OK + "interval = '5s'\n", "source #1 ('x'): 'interval' must be at least 60 seconds"),
        (OK + "interval = true\n", "source #1 ('x'): 'interval' must be seconds or a duration like '30m', '6h', '1d'"),
        (
            OK + "urll = 1\nzz = 2\n",
            "source #1 ('x'): unknown key 'urll' (allowed: company, config, enabled, interval, "
            "investor, kind, name, url)",
        ),
        # The first problem in the order above is the one named: an unknown key before a bad name or kind.
        ("name = ''\nkind = 3\nextra = 1\n", "source #1 (''): unknown key 'extra'"),
        ("name = 'x'\nkind = 'rss'\nurl = 'nope'\n", "unknown kind 'rss'"),
    ],
)
def test_each_invalid_entry_is_named(body: str, message: str) -> None:
    assert message in _error(body)


def test_entries_that_are_not_tables_and_unchecked_kinds() -> None:
    with pytest.raises(SourcesFileError, match="source #1: must be a table"):
        parse_sources("source = [1]\n", origin="f.toml")
    assert "unknown kind" not in _error("name = 'x'\nkind = 'rss'\nurl = 'x'\n", kinds=None)


def test_a_valid_entry_keeps_every_field() -> None:
    entries = parse_sources(
        "[[source]]\nname = 'a:b.c_d-1'\nkind = 'greenhouse'\nurl = 'http://a.example/x'\ninterval = '2h'\n"
        "company = 'Acme'\ninvestor = 'Fund'\nenabled = false\nconfig = { board = 'acme' }\n"
        f"[[source]]\n{OK}",
        kinds=KINDS,
    )
    assert entries == [
        SourceEntry(
            name="a:b.c_d-1",
            kind="greenhouse",
            url="http://a.example/x",
            interval_seconds=7200,
            company="Acme",
            investor="Fund",
            enabled=False,
            config={"board": "acme"},
        ),
        SourceEntry(name="x", kind="lever", url="https://a.example/", interval_seconds=DEFAULT_INTERVAL),
    ]
