"""Span candidates and features of the company span scorer added for branch span22 (issue 13): names in scripts
without capitals, CJK names glued to a Latin word, and the language-neutral context features
(`company_span_scripts`, `company_span_neutral`). Real rows are named by id; variants marked SYNTHETIC are written
for the test and are in no dev, tuning or holdout file."""

from pathlib import Path

from talentintel.funding.company_span_features import SpanCandidate, span_candidates
from talentintel.funding.company_span_neutral import headline_and_body, neutral_context, script_shape
from talentintel.funding.company_span_scripts import glued_spans, uncased_spans
from talentintel.funding.evaluate import load_labeled
from talentintel.funding.extract import split_headline

_FIXTURES = Path(__file__).parents[1] / "fixtures" / "funding"


def _text(batch: str, row_id: str) -> str:
    return next(item.text for item in load_labeled(_FIXTURES / f"{batch}.jsonl") if item.id == row_id)


def _cands(text: str) -> dict[str, SpanCandidate]:
    return {c.name: c for c in span_candidates(*split_headline(text))}


def test_a_name_in_a_script_without_capitals_is_a_span() -> None:
    # hs11-arabmoneytalk-mawdoo3-1-5m-equitrust-ar: 'ان شركة "موضوع" الاردنية قد حصلت على تمويل' offered no span.
    assert "موضوع" in _cands(_text("tuning_hs11", "hs11-arabmoneytalk-mawdoo3-1-5m-equitrust-ar"))
    # SYNTHETIC: up to three words, and a short Latin word glued after a Devanagari one ("मूनशॉट AI").
    text = "मूनशॉट AI ने निवेश जुटाया"
    names = {text[s.start : s.end] for s in uncased_spans(text)}
    assert {"मूनशॉट AI", "मूनशॉट AI ने", "निवेश जुटाया"} <= names
    assert not uncased_spans("Acme raised $5 million")


def test_a_cjk_name_glued_to_a_latin_word_is_a_span() -> None:
    # hs13-genews-furiosaai-ibk-100-eok-ko: "기업은행은 퓨리오사AI에 100억원을 투자한다고": the Hangul and the Latin
    # spans each offered half of "퓨리오사AI".
    assert "퓨리오사AI" in _cands(_text("tuning_hs13", "hs13-genews-furiosaai-ibk-100-eok-ko"))
    # b44-worldconect-nvidia-openai-100bn-ja: "オープンAIに最大1,000億ドルを"; the tails drop a prefix ("米オープンAI").
    assert "オープンAI" in _cands(_text("tuning_batch44", "b44-worldconect-nvidia-openai-100bn-ja"))
    # SYNTHETIC: Latin before Han, and a Hangul word before a short Latin word.
    text = "ofo小黄车获得融资 랜딩 AI는"
    names = {text[s.start : s.end] for s in glued_spans(text)}
    assert {"ofo小黄车", "랜딩 AI"} <= names


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
