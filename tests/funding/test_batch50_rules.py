"""Rules written for tuning_batch50's misses (branch batch50): each test quotes the real texts the construction comes
from (tests/fixtures/funding/tuning_batch50.jsonl); inputs marked SYNTHETIC are made up to pin a boundary."""

from __future__ import annotations

from talentintel.funding import vietnamese as vi
from talentintel.funding.cjk import _amount as cjk_amount
from talentintel.funding.cjk import _leads as cjk_leads
from talentintel.funding.cjk_generic import generic_investor
from talentintel.funding.cjk_ja_relative import relative_topic
from talentintel.funding.deals import parse_deals
from talentintel.funding.kind_talks import TALKS
from tests.funding.tuning_texts import text_with_id_part


def _text(key: str) -> str:
    return text_with_id_part("tuning_batch50.jsonl", key)


def test_vietnamese_leads_with_a_digit_name_and_a_bracketed_city() -> None:
    # b50-tiendientu-fabric: "do Blockchain Capital và 1kx dẫn đầu"; b50-cafef-olix: "do Hummingbird Ventures (London)
    # dẫn dắt".
    assert vi.leads(_text("tiendientu-fabric")) == ["Blockchain Capital", "1kx"]
    assert vi.leads(_text("cafef-olix")) == ["Hummingbird Ventures"]
    # SYNTHETIC: a lower-case name with a digit.
    assert vi.leads("Vòng gọi vốn do a16z dẫn đầu.") == ["a16z"]


def test_vietnamese_described_subject_with_a_quoted_term() -> None:
    # b50-tiendientu-fabric: "công ty phát triển chip “VPU” Fabric đã thông báo hoàn tất vòng gọi vốn Series A".
    assert vi.raiser(_text("tiendientu-fabric")) == "Fabric"


def test_japanese_copula_topic_and_cleft_lead() -> None:
    # b50-yicaiglobal-metax: "設計スタートアップであるMetaX Integrated Circuitsは、10億元 ... のシリーズAラウンドを終了".
    assert relative_topic(_text("yicaiglobal-metax")) == "MetaX Integrated Circuits"
    # The counted "2つの国営株式投資プラットフォームが主導" names nobody; the next sentence's "AとBが共同で主導" does.
    assert generic_investor("2つの国営株式投資プラットフォーム")
    assert cjk_leads(_text("yicaiglobal-metax")) == ["中国構造改革基金", "中国インターネット投資基金"]
    # b50-negilab-positron: "この調達を主導したのは、カタールの政府系ファンドであるカタール投資庁(QIA)です".
    assert cjk_leads(_text("negilab-positron")) == ["カタール投資庁"]


def test_japanese_investee_after_its_kind_word_and_a_project_cost() -> None:
    # b50-infrabiz-highreso-kagawa: "SPC(特別目的会社)のハイレゾ香川に対して出資すると発表した"; "総投資額は約200億円" is the
    # sites' cost, not the equity.
    text = _text("infrabiz-highreso")
    assert relative_topic(text) == "ハイレゾ香川"
    assert cjk_amount(text) is None


def test_chinese_leads_between_zai_and_lingtou_de() -> None:
    # b50-zhengruan-symbiotic: "在 Paradigm 和 Cyber Fund 领投的种子轮融资中筹集了 580 万美元".
    assert cjk_leads(_text("zhengruan-symbiotic")) == ["Paradigm", "Cyber Fund"]


def test_english_lead_list_stops_at_a_verb_after_and() -> None:
    # b50-kuwaitweekly-crusoe: "co-led by Mubadala Capital and Valor Equity Partners, and attracted backing from major
    # investors including Nvidia Corporation, ...".
    deal = parse_deals(_text("kuwaitweekly-crusoe"))[0]
    assert sorted(deal.lead_investors) == ["Mubadala Capital", "Valor Equity Partners"]


def test_a_round_being_prepared_is_not_closed() -> None:
    # b50-thetechnewsportal-fluidstack: "is preparing to close a fresh funding round worth nearly $700 million", "The
    # raise, if it happens, ...".
    assert TALKS.search(_text("thetechnewsportal-fluidstack"))
    # SYNTHETIC: a closed round says neither.
    assert not TALKS.search("Acme closed a $10 million round led by Foo Ventures.")


def test_vietnamese_lead_names_keep_a_number_word() -> None:
    # hs13-tintucbitcoin-polymer-labs-23m-series-a-vi: "do Blockchain Capital, Maven 11 và Distributed Global đồng dẫn
    # đầu" (a name's trailing number stays with it).
    text = "Polymer Labs đã giành được Series A trị giá 23 triệu USD do Blockchain Capital, Maven 11 và Distributed Global đồng dẫn đầu."
    assert vi.leads(text) == ["Blockchain Capital", "Maven 11", "Distributed Global"]


def test_chinese_just_before_the_verb_is_no_name() -> None:
    # b50-studiotv-xai-20bn-series-e-zh: "人工智能公司 xAI 刚刚完成了高达 200 亿美元的 E 轮融资" read "刚刚" (just).
    from talentintel.funding.cjk_company import company

    assert company(_text("studiotv-xai")) == "xAI"


def test_debt_the_company_may_add_later_is_no_debt_round() -> None:
    from talentintel.funding.rounds import classify_round

    # b50-fortuneindia-neysa: "will invest $600 million ..., with an option for Neysa to raise an additional $600 million
    # in debt financing from the investors".
    text = _text("fortuneindia-neysa")
    end = text.rindex("$600 million") + len("$600 million")
    assert classify_round(text, end) is None
    assert classify_round(text) is None
    # SYNTHETIC: a debt round stays one.
    assert classify_round("Acme secured a $50 million debt facility from Foo Bank.") == "debt"


def test_the_parent_a_company_was_spun_out_of_is_no_sector() -> None:
    # b50-computerweekly-nscale: "incorporated in May 2024 after being spun out of Australian crypto-mining
    # infrastructure provider, Arkon Energy" (an AI cloud, labeled ai only).
    deal = parse_deals(_text("computerweekly-nscale"))[0]
    assert deal.sector == ["ai"]
