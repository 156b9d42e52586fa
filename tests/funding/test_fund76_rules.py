"""Rules from the tuning misses left for branch fund76 (issue 13), each quoting its real text with the row id; variants
marked SYNTHETIC are written for the test and are in no dev, tuning or holdout file."""

from datetime import date
from pathlib import Path

from talentintel.funding.deals import parse_deals
from talentintel.funding.evaluate import load_labeled
from talentintel.funding.segment_clauses import joined_clauses

_FIXTURES = Path(__file__).parents[1] / "fixtures" / "funding"


def _text(batch: str, row_id: str) -> str:
    return next(item.text for item in load_labeled(_FIXTURES / f"{batch}.jsonl") if item.id == row_id)


def test_korean_investments_sharing_one_verb_are_deals_of_their_own() -> None:
    # dailyclick-kdb-pooling (tuning_batch5): "50억원을, ... 20억원을 각각 투자했다", one investor's two investments.
    deals = parse_deals(_text("tuning_batch5", "dailyclick-kdb-pooling"), published=date(2021, 6, 9))
    assert [(d.company, d.amount_usd) for d in deals] == [
        ("퓨리오사AI", 8734463.57),
        ("오픈엣지테크놀로지", 4367231.79),
        ("딥엑스", 1746892.71),
    ]
    real = "반도체 설계자산(IP) 개발 기업인 오픈엣지테크놀로지에는 50억원을, AI 반도체를 설계하는 딥엑스에는 20억원을 각각 투자했다."
    assert len(joined_clauses(real)) == 2
    # SYNTHETIC: one investment with a comma in its description stays one clause.
    assert len(joined_clauses("서울 소재 기업인 에이비씨에는, 지난해 50억원을 투자했다.")) == 1


def test_german_insgesamt_alone_sums_the_round() -> None:
    # b42-jungewelt-openai-6-6bn-de (tuning_batch42): "hat bei Investoren insgesamt 6,6 Milliarden US-Dollar ...
    # eingesammelt" is the round's size; "bisher insgesamt" is the running total.
    deal = parse_deals(_text("tuning_batch42", "b42-jungewelt-openai-6-6bn-de"))[0]
    assert (deal.company, deal.amount_usd) == ("Open-AI", 6_600_000_000.0)
    # SYNTHETIC: the running total keeps no amount as the round's.
    total = parse_deals("Acme hat bisher insgesamt 20 Millionen Euro eingesammelt.")[0]
    assert total.amount_usd is None
