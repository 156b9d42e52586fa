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
