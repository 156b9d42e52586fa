"""Rules from unseen_hs12 (tests/fixtures/tagging/unseen_hs12.jsonl: the session-12 holdout, scored once by the lead
and then tuning data; issue 18, branch tag48): a tie among an employer's other postings is no majority
(tagging/mixed_employers.py); a katakana place name cut from a longer katakana word is no place
(tagging/katakana_words.py); an AI division named in a title whose role words decide crypto is not the job
(tagging/ai_use_titles.py); a wallet listed among a title's consumer products is a payment app
(tagging/title_products.py).

Strings written here to pin a rule are SYNTHETIC (marked so, with invented company names); the batch items are real.
"""

from __future__ import annotations

import pytest

from talentintel.tagging.company import CompanyContext
from talentintel.tagging.evaluate import load_devset, tag_item, tag_items
from talentintel.tagging.katakana_words import cut_from_word
from talentintel.tagging.mixed_employers import even_split
from talentintel.tagging.tagger import tag_posting
from tests.tagging.batches import FIXTURES, by_id

HS12 = by_id("unseen_hs12")


def _countries(title: str) -> list[str]:
    return tag_posting(title=title, description="", company=None, locations=[]).countries


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


# --- a katakana place cut from a longer word ----------------------------------------------------------------------------


def test_backbone_is_no_sierra_leone() -> None:
    item = HS12[
        "hs12-sakura-backbone-network"
    ]  # "バックボーンネットワークエンジニア": "ボー" (Bo) inside "バックボーン"
    for company_blind in (False, True):
        result = tag_item(item, company_blind=company_blind)
        assert (result.regions, result.countries) == ([], [])


def test_katakana_places_before_a_word_start_stay() -> None:
    assert _countries("ロンドンオフィス勤務のエンジニア") == ["GB"]  # SYNTHETIC: the London office
    assert _countries("シンガポール拠点 バックエンドエンジニア") == ["SG"]  # SYNTHETIC
    assert _countries("ボーンマス拠点のデザイナー") == ["GB"]  # SYNTHETIC: Bournemouth, the longer name, still found


def test_cut_from_word() -> None:
    assert cut_from_word("バックボーン", 5)  # "ボー" then ン
    assert not cut_from_word("ロンドンオフィス", 4)  # オ begins a word
    assert not cut_from_word("東京ン", 2)  # a Han name is not a katakana word's cut
    assert not cut_from_word("ボー", 2)  # the run ends with the name


# --- an AI division named in a crypto role's title ----------------------------------------------------------------------


def test_crypto_engineer_in_ai_division_is_crypto() -> None:
    item = HS12["hs12-coincheck-crypto-engineer-ai-division"]  # "【正社員】クリプトエンジニア（開発・AI本部）"
    for company_blind in (False, True):
        assert tag_item(item, company_blind=company_blind).sector == ["crypto"]


@pytest.mark.parametrize(
    ("title", "sector"),
    [
        ("ブロックチェーンエンジニア（AI事業部）", ["crypto"]),  # SYNTHETIC
        ("Smart Contract Engineer (AI Division)", ["crypto"]),  # SYNTHETIC
        ("エンジニア（AI本部）", ["ai"]),  # SYNTHETIC: no other sector in the title, an engineer of the AI division
        ("AIエンジニア（AI本部）", ["ai"]),  # SYNTHETIC: its own AI title term
        ("Blockchain Engineer, AI", ["ai", "crypto"]),  # SYNTHETIC: "AI" that names no division is left as it was
    ],
)
def test_ai_division_titles(title: str, sector: list[str]) -> None:
    assert sorted(_sector(title)) == sector


# --- a wallet among a title's consumer products ------------------------------------------------------------------------


def test_wallet_among_consumer_apps_is_no_crypto() -> None:
    item = HS12["hs12-ly-android-line-wallet"]  # "Androidエンジニア / Yahoo!マップ・…・Yahoo!知恵袋・LINEウォレット"
    for company_blind in (False, True):
        assert tag_item(item, company_blind=company_blind).sector == []


@pytest.mark.parametrize(
    "title",
    ["iOS Engineer - Maps, Photos, Wallet", "서버 개발자 (지도, 쇼핑, 페이, 지갑)", "前端工程师（地图、外卖、钱包）"],
)  # SYNTHETIC
def test_listed_wallets_are_payment_apps(title: str) -> None:
    assert _sector(title) == []


@pytest.mark.parametrize(
    "title",
    [
        "ジュニアウォレットエンジニア",  # the real hs12-hashport-junior-wallet-engineer title: the one product
        "Wallet Engineer",  # SYNTHETIC
        "Backend Engineer (Wallet, Staking, NFT)",  # SYNTHETIC: other crypto terms in the list
        "【正社員】ブロックチェーンエンジニア（コールドウォレット G）",  # the real hs12-coincheck-cold-wallet-engineer title
    ],
)
def test_wallet_teams_stay_crypto(title: str) -> None:
    assert _sector(title) == ["crypto"]
