"""Rules from unseen_hs16's misses (tests/fixtures/tagging/unseen_hs16.jsonl: the session-16 holdout, scored once by
the lead and moved to tuning; issue 18, branch tag60): a location pin's line ("📍 Remote (Global)") is the post's
location line (pin_lines.py); English work modes that say less than "fully remote" make a posting that names no place
remote (remote_modes.py); the applicants a remote role invites restrict it ("applicants from within the EU/EEA",
regions._HINT_CUES); "based in Seattle, but open to hybrid or remote" offers remote work (remote_choice.py); UTF-8
read as Latin-1 is decoded again (text.repaired); making an AI app is AI work (ai_products.py); the employer named "a
leading player in AI, DeFi, ..." plays in AI (field_lists.py).

Each rule is tested on its batch item (real text, cited by id); strings written here to pin a rule's edge are
SYNTHETIC (marked so, with invented company names).
"""

from __future__ import annotations

from talentintel.tagging.ai_products import PRODUCT_WORK, with_product_work
from talentintel.tagging.evaluate import tag_item
from talentintel.tagging.field_lists import plays_in_ai
from talentintel.tagging.remote_modes import remote_mode
from talentintel.tagging.tagger import TagResult, tag_posting
from talentintel.tagging.text import plain_text, repaired
from tests.tagging.batches import by_id

HS16 = by_id("unseen_hs16")


def _tag(title: str, description: str, locations: list[str] | None = None) -> TagResult:
    return tag_posting(title=title, description=description, company=None, locations=locations or [])


# --- the location pin ------------------------------------------------------------------------------------------------


def test_pinned_remote_global_is_worldwide() -> None:
    # "📍 Remote (Global) | 🕐 1 day ago - May 15, 2026 | 🧑‍💻 Web3 / Trading Infrastructure"
    for key in ("hs16-aw3-crypto-native-staff-backend", "hs16-aw3-gilded-web3-frontend",
                "hs16-aw3-altcoin-trading-researcher"):  # fmt: skip
        result = tag_item(HS16[key])
        assert (result.regions, result.countries, result.remote) == (["global"], [], True), key


def test_pinned_remote_global_outweighs_a_shift_clock() -> None:
    # EMCD: "📍 Remote (Global)" and "Ready to work early shifts (05:00–20:00 GMT+3)": the working-hours cue reads
    # only when nothing else names a place (README region rule 6)
    result = tag_item(HS16["hs16-aw3-emcd-support-agent"])
    assert result.regions == ["global"]


def test_pinned_countries_are_the_place_not_the_client_project() -> None:
    # MindWave: "📍 Remote - Greece or Belgium", then "to join a major US-based project in the financial sector"
    result = tag_item(HS16["hs16-aw3-mindwave-shared-ledger-engineer"])
    assert (result.regions, result.countries) == (["europe"], ["BE", "GR"])


def test_pinned_places_already_read_stay() -> None:
    for key, regions, countries in (
        ("hs16-aw3-axiom-head-of-product", ["us"], ["US"]),  # "📍 US - Remote"
        ("hs16-aw3-india-crypto-media-bd", ["asia"], ["IN"]),  # "📍 Remote (India)"
        ("hs16-aw3-ourbit-futures-bd", ["asia", "latam", "mena"], ["KR", "TR", "VN"]),
    ):
        result = tag_item(HS16[key])
        assert (result.regions, result.countries) == (regions, countries), key


def test_pin_over_a_heading_places_nothing() -> None:
    # SYNTHETIC: a pin before a section heading, no place anywhere
    result = _tag("Data Analyst", "📍 Job Overview\nYou will build dashboards for the Fenwick team.")
    assert result.regions == []


# --- English work modes, read only when no place is named -------------------------------------------------------------


def test_remote_team_with_no_place_is_worldwide() -> None:
    # APX: "Ability to work independently in a fast-paced, remote, and globally distributed team"
    result = tag_item(HS16["hs16-rok-apx-bd-manager"])
    assert (result.regions, result.remote) == (["global"], True)


def test_own_time_zone_and_remote_environment_with_no_place_is_worldwide() -> None:
    # Housecall Pro: "Remote environment totally built to make you feel that we are all together in one space without
    # leaving your home office!" and "Work in your own time zone"
    result = tag_item(HS16["hs16-rok-housecallpro-staff-rails-engineer"])
    assert (result.regions, result.remote) == (["global"], True)


