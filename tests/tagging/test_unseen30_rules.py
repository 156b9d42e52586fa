"""Rules from unseen30 (tests/fixtures/tagging/unseen30.jsonl: postings outside Asia at unlisted employers; issue 18,
branch tag35): bold markdown labels (tagging/markdown_labels.py), a currency's prefix (tagging/currency_codes.py), a
country's clock in a working-hours condition and French time-zone words (tagging/country_zones.py), and pay in the
employer's own token (tagging/token_grants.py), a role's slot line with a "Remote" slot (tagging/role_line.py), and a
French town by its département number (tagging/departement_codes.py).

Strings written here to pin a rule are SYNTHETIC (marked so); the batch items are real.
"""

from __future__ import annotations

import pytest

from talentintel.tagging.country_zones import country_zone_regions
from talentintel.tagging.currency_codes import without_currency_codes
from talentintel.tagging.departement_codes import departement_town
from talentintel.tagging.evaluate import tag_item
from talentintel.tagging.markdown_labels import unbolded_labels
from talentintel.tagging.role_line import slot_line_remote
from talentintel.tagging.tagger import tag_posting
from talentintel.tagging.timezone_hints import timezone_regions
from talentintel.tagging.token_grants import token_grants
from tests.tagging.batches import by_id

UN30 = by_id("unseen30")
FIXED_REGIONS = (
    "un30-looksrare-data-engineer",
    "un30-looksrare-localization-specialist",
    "un30-looksrare-bd-manager",
    "un30-archethic-blockchain-developer",
    "un30-eugen-cpp-game-remote",
    "un30-ai-agents-applied-ai-engineer",
    "un30-guyana-goldfields-gold-mine-hiring",
    "un30-ecf-community-manager",
    "un30-pierre-fabre-ai-ml-engineer",
)


@pytest.mark.parametrize("item_id", FIXED_REGIONS)
def test_un30_fixed_regions(item_id: str) -> None:
    item = UN30[item_id]
    result = tag_item(item)
    assert result.regions == sorted(item["label_regions"])
    assert result.countries == sorted(item["label_countries"])


@pytest.mark.parametrize("company_blind", [False, True])
def test_un30_token_grant_decides_crypto(company_blind: bool) -> None:
    item = UN30["un30-looksrare-localization-specialist"]  # real: "a vested allocation of LOOKS"
    assert tag_item(item, company_blind=company_blind).sector == ["crypto"]


# --- bold markdown labels ----------------------------------------------------------------------------------------------


def test_bold_label_real_line() -> None:
    text = UN30["un30-looksrare-bd-manager"]["description"]  # real: "- **Location**: Remote"
    assert "- Location: Remote" in unbolded_labels(text)


@pytest.mark.parametrize(
    ("text", "plain"),
    [
        ("- **Location:** Berlin, Germany", "- Location: Berlin, Germany"),  # SYNTHETIC: colon inside the bold
        ("**Work Location**: Lisbon", "Work Location: Lisbon"),  # SYNTHETIC: two-word label
        ("We are **very** excited: join us", "We are **very** excited: join us"),  # SYNTHETIC: bold body text stays
    ],
)
def test_bold_label_synthetic_variants(text: str, plain: str) -> None:
    assert unbolded_labels(text) == plain


def test_bold_label_synthetic_posting() -> None:
    # SYNTHETIC: a markdown job document naming a city under a bold label
    result = tag_posting(title="Designer", description="## General information\n\n- **Location**: Lisbon, Portugal\n")
    assert result.countries == ["PT"]


# --- a currency's prefix -----------------------------------------------------------------------------------------------


def test_currency_prefix_real_sentence() -> None:
    text = UN30["un30-guyana-goldfields-gold-mine-hiring"]["description"]  # real: "the US$238 million in capital costs"
    assert "US$" in text and "US$" not in without_currency_codes(text)


def test_currency_prefix_synthetic_posting() -> None:
    # SYNTHETIC: an on-site job in Nairobi whose budget is in US dollars
    result = tag_posting(title="Site Engineer", description="Our Nairobi project has a US$40 million budget.")
    assert result.countries == ["KE"]
    # SYNTHETIC: the US named as a place still counts
    assert tag_posting(title="Site Engineer", description="The role is based in the US.").countries == ["US"]


