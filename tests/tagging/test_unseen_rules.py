"""Rules added after the unseen batches (tests/fixtures/tagging/unseen2.jsonl, unseen3.jsonl: real postings, cited per
item).

Strings written here to pin a rule are SYNTHETIC (marked so); the batch items are real.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from talentintel.tagging import tag_posting
from talentintel.tagging.cjk import cjk_places
from talentintel.tagging.evaluate import load_devset, tag_item

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "tagging"
UNSEEN = [*load_devset(FIXTURES / "unseen2.jsonl"), *load_devset(FIXTURES / "unseen3.jsonl")]


@pytest.mark.parametrize("item", UNSEEN, ids=lambda i: i["id"])
def test_unseen_batch_items(item: dict) -> None:
    result = tag_item(item)
    assert sorted(result.sector) == sorted(item["label_sector"])
    assert result.regions == sorted(item["label_regions"])


def _tag(title: str = "Engineer", description: str = "", location: str = "") -> object:
    return tag_posting(title=title, description=description, locations=[location] if location else [], company="")


@pytest.mark.parametrize(
    ("description", "regions", "countries"),
    [  # SYNTHETIC location lines, as boards without a location field write them
        ("岗位职责:后端开发\n工作地点:远程", ["global"], []),
        ("工作方式:远程办公,不限地区", ["global"], []),
        ("근무형태: 원격근무", ["global"], []),
        ("办公地点:香港/新加坡", ["asia"], ["HK", "SG"]),
        ("Responsibilities: build APIs\nLocation: Remote (Global)", ["global"], []),
        ("회사 주소: 역삼로 180", ["asia"], ["KR"]),
        ("我们是一支全球远程团队", ["global"], []),
    ],
)
def test_location_written_in_the_text(description: str, regions: list[str], countries: list[str]) -> None:
    result = _tag(description=description)
    assert result.regions == regions
    assert result.countries == countries


def test_street_addresses_name_their_country() -> None:
    assert cjk_places("테헤란로 427").countries == ("KR",)
    assert cjk_places("성수이로 7길 27").countries == ("KR",)
    assert cjk_places("张江高科碧波路690号").countries == ("CN",)
    # SYNTHETIC: "경력으로 3년" (three years of experience) is a particle and a duration, not a road and a number
    assert cjk_places("경력으로 3년 이상", global_words=False).countries == ()


def test_technologies_listed_are_mentions() -> None:
    # SYNTHETIC: an employer listing the technologies it follows does not build AI
    text = (
        "Acme makes accounting software for small firms. Our products harness emerging technologies such as cloud "
        "computing, artificial intelligence, robotics and 3D printing. You will reconcile ledgers every month."
    )
    assert _tag("Accountant", text).sector == []


@pytest.mark.parametrize(
    ("description", "sector"),
    [  # SYNTHETIC sentences: a network word near an AI noun is the intersection; a business sense is not
        ("We run a permissionless GPU inference network. You will write Rust services for it.", ["ai", "crypto"]),
        (
            "Our team trains a truly decentralized 7B parameter LLM with contributors worldwide. "
            "Contributors are rewarded on-chain.",
            ["ai", "crypto"],
        ),
        ("We are a decentralized organization with a flat operating model. You will manage payroll.", []),
    ],
)
def test_intersection_by_proximity(description: str, sector: list[str]) -> None:
    assert _tag("Engineer", description).sector == sector
