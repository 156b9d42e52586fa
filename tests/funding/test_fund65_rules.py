"""Rules added from tuning_cjk6 (branch fund65), each checked on the real sentence that showed the miss
(tests/fixtures/funding/tuning_cjk6.jsonl, cited in PROVENANCE.md)."""

from __future__ import annotations

from talentintel.funding.cjk_lead_words import lead_name


def test_category_word_before_a_latin_lead_is_cut() -> None:
    # https://www.kqgmpj.cn/zh-TC/news/detail/12560605108184: "由加密風投 Multicoin Capital 和 CoinFund 領投"
    assert lead_name("加密風投 Multicoin Capital") == "Multicoin Capital"


def test_chinese_names_and_latin_names_without_a_category_word_are_kept() -> None:
    assert lead_name("红杉中国") == "红杉中国"
    assert lead_name("CoinFund") == "CoinFund"
    # a CJK name that merely ends in a category word, with no Latin name after it, stays whole
    assert lead_name("北京市人工智能产业投资机构") == "北京市人工智能产业投资机构"
