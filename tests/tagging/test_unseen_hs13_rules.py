"""Rules from unseen_hs13 (tests/fixtures/tagging/unseen_hs13.jsonl: the session-13 holdout, scored once by the lead
and moved to tuning; issue 18, branch tag51): a city's district that shares a name with another city ("台北市中山區") is
the district (cjk.py); "U.S.-listed" is a stock listing, no work place (corporate_places.py); 深度学习机会 is a chance
to learn in depth, not deep learning (taxonomy [cjk] neutral); "X、Y等在<domain>的场景应用" lists technologies' uses in
a domain (sector._TECH_ENUMERATION); a cooling or power supplier names its buyers after the product
(intersection._SUPPLY).

Strings written here to pin a rule are SYNTHETIC (marked so, with invented company names); the batch items are real.
"""

from __future__ import annotations

from talentintel.tagging.cjk import cjk_places
from talentintel.tagging.corporate_places import without_corporate_places
from talentintel.tagging.evaluate import tag_item
from talentintel.tagging.tagger import TagResult, tag_posting
from tests.tagging.batches import by_id

HS13 = by_id("unseen_hs13")


def _tag(title: str, description: str, locations: list[str] | None = None) -> TagResult:
    return tag_posting(title=title, description=description, company=None, locations=locations or [])


# --- a district of the city before it --------------------------------------------------------------------------------


def test_taipei_districts_named_like_mainland_cities_are_taiwan_only() -> None:
    # 台北市文山區 (Wenshan, also a Yunnan prefecture), 台北市中山區 (Zhongshan, also a Guangdong city)
    for key in ("hs13-yusheng-nlp-intern", "hs13-dangruo-art-backend"):
        result = tag_item(HS13[key])
        assert (result.regions, result.countries) == (["asia"], ["TW"]), key


def test_district_after_its_city_is_no_other_city() -> None:
    # SYNTHETIC location strings
    assert cjk_places("台北市中山區").countries == ("TW",)
    assert cjk_places("台北市文山區").countries == ("TW",)
    assert cjk_places("東京都港区").countries == ("JP",)


def test_city_name_without_a_city_before_it_still_counts() -> None:
    # SYNTHETIC: the same names alone, or as the city itself, are the mainland places
    assert cjk_places("中山区").countries == ("CN",)
    assert cjk_places("广东省中山市").countries == ("CN",)
    assert cjk_places("上海市浦东新区").countries == ("CN",)


# --- a place before "-listed" ------------------------------------------------------------------------------------------


def test_us_listed_company_with_no_place_has_no_region() -> None:
    # "AIxCrypto is a U.S.\-listed company ..." (markdown's escaped hyphen kept by the scrape), no location
    for key in ("hs13-ff-aixcrypto-agent-swe", "hs13-ff-aixcrypto-agent-data"):
        result = tag_item(HS13[key])
        assert (result.regions, result.countries) == ([], []), key
        assert result.sector == ["ai", "crypto"], key


def test_listed_and_incorporated_compounds_are_blanked() -> None:
    # SYNTHETIC
    assert "Hong Kong" not in without_corporate_places("Acmeco is a Hong Kong-listed group.")
    assert "Cayman" not in without_corporate_places("a Cayman-incorporated foundation")
    assert "Berlin" in without_corporate_places("a NYSE-listed firm hiring in Berlin")
    assert _tag("Engineer", "Acmeco is a U.S.-listed company building payment software.").regions == []


def test_work_place_beside_a_listing_still_counts() -> None:
    # SYNTHETIC
    result = _tag("Engineer", "Acmeco is a U.S.-listed company. This role is based in Toronto, Canada.")
    assert "canada" in result.regions


# --- 深度学习机会 ----------------------------------------------------------------------------------------------------


def test_garden_designers_chance_to_learn_in_depth_is_no_ai() -> None:
    item = HS13["hs13-wuhua-garden-designer"]  # "無花给你提供发展平台和深度学习机会"
    assert tag_item(item).sector == []
    assert tag_item(item, company_blind=True).sector == []


def test_learning_chance_words_weigh_nothing_but_deep_learning_does() -> None:
    # SYNTHETIC
    assert _tag("运营专员", "我们提供晋升通道和深度学习的机会。").sector == []
    assert _tag("算法工程师", "负责深度学习模型训练与部署。").sector == ["ai"]


# --- a list of technologies' uses in a domain ------------------------------------------------------------------------


def test_agronomist_who_knows_ai_applications_in_farming_is_none() -> None:
    item = HS13["hs13-entropy-agri-tech-service"]  # "了解人工智能、物联网等在农业方面的场景应用"
    assert tag_item(item).sector == []
    assert tag_item(item, company_blind=True).sector == []


def test_technologies_applied_in_a_domain_are_a_list() -> None:
    # SYNTHETIC: the list form is a mention; the employer's own AI work still counts
    assert _tag("销售经理", "了解人工智能、大数据等在医疗行业的应用。").sector == []
    assert _tag("算法工程师", "负责人工智能算法研发，了解人工智能、大数据等在医疗行业的应用。").sector == ["ai"]


# --- a supplier of cooling or power names its buyers ------------------------------------------------------------------


def test_cooling_maker_for_miners_and_ai_is_none() -> None:
    item = HS13["hs13-data-airflow-real-estate"]  # "tailors data center cooling solutions in the cryptocurrency
    # mining and AI systems"
    assert tag_item(item).sector == []
    assert tag_item(item, company_blind=True).sector == []


def test_supply_clause_weakens_only_the_words_after_it() -> None:
    # SYNTHETIC
    assert (
        _tag("Site Lead", "Acmeco designs power distribution equipment for bitcoin mining and AI data centers.").sector
        == []
    )
    before = "Acmeco is a bitcoin mining company that also sells cooling systems to AI labs and hospitals."
    assert "crypto" in _tag("Site Lead", before).sector
