"""Region rules from the session-8 holdout's misses (tests/fixtures/tagging/unseen_hs8.jsonl, scored once and then moved
to tuning; issue 18, branch tag33): remote work offered beside a local place restricts nothing (remote_choice), "work
in <place>" in a line that calls the job remote restricts it (remote_work_places), and a working-hours window around
one offset opens every offset inside it (zone_window).

Strings written here to pin a rule are SYNTHETIC (marked so); the batch items are real.
"""

from __future__ import annotations

from talentintel.tagging.cjk import cjk_places
from talentintel.tagging.customer_places import without_customer_places
from talentintel.tagging.evaluate import tag_item
from talentintel.tagging.form_questions import declined_questions, without_declined_questions
from talentintel.tagging.glued_words import unglued
from talentintel.tagging.heading_labels import heading_locations
from talentintel.tagging.hybrid_office import hybrid_office
from talentintel.tagging.locations import locate
from talentintel.tagging.remote_choice import remote_choices, without_choices
from talentintel.tagging.remote_work_places import remote_work_places
from talentintel.tagging.tagger import tag_posting
from talentintel.tagging.timezone_hints import timezone_regions
from talentintel.tagging.zone_window import zone_window
from tests.tagging.batches import by_id

HS8 = by_id("unseen_hs8")
SIGMA_PRIME = (
    "hs8t-sigp-staking-devops",
    "hs8t-sigp-frontend-developer",
    "hs8t-sigp-senior-solidity-security",
    "hs8t-sigp-rust-security-engineer",
    "hs8t-sigp-blockchain-security-intern",
)


def _regions(title: str, description: str) -> tuple[list[str], list[str]]:
    result = tag_posting(title=title, description=description)
    return sorted(result.regions), sorted(result.countries)


def test_remote_or_local_place_is_worldwide() -> None:
    # real: five Sigma Prime roles ("free to choose between being remote or local in Sydney", "the flexibility of
    # remote work or a local presence in Sydney", "both remote and local placement in Sydney", "while local candidates
    # are preferred, remote work is an essential part of our company culture") were oceania / AU
    for ident in SIGMA_PRIME:
        item = HS8[ident]
        assert remote_choices(item["description"]), ident
        result = tag_item(item)
        assert (sorted(result.regions), sorted(result.countries)) == (["global"], []), ident


def test_remote_or_local_synthetic() -> None:
    # SYNTHETIC: the choice in other words and other places; Portuguese "Remoto ou Escritório"
    text = "## Where\n\nYou can work remotely or from our office in Lisbon, Portugal. Equity for everyone."
    assert _regions("Backend Engineer", text) == (["global"], [])
    assert remote_choices("Local: Remoto ou Escritório, Recife/PE")
    # SYNTHETIC: a hybrid week or a local requirement is no choice: the office is the place
    assert not remote_choices("Hybrid: 3 days a week in our Lisbon office, the rest remote or local.")
    assert not remote_choices("Remote or local candidates only in Lisbon.")
    assert _regions("Backend Engineer", "Our team works from the Lisbon office. We are hiring in Lisbon, Portugal.")[
        0
    ] == ["europe"]


def test_without_choices_keeps_offsets() -> None:
    # SYNTHETIC
    text = "Intro. Remote or local in Oslo is fine. Based in Oslo."
    choices = remote_choices(text)
    blanked = without_choices(text, choices)
    assert len(blanked) == len(text) and "Remote" not in blanked and blanked.endswith("Based in Oslo.")


def test_work_in_places_of_a_remote_job() -> None:
    # real: The Standard's "Work in the UK or in Berlin, Germany fully remote" was global
    for ident in ("hs8t-thestandard-lead-engineer", "hs8t-thestandard-frontend-web3"):
        result = tag_item(HS8[ident])
        assert (sorted(result.regions), sorted(result.countries)) == (["europe"], ["DE", "GB"]), ident


def test_work_in_places_synthetic() -> None:
    # SYNTHETIC: another list in the same words
    found = remote_work_places("- Working remotely from Canada or the United States\n")
    assert {c for f in found for c in f.place.countries} == {"CA", "US"}
    # SYNTHETIC: no capitalised place, an office, or a line that never says remote restricts nothing
    assert not remote_work_places("You will work in a small remote team.")
    assert not remote_work_places("Fully remote, or work in the Madrid office if you like.")
    assert not remote_work_places("You will work in Madrid with our sales team.")
    assert _regions("Engineer", "This is a fully remote role. You will work in a small team.") == (["global"], [])


def test_zone_window_opens_its_offsets() -> None:
    # real: hs8t-sigp-executive-assistant, "within two to three hours of Australian Eastern Standard Time (GMT+10)",
    # was oceania alone
    regions, sentence = timezone_regions(HS8["hs8t-sigp-executive-assistant"]["description"])
    assert regions == {"asia", "oceania"} and "GMT+10" in sentence
    result = tag_item(HS8["hs8t-sigp-executive-assistant"])
    assert (sorted(result.regions), sorted(result.countries)) == (["asia", "oceania"], [])


