"""The q language: parsing, errors naming `q`, and the rewrite list shared with migration 0010."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

from talentintel.errors import InvalidParameter
from talentintel.services.queries import search_query


def _migration() -> object:
    path = Path(__file__).parents[2] / "migrations" / "versions" / "0010_search_and_job_fields.py"
    spec = importlib.util.spec_from_file_location("m0010", path)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_migration_rewrites_what_queries_rewrite() -> None:
    assert _migration().TECH_TOKENS == search_query.TECH_TOKENS  # type: ignore[attr-defined]


@pytest.mark.parametrize(
    ("q", "tsquery", "fts5"),
    [
        ("solidity", "(('solidity' | 'soliditys'))", '(("solidity" OR "soliditys"))'),
        ('"smart contract" -android', "('smart contract') & !('android' | 'androids')",
         '("smart contract") NOT ("android" OR "androids")'),
        ("zk* OR mev", "('zk':* | 'mev')", '("zk"* OR "mev")'),
        ("C++ C# .NET Node.js", "('cplusplus') & ('csharp') & ('dotnet') & ('nodejs')",
         '("cplusplus") AND ("csharp") AND ("dotnet") AND ("nodejs")'),
        ("ASP.NET", "('asp dotnet')", '("asp dotnet")'),
        ("rust NOT (solana)", "(('rust' | 'rusts')) & !('solana' | 'solanas')",
         '(("rust" OR "rusts")) NOT ("solana" OR "solanas")'),
        ("engineers", "(('engineers' | 'engineer'))", '(("engineers" OR "engineer"))'),
    ],
)  # fmt: skip
def test_written_for_each_engine(q: str, tsquery: str, fts5: str) -> None:
    parsed = search_query.parse(q)
    assert (parsed.tsquery(), parsed.fts5()) == (tsquery, fts5)


@pytest.mark.parametrize(
    ("q", "reason"),
    [
        ("", "at least one word"),
        ("   ", "at least one word"),
        ("&& //", "at least one word"),
        ('"smart contract', "unbalanced quotes"),
        ('solidity "', "unbalanced quotes"),
        ("-android", "not only exclusions"),
        ("NOT android", "not only exclusions"),
        ("rust OR -solana", "OR cannot join"),
        ("z*", "prefix"),
        ("x" * 10_000, "at most 500"),
        (" ".join(["rust"] * 17), "at most 16 terms"),
    ],
)
def test_bad_queries_name_q(q: str, reason: str) -> None:
    with pytest.raises(InvalidParameter) as err:
        search_query.parse(q)
    assert err.value.name == "q" and reason in err.value.reason


def test_a_domain_is_not_dotnet() -> None:
    assert "dotnet" not in search_query.normalize("projects such as openswitch.net")
    assert "dotnet" in search_query.normalize(".NET Backend Engineer")
