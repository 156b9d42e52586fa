"""Hard cases one by one: negative contexts, boilerplate, intersections, and tricky location strings.

Inputs are synthetic one-liners written for these tests (not recorded postings), except where the id of a
dev-set item is named.
"""

from __future__ import annotations

import pytest

from talentintel.tagging import TagResult, locate, tag_posting, tag_text


def sector(title: str, description: str = "", company: str | None = None, **kw: object) -> str:
    return tag_posting(title=title, description=description, company=company, **kw).sector_class  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("title", "description"),
    [
        ("Supply Chain Analyst", "Own the supply chain planning for our stores and the cold chain."),
        ("Real Estate Agent", "Work with buyers as a licensed real estate agent; travel agent experience a plus."),
        ("Insurance Agent", "Sell policies as an insurance agent in the Dallas area."),
        ("Backend Engineer", "Implement OAuth access tokens, refresh tokens and JWT token validation for our API."),
        ("Mining Engineer", "Plan underground mining operations at the mine site; gold mining experience."),
        ("Staff Accountant", "Maintain the general ledger and perform ledger reconciliation each month."),
        ("Financial Analyst", "Build financial models and pricing models in Excel for the CFO."),
        ("Fashion Model", "Runway and print work for a fashion model agency."),
        ("Software Engineer", "We are an equal opportunity employer. We may use AI tools in our hiring process."),
        ("Marketing Manager", "Comfortable using AI tools like ChatGPT to speed up your work."),
        ("Account Executive, AI Sales", "Sell payments to fast-growing companies."),
    ],
)
def test_negative_contexts_are_not_sector_evidence(title: str, description: str) -> None:
    assert sector(title, description) == "none"


@pytest.mark.parametrize(
    ("title", "description", "expected"),
    [
        ("Smart Contract Engineer", "Write Solidity for our DeFi lending protocol.", "crypto"),
        ("Senior Machine Learning Engineer", "Train and serve LLMs; PyTorch.", "ai"),
        ("ML Engineer, zkML", "Prove neural network inference on-chain with zero-knowledge proofs.", "both"),
        ("Engineer, Decentralized GPU Compute", "Build a DePIN network renting GPUs for AI inference.", "both"),
        ("Blockchain-Entwickler (m/w/d)", "Entwicklung von Smart Contracts für Kryptowährungen.", "crypto"),
        ("Ingénieur Machine Learning", "Vous travaillerez sur l'intelligence artificielle générative.", "ai"),
        ("区块链工程师", "负责区块链与加密货币钱包开发", "crypto"),
    ],
)
def test_positive_signals(title: str, description: str, expected: str) -> None:
    assert sector(title, description) == expected


def test_company_prior_from_reference_lists_and_ml_role_at_exchange_is_both() -> None:
    result = tag_posting(title="Senior Machine Learning Engineer, Fraud", company="Coinbase")
    assert result.sector_class == "both"
    assert any(e["term"] == "company_prior" for e in result.evidence["crypto"])


def test_explicit_company_prior_overrides_reference_lists() -> None:
    assert sector("Office Manager", company="Fireblocks") == "crypto"
    assert sector("Office Manager", company="Fireblocks", company_prior={}) == "none"
    assert sector("Office Manager", company="Acme", company_prior={"crypto": 1.0}) == "crypto"


def test_ai_marketing_copy_of_non_ai_employer_is_not_ai() -> None:
    text = "Acme is the leading AI-powered analytics platform with AI agents for every team."
    assert sector("Account Executive", text, company="Acme") == "none"


def test_evidence_names_term_field_and_weight() -> None:
    result = tag_posting(title="Solidity Engineer", description="Audit smart contracts.")
    fields = {(e["term"], e["field"]) for e in result.evidence["crypto"]}
    assert ("solidity", "title") in fields and ("smart contracts", "description") in fields
    assert 0.5 < result.confidence["crypto"] <= 1.0 and result.confidence["ai"] < 0.5


@pytest.mark.parametrize(
    ("raw", "countries", "regions", "remote"),
    [
        ("NYC / London / Singapore", ("GB", "SG", "US"), ("asia", "europe", "us"), False),
        ("Remote - US", ("US",), ("us",), True),
        ("Remote (APAC)", (), ("asia", "oceania"), True),
        ("Remote, EMEA", (), ("africa", "europe", "mena"), True),
        ("Anywhere", (), ("global",), True),
        ("SF Bay Area", ("US",), ("us",), False),
        ("HK", ("HK",), ("asia",), False),
        ("Bengaluru, Karnataka, India", ("IN",), ("asia",), False),
        ("Bangalore", ("IN",), ("asia",), False),
        ("München", ("DE",), ("europe",), False),
        ("London, Ontario", ("CA",), ("canada",), False),
        ("Portland, OR", ("US",), ("us",), False),
        ("Dublin, OH", ("US",), ("us",), False),
        ("Patuxent River, MD", ("US",), ("us",), False),
        ("Tbilisi, Georgia", ("GE",), ("mena",), False),
        ("Atlanta, Georgia", ("US",), ("us",), False),
        ("Remote - Cyprus", ("CY",), ("europe",), True),  # an EU member: europe, whatever M49 says
        ("Cairo, Egypt", ("EG",), ("mena",), False),
        ("Lagos, Nigeria", ("NG",), ("africa",), False),
        ("São Paulo, Brazil", ("BR",), ("latam",), False),
        ("Sydney, NSW", ("AU",), ("oceania",), False),
        ("Remote (EST)", (), ("us",), True),
        ("Remote (UTC+8)", (), ("asia",), True),
        ("Remote", (), (), True),
        ("Hybrid - Paris", ("FR",), ("europe",), False),
        ("Zug or Remote", ("CH",), ("europe",), True),
    ],
)
def test_locate(raw: str, countries: tuple, regions: tuple, remote: bool) -> None:
    got = locate(raw)
    assert (got.countries, got.regions, got.remote) == (countries, regions, remote)


def test_title_places_count_only_when_the_location_names_no_concrete_place() -> None:
    emea = tag_posting(title="Senior Engineer - EMEA Remote", locations=["Paris, France"])
    assert emea.regions == ["europe"] and emea.countries == ["FR"]
    amer = tag_posting(title="Account Executive, Remote, AMER", locations=["New York, NY"])
    assert amer.regions == ["us"]
    widened = tag_posting(title="Account Executive - EMEA", locations=["Remote"])
    assert widened.regions == ["africa", "europe", "mena"]
    japan = tag_posting(title="Sales Director, Japan")
    assert japan.countries == ["JP"]
    languages = tag_posting(title="Sales Development Representative (German Speaking)")
    assert languages.regions == []


def test_tag_text_for_announcements() -> None:
    result: TagResult = tag_text(
        "Acme raises $20M to build decentralized GPU compute for AI inference\n"
        "The Lagos-based startup will open offices in Nairobi and Dubai."
    )
    assert result.sector_class == "both"
    assert result.regions == ["africa", "mena"]
    assert result.countries == ["AE", "KE", "NG"]


def test_html_description_and_string_location_are_accepted() -> None:
    result = tag_posting(
        title="Engineer",
        description="&lt;p&gt;Build &lt;b&gt;DeFi&lt;/b&gt; protocols on Ethereum.&lt;/p&gt;",
        locations="Berlin, Germany",  # type: ignore[arg-type]
    )
    assert result.sector_class == "crypto" and result.countries == ["DE"]
