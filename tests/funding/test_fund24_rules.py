"""Rules written in session 24 (helper fund_f24, issue 13): a fund lede's subject given with its short form in brackets
after an article, and the fund-path cleanups' invariants, each on the real tuning sentence it cites."""

from __future__ import annotations

import pytest

from talentintel.funding import fund_plan_lede, fund_plans, fund_public_launch
from talentintel.funding.fund_lede_subject import lede_subject
from talentintel.funding.fund_plan_table import PLAN_IN_SENTENCE, PLAN_TO_FUND, PLANNED_LEDE
from tests.funding.tuning_texts import assert_fund, tuning_deals, tuning_text


@pytest.mark.parametrize(
    ("item_id", "manager"),
    [
        # "The Business Development Bank of Canada (BDC) came out with a new, $400 million climate-tech fund"
        # (tuning_funds9 zebeth-bdc-climate-fund, English)
        ("zebeth-bdc-climate-fund", "Business Development Bank of Canada"),
        # "Der High-Tech Gründerfonds (HTGF) hat am 31. Mai das First Closing des HTGF III mit einem Volumen von 245
        # Millionen Euro verkündet." (tuning_funds7 stbweb-htgf-iii-first-closing-de, German)
        ("stbweb-htgf-iii-first-closing-de", "High-Tech Gründerfonds"),
    ],
)
def test_article_name_and_short_form_is_the_lede_subject(item_id: str, manager: str) -> None:
    assert lede_subject(tuning_text(item_id)) == manager
    assert_fund(tuning_deals(item_id), manager)


def test_short_form_must_share_the_name_initial() -> None:
    # SYNTHETIC variant of the zebeth sentence: a bracket that is no short form of the name is no evidence.
    text = "The Business Development Bank of Canada (Reuters) came out with a new, $400 million climate-tech fund."
    assert lede_subject(text) != "Business Development Bank of Canada"


def test_plan_tables_live_in_one_module() -> None:
    # Cleanup (session 24): the three readers use the shared table's patterns, not copies of their own.
    assert fund_plans._PLANNED is PLANNED_LEDE
    assert fund_plan_lede._PLAN is PLAN_TO_FUND
    assert fund_public_launch._PLANNED is PLAN_IN_SENTENCE
