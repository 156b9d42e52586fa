"""Rules from unseen_hs10 (the session-10 holdout, scored once and then moved to tuning data) and from unseen32 (a
tuning batch scored once before its rules; issue 18, branch tag40): a pay amount written in a coin is pay, an employer
educating "the DeFi community" speaks to its own audience, "AI" inside a location segment is no Anguilla, an Indonesian
regency is Indonesia; "we offer remote work", "(remote, full-time or part-time)" and "可 Remote" are remote modes, a
bold markdown place after a cue counts, a remote job's "<Name> Ltd, located in X" is the employer's seat.

Strings written here to pin a rule are SYNTHETIC (marked so); the batch items are real.
"""

from __future__ import annotations

import pytest

from talentintel.tagging.community_membership import member_sectors
from talentintel.tagging.evaluate import tag_item
from talentintel.tagging.indonesian_divisions import indonesian_division
from talentintel.tagging.locations import locate
from talentintel.tagging.payment_mentions import payment_method
from talentintel.tagging.remote_phrase import remote_phrase
from tests.tagging.batches import by_id

HS10 = by_id("unseen_hs10")
U32 = by_id("unseen32")


# --- the batch items the rules fixed, shipped and company-blind ---------------------------------------------------------


@pytest.mark.parametrize(
    ("item_id", "sector"),
    [
        ("hs10t-rebase-sg-software-devops-sre", "none"),  # real: "5w+ RMB（USDT）" is the pay line, not the business
        ("hs10t-rebase-zerogoki-ambassadors", "crypto"),  # real: "educate the DeFi community"
    ],
)
@pytest.mark.parametrize("company_blind", [False, True])
def test_hs10_sector_items(item_id: str, sector: str, company_blind: bool) -> None:
    assert tag_item(HS10[item_id], company_blind=company_blind).sector_class == sector


@pytest.mark.parametrize(
    ("item_id", "regions"),
    [
        ("hs10t-rebase-byterum-mobile-frontend", ["asia"]),  # real: "杭州，...将AI与Web3的创新推向极致" is no Anguilla
        ("hs10t-dicoding-newus-lead-developer", ["asia"]),  # real: "Kabupaten Penukal Abab Lematang Ilir"
    ],
)
@pytest.mark.parametrize("company_blind", [False, True])
def test_hs10_region_items(item_id: str, regions: list[str], company_blind: bool) -> None:
    assert sorted(tag_item(HS10[item_id], company_blind=company_blind).regions) == regions


@pytest.mark.parametrize(
    ("item_id", "regions"),
    [
        ("un32-geth-bedros-fixed-developer", ["global"]),  # real: "Group LtD, located in sunny Denia in Valencia"
        ("un32-pset9-web3-dev-asia", ["asia"]),  # real: "Open to developers based in **Asia**"
        ("un32-autotrade-hft-quant", ["global"]),  # real: "We offer remote work opportunities."
        ("un32-stacks-web3-cto", ["global"]),  # real: "(remote, full-time or part-time)"
        ("un32-yncoder-starcoin-system-engineer", ["global"]),  # real: "一周40小时, 可 Remote."
    ],
)
@pytest.mark.parametrize("company_blind", [False, True])
def test_unseen32_region_items(item_id: str, regions: list[str], company_blind: bool) -> None:
    assert sorted(tag_item(U32[item_id], company_blind=company_blind).regions) == regions


# --- the rules on SYNTHETIC strings -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("part", "pay"),
    [
        ("5w+ rmb（usdt）", True),  # the real pay line's shape
        ("薪水 3000-5000 usdt/月", True),
        ("salary 30k usd/usdt", True),
        ("a 5k usdt / month stipend", True),
        ("we process 3000 usdt per block", False),  # SYNTHETIC: an amount of the business, no period, no fiat
        ("usdt结算", False),
        ("a usdt stablecoin exchange", False),
    ],
)
def test_coin_as_pay_amount(part: str, pay: bool) -> None:
    assert payment_method(part) is pay


@pytest.mark.parametrize(
    ("text", "sectors"),
    [
        ("We want to educate the DeFi community about lending.", {"crypto"}),  # SYNTHETIC
        ("You will grow the AI community around our tools.", {"ai"}),  # SYNTHETIC
        ("You will engage with the Web3 ecosystem on Discord.", {"crypto"}),  # SYNTHETIC
        ("You will educate the community about our product.", set()),  # SYNTHETIC: no sector word
        ("We grow the team fast.", set()),  # SYNTHETIC
    ],
)
def test_audience_community(text: str, sectors: set[str]) -> None:
    assert member_sectors(text) == sectors


@pytest.mark.parametrize(
    ("location", "countries"),
    [
        ("AI Web3", ()),  # SYNTHETIC: the field, not Anguilla
        ("杭州 AI", ("CN",)),  # SYNTHETIC
        ("Anguilla", ("AI",)),
        ("AI", ("AI",)),  # a location of its own is the code
    ],
)
def test_ai_code_only_alone(location: str, countries: tuple[str, ...]) -> None:
    assert locate(location).countries == countries


@pytest.mark.parametrize(
    ("locations", "text", "found"),
    [
        (["Kabupaten Penukal Abab Lematang Ilir"], "", "Kabupaten Penukal Abab Lematang Ilir"),
        ([], "12. Penempatan di Kab. Bogor, Jawa Barat", "Kab. Bogor"),  # SYNTHETIC
        (["Provinsi Jawa Barat"], "", "Provinsi Jawa Barat"),  # SYNTHETIC
        (["Kota Kinabalu"], "", None),  # Malaysian: "Kota" is no Indonesian-only word
        (["Kabupaten"], "", None),  # no name after the word
    ],
)
def test_indonesian_divisions(locations: list[str], text: str, found: str | None) -> None:
    assert indonesian_division(locations, text) == found


@pytest.mark.parametrize(
    ("text", "remote"),
    [
        ("We offer remote work opportunities.", True),
        ("Offering fully remote positions across the team.", True),  # SYNTHETIC
        ("We do not offer remote work.", False),  # SYNTHETIC: a negation
        ("We don't offer remote roles.", False),  # SYNTHETIC
        ("Join us (remote, full-time or part-time).", True),
        ("Join us (remote and part-time).", True),  # SYNTHETIC
        ("Our remote, full-time team.", False),  # SYNTHETIC: no bracket
    ],
)
def test_remote_phrases(text: str, remote: bool) -> None:
    assert (remote_phrase(text, text.lower()) is not None) is remote


def test_bold_place_after_cue() -> None:
    # SYNTHETIC: a remote job restricted to a bold place reads that place, as without the markdown
    item = {
        "title": "Solidity Developer",
        "description": "Fully remote. Open to developers based in **Canada** only for tax reasons.",
    }
    assert tag_item(item).regions == ["canada"]


def test_legal_name_seat_of_a_remote_job() -> None:
    # SYNTHETIC: where the company sits is no restriction for a remote job
    item = {
        "title": "Backend Developer",
        "description": "I am the CEO of Acme Holdings Ltd, located in Lisbon, Portugal.\n\nLocation: Remote",
    }
    assert tag_item(item).regions == ["global"]
