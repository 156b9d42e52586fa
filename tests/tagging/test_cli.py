"""`talentintel tag` and `talentintel eval tagging` through the registered CLI app (inputs are synthetic)."""

from __future__ import annotations

import json

from typer.testing import CliRunner

from cli.main import app

runner = CliRunner()


def test_tag_writes_one_line_per_input_in_order() -> None:
    lines = [
        {"id": 1, "title": "Solidity Engineer", "company": "Acme", "location": "Remote - US", "description": "DeFi"},
        {"id": 2, "title": "Account Executive", "location": ["Berlin, Germany", "NYC"]},
        {"id": "a3", "text": "Acme raises $5M for its AI lending app in Lagos, Nigeria"},
    ]
    stdin = "\n".join(json.dumps(x) for x in lines) + "\n"
    result = runner.invoke(app, ["tag"], input=stdin)
    assert result.exit_code == 0, result.output
    rows = [json.loads(x) for x in result.stdout.splitlines()]
    assert [r["id"] for r in rows] == [1, 2, "a3"]
    assert rows[0]["sector"] == ["crypto"] and rows[0]["regions"] == ["us"] and rows[0]["remote"] is True
    assert rows[1]["countries"] == ["DE", "US"]
    assert rows[2]["sector"] == ["ai"] and rows[2]["regions"] == ["africa"]
    assert set(rows[0]) >= {"id", "sector", "regions", "countries", "remote", "confidence", "evidence"}


def test_bad_lines_are_reported_by_number_and_the_rest_still_processed() -> None:
    stdin = '{"id": 1, "title": "ML Engineer"}\nnot json\n{"id": 3}\n{"id": 4, "title": 5}\n{"id": 5, "title": "x"}\n'
    result = runner.invoke(app, ["tag"], input=stdin)
    assert result.exit_code == 1
    assert [json.loads(x)["id"] for x in result.stdout.splitlines()] == [1, 5]
    assert "line 2: not valid JSON" in result.stderr
    assert "line 3: 'title' (posting) or 'text' (announcement) is required" in result.stderr
    assert "line 4: 'title' must be a string" in result.stderr
    assert "Traceback" not in result.stderr


def test_eval_tagging_prints_the_report() -> None:
    result = runner.invoke(app, ["eval", "tagging", "--errors", "0"])
    assert result.exit_code == 0, result.output
    for needle in ("macro-F1", "precision", "confusion", "region exact-set accuracy"):
        assert needle in result.stdout


def test_eval_tagging_missing_devset_is_a_user_error(tmp_path) -> None:  # type: ignore[no-untyped-def]
    result = runner.invoke(app, ["eval", "tagging", "--devset", str(tmp_path / "nope.jsonl")])
    assert result.exit_code == 2
    assert "devset" in result.stderr


def test_tag_accepts_company_context_per_line() -> None:
    lines = [
        {
            "id": "ops",
            "title": "Director of Operations",
            "company": "Gridmind",
            "company_description": "Gridmind runs a decentralized GPU network for AI inference, paid onchain.",
        },
        {"id": "k1", "title": "Software Engineer", "company": "Kraken Technologies", "company_domain": "kraken.tech"},
        {"id": "k2", "title": "Software Engineer", "company": "Kraken", "company_domain": "kraken.com"},
        {"id": "fund", "title": "Wallet onboarding lead", "company": "Harbor Nine", "board": "Paradigm"},
        {"id": "inv", "title": "Office Manager", "company": "Harbor Nine", "investors": ["Paradigm", "Sequoia"]},
        {"id": "ats", "title": "Backend Engineer", "location": "Remote", "countries": ["DE"]},
    ]
    stdin = "\n".join(json.dumps(x) for x in lines) + "\n"
    result = runner.invoke(app, ["tag"], input=stdin)
    assert result.exit_code == 0, result.output
    rows = {r["id"]: r for r in (json.loads(x) for x in result.stdout.splitlines())}
    assert rows["ops"]["sector_class"] == "both"
    assert any(line.startswith("crypto: company description") for line in rows["ops"]["evidence"]["company"])
    assert rows["k1"]["sector_class"] == "none" and rows["k2"]["sector_class"] == "crypto"
    assert rows["fund"]["sector_class"] == "crypto"
    assert "crypto: backed by Paradigm" in rows["inv"]["evidence"]["company"]
    assert rows["ats"]["regions"] == ["europe"]


def test_tag_rejects_badly_typed_context_fields() -> None:
    stdin = (
        '{"id": 1, "title": "x", "investors": "Paradigm"}\n{"id": 2, "title": "x", "board": 3}\n'
        '{"id": 3, "title": "x", "countries": [1]}\n'
    )
    result = runner.invoke(app, ["tag"], input=stdin)
    assert result.exit_code == 1
    assert "line 1: 'investors' must be a list of strings" in result.stderr
    assert "line 2: 'board' must be a string" in result.stderr
    assert "line 3: 'countries' must be a string or a list of strings" in result.stderr


def test_eval_tagging_prints_known_unknown_and_test_side_by_side() -> None:
    result = runner.invoke(app, ["eval", "tagging", "--errors", "0"])
    assert result.exit_code == 0, result.output
    head = result.stdout.splitlines()[0].split()
    assert head == ["dev", "known", "dev", "unknown", "test", "test", "unknown", "test2"]
    for needle in ("F1 both (intersection)", "region exact-set acc.", "sector macro-F1"):
        assert needle in result.stdout


def test_tag_reads_the_about_paragraph_and_settles_a_name_collision_by_the_description() -> None:
    lines = [
        {  # SYNTHETIC posting with an About section and no context fields: the same knowledge as the live pipeline
            "id": "about",
            "title": "Accountant",
            "company": "Harbor Mind",
            "description": "About Harbor Mind\nHarbor Mind trains large language models for lawyers.\nThe role\nClose the books.",
        },
        {  # a listed name ("Lightning") whose own description says it is an AI platform, not the listed company
            "id": "collision",
            "title": "Accounting Manager",
            "company": "Lightning AI",
            "company_description": "Lightning AI is the company behind PyTorch Lightning. We build an end-to-end "
            "platform for developing, training, and deploying AI systems.",
        },
    ]
    result = runner.invoke(app, ["tag"], input="\n".join(json.dumps(x) for x in lines) + "\n")
    assert result.exit_code == 0, result.output
    rows = {r["id"]: r for r in (json.loads(x) for x in result.stdout.splitlines())}
    assert rows["about"]["sector_class"] == "ai"
    assert rows["collision"]["sector_class"] == "ai"
