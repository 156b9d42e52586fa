"""Rules from unseen_hs11 (tests/fixtures/tagging/unseen_hs11.jsonl: the session-11 holdout, scored once by the lead
and then tuning data; listing-only records at unlisted employers; issue 18, branch tag43): "task mining" is process
analysis, not crypto mining, and Japanese "AI活用(推進)" is promoting AI use, not AI work, in a title too
(data/taxonomy.toml negatives); a crypto fund's name inside its portfolio job board's name is the board, not the
company's backer (taxonomy unless_near); an ML role word in the title with a machine-learning skill tag is core AI
evidence (tagging/role_skills.py).

Strings written here to pin a rule are SYNTHETIC (marked so, with invented company names); the batch items are real.
"""

from __future__ import annotations

import pytest

from talentintel.tagging.evaluate import tag_item
from talentintel.tagging.tagger import tag_posting
from tests.tagging.batches import by_id

HS11 = by_id("unseen_hs11")
FIXED_BOTH_MODES = (
    "hs11t-midori-celonis-ai-task-mining",  # "Senior Software Engineer - AI & Task Mining": ai, not both
    "hs11t-midori-paypay-ai-promotion",  # "次世代業務基盤の企画推進担当（AI活用推進）": none
    "hs11t-web3jobs-fuse-energy-warehouse",  # "Warehouse Associate" on "Multicoin Capital Job Board": none
    "hs11t-jobplanet-tilda-metheus-research",  # "Research Engineer", tags "AI, machine learning": ai
)


@pytest.mark.parametrize("item_id", FIXED_BOTH_MODES)
@pytest.mark.parametrize("company_blind", [False, True])
def test_hs11_fixed_sectors(item_id: str, company_blind: bool) -> None:
    item = HS11[item_id]
    assert sorted(tag_item(item, company_blind=company_blind).sector) == sorted(item["label_sector"])


def _sector(title: str, description: str = "") -> list[str]:
    return tag_posting(title=title, description=description, company=None, locations=[]).sector


# --- task mining is process analysis ---------------------------------------------------------------------------------


def test_task_mining_is_no_crypto_mining() -> None:
    assert _sector("Product Manager, Task Mining") == []  # SYNTHETIC
    assert _sector("Senior Engineer, Bitcoin Mining") == ["crypto"]  # SYNTHETIC: the crypto sense stays


# --- AI活用: using AI, in a title too ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "title", ["業務改革推進担当（AI活用）", "AI利活用推進リーダー", "DX・AI活用促進担当"]
)  # SYNTHETIC
def test_ai_use_promotion_titles_are_no_ai_job(title: str) -> None:
    assert _sector(title) == []


@pytest.mark.parametrize("title", ["AIエンジニア（AI活用推進）", "機械学習エンジニア", "AI Engineer"])  # SYNTHETIC
def test_ai_work_titles_stay_ai(title: str) -> None:
    assert _sector(title) == ["ai"]


# --- a fund's job board is not its backing -----------------------------------------------------------------------------


def test_fund_job_board_name_is_no_crypto_evidence() -> None:
    # SYNTHETIC, shaped like the feed's records: a date line and the board's name
    assert _sector("Office Manager", "2026-02-24T15:02:11.000Z\nJobs | Pantera Capital Job Board") == []


def test_backed_by_a_crypto_fund_still_counts() -> None:
    # SYNTHETIC: the company naming its backer is the fund evidence the taxonomy keeps
    text = "Acme Labs is backed by Multicoin Capital and Pantera Capital. We are hiring an office manager in Austin."
    assert "crypto" in _sector("Office Manager", text)


# --- ML role word + ML skill tag -----------------------------------------------------------------------------------------


def test_role_word_with_ml_skill_tag_is_ai() -> None:
    # SYNTHETIC, shaped like a Jobplanet record: title, then the board's skill-tag line
    assert _sector("Research Scientist", "경력무관, python, machine learning, SQL\n상시 채용\nJobplanet") == ["ai"]


def test_role_word_alone_or_with_plain_skills_is_not_ai() -> None:
    assert _sector("Research Engineer") == []  # SYNTHETIC
    assert _sector("Data Scientist", "경력무관, python, SQL, 데이터분석\n상시 채용\nJobplanet") == []  # SYNTHETIC
