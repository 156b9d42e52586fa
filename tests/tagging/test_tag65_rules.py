"""Generalization rules from the company-blind review of every tagging tuning file (branch tag65): CJK first-level
divisions in a location field, the crypto x AI intersection said as an AI compute protocol.

Each rule is tested on a tuning item (real text, cited by id); strings written here to show a rule reaches beyond
its item are SYNTHETIC (marked so, with invented company names).
"""

from __future__ import annotations

from talentintel.tagging.built_first import use_hedged
from talentintel.tagging.cjk_gates import _latin_words
from talentintel.tagging.cjk_terms import CJK_NETWORK, cjk_intersects
from talentintel.tagging.evaluate import tag_item
from talentintel.tagging.locations import locate
from talentintel.tagging.payment_mentions import payment_method
from talentintel.tagging.tagger import TagResult, tag_posting
from tests.tagging.batches import by_id

HS13 = by_id("unseen_hs13")


# --- first-level divisions: "花蓮縣秀林鄉", "江苏省", "神奈川県" ---------------------------------------------------


def test_a_taiwan_county_in_a_location_field_is_taiwan() -> None:
    # 104 job bank, Taiwan Cement's mining engineer: location "花蓮縣秀林鄉" (Hualien County, Xiulin Township)
    result = tag_item(HS13["hs13-tcc-mining-engineer"], company_blind=True)
    assert (result.regions, result.countries) == (["asia"], ["TW"])


def test_first_level_divisions_in_any_cjk_script_name_their_country() -> None:
    # SYNTHETIC location strings: a county, province or prefecture alone, or before a smaller place it does not name
    cases = {
        "宜蘭縣羅東鎮": "TW",
        "云林县斗六市": "TW",
        "江苏省": "CN",
        "四川省绵阳市": "CN",
        "广西壮族自治区": "CN",
        "神奈川県横浜市": "JP",
        "沖縄県": "JP",
        "鹿児島県": "JP",
    }
    for location, country in cases.items():
        assert locate(location).countries == (country,), location


def test_a_division_holding_a_shorter_city_name_reads_the_division() -> None:
    # SYNTHETIC: "北海道" is Hokkaido (Japan), not Beihai (北海, China); "台東縣" is Taitung (Taiwan), not Taito (台東,
    # a Tokyo ward); the short names alone keep their old readings
    assert locate("北海道札幌市").countries == ("JP",)
    assert locate("台東縣台東市").countries == ("TW",)
    assert locate("北海").countries == ("CN",)
    assert locate("台東").countries == ("JP",)


# --- an AI compute protocol: "the machine learning compute protocol" -----------------------------------------------

UN9 = by_id("unseen9")
HS5 = by_id("unseen_hs5")


def _evidence_terms(result: TagResult, sector: str) -> set[str]:
    return {e["term"] for e in result.evidence[sector]}


def test_an_ai_compute_protocol_is_evidence_for_both() -> None:
    # Gensyn: "Gensyn is the machine learning compute protocol that translates machine learning compute into an
    # always-on commodity resource—outside of centralised control" (the posting's only crypto words once the name is
    # masked; the sentence is too far down for a self-description, so the class stays ai blind, both shipped)
    result = tag_item(UN9["un9-gensyn-distributed-training"], company_blind=True)
    assert "machine learning compute protocol" in _evidence_terms(result, "crypto")
    assert "machine learning compute protocol" in _evidence_terms(result, "ai")
    assert tag_item(UN9["un9-gensyn-distributed-training"]).sector_class == "both"


def test_an_ai_compute_protocol_in_a_self_description_is_both() -> None:
    # SYNTHETIC: the phrase in its other word orders, said by the employer in its opening sentences
    for text in (
        "Acme is building the AI compute protocol that pays GPU owners for training jobs. You will build the scheduler.",
        "Acme builds a compute protocol for machine learning, open to anyone with a GPU. You will build the verifier.",
        "Acme is a deep learning compute protocol. You will design its verification game.",
    ):
        assert tag_posting(title="Backend Engineer", description=text, company_prior={}).sector_class == "both", text


def test_a_compute_protocol_with_no_ai_field_stays_crypto() -> None:
    # Ghariib's CTO posting: "Architect & develop the Proof of Compute protocol" beside "a team of blockchain, cloud,
    # and AI engineers" (label crypto, unchanged)
    assert tag_item(HS5["hs5t-ghariib-poc-cloud-cto"], company_blind=True).sector_class == "crypto"


# --- using a field, in Japanese, Korean and Chinese: "LLMを使って", "AI를 사용하여", "运用大模型" -------------------------

UN41 = by_id("unseen41")
HS4 = by_id("unseen_hs4")


