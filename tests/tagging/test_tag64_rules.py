"""Rules from unseen_hs18's region misses (tests/fixtures/tagging/unseen_hs18.jsonl: the session-18 holdout, scored once
by the lead and moved to tuning; issue 18, branch tag64): German freelance boards' work-place and work-mode labels
("Einsatzort:", "Ort:", "Einsatzart: 100 % Remote"), a remote share below 100 % as a hybrid week, and a German postcode
zone ("D6") opening a work-place value (german_work_labels.py).

Each rule is tested on its batch item (real text, cited by id); strings written here to pin a rule's edge are
SYNTHETIC (marked so, with invented company names).
"""

from __future__ import annotations

from talentintel.tagging.evaluate import tag_item
from talentintel.tagging.german_work_labels import own_value, partial_remote, postcode_zone
from talentintel.tagging.tagger import tag_posting
from talentintel.tagging.tech_lists import tech_enumeration
from tests.tagging.batches import by_id

HS18 = by_id("unseen_hs18")


def _regions(key: str) -> tuple[list[str], list[str]]:
    result = tag_item(HS18[key])
    return result.regions, result.countries


# --- "Einsatzart: 100 % Remote" -------------------------------------------------------------------------------------


def test_a_fully_remote_work_mode_label_with_no_place_is_worldwide() -> None:
    # freelancermap pages with no location field: "- **Einsatzart:** 100\n % Remote" (the share split over two lines)
    for key in (
        "hs18-pb-workgenius-cs-agent",
        "hs18-pb-ambass-csharp-as400",
        "hs18-pb-anon-ki-publishing-cto",
        "hs18-pb-anon-django-ticketsystem",
    ):
        assert _regions(key) == (["global"], []), key


def test_a_fully_remote_work_mode_label_keeps_the_work_place_label_below_it() -> None:
    # Optimus Search: "Einsatzart: 100 % Remote" above "Standort: Raum Dresden" far down the page
    assert _regions("hs18-pb-optimus-ts-data-scientist") == (["europe"], ["DE"])
    # emagine: "Einsatzort: remote /ggf. Düsseldorf" (unchanged)
    assert _regions("hs18-pb-emagine-genai-requirements") == (["europe"], ["DE"])


def test_a_partial_remote_share_is_no_remote_job() -> None:
    # SYNTHETIC: an 80 % remote project names an office it does not place: no worldwide remote
    text = "## Details\n- **Von:** Beispiel GmbH\n- **Einsatzart:** 80\n % Remote\n\n## Beschreibung\nSAP-Beratung."
    result = tag_posting(title="SAP Berater (m/w/d)", description=text)
    assert result.regions == [] and not result.remote
    full = text.replace("80\n", "100\n")
    assert tag_posting(title="SAP Berater (m/w/d)", description=full).regions == ["global"]
    assert partial_remote("80 % Remote") and partial_remote("Bern mit 50% Remote-Anteil.")
    assert not partial_remote("100 % Remote") and not partial_remote("95% Remote / 100% Remote")
    assert not partial_remote("Remote")


# --- "Ort: D6 Hanau", "Einsatzort: D6, 90% remote" -----------------------------------------------------------------


def test_a_postcode_zone_opening_a_german_work_place_is_germany() -> None:
    # Constaff: "? Ort: D6 Hanau / hybrid ? Projekt-ID: 13299" (Hanau is under the gazetteer's city size; the "?" are
    # the page's lost emoji bullets) and "Einsatzart: 80 % Remote"
    assert _regions("hs18-pb-constaff-ki-strategieberater") == (["europe"], ["DE"])
    # SOLCOM: "Einsatzort: D6, 90% remote" beside "Fully remote, außer einzelne Workshops ... in Frankfurt/Stuttgart"
    assert _regions("hs18-pb-solcom-nlp-engineer") == (["europe"], ["DE"])


def test_a_postcode_zone_needs_a_german_work_place_label() -> None:
    # SYNTHETIC: "D6" after a work-mode label, inside a word or as a longer code is no zone
    assert postcode_zone("Einsatzort", "D6, 90% remote") == "D6"
    assert postcode_zone("Ort", "D6 Hanau / hybrid") == "D6"
    assert postcode_zone("Einsatzart", "D6") is None
    assert postcode_zone("Modalidad", "D6") is None
    assert postcode_zone("Einsatzort", "D60 Stadion") is None
    assert postcode_zone("Einsatzort", "Dresden") is None
    text = "Projekt: Datenbank-Migration\nStart: asap\nModalidad: D6\nBeschreibung: Migration von Oracle."
    assert tag_posting(title="DBA (m/w/d)", description=text).countries == []


def test_a_label_value_ends_at_the_next_label_on_its_line() -> None:
    # SYNTHETIC: "Projekt-ID" is no Idaho
    assert own_value("D6 Hanau / hybrid ? Projekt-ID: 13299") == "D6 Hanau / hybrid"
    assert own_value("München Start: 01.2026") == "München"
    assert own_value("remote /ggf. Düsseldorf") == "remote /ggf. Düsseldorf"


def test_the_work_place_value_names_its_country_not_the_employers() -> None:
    # Wavestone Germany: "Arbeitsort: Bern mit 50% Remote-Anteil." is Switzerland (the Details list has no place)
    assert _regions("hs18-pb-wavestone-genai-fullstack") == (["europe"], ["CH"])


# --- 自社開発の<product> ---------------------------------------------------------------------------------------------


def test_an_own_developed_ai_product_is_what_the_employer_makes() -> None:
    # Eye Universe (Green): "自社開発のAI-SaaS「i Producer」を中心とした、美容業界向けAI-DX事業を展開しています"
    assert tag_item(HS18["hs18-gr-eyeuniverse-business"]).sector_class == "ai"


def test_an_own_developed_product_that_uses_ai_is_no_ai_maker() -> None:
    # SYNTHETIC: the noun after 自社開発の ends at its particle; AI used after it is no product
    used = "自社開発のECサイトでは、AIを活用した需要予測に取り組んでいます。営業職を募集します。"
    assert tag_posting(title="営業", description=used).sector_class == "none"
    made = "自社開発の生成AIチャットボットを提供しています。営業職を募集します。"
    assert tag_posting(title="営業", description=made).sector_class == "ai"


# --- "AI・web3・SaaS・メタバースなど成長分野" ---------------------------------------------------------------------------


def test_a_japanese_list_of_fields_closed_by_nado_is_mentions() -> None:
    # DX Incubation (Green), an engineering staffer: "AI・web3・SaaS・メタバースなど成長分野のプロジェクトも豊富" lists the
    # fields of client projects on offer; it builds neither AI nor web3
    assert tag_item(HS18["hs18-gr-dxincubation-dev"]).sector_class == "none"
    assert tech_enumeration("ai・web3・saas・メタバースなど成長分野のプロジェクトも豊富")


def test_a_japanese_pair_or_a_list_without_a_field_noun_is_no_enumeration() -> None:
    # SYNTHETIC: two items are a pair, and a list not closed by a field noun names the product's parts
    assert not tech_enumeration("ai・web3など成長分野のプロジェクト")
    assert not tech_enumeration("ブロックチェーン・ai・ウォレットなどを自社で開発しています")
    assert tech_enumeration("ブロックチェーン、ai、iotなどの技術を活用しています")
