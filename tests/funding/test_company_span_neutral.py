"""The language-neutral span features of the company span scorer added for branch span22 (issue 13,
`company_span_neutral`). Real rows are named by id; variants marked SYNTHETIC are written for the test and are in no
dev, tuning or holdout file."""

from pathlib import Path
from types import SimpleNamespace

from talentintel.funding.company_span_features import SpanCandidate, span_candidates
from talentintel.funding.company_span_neutral import headline_and_body, neutral_context, script_shape
from talentintel.funding.evaluate import load_labeled
from talentintel.funding.extract import split_headline

from .trainers import training_script

_FIXTURES = Path(__file__).parents[1] / "fixtures" / "funding"


def _text(batch: str, row_id: str) -> str:
    return next(item.text for item in load_labeled(_FIXTURES / f"{batch}.jsonl") if item.id == row_id)


def _cands(text: str) -> dict[str, SpanCandidate]:
    return {c.name: c for c in span_candidates(*split_headline(text))}


def test_neutral_context_reads_landmarks_of_the_sentence() -> None:
    # SYNTHETIC: the raiser before its verb and round, the investor after "liderada por" and before "a mené".
    raiser = neutral_context(
        "La fintech ", " ha cerrado una ronda Serie A", "La fintech ", " ha cerrado una ronda Serie A"
    )
    assert raiser["raise_cue_close"] > 0.9 and raiser["round_after_in_sentence"] == 1.0
    assert raiser["backer_before_intl"] == 0.0
    backer = neutral_context("una ronda liderada por ", ".", "Klar ha cerrado una ronda liderada por ", ".")
    assert backer["backer_before_intl"] == 1.0 and backer["raise_cue_before"] == 1.0
    assert backer["raise_cue_close"] == 0.0
    assert neutral_context("", " a mené le tour", "", " a mené le tour")["investor_after_intl"] == 1.0
    assert neutral_context("由", "领投", "由", "领投")["backer_before_intl"] == 1.0
    assert neutral_context("", " GmbH hat", "", " GmbH hat")["legal_after_any"] == 1.0
    assert neutral_context("株式会社", "は", "株式会社", "は")["legal_before_any"] == 1.0


def test_headline_and_body_and_script_shape() -> None:
    # SYNTHETIC
    assert headline_and_body("Acme raises $5M", "Acme said on Monday.", "Acme") == 1.0
    assert headline_and_body("Acme raises $5M", "Northwind led.", "Acme") == 0.0
    assert script_shape("Apptronik", "人形机器人Apptronik获3.5亿美元融资")["latin_in_cjk_text"] == 1.0
    assert script_shape("Acme Labs", "Acme Labs raises")["capital_words"] == 1.0


def test_span_candidates_carry_the_neutral_features() -> None:
    # b41-leinews-apptronik-350m-series-a-zh: "人形机器人Apptronik获3.5亿美元融资": a Latin name in a Chinese text,
    # its raise cue right after it.
    apptronik = _cands(_text("tuning_batch41", "b41-leinews-apptronik-350m-series-a-zh"))["Apptronik"].features
    assert apptronik["latin_in_cjk_text"] == 1.0 and apptronik["raise_cue_close"] > 0.9
    # b26-cablechronicles-mistral-105m-fr: "... Mistral AI a levé 105 millions d’euros".
    mistral = _cands(_text("tuning_batch26", "b26-cablechronicles-mistral-105m-fr"))["Mistral AI"].features
    assert mistral["raise_cue_close"] > 0.9 and mistral["raise_cue_before"] == 0.0


def test_holdout_files_are_the_former_holdouts_in_session_order() -> None:
    """`train_company_span.py --holdouts` scores each former holdout from tuning_hs14 on, "21b" after "21"."""
    holdouts = training_script("training_cv", "span_parse_cv", "span_holdouts")
    texts = [
        SimpleNamespace(file=name, has_history=history)
        for name, history in [
            ("tuning_hs21b.jsonl", True),
            ("tuning_hs9.jsonl", True),
            ("tuning_hs14.jsonl", True),
            ("tuning_hs21.jsonl", True),
            ("tuning_hs22.jsonl", False),
            ("tuning_batch51.jsonl", True),
        ]
    ]
    assert holdouts.holdout_files(texts) == ["tuning_hs14.jsonl", "tuning_hs21.jsonl", "tuning_hs21b.jsonl"]
