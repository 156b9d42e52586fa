"""Rules from unseen_hs7 (tests/fixtures/tagging/unseen_hs7.jsonl: session 7's holdout of real community posts, scored
once, now tuning data; issue 18, branch tag29): a listing's, an incorporation's or a trend's place
(tagging/corporate_places.py), "a remote team", a role line marked remote (tagging/role_line.py) and a CJK title's
【…】 slot (tagging/title_brackets.py).

Strings written here to pin a rule are SYNTHETIC (marked so); the batch items are real.
"""

from __future__ import annotations

import pytest

from talentintel.tagging.city_list import city_list_places
from talentintel.tagging.corporate_places import without_corporate_places
from talentintel.tagging.evaluate import tag_item
from talentintel.tagging.role_line import role_line_remote
from talentintel.tagging.tagger import tag_posting
from talentintel.tagging.title_brackets import bracket_slots
from tests.tagging.batches import by_id

HS7 = by_id("unseen_hs7")
# the items whose regions the rules of this branch read right (the holdout's one score missed them)
FIXED = (
    "hs7t-clawcode-manbang-llm-algorithm",
    "hs7t-ethertw-smart-contract-us-or-tw",
    "hs7t-stackernews-synonym-wot-research",
    "hs7t-ethereumetl-web3-developer-remote",
    "hs7t-apbcd-globalstox-exchange-team",
)


@pytest.mark.parametrize("item_id", FIXED)
def test_hs7_fixed_regions(item_id: str) -> None:
    item = HS7[item_id]
    assert sorted(tag_item(item).regions) == sorted(item["label_regions"])


def _tag(title: str, description: str) -> object:
    return tag_posting(title=title, description=description, company="")


def test_a_stock_listing_or_registration_is_no_work_place() -> None:
    assert tag_item(HS7["hs7t-clawcode-manbang-llm-algorithm"]).countries == []
    assert "US" not in tag_item(HS7["hs7t-apbcd-globalstox-exchange-team"]).countries
    # SYNTHETIC: a Shenzhen team whose parent is listed in Hong Kong, registered in the Caymans
    text = "公司于2019年在香港成功上市，在开曼注册。\n工作地点：深圳南山区\n岗位职责：后端开发。"
    assert _tag("后端工程师", text).countries == ["CN"]
    assert "香港" not in without_corporate_places("公司在香港上市")
    assert "美國" not in without_corporate_places("這個概念是從美國開始流行的")
    # SYNTHETIC: English listing and incorporation clauses; an office sentence keeps its place
    blanked = without_corporate_places("Acme went public in the United States and is incorporated in Delaware.")
    assert "United States" not in blanked and "Delaware" not in blanked
    assert "Berlin" in without_corporate_places("Our office is in Berlin.")
    assert "北京" in without_corporate_places("我们在北京工作")


def test_a_remote_team_is_remote() -> None:
    result = tag_item(HS7["hs7t-stackernews-synonym-wot-research"])
    assert result.regions == ["global"]
    # SYNTHETIC: another employer describing itself as a fully remote company
    result = _tag("Backend Engineer", "Acme is a fully remote company building payment tools.\nYou will write Go.")
    assert result.regions == ["global"]


def test_a_role_line_marked_remote() -> None:
    assert tag_item(HS7["hs7t-ethereumetl-web3-developer-remote"]).regions == ["global"]
    # SYNTHETIC: a role line in a post titled with the company's name
    text = "## Open role\n**Senior Data Engineer (Fully Remote)**\n\n## Duties\n- Build pipelines"
    assert role_line_remote(text, text.lower()) == "**Senior Data Engineer (Fully Remote)**"
    assert _tag("Acme", text).regions == ["global"]
    # SYNTHETIC: a sentence or a perk is no role line
    perk = "Perks:\nWork from home days (remote)\nWe are remote (mostly)"
    assert role_line_remote(perk, perk.lower()) is None


def test_a_cjk_title_bracket_slot() -> None:
    assert tag_item(HS7["hs7t-ethertw-smart-contract-us-or-tw"]).countries == ["TW", "US"]
    assert bracket_slots("【徵才US or TW】Smart Contract Developer") == ["US or TW"]
    # SYNTHETIC: a mainland hiring word and two countries joined by "/"
    assert _tag("【招聘 Singapore/Japan】Rust 工程师", "负责链上开发。").countries == ["JP", "SG"]
    assert bracket_slots("【 徵才】 GlobalSTOx") == []


def test_a_comma_list_of_big_cities() -> None:
    item = HS7["hs7t-technologymasters-honeypot-swdev"]
    assert tag_item(item).countries == ["DE", "NL"]
    # SYNTHETIC: three capitals in a title's tail
    assert _tag("Backend Engineer - Paris, London, Tokyo", "You will write Go.").countries == ["FR", "GB", "JP"]
    # SYNTHETIC: a city's qualifiers stay qualifiers
    assert city_list_places("London, Ontario") is None
    assert city_list_places("Austin, Texas, USA") is None


def test_chinese_ai_training_words_beside_hpc_tools() -> None:
    assert tag_item(HS7["hs7t-youdao-emll-ai-hpc"]).sector == ["ai"]
    # SYNTHETIC: AI inference duties in Chinese next to CUDA and MPI are AI work
    text = "岗位职责：\n1. 负责AI推理性能优化\n2. 熟悉CUDA、MPI\n工作地点：上海"
    assert _tag("高性能计算工程师", text).sector == ["ai"]
    # SYNTHETIC: CUDA and MPI alone in a Chinese HPC posting stay no AI work
    assert _tag("高性能计算工程师", "岗位职责：\n1. 负责CFD求解器的CUDA移植\n2. 熟悉MPI、OpenMP").sector == []
