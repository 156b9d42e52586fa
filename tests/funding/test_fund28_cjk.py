"""Rules added for issue 13's tuning_cjk5 batch (branch fund28): Chinese, Japanese and Korean deal language, each
checked on the real text that showed the miss (tests/fixtures/funding/tuning_cjk5.jsonl, cited in PROVENANCE.md) and on
a SYNTHETIC variant written to pin the same grammar with other names and numbers. Every input written here is marked
SYNTHETIC.
"""

from __future__ import annotations

import pytest

from talentintel.funding import normalize_company, parse_deals
from talentintel.funding.cjk_lead_words import lead_name
from talentintel.funding.cjk_subject import said_raiser, trimmed
from talentintel.funding.cjk_year import raise_year
from talentintel.funding.kind import other_reason
from talentintel.funding.types import Deal
from tests.funding.tuning_texts import tuning_deals, tuning_text


def _same(got: str | None, want: str) -> bool:
    return got is not None and normalize_company(got) == normalize_company(want)


def _head(item_id: str) -> Deal:
    return tuning_deals(item_id)[0]


# --- cjk_subject: the subject that states its raise, a round written onto its company ---------------------------------


def test_said_raiser_real() -> None:
    assert _same(_head("c5-fortuneinsight-farizon-series-a").company, "遠程汽車")  # "遠程汽車(Farizon)表示,完成A輪融資"
    assert _same(_head("c5-wenweipo-vancl-g-round").company, "凡客")  # "凡客(VANCL)於周二晚表示,近日已完成…融資"


def test_round_subject_real() -> None:
    assert _same(_head("c5-ozgbdpf-yitu-first-close").company, "依圖科技")  # "多方消息稱,近日,依圖科技新一輪融資完成"


def test_adverb_after_name_real() -> None:
    # "启元世界也于同日宣布,已经完成3亿元人民币A轮融资": the second deal is 启元世界, not "启元世界也".
    names = [d.company for d in tuning_deals("jjckb-xiaoice")]
    assert any(_same(n, "启元世界") for n in names)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("国内领先的储能企业蓝海电池(BlueSea)表示,已完成2亿元B轮融资。", "蓝海电池"),  # SYNTHETIC
        ("晨曦机器人於周三表示,近日已獲得5000萬元天使輪融資。", "晨曦机器人"),  # SYNTHETIC
        ("据悉,星河数据新一轮融资已完成交割,金额未披露。", "星河数据"),  # SYNTHETIC
        ("青松医疗也于同日宣布,已经完成1亿元A轮融资。", "青松医疗"),  # SYNTHETIC
        ("多方消息稱,近日,海鷗智能的新一輪融資完成。", "海鷗智能"),  # SYNTHETIC
    ],
)
def test_said_raiser_synthetic(text: str, name: str) -> None:
    assert said_raiser(text) == name


def test_said_raiser_none_synthetic() -> None:
    assert said_raiser("多方消息稱,该领域今年融资活跃。") is None  # SYNTHETIC: a report frame, no raiser


def test_trimmed_real() -> None:
    # The rules read "EFポリマーはこの度" (a topic particle and an adverb of time) before the cut.
    assert _same(_head("c5-efpolymer-series-a-briefing").company, "EFポリマー")


@pytest.mark.parametrize(
    ("raw", "name"),
    [
        ("北辰汽车去年", "北辰汽车"),  # SYNTHETIC
        ("星光科技此前", "星光科技"),  # SYNTHETIC
        ("アクメロボティクスは今回", "アクメロボティクス"),  # SYNTHETIC
        ("アクメはこのたび", "アクメ"),  # SYNTHETIC
        ("今年", "今年"),  # SYNTHETIC: a word of time alone is left for the noise rules
    ],
)
def test_trimmed_synthetic(raw: str, name: str) -> None:
    assert trimmed(raw) == name


# --- cjk_lead_words: a role clause after the lead, a title before a person ---------------------------------------------


def test_lead_words_real() -> None:
    assert _head("c5-wenweipo-vancl-g-round").lead_investors == ["雷軍"]  # "小米公司董事長雷軍領投"
    # "香港博約國際投貸基金作為本輪領投方": the role clause is cut (the place prefix is cut by the shared cleaner).
    assert _head("c5-ozgbdpf-yitu-first-close").lead_investors == ["博約國際投貸基金"]


