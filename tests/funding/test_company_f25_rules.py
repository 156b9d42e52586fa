"""Session 25 (helper company_f25) company rules, each with the real sentence it came from (tuning file ids)."""

from __future__ import annotations

from talentintel.funding.cjk_registered import investor_topic_object
from talentintel.funding.text_repairs import without_pinyin_readings
from tests.funding.tuning_texts import tuning_deals


def test_pinyin_readings_of_a_mirror_page_are_dropped() -> None:
    # real: "阿里領(lǐng)投了核聚變初創(chuàng)企業(yè)諾瓦聚變的天使輪投資" (b58-cnmusu-nova-fusion-angel-alibaba-zh, cnmusu.cn)
    text = "阿里領(lǐng)投了核聚變初創(chuàng)企業(yè)諾瓦聚變的天使輪投資"
    assert without_pinyin_readings(text) == "阿里領投了核聚變初創企業諾瓦聚變的天使輪投資"
    # real: "南京大魚半導(dǎo)體公司" (b20-lujuzi-dayu-a, lujuzi): read "大魚半導", cut at the reading
    assert without_pinyin_readings("南京大魚半導(dǎo)體公司") == "南京大魚半導體公司"
    # SYNTHETIC: one bracketed word with no tone mark on a page with no readings stays
    assert without_pinyin_readings("腾讯(tencent)领投") == "腾讯(tencent)领投"
    assert without_pinyin_readings("Acme (seed) raised") == "Acme (seed) raised"


def test_the_company_is_the_object_of_japanese_investors_as_topic() -> None:
    # real: "…住友商事の4社・団体は27日、農業ベンチャーのファームノートホールディングス(HD、北海道帯広市、小林晋也社長)の
    # 第三者割当増資を引き受け、5億円を出資すると発表した" (b58-keiei-farmnote-hd-500m-jpy-ja, keiei.click)
    assert tuning_deals("b58-keiei-farmnote-hd-500m-jpy-ja")[0].company == "ファームノートホールディングス"
    # real: "エヌビディア(本社:カリフォルニア州サンタクララ)は9月22日、オープンAIに最大1,000億ドルを段階的に出資し"
    # (b44-worldconect-nvidia-openai-100bn-ja, worldconect): "Vera Rubin" was read
    assert tuning_deals("b44-worldconect-nvidia-openai-100bn-ja")[0].company == "オープンAI"
    # real: "アグリビジネス投資育成(東京・千代田)は28日、農産品輸出を手掛けるスタートアップの日本農業(東京・品川)に出資
    # したと発表しました" (b30-universalitem-nihon-nogyo-agri-lead-investor-ja): a kanji name with an aside
    text = "アグリビジネス投資育成(東京・千代田)は28日、農産品輸出を手掛けるスタートアップの日本農業(東京・品川)に出資したと発表しました"
    assert investor_topic_object(text) == "日本農業"
    # SYNTHETIC: a fund as the object is no raiser
    assert investor_topic_object("A社は1日、Bファンドに出資したと発表した") is None
