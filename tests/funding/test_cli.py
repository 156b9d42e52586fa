"""`talentintel parse-announcement` and `talentintel eval funding` through the Typer app."""

import json

import pytest
from typer.testing import CliRunner

from cli.commands import funding as funding_cli
from cli.main import app

runner = CliRunner()


def test_parse_announcement_jsonl_in_order_with_bad_lines() -> None:
    stdin = (
        '{"id": "1", "text": "Acme raises $2M seed led by Paradigm"}\n'  # synthetic
        "{broken\n"
        '{"id": "3", "text": 5}\n'
        '{"id": "4", "text": "Nothing here."}\n'
    )
    result = runner.invoke(app, ["parse-announcement"], input=stdin)
    assert result.exit_code == 1
    rows = [json.loads(line) for line in result.stdout.splitlines() if line.startswith("{")]
    assert [r["id"] for r in rows] == ["1", "4"]
    first = rows[0]
    assert set(first) == {
        "id",
        "company",
        "amount_usd",
        "round",
        "investors",
        "lead_investors",
        "announced_on",
        "sector",
        "regions",
        "deal",
        "kind",
        "currency",
        "amount_original",
        "fund_name",
        "focus",
    }
    assert (first["deal"], first["kind"]) == (1, "round")
    assert rows[1]["kind"] == "other"
    assert (first["company"], first["amount_usd"], first["round"]) == ("Acme", 2e6, "seed")
    assert first["lead_investors"] == ["Paradigm"]
    assert "line 2:" in result.stderr and "line 3:" in result.stderr and "'text'" in result.stderr


def test_parse_announcement_all_good_exits_zero() -> None:
    result = runner.invoke(app, ["parse-announcement"], input='{"id": 1, "text": "x", "published": "2024-05-06"}\n')
    assert result.exit_code == 0
    assert json.loads(result.stdout)["announced_on"] == "2024-05-06"


def _small_splits(monkeypatch: pytest.MonkeyPatch) -> None:
    # The report's layout is the same for any file; the whole tuning set took 1-4 min per test (the suite's slowest),
    # and the figures themselves are checked by test_devset.py.
    small = (funding_cli.FIXTURES / "tuning_batch40.jsonl",)
    monkeypatch.setattr(funding_cli, "TUNING", small)
    monkeypatch.setattr(funding_cli, "TEST", small)


def test_eval_funding_prints_each_field(monkeypatch: pytest.MonkeyPatch) -> None:
    _small_splits(monkeypatch)
    result = runner.invoke(app, ["eval", "funding", "--errors", "0"])
    assert result.exit_code == 0
    for field in ("kind", "company", "amount_within_2pct", "round", "lead_investor_f1", "sector", "mean"):
        assert field in result.stdout
    assert "tuning" in result.stdout and "test" in result.stdout


def test_eval_funding_tuning_only_hides_the_test_column(monkeypatch: pytest.MonkeyPatch) -> None:
    _small_splits(monkeypatch)
    result = runner.invoke(app, ["eval", "funding", "--errors", "0", "--tuning-only"])
    assert result.exit_code == 0
    header = result.stdout.splitlines()[0]
    assert "tuning" in header and "test" not in header


def test_eval_funding_missing_devset() -> None:
    result = runner.invoke(app, ["eval", "funding", "--devset", "/nonexistent.jsonl"])
    assert result.exit_code == 2
    assert "devset" in result.stderr
