"""Rules from unseen52 (tests/fixtures/tagging/unseen52.jsonl: a JobStreet Indonesia scrape, a Bengali newspaper's
employment reports, an Indian AI-jobs page and a Malayalam news report; scored once before these rules), issue 18,
branch tag_asia25: AI named in an Indic script (Devanagari, Bengali, Tamil, Telugu, Kannada, Malayalam, Gujarati) is a
core AI term, found as a substring as the CJK terms are (asian_ai_terms.toml; indic_places.INDIC_CHAR gates it); a
city named in an Indic script in a description places a job that is not remote (indic_places.py; unseen54 too).

Strings written here to pin a rule's edge are SYNTHETIC (marked so); the batch items are real.
"""

from __future__ import annotations

import pytest

from talentintel.tagging.evaluate import tag_item
from talentintel.tagging.indic_places import indic_places
from talentintel.tagging.sector import sentence_hits
from tests.tagging.batches import by_id

UN52 = by_id("unseen52")


@pytest.mark.parametrize(
    "item_id",
    [
        "un52-ab-cair-jrf",  # Bengali: "সেন্টার ফর আর্টিফিশিয়াল ইন্টালিজেন্স অ্যান্ড রোবোটিক্স", a research fellow
        "un52-nm-puch-ai-intern",  # Malayalam: "ആർട്ടിഫിഷ്യൽ ഇന്റലിജൻസ് എഞ്ചിനീയറിംഗ് ഇൻ്റൺ"
    ],
)
def test_ai_in_indic_scripts_is_ai(item_id: str) -> None:
    assert tag_item(UN52[item_id]).sector == ["ai"]


@pytest.mark.parametrize(
    "item_id",
    ["un52-ab-iiser-programmer", "un52-ab-hal-executive", "un52-ab-cdot-engineers", "un52-ab-iist-engineers"],
)
def test_indic_posts_naming_no_ai_stay_none(item_id: str) -> None:
    assert tag_item(UN52[item_id]).sector == []


@pytest.mark.parametrize(
    "text",
    [
        "कृत्रिम बुद्धिमत्ता और मशीन लर्निंग मॉडल विकसित करना",  # SYNTHETIC: Hindi, AI and ML models
        "আর্টিফিশিয়াল ইন্টেলিজেন্স",  # SYNTHETIC: the standard spelling, য় as য + nukta
        "আর্টিফিশি\u09dfাল ইন্টেলিজেন্স",  # SYNTHETIC: the same, য় precomposed
        "செயற்கை நுண்ணறிவு ஆராய்ச்சி",  # SYNTHETIC: Tamil, AI research
    ],
)
def test_indic_ai_words_are_core_ai_terms(text: str) -> None:
    hits = [t for part in sentence_hits(text, sentences=True) for t in part]
    assert any(t.kind == "ai" and t.weight >= 3.0 for t in hits)


def test_latin_and_cjk_text_are_read_as_before() -> None:
    # SYNTHETIC: an English sentence with a curly quote reads no Indic word; a Chinese one keeps its CJK term
    assert not [t for part in sentence_hits("We’re hiring a sales lead", sentences=True) for t in part]
    assert any(t.kind == "ai" for part in sentence_hits("负责人工智能算法研发", sentences=True) for t in part)


# Places in the Indic scripts in running text (indic_places.py): unseen52's Bengali reports and unseen54's Marathi,
# Telugu and Tamil ones (four publishers) read no region before.
UN54 = by_id("unseen54")


@pytest.mark.parametrize(
    "item",
    [
        UN52["un52-ab-cair-jrf"],  # "বেঙ্গালুরুতে হবে কাজের জায়গা": Bengaluru with a locative ending
        UN52["un52-ab-iiser-programmer"],  # "কলকাতার দফতরে": Kolkata's office
        UN52["un52-ab-hal-executive"],  # "কানপুরের দফতরে"
        UN54["un54-lm-pune-metro"],  # Marathi "पुणे हे नोकरीचं ठिकाण"
        UN54["un54-tn18-bel-engineers"],  # Telugu city list
        UN54["un54-nn-iitm-technicians"],  # Tamil "சென்னை ஐஐடியில்"
    ],
)
def test_indic_script_workplaces_are_read(item: dict[str, object]) -> None:
    result = tag_item(item)
    assert (result.regions, result.countries) == (["asia"], ["IN"])


@pytest.mark.parametrize(
    ("text", "countries"),
    [
        ("ঢাকায় অফিস", ("BD",)),  # SYNTHETIC: Dhaka with a locative ending is Bangladesh
        ("लंदन में काम", ("GB",)),  # SYNTHETIC: a metropolis abroad counts
        ("आरक्षित कोटा के अनुसार", ()),  # SYNTHETIC: कोटा is a quota here, not Kota
        ("तीन गुना वेतन", ()),  # SYNTHETIC: गुना is "times", not Guna
        ("বোমা", ()),  # SYNTHETIC: a bomb, not Boma in Congo (a small town abroad)
        ("No script of these here", ()),  # SYNTHETIC
    ],
)
def test_indic_place_names(text: str, countries: tuple[str, ...]) -> None:
    assert indic_places(text).countries == countries


def test_a_remote_job_keeps_no_indic_office() -> None:
    # SYNTHETIC: a remote job's office city restricts nothing, as in every script
    item = {"id": "x", "title": "Engineer", "company": "", "location": "Remote", "description": "কলকাতার অফিস"}
    assert tag_item(item).regions == ["global"]
