"""Rules from the unseen39 batch (issue 18, branch tag53). Real sentences are quoted with their citation; SYNTHETIC
variants are marked."""

from __future__ import annotations

from talentintel.tagging.cjk import cjk_places
from talentintel.tagging.customer_places import without_customer_places
from talentintel.tagging.latin_addresses import address_countries
from talentintel.tagging.locations import locate, locate_in_text
from talentintel.tagging.tagger import tag_posting


def test_japanese_language_is_no_place() -> None:
    # github:0h-n0/0h-n0.github.io _posts/blog/2022-11-02-Machine-Learning_career.md @44355f36 (ExaWizards row)
    assert cjk_places("ビジネスレベル以上の日本語能力をお持ちの方", global_words=False).countries == ()
    assert cjk_places("한국어 가능자 우대", global_words=False).countries == ()  # SYNTHETIC
    assert cjk_places("中国語が話せる方", global_words=False).countries == ()  # SYNTHETIC


def test_places_beside_language_words_still_read() -> None:
    assert cjk_places("勤務地：日本 東京都", global_words=False).countries == ("JP",)  # SYNTHETIC
    assert cjk_places("서울어린이대공원 근처 사무실").countries == ("KR",)  # SYNTHETIC: 서울 + 어린이 is no language


def test_english_district_beside_hcm_is_vietnam() -> None:
    # github:zidane168/job-resource2 src/data/jobs.ts @7b6aae8e, jobCode AN638 and PV3
    assert address_countries("Remote, Hybrid, HCM, District 1, Da Kao") == ("VN",)
    assert address_countries("Onsite, HCM, District 4") == ("VN",)
    assert address_countries("District 3, Hà Nội") == ("VN",)  # SYNTHETIC
    assert address_countries("Workday HCM consultant") == ()  # HCM alone stays human capital management


def test_helped_businesses_name_the_market() -> None:
    # github:zidane168/job-resource2 src/data/jobs.ts @7b6aae8e, jobCode NonIT-PW3
    text = (
        "With a startup spirit and a regional vision, we aim to help businesses in Singapore and across Asia access "
        "essential financial solutions through technology"
    )
    assert "Singapore" not in without_customer_places(text)
    assert "Singapore" in without_customer_places("Our office in Singapore helps us grow")  # SYNTHETIC


def test_unseen39_items() -> None:
    result = tag_posting(
        title="Senior Full Stack Web3 Engineer",
        locations=["Remote, Hybrid, HCM, District 1, Da Kao"],
        description="Hands-on experience with Web3 technologies (EVM, Solidity, ethers.js/web3.js).",
    )
    assert result.countries == ["VN"] and result.sector_class == "crypto"


def test_logos_in_running_text_is_no_lagos() -> None:
    # real: un38-jobsonlineafrica-logos-messaging-rust — "Logos is dedicated to fostering the decentralized web" read
    # Nigeria through GeoNames' alternate name of Lagos (session 14, lead)
    assert not locate_in_text("Logos is dedicated to fostering the decentralized web").countries
    # SYNTHETIC: the city as texts write it, and the alternate name in a location field
    assert locate_in_text("Our office is in Lagos, Nigeria.").countries == ("NG",)
    assert locate("Logos").countries == ("NG",)
