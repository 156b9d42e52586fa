"""Company knowledge as evidence (pure): the strongest source per sector, readable evidence lines, name collisions
settled by domain, and no knowledge from a posting's own words.

Company names, descriptions and titles here are SYNTHETIC unless a real item is cited.
"""

from __future__ import annotations

from talentintel.tagging import tag_posting
from talentintel.tagging.company import CompanyContext, company_knowledge, fingerprint


def test_postings_share_gives_the_prior_with_the_issue_wording() -> None:
    k = company_knowledge("Lumen Ledgerworks", CompanyContext(postings={"crypto": 8, "none": 3}))
    assert k.prior["crypto"] >= 0.8
    assert "crypto: company: 8 of 11 postings crypto" in k.summary()
    few = company_knowledge("Lumen Ledgerworks", CompanyContext(postings={"crypto": 2}))
    assert few.prior == {}  # two postings say little about a company


def test_backing_funds_lean_but_do_not_decide_alone() -> None:
    k = company_knowledge("Harbor Nine", CompanyContext(investors=("Paradigm", "Sequoia Capital")))
    assert "crypto: backed by Paradigm" in k.summary()
    office = tag_posting(title="Office Manager", company="Harbor Nine", context=CompanyContext(investors=("Paradigm",)))
    assert office.sector_class == "none"  # a crypto fund's portfolio company is not crypto on that alone
    two = tag_posting(
        title="Office Manager",
        company="Harbor Nine",
        context=CompanyContext(investors=("Paradigm", "Multicoin Capital")),
    )
    assert two.sector_class == "none"
    board = tag_posting(
        title="Smart wallet onboarding lead", company="Harbor Nine", context=CompanyContext(board="Paradigm")
    )
    assert board.sector_class == "crypto"  # the fund board tips a weak posting ("wallet")


def test_description_decides_a_posting_with_no_sector_word() -> None:
    ctx = CompanyContext(description="We build a decentralized GPU network for AI inference, paid onchain in USDC.")
    result = tag_posting(title="Director of Operations", company="Gridmind", context=ctx)
    assert result.sector_class == "both"
    assert any(line.startswith("ai: company description") for line in result.evidence["company"])
    assert result.evidence["text_class"] == "none"


def test_name_collision_is_settled_by_domain() -> None:
    energy = tag_posting(
        title="Software Engineer", company="Kraken Technologies", context=CompanyContext(domain="kraken.tech")
    )
    assert energy.sector_class == "none"
    assert "not" in energy.evidence["company"][0]
    exchange = tag_posting(title="Software Engineer", company="Kraken", context=CompanyContext(domain="www.kraken.com"))
    assert exchange.sector_class == "crypto"


def test_ai_in_the_company_name_counts() -> None:
    # "Relevance AI" is the issue's example of an AI company name left below the threshold.
    result = tag_posting(title="Account Executive", company="Relevance AI")
    assert result.sector_class == "ai"
    assert tag_posting(title="Account Executive", company="Narya.ai").sector_class == "ai"
    assert tag_posting(title="Cook", company="AI Foods").sector_class == "none"  # a name that starts with it


def test_fingerprint_changes_with_the_knowledge() -> None:
    a = company_knowledge("Lumen", CompanyContext(postings={"crypto": 8, "none": 3}))
    b = company_knowledge("Lumen", CompanyContext(postings={"crypto": 3, "none": 8}))
    assert fingerprint(a) != fingerprint(b)
    assert fingerprint(a) == fingerprint(company_knowledge("Lumen", CompanyContext(postings={"crypto": 8, "none": 3})))


def test_the_postings_own_self_description_decides_a_title_with_no_sector_word() -> None:
    text = "Acme is a decentralized AI network for open models.\nYou will run finance, HR and office operations."
    assert tag_posting(title="Director of Operations", description=text).sector_class == "both"
    zh = "公司成立于2019年，是一家Crypto交易所，为全球提供现货交易。\n负责日常账务。"
    assert tag_posting(title="会计", description=zh).sector_class == "crypto"
    # A passing mention far from the self-description is still only a mention.
    bank = "We are a retail bank. Our app uses AI-powered fraud checks."
    assert tag_posting(title="Accountant", description=bank).sector_class == "none"
