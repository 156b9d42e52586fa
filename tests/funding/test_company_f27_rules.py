"""Session 27 (helper company_f27) company rules, each with the real text it came from (tuning file ids)."""

from __future__ import annotations

import pytest

from talentintel.funding import company_span
from tests.funding.tuning_texts import tuning_text


@pytest.mark.shipped_modes
@pytest.mark.parametrize(
    ("item", "rule", "raiser"),
    [
        # real: the span model read the people's adjective before the raiser over the rules' right name
        ("b18-afr-halodoc-c", "Halodoc", "Halodoc"),  # "Indonesian" (afr.com)
        ("b13-todayafrica-week-sep15", "Kredete", "Kredete"),  # "African" (todayafrica)
    ],
)
def test_a_people_or_a_place_is_no_candidate_of_the_span_model(item: str, rule: str, raiser: str) -> None:
    assert company_span.choose(tuning_text(item), rule, mode="hybrid") == raiser


def test_the_rules_own_place_like_choice_is_never_dropped() -> None:
    # SYNTHETIC: a rule that chose a name the not-a-name test rejects keeps it; only the model's other spans lose theirs
    text = "Kenyan raised $5 million. The Nairobi team will hire."
    assert company_span.choose(text, "Kenyan", mode="hybrid") == "Kenyan"
