"""Text rules for employers no list names (issue 18, unseen batch 4: tests/fixtures/tagging/unseen4.jsonl, real
postings cited per item): Chinese duty lists, crypto and AI words in Chinese, Korean and Japanese, the crypto x AI
proximity in scripts without spaces, AI tools used, and acronyms in titles that are no places.

Strings written here to pin a rule are SYNTHETIC (marked so); the batch items are real.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from talentintel.tagging import tag_posting
from talentintel.tagging.evaluate import load_devset, tag_item
from talentintel.tagging.sector import _cjk_intersection_hits, _keyword_list

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "tagging"
BATCH4 = load_devset(FIXTURES / "unseen4.jsonl")
# Misses left after the rules below, each a posting whose sector only the employer decides: a community supervisor
# whose one crypto word is "blockchain communities" (in a nice-to-have), a community operator of an AI data company
# saying only "AI programs". (The spec writer's required "Knowledge and understanding of blockchain technologies"
# reads crypto since tag47, required_background.py.)
KNOWN_MISSES = {
    "un4-myjob-moderator-df8b",
    "un4-jobboardph-community-ops-3957574720",
}


@pytest.mark.parametrize("item", BATCH4, ids=lambda i: i["id"])
def test_batch4_sector(item: dict) -> None:
    if item["id"] in KNOWN_MISSES:
        pytest.xfail("only knowledge of the employer decides this one")
    assert sorted(tag_item(item).sector) == sorted(item["label_sector"])


def _sector(description: str, title: str = "工程师", company: str = "") -> list[str]:
    return sorted(tag_posting(title=title, description=description, company=company).sector)


def test_chinese_duty_list_is_no_tag_cloud() -> None:
    # real: m-pre.zhaopin.com/jobs/CC375516680J40835334412.htm, a duty written as a list of clauses
    duty = next(i for i in BATCH4 if i["id"] == "un4-zhaopin-CC375516680J40835334412")["description"]
    assert not _keyword_list(duty.split("\n")[0].lower())
    assert _sector(duty, title="") == ["ai"]
    # a real tag cloud stays one (dev item sr-49176612: "Python, 딥러닝, 머신러닝, 웹개발, 백엔드/서버개발")
    assert _keyword_list("python, 딥러닝, 머신러닝, 웹개발, 백엔드/서버개발")


@pytest.mark.parametrize(
    ("description", "sector"),
    [  # SYNTHETIC sentences, one rule each
        ("负责钱包助记词管理与冷钱包签名服务的开发，设计通证激励模型。", ["crypto"]),
        ("负责中心化交易所撮合引擎与币种上线流程的开发。", ["crypto"]),
        ("스테이킹 서비스와 온체인 데이터 파이프라인을 개발합니다. 영지식 증명 회로를 설계합니다.", ["crypto"]),
        ("ビットコインとイーサリアムのステーキング基盤を開発します。分散型取引所の運用も担当します。", ["crypto"]),
        ("负责语言模型的指令微调与分布式训练。优化大模型推理框架。", ["ai"]),
        ("LLM 파인튜닝과 언어 모델 학습을 담당합니다. 멀티모달 모델을 연구합니다.", ["ai"]),
        ("強化学習と基盤モデルの研究開発を行います。言語モデルのファインチューニングを担当します。", ["ai"]),
        # using AI at work is not building it
        ("负责社群运营。能熟练使用AI提升文案效率。", []),
        ("운영 업무를 담당합니다. AI를 활용하여 업무 효율을 높입니다.", []),
    ],
)
def test_words_in_three_scripts(description: str, sector: list[str]) -> None:
    assert _sector(description) == sector


def test_korean_crypto_is_weak_in_a_name() -> None:
    # real dev item sr-49435007: (주)크립토랩 builds homomorphic encryption; its tag cloud names no coin
    assert (
        _sector(
            "Python, Linux, 머신러닝, S/W, SDK", title="소프트웨어 엔지니어 인턴 모집 (Python)", company="(주)크립토랩"
        )
        == []
    )


def test_cjk_crypto_ai_proximity() -> None:
    # SYNTHETIC: a network word and an AI word close together describe one product
    assert _cjk_intersection_hits("我们在构建基于区块链的ai智能体平台")
    assert _cjk_intersection_hits("블록체인 기반 ai 에이전트를 개발합니다")
    assert _cjk_intersection_hits("链上ai agent 交易系统")
    # ... far apart, or a Latin word containing "ai", they do not
    assert not _cjk_intersection_hits(
        "公司成立于2018年，主营区块链钱包业务，团队来自各大互联网公司，其中也有做过ai的同学"
    )
    assert not _cjk_intersection_hits("区块链 chain 节点运维")


@pytest.mark.parametrize(
    ("title", "regions"),
    [
        ("Artificial Intelligence (AI) Associate", []),  # real: justjob.co.in/10526
        ("Staff Account Receivable (AR) & Pajak Administrasi", []),  # real: integrasi-edukasi.org
        ("Quality Assurance (QA) Engineer", []),  # SYNTHETIC
        ("Sales Engineer (DE)", ["europe"]),  # SYNTHETIC: a code that abbreviates nothing before it is a place
    ],
)
def test_acronyms_in_titles_are_no_places(title: str, regions: list[str]) -> None:
    assert tag_posting(title=title, description="", company="").regions == regions


def test_short_listing_with_one_core_term() -> None:
    # real dev item pg2-transak-compliance (a few lines naming crypto once) is crypto without knowing the employer
    item = next(i for i in load_devset(FIXTURES / "devset.jsonl") if i["id"] == "pg2-transak-compliance")
    assert sorted(tag_item(item, company_blind=True).sector) == ["crypto"]
    # SYNTHETIC: the same few lines saying the sector is used, or merely tried, stay untagged
    assert _sector("Acme uses machine learning to price loans.", title="Marketing Manager") == []
    assert _sector("We are a payments company exploring blockchain.", title="Marketing Manager") == []


def test_ml_in_compliance_lingo_is_money_laundering() -> None:
    # real dev item pg2-cryptocom-fincrime-madrid: "review customer accounts for ML/FT risks"
    text = "You will review customer accounts for ML/FT risks and support AML/CFT procedures."
    assert "ai" not in tag_posting(title="Financial Crimes Analyst", description=text, company="").sector


def test_full_remote_is_global() -> None:
    # real: myjob.one/jobs/customer-service-ed87 ("Full remote work with flexible scheduling")
    item = next(i for i in BATCH4 if i["id"] == "un4-myjob-customer-service-ed87")
    assert tag_item(item).regions == ["global"]


def test_short_listing_preference_is_no_theme() -> None:
    # SYNTHETIC short listings: the sector named as a preference, not as the job
    assert _sector("负责后端服务开发。\n有大模型经验者优先。", title="Go后端工程师") == []
    assert _sector("Build our payments APIs in Go.\nExperience with LLMs is a plus.", title="Backend Engineer") == []
    # ...and named as the job it counts (SYNTHETIC)
    assert _sector("我们是一个Web3项目，招聘Go后端工程师，负责链上数据服务。", title="Go后端工程师") == ["crypto"]


def test_cjk_proximity_in_a_preference_is_no_intersection() -> None:
    # SYNTHETIC: both words near each other, but as a nice-to-have
    assert not _cjk_intersection_hits("熟悉公链生态，了解ai者优先")
    assert not _cjk_intersection_hits("블록체인 및 ai 경험자 우대")