def test_a_short_listing_that_uses_llms_in_japanese_is_no_ai_job() -> None:
    # HN "Who is hiring" in Japanese: "PermitFlowのミッションは、…建設許可プロセスを効率化・シンプルにすることだよ。…
    # Software, AI, LLMを使ってこの難しい問題…" (a permit-software company using LLMs; label none)
    for blind in (True, False):
        assert tag_item(UN41["un41-hnja-permitflow"], company_blind=blind).sector_class == "none"


def test_using_ones_knowledge_of_a_field_is_working_in_it() -> None:
    # ココペリインキュベート: "当社は、「Fintech×AI」事業を手掛けており…" / "機械学習の知識を使って、世の中に新しい
    # サービスを提供したい" (label ai, unchanged)
    assert tag_item(HS4["hs4t-pyjug-kokopelli"], company_blind=True).sector_class == "ai"
    # SYNTHETIC: the same construction in Korean and Japanese (object before verb), and the use constructions
    assert not use_hedged("블록체인 경험을 활용하여 서비스를 개발합니다")
    assert not use_hedged("머신러닝 지식을 활용해 추천 모델을 만듭니다")
    assert not use_hedged("ブロックチェーンの経験を用いて")
    for text in (
        "ai를 사용하여 문서를 작성합니다",
        "llm을 이용한 업무 자동화",
        "运用大模型提升效率",
        "生成aiを用いて業務を効率化",
    ):
        assert use_hedged(text), text


def test_a_short_listing_that_uses_the_field_in_korean_or_chinese_is_no_job_in_it() -> None:
    # SYNTHETIC short listings of invented employers: the field is a tool of a non-AI business
    for title, text in (
        ("백엔드 개발자", "에이콘은 부동산 중개 플랫폼입니다. LLM을 이용한 상담 자동화로 고객 응대를 개선합니다."),
        ("后端工程师", "艾康是一家物流公司，运用大语言模型优化客服流程。"),
        ("バックエンドエンジニア", "エイコンは不動産仲介のサービスです。LLMを使って問い合わせ対応を効率化しています。"),
    ):
        assert tag_posting(title=title, description=text, company_prior={}).sector_class == "none", text


# --- a region's adjective before "time zone": "Remote, European Timezone" ----------------------------------------

HS9 = by_id("unseen_hs9")


def test_a_remote_location_in_a_regions_time_zone_is_that_region() -> None:
    # BookingSync's customer-care posting: location "Remote, European Timezone" (was read worldwide)
    for blind in (True, False):
        assert tag_item(HS9["hs9t-vele-bookingsync-customer-care"], company_blind=blind).regions == ["europe"]


def test_every_regions_adjective_reads_before_a_time_zone() -> None:
    # SYNTHETIC location strings, singular and plural; a wish ("preferred") still restricts nothing
    cases = {
        "Remote (Asian timezone)": ["asia"],
        "Remote - Latin American time zone": ["latam"],
        "Remote, Australian time zones": ["oceania"],
        "Remote, North American timezone": ["canada", "us"],
        "Remote, African time zones": ["africa"],
        "Remote; European timezone preferred": ["global"],
    }
    for location, regions in cases.items():
        result = tag_posting(title="Support Agent", description="Help our customers.", locations=[location])
        assert result.regions == regions, location


# --- remote offered as a choice in Chinese: "或也可以选择远程", "你也可以选择在家远程办公" ----------------------------------


def test_offices_or_remote_by_choice_in_chinese_is_worldwide() -> None:
    # Rust magazine job posts: Longbridge "你可以选择成都、杭州、新加坡、香港、北京等多个办公地入职，或也可以选择远程。";
    # Automata Network "公司总部位于新加坡，你也可以选择在家远程办公，请速将简历砸向我们吧!" (both labelled global)
    for key in ("hs9t-rustmag-longbridge-rust-infra", "hs9t-rustmag-automata-blockchain-rd"):
        for blind in (True, False):
            result = tag_item(HS9[key], company_blind=blind)
            assert (result.regions, result.countries) == (["global"], []), key


def test_remote_merely_allowed_beside_a_place_keeps_the_place() -> None:
    # un11 (ruanyf weekly): "成都高新区，支持远程办公" as the location line stays China (label asia)
    result = tag_item(by_id("unseen11")["un11-rw-kupo-chengdu"], company_blind=True)
    assert result.regions == ["asia"]
    # SYNTHETIC: a choice in traditional script and with 或者; a restriction or a hybrid week is no choice
    assert tag_posting(title="後端工程師", description="辦公地點在台北，也可以選擇遠端工作。").regions == ["global"]
    assert tag_posting(title="后端工程师", description="团队在深圳办公，或者远程加入。").regions == ["global"]
    # a location line's "<city> or remote" keeps the city, as a location field's "Berlin or Remote" does (dev set)
    assert tag_posting(title="后端工程师", description="工作城市：深圳或者远程。").regions == ["asia"]
    assert tag_posting(title="后端工程师", description="仅限在深圳或远程，需在中国境内。").regions == ["asia"]
    assert tag_posting(title="后端工程师", description="混合办公：每周三天在上海办公室，或远程。").regions == ["asia"]


