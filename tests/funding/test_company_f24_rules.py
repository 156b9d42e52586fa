"""Session 24 (helper company_f24) company rules, each with the real sentence it came from (tuning file ids)."""

from __future__ import annotations

from talentintel.funding.cjk_registry_change import registry_change_investor, registry_change_raiser
from tests.funding.tuning_texts import tuning_deals


def test_a_registry_change_adding_a_shareholder_is_a_round_of_the_registered_company() -> None:
    # real: "投资界获悉,云鲸智能科技(东莞)有限公司最近发生工商变更,新增股东广西腾讯创业投资有限公司。" (hs4-redian-yunjing-
    # tencent, redian.news) and its traditional-character copy on nanmuxuan.com (b55-nanmuxuan-narwal-tencent-investment-zh)
    for item, company, investor in (
        ("hs4-redian-yunjing-tencent", "云鲸智能科技(东莞)有限公司", "广西腾讯创业投资有限公司"),
        ("b55-nanmuxuan-narwal-tencent-investment-zh", "雲鯨智能科技(東莞)有限公司", "廣西騰訊創業投資有限公司"),
    ):
        head = tuning_deals(item)[0]
        assert head.kind == "round" and head.company == company and head.lead_investors == [investor]
    # real: the same wording as background in talks about a new round stays `other` (b36-degang-agibot-new-round-talks-
    # zh: "上海智元新創技術有限公司發生工商變更,新增股東紅杉中國、M31資本、上汽投資"); a list names no single investor
    assert tuning_deals("b36-degang-agibot-new-round-talks-zh")[0].kind == "other"
    text = "上海智元新創技術有限公司發生工商變更,新增股東紅杉中國、M31資本、上汽投資,三家共同參與了A++++輪融資。"
    assert registry_change_raiser(text) == "上海智元新創技術有限公司" and registry_change_investor(text) is None
    # SYNTHETIC: no registry change, no raiser
    assert registry_change_raiser("星火科技有限公司完成数千万元A轮融资。") is None
