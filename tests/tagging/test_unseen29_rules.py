"""Rules from unseen29 (tests/fixtures/tagging/unseen29.jsonl: generic-title postings at unlisted employers whose
sector is only in the company pitch, with trap words; issue 18, branch tag32): mining at a mine site
(tagging/mine_sites.py), membership of the wider crypto or AI community (tagging/community_membership.py), an
opening tagline read as the employer's pitch (tagging/taglines.py), and
taxonomy terms for an exchange's P2P/OTC merchants and fiat rails, agent evaluations and frontier models, and a
lender's decisioning model (data/taxonomy.toml).

Strings written here to pin a rule are SYNTHETIC (marked so); the batch items are real.
"""

from __future__ import annotations

import pytest

from talentintel.tagging.community_membership import member_sectors
from talentintel.tagging.evaluate import tag_item
from talentintel.tagging.means_clauses import without_means
from talentintel.tagging.mine_sites import physical_marks
from talentintel.tagging.tagger import tag_posting
from talentintel.tagging.taglines import tagline_sectors
from tests.tagging.batches import by_id

UN29 = by_id("unseen29")
FIXED_SECTOR = (
    "un29-aer-mining-project-manager",
    "un29-digifinex-otc-operations",
    "un29-0l-community-manager",
    "un29-claims-operations-expert",
    "un29-cashera-head-of-credit",
)


@pytest.mark.parametrize("item_id", FIXED_SECTOR)
@pytest.mark.parametrize("company_blind", [False, True])
def test_un29_fixed_sectors(item_id: str, company_blind: bool) -> None:
    item = UN29[item_id]
    assert sorted(tag_item(item, company_blind=company_blind).sector) == sorted(item["label_sector"])


# --- mining at a mine site ---------------------------------------------------------------------------------------------


def test_mine_site_withdraws_mining_words_as_crypto() -> None:
    result = tag_item(UN29["un29-aer-mining-project-manager"])  # real (unseen29)
    assert result.sector == []
    assert {"mine planning", "fifo"} <= physical_marks(UN29["un29-aer-mining-project-manager"]["description"].lower())


def test_mine_site_synthetic_variant() -> None:
    # SYNTHETIC: a mining title, a mine site's words, no crypto word
    result = tag_posting(
        title="Senior Mining Supervisor",
        description=(
            "Join our open pit copper operation. You will supervise mining crews on a 2:1 FIFO roster, "
            "manage haulage and drill and blast schedules, and report tonnes moved against the mine plan."
        ),
    )
    assert "crypto" not in result.sector


def test_bitcoin_mining_site_stays_crypto() -> None:
    # SYNTHETIC: the same site words at a bitcoin miner keep the crypto tag
    result = tag_posting(
        title="Mining Site Supervisor",
        description=(
            "Supervise our bitcoin mining site: rosters for the crews, haul roads, fleet uptime and hash rate. "
            "You will report tonnes of equipment shipped and site power."
        ),
    )
    assert "crypto" in result.sector


# --- membership of the wider crypto / AI community ---------------------------------------------------------------------


def test_wider_crypto_community_is_the_employers_own() -> None:
    text = UN29["un29-0l-community-manager"]["description"]  # real (unseen29)
    assert member_sectors(text) == {"crypto"}
    assert tag_item(UN29["un29-0l-community-manager"], company_blind=True).sector == ["crypto"]


@pytest.mark.parametrize(
    ("text", "sectors"),
    [
        # SYNTHETIC: a community lead who represents the company in the broader Web3 ecosystem
        ("You will represent us across the broader Web3 ecosystem and grow our Discord.", {"crypto"}),
        # SYNTHETIC: a research lab that publishes for the wider AI research community
        ("We publish our results openly and contribute to the wider AI research community.", {"ai"}),
        # SYNTHETIC: a market comment, not a community
        ("The broader crypto market fell sharply last year.", set()),
        # SYNTHETIC: a candidate's nice-to-have, not the company's membership
        ("Nice to have:\n- Active in the broader crypto community", set()),
    ],
)
def test_wider_community_synthetic_variants(text: str, sectors: set[str]) -> None:
    assert member_sectors(text) == sectors


# --- taxonomy: an exchange's P2P/OTC merchants, agent evaluations, a lender's decisioning model ------------------------


