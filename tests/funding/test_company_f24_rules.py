"""Session 24 (helper company_f24) company rules, each with the real sentence it came from (tuning file ids)."""

from __future__ import annotations

from talentintel.funding.cjk_registry_change import registry_change_investor, registry_change_raiser
from talentintel.funding.company_employer import named_as_employer
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


def test_the_founders_former_employer_is_not_the_raiser() -> None:
    # real: "L’un d’eux est Arthur Menschun ancien chercheur de DeepMind" (hs18-45secondes-mistral-105m-eur-seed-fr,
    # 45secondes.fr): DeepMind was read; Mistral AI raised
    assert tuning_deals("hs18-45secondes-mistral-105m-eur-seed-fr")[0].company == "Mistral AI"
    # real: "passé par le laboratoire de l’IA de Google" (s23-quotidienlibre-mistral-385m-eur-cedric-o-fr, quotidienlibre.fr)
    assert tuning_deals("s23-quotidienlibre-mistral-385m-eur-cedric-o-fr")[0].company == "Mistral AI"
    # real sentences of the class on other publishers (teknomers.com, startagro.agr.br, ghkleinster): the employer
    # position is recognised (other readings of those texts pick the name by other rules)
    text = "un trio d’anciens chercheurs en intelligence artificielle de Meta et Google a levé 105 millions d’euros"
    assert named_as_employer(text, text.find("Meta")) and named_as_employer(text, text.find("Google"))
    text = "Com apoio de Bezos e executivos do Google e Starbucks, agtech quer construir uma super estufa"
    assert named_as_employer(text, text.find("Google"))
    text = "Founded by Yann LeCun after leaving Meta. Raised $1.03B seed"
    assert named_as_employer(text, text.find("Meta"))
    # SYNTHETIC: the raiser after its own verb or a founder's role is no employer
    text = "Acme, cofondée par d'anciens chercheurs, lève 5 millions d'euros auprès de Partech."
    assert not named_as_employer(text, text.find("Acme")) and not named_as_employer(text, text.find("Partech"))
