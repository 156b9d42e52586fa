"""Rules from the session-4 holdout turned tuning batch (tests/fixtures/tagging/unseen_hs4.jsonl; each item cited in
PROVENANCE.md).

Strings written here to pin a rule are SYNTHETIC (marked so); the batch items are real.
"""

from __future__ import annotations

import pytest

from talentintel.tagging import tag_posting
from talentintel.tagging.evaluate import tag_item
from talentintel.tagging.list_category import without_list_category
from tests.tagging.batches import by_id

BATCH = by_id("unseen_hs4")


@pytest.mark.parametrize("item_id", ["hs4t-cll-honeywell-dba-pune", "hs4t-cll-kla-photophysics-singapore"])
def test_a_job_lists_category_heading_is_not_the_postings_sector(item_id: str) -> None:
    # real: an AI-jobs list files a database admin and a photophysics engineer under "## Computer Vision"
    assert tag_item(BATCH[item_id]).sector == []


@pytest.mark.parametrize(
    "item_id",
    ["hs4t-cll-cognex-dl-sales-shenzhen", "hs4t-cll-ge-ai-software-beijing", "hs4t-cll-koreai-business-analyst"],
)
def test_list_entries_keep_the_sector_of_their_role_line_or_employer(item_id: str) -> None:
    # real: the same list's AI roles ("Sr. Deep Learning Sales Engineer", "AI Software Engineer") and an AI employer
    assert tag_item(BATCH[item_id]).sector == ["ai"]


def test_list_category_synthetic_variants() -> None:
    # SYNTHETIC: a blockchain list's category over a non-crypto role at an unlisted employer
    entry = "## Blockchain\n### Northwind Freight\n- Payroll Specialist, _Leeds, UK_\n- HR Coordinator, _Leeds, UK_"
    assert without_list_category(entry) == "### Northwind Freight\n- Payroll Specialist, _Leeds, UK_\n" + (
        "- HR Coordinator, _Leeds, UK_"
    )
    assert tag_posting(title="Payroll Specialist", description=entry, company="Northwind Freight").sector == []
    # SYNTHETIC: the role line itself says the sector, so the entry keeps it
    ml_entry = "## Blockchain\n### Northwind Freight\n- Smart Contract Engineer, _Leeds, UK_"
    assert tag_posting(title="Smart Contract Engineer", description=ml_entry).sector == ["crypto"]


def test_a_postings_own_title_heading_and_sections_are_kept() -> None:
    # SYNTHETIC: a post's own title heading over a section heading with prose is the posting, not a list's filing
    post = "# Blockchain startup hiring\n## Role\nYou will build our blockchain indexer in Rust."
    assert without_list_category(post) == post
    # SYNTHETIC: headings at the same level are sections, not a topic over an employer
    same = "## Computer Vision\n## honeywell\n- Database Admin Analyst, _Pune_"
    assert without_list_category(same) == same


def test_an_ai_scientist_of_a_discipline_is_ai_work() -> None:
    # real: a non-profit "building Theo, the AI Physicist", hiring physicists to stress-test its reasoning
    assert tag_item(BATCH["hs4t-firstprinciples-theo-collaborators"]).sector == ["ai"]
    # SYNTHETIC: the title alone, as a job title
    assert tag_posting(title="AI Chemist", description="Join our lab in Basel.").sector == ["ai"]
    # SYNTHETIC: a chemist at a lab that uses AI stays untagged (the weak "ai" near "chemistry")
    lab = "Our chemistry lab uses AI for some screening. You will run wet-lab synthesis and HPLC analysis."
    assert tag_posting(title="Synthetic Chemist", description=lab).sector == []
