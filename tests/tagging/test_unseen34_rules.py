"""Rules from unseen34 (tests/fixtures/tagging/unseen34.jsonl: listing-only Chinese board records at unlisted employers,
look-alike names with 链, 智能, 网络, 数金 and payments words; issue 18, branch tag44): 智能体 / 智能體 (an AI agent) in a
company's name reads "ai" like 人工智能 (tagging/cjk_names.py), and stays 智能 "smart" before a word that begins with 体.

Every company name here is SYNTHETIC (invented, "某某" = "so-and-so"); the batch items are real and all stay none.
"""

from __future__ import annotations

import pytest

from talentintel.tagging.cjk_names import latin_reading
from talentintel.tagging.evaluate import tag_item
from tests.tagging.batches import by_id

UN34 = by_id("unseen34")


def _listing(company: str) -> dict[str, object]:
    """A SYNTHETIC listing-only record: a generic title, the name, a city."""
    return {"title": "前端工程师", "company": company, "description": "计算机软件\n100-499人", "location": "上海"}


@pytest.mark.parametrize("item_id", sorted(UN34))
def test_un34_look_alikes_stay_none(item_id: str) -> None:
    assert tag_item(UN34[item_id]).sector == []


@pytest.mark.parametrize("company", ["上海某某智能体科技有限公司", "台北某某智能體科技股份有限公司"])  # SYNTHETIC
def test_agent_company_name_is_ai(company: str) -> None:
    assert " ai " in f" {latin_reading(company)} "
    assert tag_item(_listing(company)).sector == ["ai"]


@pytest.mark.parametrize(
    "company",
    [
        "某某智能体育科技有限公司",  # SYNTHETIC: smart sports
        "某某智能体验科技有限公司",  # SYNTHETIC: smart experience
        "某某智能体检设备有限公司",  # SYNTHETIC: smart health checks
        "某某智能體感科技有限公司",  # SYNTHETIC: motion sensing
        "某某智能科技有限公司",  # SYNTHETIC: 智能 "smart" alone
    ],
)
def test_smart_words_beginning_with_ti_stay_none(company: str) -> None:
    assert latin_reading(company) == company
    assert tag_item(_listing(company)).sector == []


def test_blind_mode_masks_the_name() -> None:
    # the name decides only where it is read: company-blind masks it, like "Citadel AI" (unseen33)
    assert tag_item(_listing("上海某某智能体科技有限公司"), company_blind=True).sector == []  # SYNTHETIC
