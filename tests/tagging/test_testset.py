"""The frozen test split is what it claims to be: real items from publishers the dev set does not use, employers
disjoint from the dev set, every item cited and labeled. Its accuracy is reported by `talentintel eval tagging`,
never tuned on (see tests/fixtures/tagging/PROVENANCE.md)."""

from __future__ import annotations

from pathlib import Path

from talentintel.tagging.evaluate import load_devset
from talentintel.tagging.prior import normalize_company

FIXTURES = Path(__file__).parents[1] / "fixtures" / "tagging"
REGIONS = {"us", "canada", "latam", "europe", "mena", "africa", "asia", "oceania", "global"}


def _employers(items: list[dict]) -> set[str]:
    # A Latin name compares normalized ("Foo Labs" = "foo"); a name in another script compares whole ("Dex公司" is
    # not "DEX Labs", though stripping its Han letters would leave "dex").
    names = {(i.get("company") or "").strip() for i in items} - {""}
    return {normalize_company(n) if n.isascii() else n.lower() for n in names}


def test_test_split_is_separate_from_the_dev_set() -> None:
    test = load_devset(FIXTURES / "testset.jsonl")
    dev = load_devset(FIXTURES / "devset.jsonl")
    assert len(test) >= 100
    assert all(i["source"] and i["id"] for i in test)
    assert {i["id"].split("-")[0] for i in test} == {"rb", "wt"}
    dev_sources = " ".join(i["source"] for i in dev)
    assert "rebase-network/who-is-hiring" not in dev_sources and "TABA-DaJobA/Crawling" not in dev_sources
    assert not _employers(dev) & _employers(test)
    for item in test:
        assert set(item["label_sector"]) <= {"crypto", "ai"}
        assert set(item["label_regions"]) <= REGIONS