@pytest.mark.parametrize(
    ("raw", "name"),
    [
        ("远山资本作为本轮", "远山资本"),  # SYNTHETIC
        ("星海基金擔任", "星海基金"),  # SYNTHETIC
        ("某某集团创始人张三", "张三"),  # SYNTHETIC
        ("红木资本合伙人李四", "李四"),  # SYNTHETIC
        ("红木资本", "红木资本"),  # SYNTHETIC: nothing to cut
    ],
)
def test_lead_words_synthetic(raw: str, name: str) -> None:
    assert lead_name(raw) == name


# --- cjk_kind and kind: a public body's opening, a tallied count, 收購 ------------------------------------------------


@pytest.mark.parametrize(
    "item_id",
    [
        "c5-mt-seed-tips-first-cohort",  # "중소벤처기업부(이하 중기부)는 시드 팁스(TIPS)에 참여할 창업팀 15개팀을 선정하고"
        "c5-donga-boston-investment-consultation",  # "중소벤처기업부는 … 투자 유치가 추진되고 있다고"
        "c5-ltn-ndc-startup-fundraising-record",  # "國發會藉由跨部會整合平台 …"
        "c5-nji-growth-market-listing-rules",  # "東証はグロース市場の上場基準を引き上げる検討に入る"
        "c5-biospectator-march-bio-investment",  # "3월 외부 투자유치가 9곳, 502억원으로 집계됐다"
        "c5-newtimespace-ubtech-fenglong",  # "…的價格收購目標公司29.99%的股權"
        "c5-shangyoutai-gaoxin-senwei",  # "現(xiàn)金收購成都森未科技有限公司…控股權"
    ],
)
def test_other_real(item_id: str) -> None:
    assert tuning_deals(item_id)[0].kind == "other"


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        (
            "중소벤처기업부는 창업기업 20곳을 선정해 사업화 자금을 지원한다고 10일 밝혔다.",
            "public programme",
        ),  # SYNTHETIC
        ("經濟部今日表示,新創投資額去年達500億元。", "public programme"),  # SYNTHETIC
        ("金融庁は新たな上場制度の検討を始めた。", "public programme"),  # SYNTHETIC
        ("지난달 핀테크 기업의 투자유치가 12곳, 830억원으로 집계됐다.", "market total"),  # SYNTHETIC
        ("甲公司宣布以5億元收購乙公司全部股權。", "acquisition"),  # SYNTHETIC
    ],
)
def test_other_reason_synthetic(text: str, reason: str) -> None:
    assert other_reason(text) == reason


def test_company_round_stays_round_synthetic() -> None:
    # SYNTHETIC: a company as the subject raises; no public body, no tally, no acquisition.
    deals = parse_deals("블루웨이브는 50억원 규모의 시리즈A 투자를 유치했다고 3일 밝혔다.")
    assert deals[0].kind == "round" and _same(deals[0].company, "블루웨이브")


# --- cjk_year: the year the raise's own sentence gives when the page has none -------------------------------------------


def test_raise_year_real() -> None:
    # "当社は2023年4月に…シリーズAとして5.5億円の資金調達を完了しました": JPY 550M at the 2023 rate (140.5), not 2025's.
    assert _head("c5-efpolymer-series-a-briefing").amount_usd == pytest.approx(550e6 / 140.5, rel=0.001)
    assert raise_year(tuning_text("c5-efpolymer-series-a-briefing"), "5.5億円") == 2023


@pytest.mark.parametrize(
    ("text", "original", "year"),
    [
        ("当社は2022年10月にシリーズBとして12億円の資金調達を完了しました。", "12億円", 2022),  # SYNTHETIC
        ("회사는 2021년 … 2022年3月に5億円を調達した。", "5億円", 2022),  # SYNTHETIC: the last year before the amount
        ("当社は2022年に設立され、5億円の調達を目指す。", "5億円", None),  # SYNTHETIC: no close said
        ("5億円の資金調達を2022年に完了した。", "5億円", None),  # SYNTHETIC: the year after the amount is not taken
        ("当社は5億円の資金調達を完了しました。", None, None),  # SYNTHETIC: no amount read
    ],
)
def test_raise_year_synthetic(text: str, original: str | None, year: int | None) -> None:
    assert raise_year(text, original) == year