def test_p2p_merchants_and_fiat_trading_are_an_exchange() -> None:
    assert tag_item(UN29["un29-digifinex-otc-operations"], company_blind=True).sector == ["crypto"]  # real
    # SYNTHETIC: another exchange's P2P desk, no crypto word
    result = tag_posting(
        title="Merchant Operations Specialist",
        description=(
            "Grow our pool of P2P merchants in Nigeria and Kenya. "
            "Monitor fiat on-ramp orders and resolve payment disputes with merchants and users."
        ),
    )
    assert result.sector == ["crypto"]


def test_agent_evaluations_against_ground_truth_are_ai_work() -> None:
    assert tag_item(UN29["un29-claims-operations-expert"]).sector == ["ai"]  # real
    # SYNTHETIC: a tax expert writing evaluation tasks for frontier models
    result = tag_posting(
        title="Tax Domain Expert",
        description=(
            "Write realistic tax scenarios for frontier model evaluations. "
            "Each task needs a ground truth answer so that agent evaluations are reproducible."
        ),
    )
    assert result.sector == ["ai"]


def test_contact_centre_agent_performance_is_not_ai() -> None:
    # SYNTHETIC: "agent performance" of a support floor is no agent evaluation
    result = tag_posting(
        title="Contact Centre Team Lead",
        description="Coach the team, review agent performance weekly and run customer satisfaction surveys.",
    )
    assert result.sector == []


def test_a_lenders_decisioning_model_is_not_ai() -> None:
    assert tag_item(UN29["un29-cashera-head-of-credit"]).sector == []  # real
    # SYNTHETIC: a credit policy role at another lender
    result = tag_posting(
        title="Credit Policy Manager",
        description=(
            "Own the credit policy and work with analysts on the automated credit decisioning model. "
            "Experience with an ML-based decisioning model at a fintech lender is required."
        ),
    )
    assert "ai" not in result.sector


# --- an opening tagline is the employer's pitch (tagging/taglines.py) -------------------------------------------------


def test_opening_tagline_reads_as_self_description() -> None:
    item = by_id("unseen23")["un23-dod-stokera-openings"]  # real (unseen23): "... on the blockchain. Made in Germany."
    assert tagline_sectors(item["description"]) == {"crypto"}
    assert tag_item(item, company_blind=True).sector == ["crypto"]


@pytest.mark.parametrize(
    ("text", "sectors"),
    [
        # SYNTHETIC: a verbless pitch under the company's heading and URL
        (
            "## Ledgerly\n\nhttps://ledgerly.example\n\nTokenized invoices for African SMEs, settled in stablecoins.",
            {"crypto"},
        ),
        # SYNTHETIC: an AI product's one-liner
        ("Speech recognition models for courtroom audio. Built in Chennai.", {"ai"}),
        # SYNTHETIC: a pitch that only uses the thing is no self-description
        ("Payroll software for restaurants, powered by machine learning.", set()),
        # SYNTHETIC: a hiring line names the role, not the company's product
        ("We are looking for an accountant who knows blockchain reconciliation tools.", set()),
        # SYNTHETIC: a field label
        ("Industry: Artificial Intelligence and Machine Learning consulting", set()),
    ],
)
def test_tagline_synthetic_variants(text: str, sectors: set[str]) -> None:
    assert tagline_sectors(text) == sectors


# --- a technology that lets the company do its business is a means (tagging/means_clauses.py) ---------------------------


def test_ml_that_lets_a_lender_lend_is_no_ai_company() -> None:
    item = UN29["un29-payjoy-accounting-manager"]  # real: "... anti-fraud AI allow us to offer the lowest cost ..."
    assert tag_item(item).sector == []
    assert tag_item(item, company_blind=True).sector == []


def test_means_clause_synthetic_variants() -> None:
    # SYNTHETIC: an insurer whose About paragraph says what its models let it do
    insurer = (
        "About Nimbus Cover\nNimbus Cover is a digital insurer for small fleets. Our machine learning and pricing models allow us "
        "to quote a policy in seconds.\n\nAbout the role\nYou will handle claims from first notice to settlement."
    )
    assert tag_posting(title="Claims Handler", description=insurer, company="Nimbus Cover").sector == []
    # SYNTHETIC: an AI lab keeps its self-description whatever its models let it do
    lab = (
        "About Orrery\nOrrery is an AI research lab training foundation models for chemistry. Our models allow us to "
        "propose new catalysts every week.\n\nAbout the role\nYou will run payroll and the books for our 40 people."
    )
    assert tag_posting(title="Finance Associate", description=lab, company="Orrery").sector == ["ai"]
    # SYNTHETIC: a person to help us is no means
    hire = "We are looking for a Machine Learning Engineer to help us build ranking models."
    assert without_means(hire) == hire
