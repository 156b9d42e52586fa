"""Rules from unseen45 (tests/fixtures/tagging/unseen45.jsonl: a web3 crawler's board rows, a scraper's Singapore
Indeed records and Russian-language pages; scored once before these rules), issue 18, branch unseen45:
- a board's "AI-Friendly" badge is no AI and no half of an intersection phrase (board_badges.py);
- Russian words for crypto and AI are core terms, and Russian remote words make a location remote (taxonomy.toml,
  places.toml);
- a fintech's payments ledger is no crypto (taxonomy.toml negatives);
- a country's hiring system or company form places an on-site job that names no place (hiring_systems.py);
- a firm's service area ("provider across the Asia-Pacific region") is a market, not the job's place
  (market_places.py);
- a sector's single chip in a long industry-chip line is one field of a portfolio (industry_chips.py).

Strings written here to pin a rule's edge are SYNTHETIC (marked so); the batch items are real.
"""

from __future__ import annotations

from talentintel.tagging.board_badges import without_badges
from talentintel.tagging.evaluate import tag_item
from talentintel.tagging.hiring_systems import hiring_system_place
from talentintel.tagging.tagger import tag_posting
from tests.tagging.batches import by_id

UN45 = by_id("unseen45")


def _sector(item: dict[str, object]) -> list[str]:
    return sorted(tag_item(item).sector)


def _place(item: dict[str, object]) -> tuple[list[str], list[str]]:
    result = tag_item(item)
    return result.regions, result.countries


def test_ai_friendly_badge_is_no_ai() -> None:
    # "Blockchain, Blockchain • Cryptocurrency • Web3, AI-Friendly, Kyc, ..." (Sei Development Foundation's general
    # counsel): "Web3, AI-Friendly" read as the intersection phrase "web3 ai"
    assert _sector(UN45["un45-w3c-sei-counsel"]) == ["crypto"]
    # SYNTHETIC: the badge as a list item, after a colon, and before a hiring noun is blanked in place
    assert without_badges("tags: futures, crypto, ai-friendly, rust") == "tags: futures, crypto,   -friendly, rust"
    assert without_badges("tags: ai-friendly") == "tags:   -friendly"
    assert without_badges("we are an ai-friendly workplace") == "we are an   -friendly workplace"
    # SYNTHETIC: AI workloads keep their AI ("AI-friendly data centers")
    assert without_badges("we run ai-friendly data centers") == "we run ai-friendly data centers"
    assert tag_posting(title="Backend Engineer", description="tags: crypto, AI-Friendly, Rust").sector == ["crypto"]


def test_russian_crypto_and_ai_words_are_core_terms() -> None:
    # "CTO / Архитектор (финтех, крипта, Django)", integrations with Garantex and Bybit
    assert _sector(UN45["un45-geeklink-wpc-cto"]) == ["crypto"]
    # the DEX trading terminal's Go engineer stays crypto, no AI named
    assert _sector(UN45["un45-nesiditsa-fewcat-go"]) == ["crypto"]
    # SYNTHETIC: other case forms of the fields
    assert tag_posting(title="Разработчик блокчейн-платформы").sector == ["crypto"]
    assert tag_posting(title="Инженер машинного обучения").sector == ["ai"]


def test_russian_remote_words_make_a_location_remote() -> None:
    # the page title's "(удаленная работа)" kept as the location: worldwide
    item = UN45["un45-remotejob-prepaid-ledger"]
    assert _place(item) == (["global"], [])
    # SYNTHETIC: the same with "ё" and the adverb
    assert tag_posting(title="Go Developer", locations=["Удалённо"]).regions == ["global"]


def test_payments_ledger_is_no_crypto() -> None:
    # "Python Backend Engineer (Payments / Ledger / Fintech)": a prepaid-card issuer's own books
    assert _sector(UN45["un45-remotejob-prepaid-ledger"]) == []
    # SYNTHETIC: a distributed ledger is still crypto
    assert tag_posting(title="Distributed Ledger Engineer").sector == ["crypto"]


def test_singapore_hiring_system_places_an_unplaced_job() -> None:
    # "[CANDIDATES WHO REQUIRE WORK PASSES NEED NOT APPLY]" (LEND EAST, ML CONSULTING, Luxoft's Singapore entity),
    # "#SGUnitedJobs" / InternSG (NGNRS), "Cobalt Consulting (Asia) Pte Limited" in a recruiter's text
    for key in ("lendeast-dev", "mlconsulting-appdev", "luxoft-react", "ngnrs-ux", "cobalt-iam"):
        assert _place(UN45[f"un45-sgi-{key}"]) == (["asia"], ["SG"]), key
    # SYNTHETIC: other countries' company forms, and no form at all
    assert hiring_system_place("Prepare monthly accounts.", "Foo Sdn. Bhd.") is not None
    assert tag_posting(
        title="Accountant", company="Foo Pvt. Ltd.", description="Prepare monthly accounts."
    ).countries == ["IN"]
    assert hiring_system_place("Prepare monthly accounts.", "Foo Limited") is None
    # SYNTHETIC: a remote job at a Singapore-registered company stays worldwide
    assert tag_posting(title="Solidity Engineer", company="Foo Labs Pte. Ltd.", locations=["Remote"]).regions == [
        "global"
    ]


def test_a_firms_service_area_is_no_place() -> None:
    # "NCS is a leading ... services provider across the Asia-Pacific region. It is headquartered in Singapore"
    assert _place(UN45["un45-sgi-ncs-tesa"]) == (["asia"], ["SG"])


def test_one_chip_among_many_is_a_portfolio_field() -> None:
    # "Artificial Intelligence • Big Data • Cloud • Information Technology • Software • Big Data Analytics •
    # Automation": an APM vendor's SDR
    assert _sector(UN45["un45-w3c-dynatrace-sdr"]) == []
    # two crypto chips of six stay the employer's self-description (a bitcoin-mining software firm's counsel)
    assert _sector(UN45["un45-w3c-luxor-counsel"]) == ["crypto"]
    # SYNTHETIC: the single chip stays when the text outside names the sector too
    chips = "Artificial Intelligence • Big Data • Cloud • Software • Automation"
    text = f"We train machine learning models for anomaly detection. Industries: {chips}"
    assert tag_posting(title="Engineer", description=text).sector == ["ai"]