# --- paying staff in a coin: "we can even pay you in Bitcoin!", "you can get paid in USDC" ---------------------------

# Jack Dorsey's 2019 call for Square crypto engineers, quoted by blockpublisher.com
# (https://blockpublisher.com/job-alert-get-paid-in-bitcoin-for-a-crypto-engineer-job/)
SQUARE = (
    "Square is hiring 3–4 crypto engineers and one designer to work full-time on open source contributions to the "
    "Bitcoin/crypto ecosystem. Work from anywhere, report directly to me, and we can even pay you in Bitcoin!"
)


def test_paying_staff_in_a_coin_is_a_way_to_pay() -> None:
    sentence = "work from anywhere, report directly to me, and we can even pay you in bitcoin!"
    assert payment_method(sentence)
    # the posting itself is crypto by its other words (crypto engineers, the Bitcoin/crypto ecosystem)
    assert tag_posting(title="Crypto Engineer", description=SQUARE, company_prior={}).sector_class == "crypto"
    # SYNTHETIC: the same offer at employers of other trades names no crypto business
    for text in (
        "We build CRM software for dentists. You can get paid in USDC if you prefer.",
        "We are an AI startup training speech models. Work from anywhere, and we can even pay you in Bitcoin!",
        "We design furniture for hotels. We pay in USDC or EUR, whichever you prefer.",
    ):
        result = tag_posting(title="Software Engineer", description=text, company_prior={})
        assert "crypto" not in result.sector, text


def test_a_product_that_pays_in_a_coin_is_still_the_business() -> None:
    # SYNTHETIC: the employer's product pays others ("lets merchants ...") stays crypto evidence
    text = "Acme lets merchants pay their suppliers in USDC on Solana. You will build the settlement service."
    assert "crypto" in tag_posting(title="Backend Engineer", description=text, company_prior={}).sector


# --- Vietnamese deep learning by its models and its engineer: "mô hình học sâu", "Kỹ Sư Học Sâu" ----------------------

# edunet.com.vn, "Nghề Kỹ Sư Học Sâu: Kiến Tạo Các Mô Hình AI Tiên Tiến" (https://edunet.com.vn/ky-su-hoc-sau-deep-learning/)
EDUNET = (
    "Nghề Kỹ Sư Học Sâu (Deep Learning Engineer) là một lĩnh vực chuyên sâu trong trí tuệ nhân tạo (AI), tập trung vào "
    "việc thiết kế, phát triển và triển khai các mô hình học sâu (deep learning) để giải quyết các bài toán phức tạp"
)


def test_vietnamese_deep_learning_models_and_engineers_are_core_ai_terms() -> None:
    result = tag_posting(title="Kỹ Sư Học Sâu", description=EDUNET, company_prior={})
    terms = {e["term"] for e in result.evidence["ai"]}
    assert {"ky su hoc sau", "mo hinh hoc sau"} <= terms
    # SYNTHETIC short listings: the model phrase alone decides; "học sau" (study later) and "học sâu hơn" (learn more
    # deeply) are no field
    listing = "Công ty phần mềm. Phát triển mô hình học sâu cho nhận diện hình ảnh."
    assert tag_posting(title="Lập trình viên", description=listing, company_prior={}).sector_class == "ai"
    for text in ("Nhân viên kinh doanh. Có cơ hội học sau giờ làm.", "Nhân viên bán hàng, được đào tạo học sâu hơn."):
        assert tag_posting(title="Nhân viên", description=text, company_prior={}).sector_class == "none", text


# --- training or developing an AI model in CJK and Vietnamese: "AI 모델 학습", "AI模型训练", "huấn luyện mô hình" ------


def test_ai_model_training_words_are_core_terms_on_real_lines() -> None:
    # saramin: "AI 모델 학습용 데이터 생성 엔지니어" (label ai): the longer phrase now outranks the weak "ai 모델"
    saramin = tag_item(by_id("unseen7")["un7-saramin-52691183"], company_blind=True)
    assert "ai 모델 학습" in _evidence_terms(saramin, "ai") and saramin.sector_class == "ai"
    # ITviec, Kalapa: "Thành thạo quy trình phát triển mô hình AI: từ tiền xử lý dữ liệu ..." (label ai)
    kalapa = tag_item(by_id("unseen_hs17")["hs17-itv-kalapa-ai-engineer"], company_blind=True)
    assert "phat trien mo hinh ai" in _evidence_terms(kalapa, "ai") and kalapa.sector_class == "ai"


