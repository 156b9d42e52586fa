"""span81: the company span trainer's CV objective is the eval's own (a full parse per held-out fold, kind on every
text), and span features that tell a round's subject from a name in an explainer or a market total."""

from __future__ import annotations

from pathlib import Path

from talentintel.funding.company_span import Thresholds
from talentintel.funding.company_span_features import span_candidates
from talentintel.funding.company_span_subject import text_features, undone_raise_after
from talentintel.funding.evaluate import Report, score

from .trainers import training_script

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "funding"


def test_plural_total_is_a_text_cue() -> None:
    # https://www.arabnews.com/node/2217806/media (tuning_more, arabnews-forbes50-letswork): a market total
    line = (
        "CAIRO: The Middle East and North Africa's 50 most-funded startups attracted a total of $3.2 billion in "
        "fundraising"
    )
    cues = text_features(line)
    assert cues["text_total_subject"] == 1.0
    assert cues["text_total_word"] == 1.0
    # https://biz.chosun.com/en/en-finance/2025/04/03/YFNSBWO4ABHKVMDNF5RVDSMCBU/ (tuning_more, chosunbiz-vc-feb25)
    assert text_features("during February, 81 startups secured new investments exceeding 409.4 billion")[
        "text_total_subject"
    ]


def test_a_firm_named_ventures_is_no_plural_total() -> None:
    # https://www.pehub.com/true-ventures-raising-second-fund/ (tuning_fresh, pehub-true-ii): a firm's name
    assert not text_features("True Ventures Raising Second Fund Greetings from Palo Alto")["text_total_subject"]


def test_generic_raise_and_reported_raise() -> None:
    # https://newzz.in/technology/how-fintech-and-serial-founders-drove-african-pre-seed-investing-to-new-heights-in-2020-techcrunch/2021/01/23/amp
    # (tuning_batch37, b37-newzz-african-preseed-2020): an explainer
    line = "Typically, pre-seed rounds are raised when the startup is still in the prod"
    assert text_features(line)["text_generic_raise"] == 1.0
    # SYNTHETIC: a completed raise with a named subject
    cues = text_features("Lumora has raised $12 million in a Series A led by Acme Ventures.")
    assert cues["text_reports_raise"] == 1.0
    assert cues["text_total_subject"] == cues["text_generic_raise"] == 0.0


def test_undone_raise_after_the_span() -> None:
    # SYNTHETIC: what follows a span in a plan or a possibility, not a round
    assert undone_raise_after(" plans to raise $50 million")
    assert undone_raise_after(" is looking to raise a Series B")
    assert undone_raise_after(" could raise up to $1 billion")
    assert not undone_raise_after(" has raised $50 million")
    assert not undone_raise_after(" raises $50 million")


def test_span_candidates_carry_the_new_features() -> None:
    # SYNTHETIC
    cands = span_candidates("Lumora plans to raise $50 million", "Lumora, a Berlin startup, is in talks with Acme.")
    lumora = next(c for c in cands if c.name == "Lumora")
    assert lumora.features["undone_raise_after"] == 1.0
    assert lumora.features["text_total_subject"] == 0.0


def _sharpdaily(tmp_path: Path):  # type: ignore[no-untyped-def]
    """The one text, recorded from a copy of its line (the file's other texts cost a parse each)."""
    cv = training_script("training_cv", "span_parse_cv")
    lines = (FIXTURES / "tuning_batch37.jsonl").read_text("utf-8").splitlines()
    path = tmp_path / "tuning_batch37.jsonl"
    path.write_text(next(x for x in lines if '"b37-thesharpdaily-kenya-81m-jan-feb-2024"' in x) + "\n", "utf-8")
    (text,) = cv.load_texts((path,), {})
    return cv, text


def test_replay_is_the_eval_and_a_fill_costs_the_kind(tmp_path: Path) -> None:
    """https://thesharpdaily.com/start-ups-secure-81-million-amid-funding-uncertainties (tuning_batch37): a market
    total; the rules find no company, so deal 1 is `other` (right). The recorded parse replayed with the rules' answer
    scores as the eval does; replayed with a filled company, deal 1 becomes a round and the kind is lost, which the
    session-18 CV (company on rounds only) could not see."""
    cv, text = _sharpdaily(tmp_path)
    direct = Report()
    score(direct, text.item)
    assert [c.rule for c in text.calls] == [None]
    rules = cv._replay(text, (None,))
    assert cv.as_row(rules) == cv.as_row(direct)
    assert rules.kind.ok == 1
    assert cv._replay(text, ("Kenya",)).kind.ok == 0


def test_answers_take_the_rules_from_before_the_batch_and_outcomes_parse_once(tmp_path: Path) -> None:
    cv, text = _sharpdaily(tmp_path)
    cand = text.calls[0].cands[0]
    scored = [[(0.9, cand)]]
    text.has_history, text.past = True, "Somebody"  # SYNTHETIC history
    t = Thresholds(0.5, 0.95, 0.1, False)
    assert cv.answers("rules", text, scored, t, unseen=True) == ("Somebody",)
    assert cv.answers("rules", text, scored, t, unseen=False) == (None,)
    assert cv.answers("hybrid", text, scored, t, unseen=False) == (cand.name,)
    assert cv.answers("hybrid", text, scored, Thresholds(0.95, 0.95, 0.1, False), unseen=False) == (None,)
    outcomes = cv.Outcomes()
    first = outcomes.of(0, text, (None,))
    assert outcomes.of(0, text, (None,)) == first
    assert len(outcomes.rows) == 1
    assert outcomes.total([first, first]).kind.n == 2
