"""Company knowledge from the employer's own text: the posting's About paragraph, a board's company blurb, coined
names, and name collisions settled by what the company says it is.

Real texts are verbatim excerpts of tests/fixtures/tagging/unseen5.jsonl items (each test names the item; its
`source` field holds the page URL). Texts marked SYNTHETIC were written for the test.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from talentintel.tagging import tag_posting
from talentintel.tagging.about import about_section
from talentintel.tagging.company import CompanyContext, company_knowledge
from talentintel.tagging.evaluate import item_context
from talentintel.tagging.text import plain_text

UNSEEN5 = Path(__file__).parents[1] / "fixtures" / "tagging" / "unseen5.jsonl"


def _item(ident: str) -> dict:
    for line in UNSEEN5.read_text(encoding="utf-8").split("\n"):
        if line.strip() and json.loads(line)["id"] == ident:
            return json.loads(line)
    raise KeyError(ident)


def _tag(item: dict):  # type: ignore[no-untyped-def]
    return tag_posting(
        title=item["title"],
        description=item["description"],
        company=item["company"],
        locations=[item["location"]] if item["location"] else [],
        context=item_context(item),
    )


# --- the About paragraph ---------------------------------------------------------------------------------------------


def test_about_heading_with_the_company_name_ends_at_the_role() -> None:
    # Apollo Research, Finance Associate (jobs.lever.co/apolloresearch): "ABOUT APOLLO RESEARCH" ... "THE OPPORTUNITY"
    text = plain_text(_item("un5-apolloresearch-finance-associate")["description"])
    about = about_section(text, "Apollo Research")
    assert about.startswith("ABOUT APOLLO RESEARCH\nApollo Research is an AI safety organisation")
    assert "second full-time Finance hire" not in about  # the role's own section is not the company's


def test_a_text_opening_with_the_company_is_its_about_paragraph() -> None:
    # Cartesia, Research Intern (filtrjobs.com): no heading, the first sentence is the company saying what it builds
    text = _item("un5-cartesia-research-intern")["description"]
    assert about_section(text, "Cartesia").startswith("Cartesia is looking to build the next generation of AI")
    assert about_section(text, "Another Company") == ""


@pytest.mark.parametrize(
    ("text", "expected"),
    [  # SYNTHETIC headings in the languages the tagger reads
        (
            "关于我们\n我们是一家区块链基础设施公司。\n岗位职责\n1. 负责财务核算",
            "关于我们\n我们是一家区块链基础设施公司。",
        ),
        (
            "회사 소개\n블록체인 지갑을 만드는 스타트업입니다.\n주요업무\n- 회계 결산",
            "회사 소개\n블록체인 지갑을 만드는 스타트업입니다.",
        ),
        ("会社概要\n生成AIを開発する会社です。\n業務内容\n経理全般", "会社概要\n生成AIを開発する会社です。"),
        ("Über uns\nWir bauen KI-Modelle.\nAufgaben\n- Buchhaltung", "Über uns\nWir bauen KI-Modelle."),
        ("About the role\nYou will run payroll.", ""),  # the job, not the company
        ("Tell us about yourself in the cover letter.", ""),
    ],
)
def test_about_headings_in_several_languages(text: str, expected: str) -> None:
    assert about_section(text, "Example") == expected


def test_the_about_paragraph_makes_a_finance_role_at_an_ai_company_ai() -> None:
    # Goodfire, Finance Manager (job-boards.greenhouse.io/goodfire): "About Goodfire Goodfire is a research company
    # using interpretability to understand, learn from, and design AI systems..."
    result = _tag(_item("un5-goodfire-finance-manager"))
    assert result.sector_class == "ai"
    assert any(line.startswith("ai: the posting's About paragraph") for line in result.evidence["company"])


def test_an_about_paragraph_naming_a_crypto_customer_does_not_make_a_card_company_crypto() -> None:
    # Cardless, Payment Operations Manager (bluedoor.sh): "We've launched 14 credit cards, including for Coinbase"
    assert _tag(_item("un5-cardless-payment-operations-manager")).sector_class == "none"


# --- the company's own text ------------------------------------------------------------------------------------------


def test_a_listed_name_whose_own_description_says_ai_is_another_company() -> None:
    # Lightning AI, Accounting Manager (Greenhouse content intro "Lightning AI is the company behind PyTorch
    # Lightning"): the crypto list's "Lightning" is another company.
    item = _item("un5-lightningai-accounting-manager")
    assert company_knowledge("Lightning AI").prior.get("crypto")  # the collision this settles
    result = _tag(item)
    assert result.sector_class == "ai"
    assert any("its own description is not" in line for line in result.evidence["company"])


def test_a_short_blurb_and_a_coined_name_agree_on_the_intersection() -> None:
    # ChainGPT, Head of Accounting (goapplyjob): board blurb "Ranked #1 for Web3-AI infrastructure! Unleash AI's power
    # with our tools for crypto trading, NFT creation, smart contract"; the accounting text says crypto only.
    result = _tag(_item("un5-chaingpt-head-of-accounting"))
    assert result.sector_class == "both"


def test_coined_names() -> None:
    assert company_knowledge("KeeperDAO").prior == {"crypto": 0.8}  # DAO: an acronym only crypto uses
    assert company_knowledge("ChainGPT").prior == {"ai": 0.7, "crypto": 0.7}
    assert company_knowledge("Story Protocol").prior == {"crypto": 0.7}
    assert company_knowledge("Chainguard").prior == {}  # supply-chain security: "chain" + a word that is no sector
    assert company_knowledge("Bitcoin").prior == {"crypto": 0.7}


def test_a_governance_role_at_a_dao_is_crypto() -> None:
    # KeeperDAO, Governance Secretary (daomatch.xyz): KIPs, forum, Snapshot votes; no sector word of its own
    assert _tag(_item("un5-keeperdao-governance-secretary")).sector_class == "crypto"


def test_a_company_description_that_only_mentions_a_sector_tags_nothing_alone() -> None:
    # SYNTHETIC: one passing mention of AI in a blurb is weak evidence, not a decision
    ctx = CompanyContext(description="Harbor Foods delivers groceries; we use AI to plan routes.")
    result = tag_posting(title="Warehouse Associate", company="Harbor Foods", context=ctx)
    assert result.sector_class == "none"
