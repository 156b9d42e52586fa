"""Rules from the fund (kind `fund`) misses left in tuning data for branch fund78 (issue 13), each quoting its real
text with the row id; variants marked SYNTHETIC are written for the test and are in no dev, tuning or holdout file."""

from pathlib import Path

from talentintel.funding.evaluate import load_labeled
from talentintel.funding.fund_details import fund_details

_FIXTURES = Path(__file__).parents[1] / "fixtures" / "funding"


def _text(batch: str, row_id: str) -> str:
    return next(item.text for item in load_labeled(_FIXTURES / f"{batch}.jsonl") if item.id == row_id)


def test_raises_as_a_plural_noun_names_no_manager_and_both_x_and_y_gives_x() -> None:
    # hs15-rapture-multicoin-430m-venture-fund-iii (tuning_hs15): "Big Raises for VCs" and "two big VC raises that
    # were announced" are nouns; "both Multicoin and Lightspeed announced two new funds": the first named is deal 1.
    text = _text("tuning_hs15", "hs15-rapture-multicoin-430m-venture-fund-iii")
    assert fund_details(text)[0] == "Multicoin"
    # SYNTHETIC: the verb still reads its subject.
    assert fund_details("Acme Capital raises $50 million for its second fund.")[0] == "Acme Capital"
