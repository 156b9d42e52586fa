"""Issue 18's false positives: industry senses (mining, agents, models, tokens), AI or crypto tools used rather than
built, boilerplate about other companies of a group. Texts are SYNTHETIC sentences in the wording such postings use;
the real postings these cases come from are in the dev set (pg2-lseg-pki-architect, pg2-salesforce-pki)."""

from __future__ import annotations

import pytest

from talentintel.tagging import tag_posting


@pytest.mark.parametrize(
    ("title", "description"),
    [
        ("Mining Engineer", "Plan drill and blast for our open pit mine site in the Pilbara; FIFO roster."),
        ("Maintenance Planner", "Support mining operations and haul fleet availability at an underground copper mine."),
        ("Leasing Agent", "Work with our leasing agents and sales agents to fill units."),
        ("3D Artist", "Build 3D models and scale models for architecture clients."),
        ("PKI Engineer", "Own certificate profiles, crypto agility and post-quantum cryptography for the bank."),
        ("QA Engineer", "You will use ChatGPT and other LLMs as tools to draft test cases for our payroll app."),
        ("Frontend Developer", "熟练使用 AI 编程助手（如 Cursor、Copilot）提升效率，负责电商平台前端开发。"),
        ("Support Specialist", "Resolve SSO issues: refresh tokens, access tokens and SAML assertions."),
    ],
)
def test_industry_senses_and_tools_are_not_sector_evidence(title: str, description: str) -> None:
    assert tag_posting(title=title, description=description).sector_class == "none"


def test_other_group_companies_in_boilerplate_do_not_tag_the_posting() -> None:
    text = (
        "We are a retail bank serving families across the region.\n"
        "Our group companies include Example Crypto Exchange, Example Wallet and Example Bitcoin Custody.\n"
        "You will manage branch operations and customer service."
    )
    assert tag_posting(title="Branch Manager", description=text).sector_class == "none"


def test_mixed_scripts_read_latin_words_glued_to_cjk() -> None:
    result = tag_posting(title="[远程] web3公司诚聘 Golang 工程师", description="负责DeFi协议后端开发，熟悉智能合约。")
    assert result.sector_class == "crypto"
    ai = tag_posting(title="【广州】AI独角兽直招：大模型应用开发工程师", description="负责大模型推理服务开发")
    assert ai.sector_class == "ai"


def test_a_boards_keyword_tags_are_mentions_not_a_theme() -> None:
    # Saramin listing (dev set sr-49476675): a React/PHP/Python job whose tag cloud includes deep learning.
    tags = "Python, 딥러닝, 솔루션, AWS, 머신러닝"
    assert tag_posting(title="[재택근무] REACT · PHP · PYTHON 개발자 모집", description=tags).sector_class == "none"
    # Hangul glued to a Latin word ("AI연구원") still reads the Latin word.
    assert tag_posting(title="[RippleAI] AI연구원 모집", description=tags).sector_class == "ai"
