"""Rules of branch fund_f25 (session 25, issue 13, fund raises): Korean says a formed fund in more verb forms than
"결성을 완료" (a plan later in the sentence does not make it planned), the formed sum said with 조성 is the fund's size
over an LP's share told first, a Korean manager's name carries its legal-form mark (㈜, (주)) and its role verb 담당, and a
Chinese manager is the subject of its role ("X负责基金管理", "X是…公司,作为…管理人"), not an LP or a co-sponsor before it.

Each real sentence is quoted from its tuning_funds25 row (id in the comment); variants marked SYNTHETIC are written here
to probe the same construction in other words and are in no dev, tuning or holdout file.
"""

import os

import pytest

from talentintel.funding.fund_plan_lede import planned_fund
from talentintel.funding.fund_roles import role_manager
from talentintel.funding.fund_size import fund_size
from tests.funding.tuning_texts import assert_fund, tuning_deals


@pytest.fixture(autouse=True)
def _rules_kind(monkeypatch: pytest.MonkeyPatch) -> None:
    # The rules' reading, whatever the shipped kind model says (the lead retrains after the merge).
    monkeypatch.setenv("FUNDING_KIND_MODEL", os.environ.get("FUNDING_KIND_MODEL", "rules"))


def test_korean_formed_fund_is_not_only_planned() -> None:
    # f25-joongdo-chungcheong-fund-no1-285eok-ko
    text = (
        "이날 출범하는 '충청권경제활성화투자조합 제1호'는 지난달 31일 조합결성 총회를 마친 후 지난 10일 중소기업청에 "
        "창업투자조합으로 정식 등록됐다. 운용사인 대덕인베스트먼트(주) 20억원 등 285억원이 조성됐으며 앞으로 조합원을 더 "
        "확보해 300억원 규모의 자금을 조성할 계획이다."
    )
    assert not planned_fund(text)
    # SYNTHETIC: the plan alone stays a plan.
    assert planned_fund("부산시는 300억원 규모의 창업펀드를 조성할 계획이다.")


def test_korean_formed_sum_over_an_lp_share() -> None:
    # f25-thesejong-guro-youth-startup-fund-355eok-ko
    size = fund_size(
        "펀드 투자금은 구 출자금 10억원을 포함해 당초 목표금액인 200억원보다 155억원 더 많은 355억원 규모로 조성됐다."
    )
    assert size is not None and size.amount == 355e8 and size.currency == "KRW"


@pytest.mark.parametrize(
    ("text", "manager"),
    [
        # f25-thesejong-guro-youth-startup-fund-355eok-ko
        ("펀드 운용 기간은 총 8년이며 펀드 운용은 ㈜티인베스트먼트가 담당할 예정이다.", "티인베스트먼트"),
        (
            "구는 지난 7월 창업펀드 조성을 위한 업무집행조합원을 공개 모집해 ㈜티인베스트먼트를 운용사로 선발한 바 있다.",
            "티인베스트먼트",
        ),
        # f25-joongdo-chungcheong-fund-no1-285eok-ko
        ("민간자본 35억원, 운용사인 대덕인베스트먼트(주) 20억원 등 285억원이 조성됐으며", "대덕인베스트먼트"),
        # f25-laoyaoba-wuhan-hongshan-fof-50bn-first-phase-10bn-zh
        (
            "武汉洪山区这支母基金总规模50亿元,首期规模10亿元,由区属国有平台洪山科投作为首期出资人,洪山科创负责基金管理。",
            "洪山科创",
        ),
        # f25-pedaily-meishan-guidance-fund-48bn-zh
        (
            "眉山发展集团下属眉山产投私募基金管理有限公司是全市首家国有独资基金管理公司,作为引导基金管理人,负责引导基金的日常"
            "投资运作和管理。",
            "眉山产投私募基金管理有限公司",
        ),
    ],
)
def test_manager_by_role(text: str, manager: str) -> None:
    assert role_manager(text) == manager


def test_role_words_that_name_no_firm() -> None:
    # SYNTHETIC: "운용사인 경우" (if it is a manager) names nobody; an LP's own role is no manager's.
    assert role_manager("출자자가 운용사인 경우에는 별도 심사를 거친다.") is None
    assert role_manager("由区属国有平台洪山科投作为首期出资人。") is None


@pytest.mark.parametrize(
    ("item_id", "company", "amount"),
    [
        ("f25-joongdo-chungcheong-fund-no1-285eok-ko", "대덕인베스트먼트", 20049243.76),
        ("f25-laoyaoba-wuhan-hongshan-fof-50bn-first-phase-10bn-zh", "洪山科创", 695665724.27),
        ("f25-pedaily-meishan-guidance-fund-48bn-zh", "眉山产投私募基金管理有限公司", 667839095.3),
    ],
)
def test_tuning_fund_deals(item_id: str, company: str, amount: float | None) -> None:
    assert_fund(tuning_deals(item_id), company, amount)
