"""Rules from unseen batch 13 (tests/fixtures/tagging/unseen13.jsonl: postings at unseen employers on Asian job
boards and careers sites; each item cited): judging a model's output is AI work (raters, annotators, "Data Trainer"
roles of the AI-data vendors); a job-board mirror's pinyin readings ("開發(fā)") go before CJK terms are read; the
employer's "we're building X that powers <business>" names the business; an English work-mode label on its own line
("Work Arrangement" / "Remote") is a location line.

Strings written here to pin a rule are SYNTHETIC (marked so); the batch items are real.
"""

from __future__ import annotations

import pytest

from talentintel.tagging import tag_posting
from talentintel.tagging.cjk_terms import without_readings
from talentintel.tagging.evaluate import tag_item
from talentintel.tagging.self_description import intro_sectors
from tests.tagging.batches import by_id

BATCH13 = by_id("unseen13")


@pytest.mark.parametrize("item_id", sorted(BATCH13))
def test_batch13_sector_and_regions(item_id: str) -> None:
    item = BATCH13[item_id]
    result = tag_item(item)
    assert sorted(result.sector) == sorted(item["label_sector"])
    assert sorted(result.regions) == sorted(item["label_regions"])


@pytest.mark.parametrize(
    "item_id",
    ["un13-monster-braintrust-vi-expert", "un13-pitchme-sme-korean-ts-trainer", "un13-expertini-opentrain-annotator"],
)
def test_reviewers_of_model_output_are_ai_work(item_id: str) -> None:
    item = BATCH13[item_id]
    assert tag_item(item).sector == ["ai"]


def test_model_output_review_synthetic() -> None:
    # SYNTHETIC: a rater posting and a Data Trainer title
    rater = "You will evaluate AI-generated responses in Thai and compare model responses for accuracy and tone."
    assert tag_posting(title="Thai Language Specialist", description=rater).sector == ["ai"]
    assert tag_posting(title="Hindi Data Trainer", description="Remote, hourly contract.").sector == ["ai"]
    # SYNTHETIC: a marketer who makes AI-generated content with a tool, and a trainer who teaches staff to use AI
    marketer = "Create AI-generated content for our social media campaigns using Canva and ChatGPT."
    assert tag_posting(title="Marketing Executive", description=marketer).sector == []
    teacher = "Run workshops as our AI trainer to upskill employees on everyday AI tools."
    assert tag_posting(title="Learning & Development Executive", description=teacher).sector == []
    # SYNTHETIC: a support agent who checks an assistant's drafts, a risk analyst who checks a model's numbers
    support = "Review AI-generated responses to customer tickets before sending them and escalate edge cases."
    assert tag_posting(title="Customer Support Associate", description=support).sector == []
    risk = "Validate model outputs of the credit risk scorecards and document the findings for the committee."
    assert tag_posting(title="Model Risk Analyst", description=risk).sector == []
    assert tag_posting(title="Risk Analyst", description=risk).sector == []


def test_mirror_pinyin_readings_are_read_past() -> None:
    item = BATCH13["un13-casino-python-model-data"]
    assert tag_item(item).sector == ["ai"]
    # SYNTHETIC: readings after Han characters go; a bracketed Latin word stays
    assert without_readings("負責模型訓(xùn)練與部署(AI)") == "負責模型訓練與部署(AI)"
    assert without_readings("熟悉 Go (Golang)") == "熟悉 Go (Golang)"


def test_what_the_product_powers_names_the_business() -> None:
    item = BATCH13["un13-karpishe-exchange-go"]
    assert tag_item(item).sector == ["crypto"]
    # SYNTHETIC: the business after "that powers" in the first sentence; a generic product is no business
    assert "crypto" in intro_sectors("We’re building low-latency matching services that power a crypto exchange.")
    assert intro_sectors("We build reliable services that power our checkout pages.") == set()


def test_work_mode_label_on_its_own_line() -> None:
    item = BATCH13["un13-talentprofile-ja-legal-rater"]
    assert tag_item(item).regions == ["global"]
    # SYNTHETIC: the label, then its value on the next line
    text = "Responsibilities\n- Review documents\nWork Arrangement\nRemote\nSchedule\nFlexible"
    assert tag_posting(title="Reviewer", description=text).regions == ["global"]
    onsite = "Work mode\nOn-site in Singapore\n"
    assert tag_posting(title="Analyst", description=onsite).regions == ["asia"]


BATCH4 = by_id("unseen4")


@pytest.mark.parametrize(
    "item_id", ["un4-boss-2b1304c9c4c543cd", "un4-boss-d93d4522ef74bca5", "un4-boss-db59490eaee20023"]
)
def test_a_place_that_qualifies_a_boast_is_no_work_place(item_id: str) -> None:
    # real Chinese ads whose only place names were "日本DGP综合金奖", "德国 iF 设计奖", "中国第一", "中国移动"
    assert tag_item(BATCH4[item_id]).regions == []


def test_rank_award_and_carrier_synthetic() -> None:
    # SYNTHETIC: the same names as ranks, awards and carriers, then as the work place
    boast = "公司是国内领先的SaaS服务商，产品获得德国红点设计奖，市场份额位居中国第一，客户包括中国移动。"
    assert tag_posting(title="前端工程师", description=boast).regions == []
    assert tag_posting(title="前端工程师", description=boast + "\n工作地点：德国柏林").regions == ["europe"]
    assert tag_posting(title="前端工程师", description="我们在东京办公，欢迎加入。").regions == ["asia"]


def test_examples_of_a_discipline_are_its_tools() -> None:
    devset = by_id("devset")
    # real: "Strong knowledge of probability and statistics (e.g., machine learning, ..., NLP)" in a quant ad
    assert tag_item(devset["pg2-citadel-qr-intern-asia"]).sector == []
    # SYNTHETIC: the same examples, then ML as the job itself
    ask = "Solid grounding in mathematics (e.g., linear algebra, machine learning, optimisation) is expected."
    assert tag_posting(title="Pricing Analyst", description=ask).sector == []
    job = "You will train machine learning models for fraud detection and deploy them with PyTorch."
    assert tag_posting(title="Engineer", description=job + " " + ask).sector == ["ai"]
