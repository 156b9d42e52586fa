"""Rules added for issue 13's tuning_cjk4 batch (branch fund21): Chinese, Japanese and Korean deal language, each
checked on the real text that showed the miss (tests/fixtures/funding/tuning_cjk4.jsonl, cited in PROVENANCE.md) and on
a SYNTHETIC variant written to pin the same grammar with other names and numbers. Every input written here is marked
SYNTHETIC.
"""

from __future__ import annotations

import pytest

from talentintel.funding import normalize_company, parse_deals
from talentintel.funding.cjk_alias import alias_raiser
from talentintel.funding.cjk_compound import join_compounds
from tests.funding.tuning_texts import tuning_deals


def _round(item_id: str) -> tuple[str | None, float | None]:
    head = tuning_deals(item_id)[0]
    assert head.kind == "round"
    return head.company, head.amount_usd


def _same(got: str | None, want: str) -> bool:
    return got is not None and normalize_company(got) == normalize_company(want)


# --- cjk_compound: "6억5000만 달러" is one number ----------------------------------------------------------------------


def test_compound_numeral_real() -> None:
    _, amount = _round("c4-newdaily-neuralink")  # "약 6억5000만 달러(한화 약 8955억원)"
    assert amount == pytest.approx(650e6, rel=0.02)


@pytest.mark.parametrize(
    ("text", "joined"),
    [
        ("약 3억2000만 달러", "약 3.2억 달러"),  # SYNTHETIC
        ("총 1억 4,500만 달러를", "총 1.45억 달러를"),  # SYNTHETIC
        ("2조 3000억원", "2.3조원"),  # SYNTHETIC
        ("4億5000万ドル", "4.5億ドル"),  # SYNTHETIC
        ("2亿8000万元", "2.8亿元"),  # SYNTHETIC
        ("3억 5억", "3억 5억"),  # SYNTHETIC: two numbers, not one
        ("5000만원", "5000만원"),  # SYNTHETIC: nothing to join
    ],
)
def test_compound_numeral_joined_synthetic(text: str, joined: str) -> None:
    assert join_compounds(text) == joined


def test_compound_numeral_round_synthetic() -> None:
    text = (  # SYNTHETIC
        "로봇 스타트업 '한빛로보'가 약 2억3000만 달러(한화 약 3200억원)의 신규 투자를 유치했다고 3일 밝혔다. "
        "이번 투자에는 여러 벤처캐피털이 참여했다."
    )
    assert parse_deals(text)[0].amount_usd == pytest.approx(230e6, rel=0.02)


# --- cjk_alias: "X株式会社(以下、X)は…調達", "X有限公司(以下簡稱“X”)宣布…完成融資", "X(이하 X)는 …유치" ------------------------


@pytest.mark.parametrize(
    ("item_id", "company"),
    [
        ("c4-spacebiz-future-space-transport", "将来宇宙輸送システム"),
        ("c4-8zixvdw-shihang-angelplus-prea", "世航智能"),
        ("c4-jycsgw-yuexin-phase2", "粵芯半導體"),  # "半導(dǎo)體": the mirror's pinyin is read through
    ],
)
def test_alias_names_the_raiser_real(item_id: str, company: str) -> None:
    got, _ = _round(item_id)
    assert _same(got, company)


@pytest.mark.parametrize(
    ("text", "company"),
    [
        (  # SYNTHETIC
            "宇宙機器株式会社(以下、宇宙機器)は、既存投資家をリード投資家として、第三者割当増資により総額3億円の資金調達を"
            "行ったと発表しました。",
            "宇宙機器",
        ),
        (  # SYNTHETIC
            "杭州星河动力科技有限公司(以下简称“星河动力”)宣布近日正式完成B轮融资,本轮融资由某资本领投。",
            "星河动力",
        ),
        (  # SYNTHETIC
            "주식회사 바다로보틱스(이하 바다로보)는 50억원 규모의 시리즈A 투자를 유치했다고 밝혔다.",
            "바다로보",
        ),
    ],
)
def test_alias_names_the_raiser_synthetic(text: str, company: str) -> None:
    assert alias_raiser(text) == company


@pytest.mark.parametrize(
    "text",
    [
        # SYNTHETIC: the alias is the investor, the subject of an investment in another company.
        "青松资本管理有限公司(以下简称“青松资本”)宣布完成对某科技公司的投资,金额为5000万元。",
        # SYNTHETIC: the alias is an object, not the subject.
        "某基金向北辰科技有限公司(以下简称“北辰科技”)出资,本轮融资由该基金领投。",
    ],
)
def test_alias_is_not_an_investor_synthetic(text: str) -> None:
    assert alias_raiser(text) is None


# --- cjk_raise: a Japanese topic that raises by a capital increase; a Korean possessor of the raise ------------------


