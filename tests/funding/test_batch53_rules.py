"""Rules written from tuning_batch53 (Indian-language press): digit groups before crore, plural raisers are totals."""

from __future__ import annotations

import pytest

from talentintel.funding.hindi_totals import is_plural_raiser
from talentintel.funding.indic_digits import number_value
from tests.funding.tuning_texts import tuning_deals


def test_real_crore_with_a_thousands_comma_is_read_whole() -> None:
    # "करीब 3,672 करोड़ रुपए" (about Rs 3,672 crore): INR 36.72 billion, at the latest INR row for an undated page.
    head = tuning_deals("b53-newsstar24-byjus-3672-crore-hi")[0]
    assert head.kind == "round"
    assert head.amount_usd is not None and abs(head.amount_usd - 424_508_670.52) <= 0.02 * 424_508_670.52


@pytest.mark.parametrize(
    ("written", "value"),
    [("3,672", 3672.0), ("1,23,456", 123456.0), ("75,000.5", 75000.5), ("2,5", 2.5), ("2.4", 2.4), ("200", 200.0)],
)
def test_number_value_groups_and_decimal_commas(written: str, value: float) -> None:
    assert number_value(written) == value


@pytest.mark.parametrize(
    "item_id",
    [
        "b53-wandercitys-india-q1-2025-2-5bn-hi",
        "b53-investing-hi-pakistan-startups-2021-350m-hi",
        "b53-dailykiran-india-weekly-357m-spinny-hi",
    ],
)
def test_real_hindi_totals_raised_by_startups_are_other(item_id: str) -> None:
    assert tuning_deals(item_id)[0].kind == "other"


def test_real_hindi_round_of_one_company_stays_a_round() -> None:
    # "शेयरचैट ने ... की अगुवाई में 50.2 करोड़ डॉलर ... जुटाए": a singular raiser keeps the Hindi reader's round.
    head = tuning_deals("b53-techkashif-sharechat-502m-lightspeed-tiger-hi")[0]
    assert head.kind == "round" and head.amount_usd == 502_000_000.0


@pytest.mark.parametrize(
    ("name", "plural"),
    [("टेक स्टार्टअप्स", True), ("शेष तीन अन्य कंपनियों", True), ("बायजू", False), ("शेयरचैट", False), ("", False)],
)
def test_plural_raiser(name: str, plural: bool) -> None:
    assert is_plural_raiser(name) is plural
