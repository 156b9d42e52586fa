"""Rules from unseen_hs12 (tests/fixtures/tagging/unseen_hs12.jsonl: the session-12 holdout, scored once by the lead
and then tuning data; issue 18, branch tag48): a tie among an employer's other postings is no majority
(tagging/mixed_employers.py).

Strings written here to pin a rule are SYNTHETIC (marked so, with invented company names); the batch items are real.
"""

from __future__ import annotations

from talentintel.tagging.company import CompanyContext
from talentintel.tagging.evaluate import load_devset, tag_items
from talentintel.tagging.mixed_employers import even_split
from talentintel.tagging.tagger import tag_posting
from tests.tagging.batches import FIXTURES, by_id

HS12 = by_id("unseen_hs12")


def _sector(title: str, description: str = "", context: CompanyContext | None = None) -> list[str]:
    return tag_posting(title=title, description=description, company=None, locations=[], context=context).sector


# --- a tie among the employer's other postings is no majority ----------------------------------------------------------


def test_video_platform_operations_roles_stay_none() -> None:
    # the real file: five postings of one employer, two ML roles (ASR, game algorithms), three content-operations roles
    items = load_devset(FIXTURES / "unseen_hs12.jsonl")
    results = dict(zip((i["id"] for i in items), tag_items(items), strict=True))
    for item_id in (
        "hs12-bilibili-finance-content-ops",
        "hs12-bilibili-tech-content-ops",
        "hs12-bilibili-category-ops-intern",
    ):
        assert results[item_id].sector == [], item_id
    assert results["hs12-bilibili-asr-intern"].sector == ["ai"]  # its own text decides


def test_even_split_counts() -> None:
    assert even_split({"ai": 2, "none": 2}, "ai", 0.5)  # the real siblings of each operations role
    assert even_split({"ai": 1, "both": 1, "none": 2}, "ai", 0.5)
    assert not even_split({"ai": 3, "none": 2}, "ai", 0.5)
    assert not even_split({"crypto": 4, "none": 3}, "crypto", 0.5)  # OpenZeppelin's 4 of 7 (unseen_hs5) still tags
    assert not even_split({}, "ai", 0.5)


def test_majority_of_siblings_still_tags() -> None:
    # SYNTHETIC: an "Accountant" at an employer whose other postings are mostly crypto
    majority = CompanyContext(postings={"crypto": 3, "none": 2})
    tie = CompanyContext(postings={"crypto": 2, "none": 2})
    assert _sector("Accountant", "Synthetic Ledgerly Ltd is hiring an accountant.", majority) == ["crypto"]
    assert _sector("Accountant", "Synthetic Ledgerly Ltd is hiring an accountant.", tie) == []