def test_remote_work_perk_with_no_place_is_worldwide() -> None:
    # GoMining: "Work-life fit - flexible hours and remote work."
    result = tag_item(HS16["hs16-rok-gomining-vip-support"])
    assert (result.regions, result.remote) == (["global"], True)


def test_work_mode_beside_a_place_keeps_the_place() -> None:
    # SYNTHETIC: the perk of a Munich job
    result = _tag("Accountant", "Join Larkspur Foods at our Munich office. We offer flexible hours and remote work.")
    assert result.regions == ["europe"]
    assert "global" not in result.regions


def test_past_denied_or_debated_remote_work_is_no_mode() -> None:
    # SYNTHETIC
    assert remote_mode("Experience with remote work is a plus.") is None
    assert remote_mode("There is no remote work in this role.") is None
    assert remote_mode("We talked about in-person vs remote work and hiring.") is None
    assert remote_mode("Work in your own time zone.") == "Work in your own time zone"


# --- applicants a remote role invites ---------------------------------------------------------------------------------


def test_applicants_from_within_the_eu_restrict_a_remote_role() -> None:
    # Echo Base: "This is a remote role. Qualified applicants from within the EU/EEA are encouraged to apply."
    result = tag_item(HS16["hs16-rok-echobase-senior-devops"])
    assert (result.regions, result.remote) == (["europe"], True)


# --- based somewhere, open to remote ------------------------------------------------------------------------------------


def test_based_in_a_city_but_open_to_remote_is_a_choice() -> None:
    # Vercept: "We’re based in Seattle, but open to hybrid or remote if it’s the right fit."
    result = tag_item(HS16["hs16-rok-vercept-frontend-ux-designer"])
    assert (result.regions, result.countries, result.remote) == (["global"], [], True)


def test_a_hybrid_week_is_still_no_choice() -> None:
    # SYNTHETIC: hybrid alone names the office
    result = _tag("Designer", "We're based in Seattle, and the role is hybrid, three days a week in the office.")
    assert result.regions == ["us"]


# --- text decoded twice -------------------------------------------------------------------------------------------------


def test_utf8_read_as_latin1_is_repaired() -> None:
    # Vercept's opening as the Remote OK backup holds it
    raw = HS16["hs16-rok-vercept-frontend-ux-designer"]["description"][:80]
    assert "Weâ\x80\x99re" in raw
    assert "We’re building Vy — an AI app" in repaired(HS16["hs16-rok-vercept-frontend-ux-designer"]["description"])
    assert "ð\x9f\x91\x8b" not in plain_text(raw)


def test_text_without_c1_controls_is_untouched() -> None:
    # SYNTHETIC: Latin-1 letters of real text stay
    for text in ("café naïve Ã©", "Zürich — Straße", "plain ascii"):
        assert repaired(text) == text


# --- making an AI app, playing in AI ------------------------------------------------------------------------------------


def test_employer_building_an_ai_app_is_ai() -> None:
    # Vercept: "We’re building Vy — an AI app that changes how people use their computers."
    result = tag_item(HS16["hs16-rok-vercept-frontend-ux-designer"])
    assert result.sector == ["ai"]
    assert any(e["term"] == PRODUCT_WORK.text for e in result.evidence["ai"])


def test_ai_products_used_or_internal_are_no_product_work() -> None:
    # SYNTHETIC sentences (lowercased, as the sentence reader passes them)
    assert with_product_work("we build tools that integrate with ai apps.", []) == []
    assert with_product_work("you will be building internal ai assistants for the sales team.", []) == []
    assert with_product_work("you will use ai apps to draft replies.", []) == []
    assert with_product_work("we are developing ai products for clinics.", []) == [PRODUCT_WORK]


def test_player_in_ai_and_defi_is_both() -> None:
    # AXIOM: "... execution for AXIOM, a leading player in AI, DeFi, and Institutional Finance."
    result = tag_item(HS16["hs16-aw3-axiom-head-of-product"])
    assert result.sector_class == "both"


def test_ai_only_as_an_item_of_the_fields() -> None:
    # SYNTHETIC (lowercased sentences)
    assert plays_in_ai("hollis, a leading player in ai, defi, and institutional finance.")
    assert plays_in_ai("brookline is a pioneer in defi and ai.")
    assert not plays_in_ai("hollis is a leader in ai-powered logistics.")
    assert not plays_in_ai("we harness emerging technologies such as ai, robotics and 3d printing.")
