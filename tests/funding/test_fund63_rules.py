"""Rules added for issue 13 from tuning_batch37 (scored once before: mean 0.853)."""

from talentintel.funding.money import find_money


def test_several_hundred_million_states_no_figure() -> None:
    # b37-vacuumtj-stepstar-series-b-hundreds-millions, https://vacuumtj.net/read/16426
    text = (
        "successfully completed a Series B funding roundThis round amassed several hundred million dollars, attracting"
    )
    assert find_money(text) == []
    assert find_money("raised a few hundred million dollars") == []


def test_spelled_amounts_still_read() -> None:
    assert [m.amount for m in find_money("raised five million dollars in seed funding")] == [5_000_000.0]
