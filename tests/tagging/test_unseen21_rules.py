"""Rules from unseen batch 21 (tests/fixtures/tagging/unseen21.jsonl: real trap-word postings at employers no shipped
list names, issue 18, branch tag22): a time-zone wish in a location string, "globally", a region word opening a
colleague's job title, "RTP" the payments rail in free text, and a text disclaiming the crypto business.

Strings written here to pin a rule are SYNTHETIC (marked so); the batch items are real.
"""

from __future__ import annotations

import pytest

from talentintel.tagging.disclaimers import disclaims_crypto
from talentintel.tagging.evaluate import tag_item
from talentintel.tagging.locations import locate, locate_in_text
from talentintel.tagging.regions import posting_regions
from talentintel.tagging.tagger import tag_posting
from tests.tagging.batches import by_id

BATCH21 = by_id("unseen21")
# the items whose sector and places the rules of this branch read right (the batch's first score missed all four)
FIXED = (
    "un21-learn4good-senior-ds-recsys",
    "un21-ccli-gl-accountant-ii",
    "un21-talent-id-senior-pm-payments",
    "un21-exame-caixa-tecnico-bancario",
)


@pytest.mark.parametrize("item_id", FIXED)
def test_batch21_fixed_items(item_id: str) -> None:
    item = BATCH21[item_id]
    result = tag_item(item)
    assert sorted(result.sector) == sorted(item["label_sector"])
    assert sorted(result.regions) == sorted(item["label_regions"])
    assert sorted(result.countries) == sorted(item["label_countries"])


def test_zone_wish_in_a_location_restricts_nothing() -> None:
    # real (un21-learn4good-senior-ds-recsys) was asia + europe
    assert locate("Open globally (strong overlap with GMT+3 to GMT+8 preferred)").regions == ("global",)
    # SYNTHETIC: other offsets, other wish words; the job is remote, so worldwide
    assert not locate("Remote (UTC-5 to UTC+1 ideally)").regions
    assert posting_regions("Data Engineer", "", ["Remote (GMT-3 to GMT+2 preferred)"]).regions == {"global"}


def test_zone_conditions_and_wished_countries_stay() -> None:
    # SYNTHETIC: a zone range without a wish is still a condition; a wished country is still that country
    assert set(locate("Remote (UTC-3 to UTC+3)").regions) == {"europe", "latam"}
    assert locate("Remote, Canada preferred").countries == ("CA",)


def test_region_word_opening_a_job_title_is_no_place() -> None:
    # real: "Reports to the North American Finance Manager." (un21-ccli-gl-accountant-ii) was canada + us
    assert not locate_in_text("North American Finance Manager.").regions
    # SYNTHETIC: other regions and titles
    assert not locate_in_text("EMEA Sales Director").regions
    assert not locate_in_text("LATAM Controller").regions
    # the places stay places
    assert set(locate_in_text("Offices in North America and EMEA").regions) >= {"us", "canada", "europe"}
    assert set(locate("North America Sales Manager").regions) == {"us", "canada"}  # a location field is a place


def test_rtp_in_free_text_is_the_payments_rail() -> None:
    # real: "payment rails (bank transfers, wallets, QR / RTP)" (un21-talent-id-senior-pm-payments) was the US
    assert not locate_in_text("QR / RTP").countries
    # SYNTHETIC: the rail in another sentence; a location field's RTP is still Research Triangle Park
    assert not locate_in_text("FedNow / RTP").countries
    assert locate("RTP, NC").countries == ("US",)


def test_a_text_disclaiming_the_crypto_business_is_no_crypto() -> None:
    # real: a bank clerk's exam syllabus under "Embora o banco não tenha atuação direta no mercado de criptoativos"
    item = BATCH21["un21-exame-caixa-tecnico-bancario"]
    assert disclaims_crypto(item["description"])
    assert tag_item(item).sector == []
    # SYNTHETIC: the same disclaimer in English and Spanish above crypto words
    english = (
        "Although we are not a crypto company, our branch staff must understand bitcoin, blockchain and stablecoins "
        "to answer customer questions. You will open accounts and process deposits."
    )
    assert tag_posting(title="Branch Associate", description=english, company="Lakeside Credit Union").sector == []
    spanish = "Aunque la cooperativa no opera en el mercado de criptomonedas, el temario incluye bitcoin y blockchain."
    assert disclaims_crypto(spanish)


def test_crypto_work_without_a_disclaimer_stays_crypto() -> None:
    # SYNTHETIC: no business negation; a negation about something else is no disclaimer
    text = "We build a bitcoin custody platform. No prior blockchain experience is needed, we will train you."
    assert not disclaims_crypto(text)
    assert tag_posting(title="Custody Engineer", description=text).sector == ["crypto"]


def test_a_product_without_crypto_is_no_disclaimer() -> None:
    # real (unseen9, Floe, labeled both): "... operators connect once, ... walletless, no crypto"
    assert not disclaims_crypto("Operators connect once and spend is governed with budgets — walletless, no crypto")
    # SYNTHETIC: a product promise, no business word after the negation
    assert not disclaims_crypto("Merchants get paid in dollars with no crypto exposure")


def test_a_head_office_stays_a_place() -> None:
    # SYNTHETIC: "head" before "office" names a seat, not a person
    assert "asia" in locate_in_text("APAC Head Office").regions
    assert not locate_in_text("EMEA Head of Sales").regions