@pytest.mark.parametrize(
    ("item_id", "company"),
    [
        ("c4-logibiz-interstellar-series-f", "インターステラテクノロジズ"),  # "…は7月10日、…第三者割当増資を実施"
        ("c4-redplanx-zhiguang-storage", "智光エネルギー貯蔵"),  # "…は10の投資家から合計7億人民元の追加投資を受けた"
        ("c4-cwn-mohalla-sharechat", "모할라 테크"),  # "모할라 테크(Mohalla Tech)의 투자금 유치 소식을 보도했다"
    ],
)
def test_japanese_topic_and_korean_possessor_real(item_id: str, company: str) -> None:
    got, _ = _round(item_id)
    assert _same(got, company)


@pytest.mark.parametrize(
    ("text", "company"),
    [
        (  # SYNTHETIC
            "農業ロボットを開発するミドリテックは3月2日、複数の事業会社を引き受け先とした12億円の第三者割当増資を実施した"
            "と発表した。",
            "ミドリテック",
        ),
        (  # SYNTHETIC
            "北海ソーラー株式会社は地元銀行など5社から合計3億円の追加投資を受けた。",
            "北海ソーラー",
        ),
        (  # SYNTHETIC
            "외신들은 인도네시아 핀테크 미르 페이(Nusa Pay)의 투자금 유치 소식을 전했다. 미르 페이는 총 8000만 달러를 "
            "유치했다.",
            "미르 페이",
        ),
    ],
)
def test_japanese_topic_and_korean_possessor_synthetic(text: str, company: str) -> None:
    head = parse_deals(text)[0]
    assert head.kind == "round" and _same(head.company, company)


@pytest.mark.parametrize(
    "text",
    [
        "당사는 벤처캐피털로부터의 투자 유치를 검토하고 있지 않다.",  # SYNTHETIC: the source of money, not a raiser
        "스타트업이 약 2억 달러(한화 약 2800억원)의 신규 투자를 유치했다.",  # SYNTHETIC: the amount, not a name
    ],
)
def test_korean_possessor_is_a_name_synthetic(text: str) -> None:
    from talentintel.funding.cjk_raise import korean_possessor

    assert korean_possessor(text) is None


def test_yuan_in_japanese_real_and_synthetic() -> None:
    _, amount = _round("c4-redplanx-zhiguang-storage")  # "合計7億人民元の追加投資を受けた", CNY at the latest row
    assert amount == pytest.approx(7e8 / 7.19, rel=0.02)
    assert join_compounds("総額5億人民元を調達") == "総額5億人民币を調達"  # SYNTHETIC


# --- kind: a company's own 合計/총, Chinese listings, state guidance funds, deal counts, commitment ceremonies ------


@pytest.mark.parametrize("item_id", ["c4-redplanx-zhiguang-storage", "c4-cwn-mohalla-sharechat"])
def test_own_total_is_a_round_real(item_id: str) -> None:
    assert tuning_deals(item_id)[0].kind == "round"  # "合計7億人民元の追加投資を受けた", "총 3억 달러를 유치하며"


@pytest.mark.parametrize(
    "text",
    [
        "青空エナジーは投資家8社から合計15億円の追加投資を受けた。",  # SYNTHETIC
        "인도 물류 스타트업 '로지고'는 여러 투자사로부터 총 1억 2000만 달러를 유치하며 유니콘이 됐다.",  # SYNTHETIC
    ],
)
def test_own_total_is_a_round_synthetic(text: str) -> None:
    assert parse_deals(text)[0].kind == "round"


@pytest.mark.parametrize(
    "item_id",
    [
        "c4-mingpao-xtalpi-listing-filing",  # "遞表申請上市"
        "c4-agora0-sensetime-hk-debut",  # "首日登场"
        "c4-cls-weekly-roundup-xinyueneng",  # "共发生76起投融资事件"
        "c4-inews24-kakao-youth-startup-fund",  # "출자 약정식"
    ],
)
def test_cjk_other_real(item_id: str) -> None:
    assert tuning_deals(item_id)[0].kind == "other"


@pytest.mark.parametrize(
    "text",
    [
        # SYNTHETIC: a listing application; the D round is history.
        "內地機器人公司星辰智造於周五遞表申請上市,獨家保薦人為某證券。該公司2022年完成D輪融資後估值達10億美元。",
        # SYNTHETIC: a listing debut.
        "路透上海5月8日 - 芯片设计公司某微电子周四首日登场,较招股价高出15%,集资额为30亿元。",
        # SYNTHETIC: a state guidance fund.
        "国家中小企业创新引导基金正式启动,首批20支子基金同步签约,财政出资300亿元。",
        # SYNTHETIC: a weekly count of deals.
        "据统计,本周国内共发生52起投融资事件,已披露的融资总额约30亿元,其中某科技完成5亿元B轮融资。",
        # SYNTHETIC: LPs pledging at a ceremony.
        "중소벤처기업부와 한빛전자는 10일 총 200억원 규모의 '한빛 청년펀드' 조성을 위한 출자 약정식을 열었다.",
    ],
)
def test_cjk_other_synthetic(text: str) -> None:
    assert parse_deals(text)[0].kind == "other"