def test_zone_window_synthetic() -> None:
    # SYNTHETIC: a window around a US offset; a window around UTC itself stays with utc_regions; too wide is nothing
    window = zone_window("You must work within 2 hours of UTC-5.")
    assert window is not None and (window.low, window.high) == (-7, -3)
    assert window.regions() == {"us", "latam"}
    assert zone_window("You must be able to work within UTC+/-3 hours") is None
    assert zone_window("within 10 hours of GMT+1") is None
    regions, _ = timezone_regions("You must be available within one hour of GMT+1 for meetings.")
    assert regions == {"europe"}


def test_cjk_location_heading() -> None:
    # real: b2etw posts put the address under "# 公司地址"; Ponddy (新北市新店區…) read asia + us from "總部成立於美國矽谷",
    # Alphalytics ("遠端全職，亦可使用台北市政府站 AppWorks Co-working Space") read asia + us from its founders' countries
    expected = {
        "hs8t-b2etw-ponddy-backend": (["asia"], ["TW"]),
        "hs8t-b2etw-alphalytics-onchain-backend": (["global"], []),
        "hs8t-b2etw-hashgreen-backend": (["us"], ["US"]),
    }
    for ident, want in expected.items():
        result = tag_item(HS8[ident])
        assert (sorted(result.regions), sorted(result.countries)) == want, ident


def test_cjk_location_heading_synthetic() -> None:
    # SYNTHETIC: another city under another label, a bullet before the value; a remote value with an optional desk
    text = "# 公司名稱\n某某科技\n\n# 工作地點\n\n- 台中市西屯區\n\n# 職缺\n後端工程師，總部在美國"
    assert _regions("後端工程師", text) == (["asia"], ["TW"])
    text = "# 公司地址\n远程办公，也可使用上海的共享办公室\n\n# 职位\n后端工程师"
    assert _regions("后端工程师", text) == (["global"], [])
    # SYNTHETIC: a heading that is no location label reads nothing
    assert list(heading_locations("# 公司介紹\n台北市的團隊", locate)) == []


def _item_regions(ident: str) -> tuple[list[str], list[str]]:
    result = tag_item(HS8[ident])
    return sorted(result.regions), sorted(result.countries)


def test_form_question_answered_no() -> None:
    # real: "### Is this position based in the USA?\n\nNo, it's international." on a "Remote" listing was us
    assert _item_regions("hs8t-speedyapply-parallaxpro-ai") == (["global"], [])


def test_form_question_synthetic() -> None:
    # SYNTHETIC: answered no the place goes, answered yes it stays
    text = "### Is the role based in Canada?\n\nNo\n\n### Stack\n\nGo"
    assert declined_questions(text) and "Canada" not in without_declined_questions(text)
    assert not declined_questions("### Is the role based in Canada?\n\nYes, Toronto.")
    assert _regions("Engineer", "Remote role.\n\nIs this position based in Canada?\n\nYes, Toronto.")[0] != ["global"]


def test_glued_label_value() -> None:
    # real: "Work Location: BengaluruJob" (the next label "Type" glued on) located nothing
    assert _item_regions("hs8t-paidintern-hackerearth-frontend") == (["asia"], ["IN"])


def test_glued_label_value_synthetic() -> None:
    # SYNTHETIC: another city and label word; a value with nothing glued is left alone
    assert unglued("MunichSalary") == "Munich Salary"
    assert unglued("Munich") is None
    assert _regions("Intern", "Company: Acme\nLocation: MunichDuration: 3 months") == (["europe"], ["DE"])


def test_hybrid_week_at_own_office() -> None:
    # real: location "Remote", text "Hybrid work environment: ... working both from our centrally located Berlin
    # office and remotely" was global
    assert _item_regions("hs8t-cs-netbird-network-engineer") == (["europe"], ["DE"])


def test_hybrid_week_at_own_office_synthetic() -> None:
    # SYNTHETIC: another office; no hybrid word, or a client's office, names no place here
    office = hybrid_office("We work hybrid: two days a week at our Lisbon office.")
    assert office is not None and office.place.countries == ("PT",)
    assert hybrid_office("Work remotely or from our Lisbon office.") is None
    assert hybrid_office("Hybrid delivery at the client's Lisbon office.") is None


def test_customers_place_is_no_work_place() -> None:
    # real: Kira's "even if those customers live outside the U.S." read us on a posting that names no work place
    assert _item_regions("hs8t-kira-senior-architect-engineer") == ([], [])


def test_customers_place_synthetic() -> None:
    # SYNTHETIC: other customer nouns and places; a work place beside them still counts
    assert "Austria" not in without_customer_places("We serve clients in Germany and Austria.")
    assert "Latin" not in without_customer_places("Our users across Latin America trade daily.")
    assert _regions("Engineer", "Our merchants across Mexico sell online. The role is based in Berlin, Germany.") == (
        ["europe"],
        ["DE"],
    )


def test_street_with_a_direction_is_no_city() -> None:
    # real: TonFura's address "100台北市中正區杭州南路一段15-1號22樓" (Hangzhou South Road, Taipei) read CN + TW
    assert _item_regions("hs8t-b2etw-tonfura-golang-backend") == (["asia"], ["TW"])


def test_street_with_a_direction_synthetic() -> None:
    # SYNTHETIC: other directed streets; a city before a district or station is still the city
    assert cjk_places("台北市南京東路三段", global_words=True).countries == ("TW",)
    assert cjk_places("高雄市中山北路一段", global_words=True).countries == ("TW",)
    assert cjk_places("深圳南山区", global_words=True).countries == ("CN",)
