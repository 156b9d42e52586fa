"""Location strings as ATS boards write them -> exact country and region sets.

The first table holds strings copied from the recorded responses in tests/fixtures/scrapers/ (Greenhouse location and
offices, Lever categories, Ashby location and secondaryLocations, Workable, SmartRecruiters, JSON-LD jobLocation, as
the scrapers join them); the others are the common forms of real boards, written for these tests.
"""

from __future__ import annotations

import pytest

from talentintel.tagging import locate

US, CA, EU, EMEA, APAC = {"us"}, {"canada"}, {"europe"}, {"africa", "europe", "mena"}, {"asia", "oceania"}

RECORDED: list[tuple[str, set[str], set[str]]] = [
    ("Remote - USA", {"US"}, US),
    ("Remote (United States)", {"US"}, US),
    ("Remote-Friendly US (Travel Required)", {"US"}, US),
    ("US - Remote Zone 1 (Job Requisitions Only)", {"US"}, US),
    ("UK - Remote Zone 1 (Job Requisitions Only)", {"GB"}, EU),
    ("US-Remote, US-San Francisco, US-Chicago, US-New York, US-Seattle, US-Texas", {"US"}, US),
    ("SF, NYC, SEA, CHI", {"US"}, US),
    ("San Francisco, CA | New York City, NY | Seattle, WA", {"US"}, US),
    ("London, UK; Ontario, CAN; Remote-Friendly, United States; San Francisco, CA", {"CA", "GB", "US"}, US | CA | EU),
    ("Ontario, CA", {"CA"}, CA),
    ("British Columbia, CA", {"CA"}, CA),
    ("Remote - EMEA", set(), EMEA),
    ("Remote - Cyprus", {"CY"}, {"europe"}),  # EU member
    ("Remote-India (PEO)", {"IN"}, {"asia"}),
    ("Hybrid - Bangalore, India", {"IN"}, {"asia"}),
    ("Hybrid - Singapore", {"SG"}, {"asia"}),
    ("Australia Locations", {"AU"}, {"oceania"}),
    ("New York, NY (HQ)", {"US"}, US),
    ("Remote (Canada)", {"CA"}, CA),
    ("North America", set(), US | CA),
    ("Europe", set(), EU),
    ("Atlanta, Georgia", {"US"}, US),
    ("Bombay, MH", {"IN"}, {"asia"}),
    ("Seoul, South Korea", {"KR"}, {"asia"}),
    ("Palo Alto, CA", {"US"}, US),
    ("Bengaluru, KA, India", {"IN"}, {"asia"}),
    ("Austin, TX, United States", {"US"}, US),
    ("Paris, Île-de-France, France", {"FR"}, EU),
    ("New York City, NY, USA; Remote", {"US"}, US),
    ("Plano, United States", {"US"}, US),
]

