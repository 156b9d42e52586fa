"""Company knowledge from an employer's other postings in the same input (talentintel/tagging/siblings.py), through
the pure helpers, the eval and `talentintel tag`.

The real case: eight OpenZeppelin postings from its careers site (tests/fixtures/tagging/unseen_hs5.jsonl, cited
there); its marketing, account and project roles name no sector while four of their seven siblings are crypto."""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from cli.main import app
from talentintel.tagging.evaluate import load_devset, tag_item, tag_items
from talentintel.tagging.siblings import employer_key, sibling_counts

runner = CliRunner()
OZ = [
    i
    for i in load_devset(Path(__file__).parents[1] / "fixtures" / "tagging" / "unseen_hs5.jsonl")
    if i["id"].startswith("hs5t-ozsite-")
]
SECTORLESS = "hs5t-ozsite-marketing-lead"


def test_employer_key_prefers_the_domain_over_the_name() -> None:
    assert employer_key("Kraken", "https://jobs.kraken.tech/x") == "domain:kraken.tech"
    assert employer_key("Coinbase, Inc.") == employer_key("coinbase") == "name:coinbase"
    assert employer_key("", None) is None


def test_counts_are_leave_one_out_and_only_for_postings_without_a_sector_of_their_own() -> None:
    keys = ["name:a"] * 5 + ["name:b"] * 2
    classes = ["crypto", "crypto", "crypto", "none", "none", "none", "crypto"]
    counts = sibling_counts(keys, classes)
    assert counts[:3] == [None, None, None]  # their own words decide
    assert counts[3] == {"crypto": 3, "none": 1}
    assert counts[5] is None  # one sibling says too little (POSTINGS_MIN)


def test_real_sectorless_role_takes_its_sector_from_its_siblings() -> None:
    assert len(OZ) == 8
    item = next(i for i in OZ if i["id"] == SECTORLESS)
    assert tag_item(item).sector == []
    by_id = dict(zip([i["id"] for i in OZ], tag_items(OZ), strict=True))
    assert by_id[SECTORLESS].sector == ["crypto"]
    # 5 since tag47: the account manager's "You are actively interested in blockchain technology" reads crypto on its
    # own (required_background.py)
    assert "crypto: company: 5 of 7 postings crypto" in by_id[SECTORLESS].evidence["company"]


def test_synthetic_siblings_do_not_add_a_second_sector_to_a_posting_that_names_its_own() -> None:
    # SYNTHETIC: an exchange with two AI roles among its postings; its wallet role stays crypto
    base = {"company": "Example Exchange", "location": "Remote", "label_regions": [], "label_sector": []}
    items = [
        {**base, "id": "s1", "title": "Machine Learning Engineer", "description": "Train LLM ranking models."},
        {**base, "id": "s2", "title": "Applied AI Scientist", "description": "Build deep learning models."},
        {**base, "id": "s3", "title": "Wallet Engineer", "description": "Build our crypto wallet and DeFi swaps."},
        {**base, "id": "s4", "title": "Office Manager", "description": "Run the office."},
    ]
    results = tag_items(items)
    assert results[2].sector == ["crypto"]


def test_cli_uses_siblings_unless_each_alone() -> None:
    lines = [{k: v for k, v in i.items() if not k.startswith("label")} for i in OZ]
    stdin = "\n".join(json.dumps(x) for x in lines) + "\n"
    batch = runner.invoke(app, ["tag"], input=stdin)
    alone = runner.invoke(app, ["tag", "--each-alone"], input=stdin)
    assert batch.exit_code == alone.exit_code == 0, batch.output + alone.output
    pick = {r["id"]: r for r in map(json.loads, batch.stdout.splitlines())}
    pick_alone = {r["id"]: r for r in map(json.loads, alone.stdout.splitlines())}
    assert [r["id"] for r in map(json.loads, batch.stdout.splitlines())] == [i["id"] for i in OZ]
    assert pick[SECTORLESS]["sector"] == ["crypto"] and pick_alone[SECTORLESS]["sector"] == []
