"""The region rules of README "Region rules" (issue 18). Locations in other scripts are written the way real boards
write them (Rebase and Wanted recordings, see tests/fixtures/tagging/PROVENANCE.md); titles and texts are SYNTHETIC."""

from __future__ import annotations

import pytest

from talentintel.tagging import locate, tag_posting


@pytest.mark.parametrize(
    ("location", "countries", "regions"),
    [
        ("APAC", (), ("asia", "oceania")),
        ("Remote - APJ", (), ("asia", "oceania")),
        ("EMEA", (), ("africa", "europe", "mena")),
        ("Limassol, Cyprus", ("CY",), ("europe",)),
        ("Valletta, Malta", ("MT",), ("europe",)),
        ("北京 上海 杭州", ("CN",), ("asia",)),
        ("远程/新加坡/北美/韩国", ("KR", "SG"), ("asia", "canada", "us")),
        ("서울특별시 강남구 테헤란로 427", ("KR",), ("asia",)),  # a street named after Tehran is not Iran
        ("경기도 성남시 분당구", ("KR",), ("asia",)),
        ("東京都渋谷区", ("JP",), ("asia",)),
        ("remote（亚洲 / 香港 / 台北）", ("HK", "TW"), ("asia",)),
        ("上海市南京路", ("CN",), ("asia",)),  # Nanjing Road, Shanghai
    ],
)
def test_locations_in_any_script(location: str, countries: tuple, regions: tuple) -> None:
    got = locate(location)
    assert (got.countries, got.regions) == (countries, regions)


def test_remote_with_no_restriction_anywhere_is_global() -> None:
    assert tag_posting(title="Rust Engineer", locations=["Remote"]).regions == ["global"]
    assert tag_posting(title="Rust Engineer", locations=["远程"]).regions == ["global"]
    assert tag_posting(title="Rust Engineer", locations=["全球远程"]).regions == ["global"]
    restricted = tag_posting(
        title="Rust Engineer", locations=["Remote"], description="This role is remote within the US."
    )
    assert restricted.regions == ["us"]
    # An office address in a remote posting restricts nothing.
    offices = tag_posting(
        title="Rust Engineer", locations=["Remote"], description="Our offices are in London and Singapore."
    )
    assert offices.regions == ["global"]


def test_title_territory_counts_only_without_a_concrete_place() -> None:
    assert tag_posting(title="Account Executive - Remote, AMER", locations=["New York"]).regions == ["us"]
    assert tag_posting(title="Account Executive - AMER", locations=["Remote"]).regions == ["canada", "latam", "us"]
    assert tag_posting(title="Partnerships Lead (APAC)").regions == ["asia", "oceania"]
    assert tag_posting(title="Buy Now Pay Later - Account Executive", locations=[]).regions == []


@pytest.mark.parametrize(
    ("description", "country"),
    [
        ("근무지: 서울특별시 강남구", "KR"),
        ("본사는 대한민국 판교에 있습니다.", "KR"),
        ("勤務地：東京都港区", "JP"),
        ("工作地点：北京", "CN"),
        ("The team sits in our Berlin office.", "DE"),
    ],
)
def test_with_no_location_places_named_in_the_text_decide(description: str, country: str) -> None:
    result = tag_posting(title="Backend Engineer", description=description)
    assert country in result.countries


def test_structured_ats_countries_count() -> None:
    result = tag_posting(title="Backend Engineer", locations=["Remote"], countries=["DE", "PL"])
    assert result.countries == ["DE", "PL"] and result.regions == ["europe"]
    assert tag_posting(title="Backend Engineer", countries=["KOR"]).countries == ["KR"]
