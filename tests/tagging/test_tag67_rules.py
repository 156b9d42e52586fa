"""Rules from unseen46 (tests/fixtures/tagging/unseen46.jsonl: crypto investors' job-board rows from one scraper's CSVs;
scored once before these rules), issue 18, branch tag67:
- a boilerplate marker ("salary range", "subsidiaries") voids only its own cell of a line of cells, cells split at
  " | " and at bare colons between chips (boilerplate_cells.py);
- "CeFi" (centralised crypto finance, named against DeFi) is a crypto term (taxonomy.toml);
- a board's "remote" tag chip among chips joined by bare colons is a remote work mode (remote_modes.py).

Strings written here to pin a rule's edge are SYNTHETIC (marked so); the batch items are real.
"""

from __future__ import annotations

from talentintel.tagging.boilerplate_cells import cell_hits
from talentintel.tagging.evaluate import tag_item
from talentintel.tagging.remote_modes import remote_mode
from talentintel.tagging.tagger import tag_posting
from talentintel.tagging.taxonomy import taxonomy
from tests.tagging.batches import by_id

UN46 = by_id("unseen46")
UN20 = by_id("unseen20")


def _class(item: dict[str, object]) -> str:
    return tag_item(item).sector_class


def test_pay_cell_no_longer_voids_the_row() -> None:
    # "Job Location: Remote | Salary Range: $140k - $180k | Tags: dev:machine learning:remote:rust:solana": the
    # "salary range" marker voided the Solana chip, so an ML engineer at a Solana network read ai
    assert _class(UN46["un46-hivemapper-ml"]) == "both"
    # "... | Salary Range: $140k - $180k | Tags: executive:product manager:non tech:nft:remote" under a CV/ML title
    assert _class(UN46["un46-veracity-cvml"]) == "both"


def test_group_chip_voids_only_itself() -> None:
    # "Tags: foundry:dcg & subsidiaries:cryptocurrency:all dcg & subsidiaries": the group's own chip held the marker
    assert _class(UN46["un46-foundry-pm-ml"]) == "both"
    assert _class(UN46["un46-foundry-mining"]) == "crypto"


def test_header_line_keeps_its_pitch_beside_the_pay() -> None:
    # SYNTHETIC: a hiring header whose pay cell holds "base salary"
    result = tag_posting(
        title="Backend Engineer",
        description="Acme | Backend Engineer | Remote (US) | $150k-$200k base salary | We build DeFi lending on "
        "Ethereum.\nMore about the team.",
        company=None,
        locations=[],
        company_prior={},
    )
    assert {e["term"] for e in result.evidence["crypto"]} >= {"defi", "ethereum"}


def test_boilerplate_cells_still_count_for_nothing() -> None:
    tax = taxonomy()
    # SYNTHETIC: every cell holds a marker, or the line is one cell
    assert cell_hits(tax, "we may use ai to assist in our hiring process | salary range: $100k", contexts=True) == []
    assert cell_hits(tax, "we may use ai to assist in our hiring process", contexts=True) is None
    result = tag_posting(
        title="Recruiter",
        description="We may use AI to assist in our hiring process | Salary range: $100k-$120k",
        company=None,
        locations=[],
        company_prior={},
    )
    assert result.sector_class == "none"


def test_cefi_is_crypto() -> None:
    # "Tags: Operations:Data Science:26-50:cefi:both" on a Taipei venue's business-intelligence row; "both" is the
    # board's cefi-and-defi marker, and business intelligence is not machine learning
    assert _class(UN46["un46-wootrade-bi"]) == "crypto"
    assert _class(UN20["un20-maiamis-maicoin-defi-researcher"]) == "crypto"


def test_remote_tag_chip() -> None:
    # rows with no location: "Tags: remote:full-time:developer:engineering:python:nft:data" and
    # "Tags: content:developer:web3:full-time:engineering:remote"
    assert tag_item(UN46["un46-archimed-nft"]).regions == ["global"]
    assert tag_item(UN46["un46-bunzz-tokenomics"]).regions == ["global"]
    # a named city wins over the chip (a work mode, not "fully remote")
    assert tag_item(UN46["un46-nbt-founder-ml"]).regions == ["europe"]
    # SYNTHETIC: the chip's edges; a label's colon with a space after, and a URL scheme, are no chips
    assert remote_mode("tags: dev:remote:rust") == "remote"
    assert remote_mode("Remote: no, on-site in Lyon") is None
    assert remote_mode("see remote://host for docs") is None