def test_ai_model_training_in_a_short_listing_is_an_ai_job() -> None:
    # SYNTHETIC short listings that read none before: the weak "AI model" word took the tokens of the core phrase
    for title, text in (
        ("엔지니어", "AI 모델 학습 파이프라인을 개발합니다."),
        ("엔지니어", "AI 모델 개발 및 서빙."),
        ("エンジニア", "モデルの学習と推論の基盤を開発します。"),
        ("工程师", "负责AI模型训练平台开发。"),
        ("Kỹ sư", "Phát triển và huấn luyện mô hình AI."),
    ):
        assert tag_posting(title=title, description=text, company_prior={}).sector_class == "ai", text
    # ...but using an AI model is still no AI job ("AI 모델을 활용하여", a use hedge)
    text = "부동산 중개 플랫폼입니다. 외부 AI 모델을 활용하여 상담을 자동화합니다."
    assert tag_posting(title="백엔드 개발자", description=text, company_prior={}).sector_class == "none"


# --- the CJK crossing with coins, assets, contracts and DeFi by their CJK names ----------------------------------------


def test_an_ai_driven_digital_asset_platform_crosses() -> None:
    # Rebase board, Byterum: "Byterum 是一家由AI驱动的数字资产智能平台" (label both): 数字资产 (digital assets) is a network
    # word of the CJK crossing like 区块链
    line = "byterum 是一家由ai驱动的数字资产智能平台，自2020年创立起，便专注于用最前沿的技术重塑金融未来。"
    assert cjk_intersects(line)
    assert tag_posting(title="前端工程师", description=line, company_prior={}).sector_class == "both"
    assert (
        tag_item(by_id("unseen_hs10")["hs10t-rebase-byterum-mobile-frontend"], company_blind=True).sector_class
        == "both"
    )


def test_cjk_crossings_name_the_coin_or_defi() -> None:
    # SYNTHETIC one-line listings that read crypto alone before: an AI modifier on a coin, asset or DeFi product
    for text in (
        "AI 기반 가상자산 트레이딩 시스템을 개발합니다.",
        "我们打造AI驱动的DeFi交易平台。",
        "大语言模型驱动的稳定币支付网关。",
        "AIエージェントが仮想通貨で決済する基盤を開発しています。",
    ):
        assert tag_posting(title="Engineer", description=text, company_prior={}).sector_class == "both", text
    # ...far apart they are two topics, and an English sentence's "DeFi" is left to the English rules
    assert not cjk_intersects("我们是一家数字资产托管公司，服务机构客户与家族办公室，另有团队研究ai")
    assert not cjk_intersects("ai-driven defi analytics")


def test_the_network_gate_stays_on_with_spaced_cjk_words() -> None:
    # "스마트 컨트랙트" and "디지털 자산" hold a space, which re.escape escapes: they are still plain CJK words, found by
    # the gate's CJK test, so the gate keeps testing only its Latin words (turned off, every sentence paid the regex)
    assert _latin_words(CJK_NETWORK.pattern) == ("web3", "crypto", "defi", "defi")
    assert _latin_words(r"스마트 컨트랙트|web3") == ("web3",)
    assert _latin_words(r"(?:区块|公)链|web3") is None


# --- the perpetuals chains and DEXes by name: Hyperliquid, HyperEVM, dYdX ---------------------------------------------


def test_perpetuals_chains_are_crypto_terms_on_real_lines() -> None:
    # unseen7 mapforjobs: "Rust 后端工程师（去中心化永续合约交易平台）" / "1:了解hyperliquid等合约dex机制" (label crypto)
    item = tag_item(by_id("unseen7")["un7-mapforjobs-17797"], company_blind=True)
    assert "hyperliquid" in _evidence_terms(item, "crypto") and item.sector_class == "crypto"


def test_building_or_trading_on_a_perpetuals_chain() -> None:
    # SYNTHETIC: the chain named as where the employer builds, and as the rail an AI actor trades on
    text = "We build trading infrastructure on Hyperliquid."
    assert tag_posting(title="Engineer", description=text, company_prior={}).sector_class == "crypto"
    text = "We build AI agents that trade on Hyperliquid."
    assert tag_posting(title="Engineer", description=text, company_prior={}).sector_class == "both"


def test_adopting_the_employers_technology_is_no_use_hedge() -> None:
    # funding tuning_batch41, 潞晨科技's round: "美国顶尖社媒Snapchat的视频大模型Snap Video在训练中也采用了LAMB技术" —
    # another company adopts the employer's technology, so 采用 (adopt) is no use word (it read the AI startup none)
    line = "此外，美国顶尖社媒snapchat的视频大模型snap video在训练中也采用了lamb技术。"
    assert not use_hedged(line)