# --- fund_cjk_issue: a firm announcing its fund's new issue ----------------------------------------------------------


def test_new_issue_fund_real() -> None:
    head = tuning_deals("c4-sina-wuyuan-dual-currency-fund")[
        0
    ]  # "五源资本宣布了新一期双币基金,总规模折合人民币超过130亿元"
    assert head.kind == "fund" and head.amount_usd == pytest.approx(1.3e10 / 6.4508, rel=0.02)


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("周三,远山资本宣布了新一期美元基金,总规模为5亿美元。", "fund"),  # SYNTHETIC
        ("北岸创投宣布完成第三期人民币基金的募集,规模20亿元。", "fund"),  # SYNTHETIC
        ("某科技宣布完成2亿元A轮融资,由新一期基金领投。", "round"),  # SYNTHETIC: the new fund invests, it is no close
    ],
)
def test_new_issue_fund_synthetic(text: str, kind: str) -> None:
    assert parse_deals(text)[0].kind == kind


# --- cjk: adverbs between 宣布 and 完成/获得 ("宣布連續完成", "先后获得"); a year is no name -------------------------------


@pytest.mark.parametrize(
    ("text", "company"),
    [
        ("星河动力宣布连续完成天使轮和Pre-A轮融资,由某资本领投。", "星河动力"),  # SYNTHETIC
        ("北辰科技先后获得3轮融资,本轮由某资本领投。", "北辰科技"),  # SYNTHETIC
        ("蓝海智造近日宣布顺利完成5000万元A轮融资。", "蓝海智造"),  # SYNTHETIC
    ],
)
def test_adverb_before_the_raise_synthetic(text: str, company: str) -> None:
    from talentintel.funding import cjk

    assert cjk.extract(text).company == company


def test_adverb_and_year_are_no_names_real() -> None:
    from talentintel.funding import cjk
    from tests.funding.tuning_texts import tuning_text

    # "先后获得3轮融资", "2021年完成五款滤波器芯片研发": neither "先后" nor "2021年" is the raiser (the registered name
    # that is, "武汉敏声新技术有限公司在…举办", is left to the registered-name rules).
    assert cjk.extract(tuning_text("c4-fensifuwu-minsheng-series-b")).company not in ("先后", "2021年")
    assert cjk.extract("2022年完成两轮融资。").company is None  # SYNTHETIC


# --- cjk_raise: the quoted company investors put money in; cjk_leads: co-leads joined by 와/과 -------------------------


def test_korean_invested_in_and_co_leads_real() -> None:
    head = tuning_deals("c4-daum-tenstorrent")[
        0
    ]  # "스타트업 '텐스토렌트'에 투자했다", "한국 AFW파트너스와 삼성증권이 주도한"
    assert _same(head.company, "텐스토렌트")
    assert {normalize_company(n) for n in head.lead_investors} == {
        normalize_company("AFW파트너스"),
        normalize_company("삼성증권"),
    }


@pytest.mark.parametrize(
    ("text", "company", "leads"),
    [
        (  # SYNTHETIC
            "국내 대기업들이 반도체 스타트업 '칩온'에 투자했다고 외신이 보도했다. 칩온은 미래파트너스와 한빛증권이 "
            "주도한 2억 달러 규모의 펀딩 라운드를 마쳤다.",
            "칩온",
            ["미래파트너스", "한빛증권"],
        ),
        (  # SYNTHETIC: one lead, nothing joined to it
            "로봇 기업 '하늘로보'에 투자했다. 이번 라운드는 바람벤처스가 주도했다.",
            "하늘로보",
            ["바람벤처스"],
        ),
    ],
)
def test_korean_invested_in_and_co_leads_synthetic(text: str, company: str, leads: list[str]) -> None:
    head = parse_deals(text)[0]
    assert _same(head.company, company)
    assert [normalize_company(n) for n in head.lead_investors] == [normalize_company(n) for n in leads]


# --- fund_cjk: a kind of firm ("액셀러레이터") is no manager; as an apposition it is cut --------------------------------


def test_fund_manager_behind_its_kind_real() -> None:
    head = tuning_deals("c4-newspim-postech-imp-fund")[0]
    assert head.kind == "fund" and _same(head.company, "포항공과대학교기술지주")


def test_fund_manager_behind_its_kind_synthetic() -> None:
    text = (  # SYNTHETIC
        "액셀러레이터(창업기획자)가 결성한 두번째 벤처투자조합이 탄생했다. 한강기술지주에서 30억원 규모로 결성한 "
        "'한강 2호 펀드'가 그 주인공이다.\n10일 업계에 따르면 액셀러레이터인 한강기술지주가 30억원 규모의 '한강 2호 "
        "펀드'를 결성했다."
    )
    head = parse_deals(text)[0]
    assert head.kind == "fund" and _same(head.company, "한강기술지주")
