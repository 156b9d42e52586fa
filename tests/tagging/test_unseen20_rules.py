"""Rules from unseen batch 20 (tests/fixtures/tagging/unseen20.jsonl: real Asian postings at employers no shipped list
names, issue 18, branch tag21): a "city, state code, country code" location with placeholders, Chinese posts' "Base
地：" location line, and the CJK names of an AI platform (AI中台, AI平台).

Strings written here to pin a rule are SYNTHETIC (marked so); the batch items are real.
"""

from __future__ import annotations

import pytest

from talentintel.tagging.evaluate import tag_item
from talentintel.tagging.location_triples import city_state_country
from talentintel.tagging.locations import locate
from talentintel.tagging.regions import posting_regions
from talentintel.tagging.tagger import tag_posting
from tests.tagging.batches import by_id

BATCH20 = by_id("unseen20")


def _countries(location: str) -> set[str]:
    """The countries the triple reading gives, empty when the string is not a triple."""
    found = city_state_country(location)
    return set(found.countries) if found else set()


@pytest.mark.parametrize("item_id", sorted(BATCH20))
def test_batch20_sector_and_regions(item_id: str) -> None:
    item = BATCH20[item_id]
    result = tag_item(item)
    assert sorted(result.sector) == sorted(item["label_sector"])
    assert sorted(result.regions) == sorted(item["label_regions"])
    assert sorted(result.countries) == sorted(item["label_countries"])


def test_placeholder_triple_ends_with_a_country() -> None:
    # real: "N/A, N/A, IN" (un20-jobpostings-giakaa-blockchain-intern) was Indiana
    assert city_state_country("N/A, N/A, IN") is not None
    assert posting_regions("Blockchain Developer Intern", "", ["N/A, N/A, IN"]).countries == {"IN"}
    # SYNTHETIC: other placeholders, a subdivision code of the country, a remote city part
    assert _countries("null, -, DE") == {"DE"}  # not Delaware
    assert _countries("N/A, KA, IN") == {"IN"}  # Karnataka's code before India's
    remote = city_state_country("Remote, N/A, IN")
    assert remote is not None and remote.remote and set(remote.countries) == {"IN"}


def test_us_and_other_forms_stay_as_they_were() -> None:
    # SYNTHETIC: a US state code before the country, a state name, two parts, a non-country last code
    assert _countries("Fort Wayne, IN, US") == {"US"}
    assert city_state_country("Paris, Texas, US") is None
    assert city_state_country("Indianapolis, IN") is None
    assert city_state_country("Austin, TX, ZZ") is None
    assert set(locate("Indianapolis, IN").countries) == {"US"}


def test_base_di_line_is_the_location() -> None:
    # real: "Base 地：深圳" above an intro naming a partner university in the US (un20-cloudnative-sftech-...)
    item = BATCH20["un20-cloudnative-sftech-ai-platform-golang"]
    assert tag_item(item).countries == ["CN"]
    # SYNTHETIC: "base地:" without a space, another city, a foreign partner in the intro
    text = "base地: 成都\n\n我们与新加坡国立大学合作研究。\n\n岗位职责\n1. 负责后端开发"
    assert posting_regions("后端工程师", text, []).countries == {"CN"}


def test_ai_platform_in_cjk_is_ai_work() -> None:
    # real: building the backend of an "AI技术中台" (un20-cloudnative-sftech-ai-platform-golang)
    item = BATCH20["un20-cloudnative-sftech-ai-platform-golang"]
    assert tag_item(item).sector == ["ai"]
    # SYNTHETIC: an AI中台 / 人工智能平台 role in other words
    text = (
        "岗位职责：\n1. 负责公司AI中台的服务端研发与维护；\n2. 参与人工智能平台的调度与资源管理模块开发。\n"
        "任职要求：\n1. 熟悉Go或Java；\n2. 熟悉Kubernetes。"
    )
    assert tag_posting(title="后端开发工程师", description=text).sector == ["ai"]


def test_ai_platform_words_need_the_platform() -> None:
    # SYNTHETIC: a sales role at a payments firm that merely names AI among fields stays none
    text = "公司利用大数据、人工智能等技术提升风控能力。\n岗位职责：\n1. 负责华东区域商户拓展；\n2. 维护客户关系。"
    assert tag_posting(title="销售经理", description=text).sector == []
