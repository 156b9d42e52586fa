"""Rules from the unseen40 batch (issue 18, branch tag55). Real sentences are quoted with their row id in
tests/fixtures/tagging/unseen40.jsonl (citations in its PROVENANCE.md section); SYNTHETIC variants are marked."""

from __future__ import annotations

from talentintel.tagging.cjk import cjk_places
from talentintel.tagging.cloud_services import without_cloud_services
from talentintel.tagging.locations import locate_in_text
from talentintel.tagging.market_places import without_market_places
from talentintel.tagging.pay_places import pay_places
from talentintel.tagging.tagger import tag_posting

_FILLER = "\n\n## Requirements\n" + "- 5년 이상 경력, 원활한 커뮤니케이션이 가능한 분\n" * 12


def _countries(text: str) -> set[str]:
    return {c for _, loc in pay_places(text) for c in loc.countries}


# 1. a sector word glued inside a longer word or opening a brand's name
def test_defi_inside_a_hangul_loanword_is_no_crypto() -> None:
    # un40-wnt-igaworks-definery-backend
    text = "• 디파이너리는 온/오프라인의 다양한 채널에서 유입되는 고객 데이터를 통합, 분석하여 최적화된 CRM 전략을 지원하는 데이터 마케팅 플랫폼입니다."
    assert tag_posting(title="Backend Engineer", description=text + _FILLER, company_prior={}).sector == []
    # SYNTHETIC: DeFi itself, with a particle, stays crypto
    defi = "디파이는 탈중앙화 금융입니다. 디파이 프로토콜 개발 경험. 디파이나 NFT 서비스 경험."
    assert "crypto" in tag_posting(title="Backend Engineer", description=defi, company_prior={}).sector


def test_defi_opening_a_beauty_brand_name_is_no_crypto() -> None:
    # un40-wnt-definumber-performance-marketing
    text = "## About Company\n주식회사 디파이넘버는 역노화 전문 브랜드 'EGA'를 운영하고 있습니다.\nEGA는 AGE를 뒤집은 말로 EGA의 정체성을 나타냅니다."
    assert (
        tag_posting(title="Performance Marketing Lead", description=text + _FILLER, company="DeFi Number").sector == []
    )
    # SYNTHETIC: the same name at a company whose text names the sector keeps it
    crypto = text.replace("역노화 전문 브랜드 'EGA'를", "블록체인 기반 디파이 서비스를") + _FILLER
    assert "crypto" in tag_posting(title="Backend Engineer", description=crypto, company="DeFi Number").sector


# 2. US places stated only in pay or relocation lines
def test_place_headed_pay_range() -> None:
    assert _countries("**New York Pay Range: \\$201,900---\\$302,900 USD**") == {"US"}  # un40-krb-doordash-ml-voice
    assert _countries("Seattle Base Salary Range: $150,000 - $180,000") == {"US"}  # SYNTHETIC
    assert _countries("The Base Pay Range For This Position Is: $216,700") == set()  # un40-krb-reddit-mle-relevance


def test_relocation_place() -> None:
    # un40-krb-duolingo-ai-research
    assert _countries("Ability to relocate to New York, NY or Pittsburgh, PA") == {"US"}
    assert _countries("Relocation to Berlin is supported.") == {"DE"}  # SYNTHETIC


def test_based_postings_in_a_pay_notice() -> None:
    # un40-krb-reddit-mle-relevance
    text = "we share base pay ranges for all US-based job postings regardless of state."
    assert _countries(text) == {"US"}
    assert _countries("benefits to U.S.-based employees") == {"US"}  # same row
    assert _countries("Canada-based roles are paid in CAD.") == {"CA"}  # SYNTHETIC


def test_pay_place_only_without_location_field() -> None:
    text = "We build things.\n" * 20 + "**New York Pay Range: $201,900---$302,900 USD**"  # SYNTHETIC
    assert tag_posting(title="ML Engineer", description=text, company_prior={}).countries == ["US"]
    assert tag_posting(title="ML Engineer", description=text, locations=["London, UK"], company_prior={}).countries == [
        "GB"
    ]


# 3. markets, investors, partners and press are not the job's place
def test_product_markets_korean() -> None:
    # un40-wnt-mvl-blockchain-backend
    text = (
        "MVL TADA 는 현재 싱가폴, 캄보디아, 베트남 등 동남아시아 지역에서 운영되고 있는 글로벌 승차 공유 플랫폼으로써"
    )
    assert cjk_places(without_market_places(text), global_words=False).countries == ()
    assert (
        cjk_places(without_market_places("글로벌 200여명, 한국오피스 60여명으로 구성된"), global_words=False).countries
        == ()
    )


def test_investors_korean_and_english() -> None:
    # un40-wnt-hyperism-defi-vault
    text = "• 글로벌 사업: 한국 외 미국, 일본, 홍콩, 싱가포르 등의 주요 기관 투자자들의 자금을 7년 이상 안정적으로 운용"
    assert cjk_places(without_market_places(text), global_words=False).countries == ()
    assert cjk_places(without_market_places("아시아 최고의 암호화폐 금융 서비스"), global_words=False).regions == ()
    assert not locate_in_text(
        without_market_places("backed by investors in Japan and Korea")[20:]
    ).countries  # SYNTHETIC
    assert cjk_places(without_market_places("获得日本投资人的支持"), global_words=False).countries == ()  # SYNTHETIC
    assert cjk_places(without_market_places("日本の投資家から出資"), global_words=False).countries == ()  # SYNTHETIC


def test_partners_korean_and_english() -> None:
    # un40-wnt-starzip-blockchain-backend
    text = '"신한금융그룹 퓨처스랩 선정" 소상공인연합회,명동상인연합회,서울시전통시장연합회"와 각각 MOU체결.'
    assert cjk_places(without_market_places(text), global_words=False).countries == ()
    english = without_market_places("We signed an MOU with the Seoul Metropolitan Government.")  # SYNTHETIC
    assert "Seoul" not in english
    assert (
        cjk_places(without_market_places("与新加坡某银行签署战略合作协议"), global_words=False).countries == ()
    )  # SYNTHETIC


def test_press_outlets() -> None:
    assert "New York" not in without_market_places("Featured in The New York Times and Forbes.")  # SYNTHETIC
    assert (
        cjk_places("英 파이낸셜타임즈 선정 고성장 기업", global_words=False).countries == ()
    )  # SYNTHETIC (IGAWorks' phrase)
    assert cjk_places(without_market_places("曾被纽约时报报道"), global_words=False).countries == ()  # SYNTHETIC


def test_job_places_beside_market_words_still_read() -> None:
    # unseen_hs9 hs9t-myzd-market-manager: 北京市场负责人 is the Beijing marketing lead, Beijing the job's place
    assert cjk_places(
        without_market_places("1、协助北京市场负责人开展市场推广品牌宣传活动等"), global_words=False
    ).countries == ("CN",)
    assert "London" in without_market_places("This role is based in our London office.")  # SYNTHETIC


def test_cloud_service_list_is_no_place() -> None:
    # un40-wnt-igaworks-definery-backend
    text = "• 클라우드 환경: AWS (ECS, S3, Athena, Lambda, SQS, Kinesis 등)"
    assert "Athena" not in without_cloud_services(text)
    assert "Athens" in without_cloud_services("Office in Athens, Greece; we use AWS.")  # SYNTHETIC
