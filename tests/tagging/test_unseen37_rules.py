"""Rules from unseen37 (tests/fixtures/tagging/unseen37.jsonl: Korean RocketPunch and Chinese Zhaopin listings at
unlisted employers, scored once before these rules; issue 18, branch tag50): data and text mining are no coin mining
(taxonomy [cjk] neutral, cjk_terms.py); a use word after the clause that says what the employer makes refers to the
thing made (tagging/built_first.py); a company centred on AI technology in Korean ("AI 기술 중심의") is an AI employer
(taxonomy [cjk] ai); Latin letters glued to Hangul or Han on both sides are part of a name, not a country code
(locations._GLUED_LATIN).

Strings written here to pin a rule are SYNTHETIC (marked so, with invented company names); the batch items are real.
"""

from __future__ import annotations

from talentintel.tagging.built_first import use_hedged
from talentintel.tagging.evaluate import tag_item
from talentintel.tagging.locations import locate
from talentintel.tagging.tagger import tag_posting
from tests.tagging.batches import by_id

UN37 = by_id("unseen37")


def _sector(title: str, description: str) -> list[str]:
    return tag_posting(title=title, description=description, company=None, locations=[]).sector


# --- data mining is not coin mining ---------------------------------------------------------------------------------


def test_data_mining_title_is_ai_not_both() -> None:
    item = UN37["u37-rp-buzzni-ml-vision"]  # "데이터마이닝/ 머신러닝/이미지처리"
    assert tag_item(item).sector == ["ai"]
    assert tag_item(item, company_blind=True).sector == ["ai"]


def test_mining_words_of_data_carry_no_crypto() -> None:
    # SYNTHETIC: data / text / process mining in Korean and Japanese, nothing else
    for title in (
        "데이터 마이닝 엔지니어",
        "텍스트마이닝 연구원",
        "データマイニング担当",
        "プロセスマイニング コンサルタント",
    ):
        assert "crypto" not in _sector(title, ""), title


def test_bare_mining_word_keeps_its_crypto_weight() -> None:
    # SYNTHETIC: the bare word is still a (weak) crypto term beside a strong one
    assert _sector("마이닝 풀 운영", "비트코인 마이닝 풀을 운영하는 블록체인 회사입니다.") == ["crypto"]


# --- a use word after "X를 만들고" ----------------------------------------------------------------------------------

# the real company line (u37-rp-greenstage-*, a RocketPunch company page)
EXCHANGE_MAKER = "암호화폐 거래소를 만들고 이를 활용할 수 있는 플래폼을 제공합니다"


def test_exchange_makers_plain_roles_are_crypto() -> None:
    for key in ("u37-rp-greenstage-hr-admin", "u37-rp-greenstage-frontend"):
        assert tag_item(UN37[key]).sector == ["crypto"], key
        assert tag_item(UN37[key], company_blind=True).sector == ["crypto"], key


def test_use_word_after_a_making_clause_does_not_hedge() -> None:
    assert not use_hedged(EXCHANGE_MAKER)
    # SYNTHETIC: Japanese を開発し before 活用
    assert not use_hedged("暗号資産取引所を開発し、それを活用したサービスを提供します")


def test_use_word_before_or_without_a_making_clause_still_hedges() -> None:
    # SYNTHETIC: the employer uses AI; a making clause after the use word does not lift the hedge
    assert use_hedged("AI를 활용하여 마케팅 플랫폼을 만들고 있습니다")
    assert use_hedged("熟练使用AI工具")
    assert not use_hedged("블록체인 지갑 서비스")


# --- a company centred on AI technology -----------------------------------------------------------------------------


def test_ai_centred_studio_is_an_ai_employer() -> None:
    item = UN37["u37-rp-skelterlabs-software-engineer"]  # "AI 기술 중심의 글로벌 테크 스타트업 스튜디오"
    assert tag_item(item).sector == ["ai"]
    assert tag_item(item, company_blind=True).sector == ["ai"]


def test_ai_technology_as_a_tool_stays_weak() -> None:
    # SYNTHETIC: "AI 기술" used, not the company's centre
    assert _sector("마케터", "자사 쇼핑몰 운영에 AI 기술을 도입했습니다. 온라인 마케팅 경험자를 찾습니다.") == []


# --- Latin letters inside a Korean name -----------------------------------------------------------------------------


def test_it_tower_in_incheon_is_no_italy() -> None:
    item = UN37["u37-rp-onsquare-ml-mobile-dev"]  # "인천 남구 도화동 인천IT타워 414호"
    assert tag_item(item).regions == ["asia"]
    assert locate(item["location"]).countries == ("KR",)


def test_a_spaced_code_beside_cjk_still_counts() -> None:
    # SYNTHETIC: a code set off by a separator is still read ("上海/US" names two countries)
    assert set(locate("上海/US").countries) == {"CN", "US"}
    assert locate("서울 KR").countries == ("KR",)