COMMON: list[tuple[str, set[str], set[str]]] = [
    # remote + country, in every order and punctuation
    ("Remote - US", {"US"}, US),
    ("Remote (US only)", {"US"}, US),
    ("US-Remote", {"US"}, US),
    ("Remote, United States", {"US"}, US),
    ("United States - Remote", {"US"}, US),
    ("Remote (U.S.)", {"US"}, US),
    ("Remote — US", {"US"}, US),
    ("Remote - Canada (EST)", {"CA"}, CA),
    ("Remote - Germany", {"DE"}, EU),
    ("DE - Remote", {"DE"}, EU),
    ("Remote, SG", {"SG"}, {"asia"}),
    ("Anywhere in the US", {"US"}, US),
    ("Worldwide - US preferred", {"US"}, US),
    # region words
    ("Anywhere", set(), {"global"}),
    ("Worldwide", set(), {"global"}),
    ("Remote (Global)", set(), {"global"}),
    ("APAC", set(), APAC),
    ("Asia-Pacific (APAC)", set(), APAC),
    ("LATAM", set(), {"latam"}),
    ("Remote - Latin America", set(), {"latam"}),
    ("Americas", set(), US | CA | {"latam"}),
    ("North & South America", set(), US | CA | {"latam"}),
    ("EU", set(), EU),
    ("Remote (EU timezone)", set(), EU),
    ("Central & Eastern Europe", set(), EU),
    ("Scandinavia", {"DK", "NO", "SE"}, EU),
    ("Baltics", {"EE", "LT", "LV"}, EU),
    ("Remote - Balkans", set(), EU),
    ("DACH", {"AT", "CH", "DE"}, EU),
    ("Middle East", set(), {"mena"}),
    ("GCC", {"AE", "BH", "KW", "OM", "QA", "SA"}, {"mena"}),
    ("Sub-Saharan Africa", set(), {"africa"}),
    ("US & Canada", {"CA", "US"}, US | CA),
    ("Remote (EMEA & Americas)", set(), EMEA | US | CA | {"latam"}),
    # the US coasts are not Cameroon's "East" region, Tanzania's "Coast" or New Zealand's "West Coast"
    ("East Coast", {"US"}, US),
    ("West Coast", {"US"}, US),
    ("Remote - US (East Coast)", {"US"}, US),
    ("Remote - US East", {"US"}, US),
    ("Long Island, NY", {"US"}, US),
    # cities, abbreviations and local names
    ("UK", {"GB"}, EU),
    ("NYC", {"US"}, US),
    ("SF Bay Area", {"US"}, US),
    ("San Francisco, CA", {"US"}, US),
    ("New York, NY; London, UK", {"GB", "US"}, US | EU),
    ("Berlin or Remote (Europe)", {"DE"}, EU),
    ("Bengaluru", {"IN"}, {"asia"}),
    ("Bangalore", {"IN"}, {"asia"}),
    ("Gurugram", {"IN"}, {"asia"}),
    ("Hong Kong SAR", {"HK"}, {"asia"}),
    ("Hong Kong SAR, China", {"HK"}, {"asia"}),
    ("Hong Kong, Hong Kong SAR", {"HK"}, {"asia"}),
    ("Taipei", {"TW"}, {"asia"}),
    ("Seoul", {"KR"}, {"asia"}),
    ("Dubai, UAE", {"AE"}, {"mena"}),
    ("Zug, Switzerland", {"CH"}, EU),
    ("Lisbon", {"PT"}, EU),
    ("Toronto, ON", {"CA"}, CA),
    ("Montréal, Québec", {"CA"}, CA),
    ("São Paulo", {"BR"}, {"latam"}),
    ("Mexico City", {"MX"}, {"latam"}),
    ("Tel Aviv", {"IL"}, {"mena"}),
    ("Washington, D.C.", {"US"}, US),
    ("Research Triangle", {"US"}, US),
    ("Cambridge, MA", {"US"}, US),
    ("Cambridge, UK", {"GB"}, EU),
    ("London, ON", {"CA"}, CA),
    # noise around a place
    ("London (Remote)", {"GB"}, EU),
    ("London Office (Hybrid)", {"GB"}, EU),
    ("HQ - San Francisco", {"US"}, US),
    ("Onsite - New York", {"US"}, US),
    ("Multiple Locations, US", {"US"}, US),
    # bare codes: country codes, unless US-state-only codes keep them company
    ("US", {"US"}, US),
    ("DE", {"DE"}, EU),
    ("SG", {"SG"}, {"asia"}),
    ("IN", {"IN"}, {"asia"}),
    ("Remote - IN", {"IN"}, {"asia"}),
    ("CA", {"CA"}, CA),
    ("DE, FR", {"DE", "FR"}, EU),
    ("NY, CA, TX", {"US"}, US),
    ("Remote in CA, CO, NY", {"US"}, US),
    ("Remote - US (CA, CO, GA)", {"US"}, US),
    ("Indianapolis, IN", {"US"}, US),
    ("INDIANAPOLIS, IN", {"US"}, US),
    ("Mumbai, IN", {"IN"}, {"asia"}),
    ("Bend, OR", {"US"}, US),
    ("Atlanta, GA", {"US"}, US),
    ("Toronto, CA", {"CA"}, CA),
    ("Lisbon, PT", {"PT"}, EU),
    ("Toronto, ON, CA", {"CA"}, CA),
    # time zones: a hint only when no place is named; "ET"/"PT" are time zones unless after a city there
    ("EST", set(), US),
    ("PST", set(), US),
    ("CET", set(), EU),
    ("Remote (ET)", set(), US),
    ("Remote (PT/ET)", set(), US),
    ("Remote - US (ET)", {"US"}, US),
    ("Remote (GMT+/-3)", set(), EU),
    ("Remote (UTC +/- 2)", set(), EU),
    ("Remote (UTC-5 to UTC+1)", set(), US | EU),
    ("Remote (UTC+8)", set(), {"asia"}),
    # exclusions name no place
    ("Worldwide (excluding US)", set(), {"global"}),
    ("Remote - Global (excl. US)", set(), {"global"}),
    ("Anywhere except US or Canada", set(), {"global"}),
    ("Remote (non-US)", set(), set()),
]

NOWHERE = [
    "Multiple Locations",
    "Multiple locations",
    "Various",
    "Flexible",
    "TBD",
    "Remote",
    "REMOTE",
    "Distributed",
    "Remote-first",
    "Hybrid",
    "In-Office",
    "Office",
    "HQ",
    "On-site",
    "Central",
    "North",
    "Remote - Engineering",
    "Hybrid - 3 days in office",
    "Remote (Full-time)",
    "TO",
    "",
]


@pytest.mark.parametrize(("raw", "countries", "regions"), RECORDED + COMMON, ids=[c[0] for c in RECORDED + COMMON])
def test_countries_and_regions(raw: str, countries: set[str], regions: set[str]) -> None:
    got = locate(raw)
    assert (set(got.countries), set(got.regions)) == (countries, regions)


@pytest.mark.parametrize("raw", NOWHERE)
def test_no_place(raw: str) -> None:
    got = locate(raw)
    assert (got.countries, got.regions) == ((), ())


@pytest.mark.parametrize(
    ("raw", "remote"),
    [
        ("US-Remote", True),
        ("Remote (US only)", True),
        ("Distributed", True),
        ("Anywhere in the US", True),
        ("Hybrid - Singapore", False),
        ("London Office (Hybrid)", False),
        ("Non-Remote, London", False),
    ],
)
def test_remote_flag(raw: str, remote: bool) -> None:
    assert locate(raw).remote is remote
