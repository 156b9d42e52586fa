"""Rules written for tuning_batch49's misses (branch batch49): each test quotes the real texts the construction comes
from (tests/fixtures/funding/tuning_batch49.jsonl and the earlier tuning files named); inputs marked synthetic are
made up to pin a boundary."""

from __future__ import annotations

from talentintel.funding import fund_cjk
from talentintel.funding.cjk_company import company as cjk_company
from talentintel.funding.cjk_compound import join_compounds
from talentintel.funding.cjk_ko_subject import korean_raiser
from talentintel.funding.deals import parse_deals
from talentintel.funding.kind import other_reason
from talentintel.funding.money import find_money, round_amount
from talentintel.funding.money_valuation import prices_the_company
from tests.funding.tuning_texts import text_with_id_part


def _text(key: str) -> str:
    return text_with_id_part("tuning_batch49.jsonl", key)


def test_german_compound_amounts_are_read() -> None:
    # b49-rnz-aleph-alpha-500m-de and brutkasten-2023-investments: figure, scale and currency hyphenated onto the noun.
    aleph = find_money("Nach der 500-Millionen-Dollar-Finanzierungsrunde für das Start-up Aleph Alpha")
    assert [(m.amount, m.currency) for m in aleph] == [(500_000_000.0, "USD")]
    gropyus = find_money("Gropyus mit 100-Mio.-Euro-Runde ganz oben")
    assert [(m.amount, m.currency) for m in gropyus] == [(100_000_000.0, "EUR")]
    assert round_amount(_text("rnz-aleph-alpha"))[0].amount == 500_000_000.0  # type: ignore[index]


def test_a_year_written_with_hyphens_is_no_amount() -> None:
    # Synthetic: no scale word, so no compound amount.
    assert find_money("die 2024-Euro-Kampagne") == []


def test_romance_financing_noun_after_the_amount_names_the_raise() -> None:
    # b49-senefoot-ssi-1bn-seed-fr: "un milliard de dollars de financement" opens the text with no raise verb before it.
    found = round_amount(_text("senefoot-ssi"))
    assert found is not None and found[0].amount == 1_000_000_000.0


def test_italian_round_da_names_the_round_and_a_colon_valuation_is_none() -> None:
    # b49-ai4business-thinking-machines-2bn-seed-it: "un seed round da 2 miliardi di dollari" beat "la valutazione
    # attribuita alla neonata impresa: 12 miliardi di dollari".
    found = round_amount(_text("ai4business-thinking-machines"))
    assert found is not None and found[0].amount == 2_000_000_000.0
    # hs18-cryptonuggs-nous-research-50m-series-a-paradigm: "Post-raise valuation: $1 billion".
    assert prices_the_company("Post-raise valuation: ", "")
    assert prices_the_company("(Valuation: ", ").")


def test_korean_raise_with_an_adverb_before_yuchi() -> None:
    # b49-chicagokoreatimes-rivian-2-65bn-ko: "‘리비안’이 26억5천만달러의 자금을 추가로 유치했다".
    sentence = (
        "미국의 전기차 스타트업 ‘리비안’이 26억5천만달러의 자금을 추가로 유치했다고 블룸버그통신이 20일 보도했다."
    )
    assert korean_raiser(sentence) == "리비안"
    deal = parse_deals(_text("chicagokoreatimes-rivian"))[0]
    assert (deal.kind, deal.company) == ("round", "리비안")


def test_cjk_compound_with_thousands_of_the_smaller_unit() -> None:
    # b49-chicagokoreatimes-rivian ("26억5천만달러"), platum-bearrobotics-seed ("21억 5천만원"), f20-cyber-hyogo ("6億6千万円").
    assert join_compounds("26억5천만달러의") == "26.5억달러의"
    assert join_compounds("약 21억 5천만원") == "약 21.5억원"
    assert join_compounds("6億6千万円で") == "6.6億円で"
    assert join_compounds("1억 12000만") == "1억 12000만"  # synthetic: no single number


def test_chinese_fund_raise_words() -> None:
    # b49-wrgsb-a16z-15bn-fund-zh: 募資 is a fund's raise.
    assert fund_cjk.closes_fund(["A16Z 完成史上最大規模募資 150 億美元,合夥人 Ben Horowitz 聲稱將投向 AI 與加密。"])
    # b49-marsbit-dragonfly-650m-fund-iv-zh: the nth fund and its size.
    assert fund_cjk.FUND_RAISED_ZH.search("Dragonfly 宣布推出其第四只基金,规模达 6.5 亿美元。")
    # Synthetic: a listing's proceeds are no fund.
    assert not fund_cjk.FUND_RAISED_ZH.search("该公司完成IPO募资10亿元")
    deal = parse_deals(_text("wrgsb-a16z"))[0]
    assert (deal.kind, deal.company, deal.amount_usd) == ("fund", "A16Z", 15_000_000_000.0)


def test_korean_founder_relative_clause_is_not_the_fund_manager() -> None:
    # b49-coindeskkorea-hashed-venture-fund-i-ko: "해시드가 설립한 창업투자회사 해시드벤처스가 ... 첫 펀드 ... 결성".
    sentence = _text("coindeskkorea-hashed").split("\n")[0]
    assert fund_cjk.manager([sentence], sentence) == "해시드벤처스"


def test_japanese_total_raised_is_a_round_and_the_legal_form_topic_names_it() -> None:
    # b49-antenna-papageno-25m-yen-ja: "第三者割当増資と融資で合計2,500万円を資金調達した" (as b23-projectdesign-ispace-
    # 1015-oku-yen's "第三者割当増資で合計101.5億円を資金調達した") is one raise; "株式会社パパゲーノは" is its topic.
    text = _text("antenna-papageno")
    assert other_reason(text) is None
    assert cjk_company(text) == "パパゲーノ"
    deal = parse_deals(text)[0]
    assert deal.kind == "round" and deal.amount_original is not None and "2,500万円" in deal.amount_original


def test_turkish_investment_as_the_means_of_a_valuation_rise() -> None:
    # b49-ensonhaber-trendyol-1-5bn-decacorn-tr: "1,5 milyar dolarlık yeni yatırım ile değerlemesini ... çıkardı".
    deal = parse_deals(_text("ensonhaber-trendyol"))[0]
    assert (deal.kind, deal.company, deal.amount_usd) == ("round", "Trendyol", 1_500_000_000.0)