# --- a country's clock -------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("item_id", "sentence"),
    [
        ("un30-archethic-blockchain-developer", "Collaborate with a fully remote team (France time zone)."),
        (
            "un30-eugen-cpp-game-remote",
            "Télétravail possible à partir d’un pays dont le fuseau horaire est +/- 3h de la France",
        ),
        ("un30-ai-agents-applied-ai-engineer", "Horaires : Cœur de journée en fuseau horaire CET"),
    ],
)
def test_country_clock_real_sentences(item_id: str, sentence: str) -> None:
    assert sentence in UN30[item_id]["description"]  # real
    regions, _ = timezone_regions(sentence)
    assert regions == set(UN30[item_id]["label_regions"])


@pytest.mark.parametrize(
    ("sentence", "regions"),
    [
        ("You will work within 2 hours of the UK", {"europe", "africa", "mena"}),  # SYNTHETIC: English window
        ("Overlap with the Brazil time zone is required", {"latam"}),  # SYNTHETIC: a country's zone
        ("Trabajo remoto en el huso horario de México", {"latam"}),  # SYNTHETIC: Spanish
        ("Our team spans many time zones", set()),  # SYNTHETIC: no country, no restriction
    ],
)
def test_country_clock_synthetic_variants(sentence: str, regions: set[str]) -> None:
    assert country_zone_regions(sentence) == regions or timezone_regions(sentence)[0] == regions


# --- pay in the employer's token ---------------------------------------------------------------------------------------


def test_token_grant_real_line() -> None:
    text = UN30["un30-looksrare-data-engineer"]["description"]  # real
    assert token_grants(text) == 1  # "a vested allocation of LOOKS"; "paid in crypto (LOOKS or WETH)" is no grant


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("Competitive salary + equity and token options.", 1),  # SYNTHETIC: equity and tokens
        ("A share of the token pool vests over four years.", 1),  # SYNTHETIC
        ("Annual grants of ABC tokens.", 1),  # SYNTHETIC: a grant of a ticker's tokens
        ("Our LLM serves 2M tokens per second at low cost.", 0),  # SYNTHETIC: an LLM's tokens
        ("Implement the OAuth refresh token grant and token exchange.", 0),  # SYNTHETIC: OAuth
        ("A vested allocation of ESOP options.", 0),  # SYNTHETIC: a share plan
        ("Salary is paid in USDC.", 0),  # SYNTHETIC: a payment method stays a mention
    ],
)
def test_token_grant_synthetic_variants(text: str, count: int) -> None:
    assert token_grants(text) == count


# --- a role's slot line ------------------------------------------------------------------------------------------------


def test_slot_line_real() -> None:
    text = UN30["un30-ecf-community-manager"]["description"]  # real
    assert slot_line_remote(text, text.lower()) == "Blockchain / Web3 web 3Project | Full-time | Remote"


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Data Analyst\nMarketplace | Contract | Fully Remote\nAbout us", True),  # SYNTHETIC
        ("Office | Hybrid | Berlin", False),  # SYNTHETIC: no remote slot
        (
            "Our stack | remote-first culture | great people | and a very long slot that runs on and on",
            False,
        ),  # SYNTHETIC
    ],
)
def test_slot_line_synthetic_variants(text: str, found: bool) -> None:
    assert (slot_line_remote(text, text.lower()) is not None) == found


# --- a French town by its département number ---------------------------------------------------------------------------


def test_departement_real_line() -> None:
    text = UN30["un30-pierre-fabre-ai-ml-engineer"]["description"]  # real: "... DAIS ..., basé à Lavaur (81)."
    assert departement_town(text) == "Lavaur (81)"


@pytest.mark.parametrize(
    ("text", "town"),
    [
        ("Le poste est situé à Rodez (12), au sein de notre usine.", "Rodez (12)"),  # SYNTHETIC
        ("Poste basé à Ajaccio (2A).", "Ajaccio (2A)"),  # SYNTHETIC: Corsica
        ("We shipped Version (12) of the app.", None),  # SYNTHETIC: no French base word
    ],
)
def test_departement_synthetic_variants(text: str, town: str | None) -> None:
    assert departement_town(text) == town


def test_departement_synthetic_posting() -> None:
    # SYNTHETIC: an on-site job in a small French town; the same clause in a remote job restricts nothing new
    assert tag_posting(title="Technicien", description="Poste basé à Lavaur (81).").countries == ["FR"]
