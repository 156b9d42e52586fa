"""Rules from unseen47 (tests/fixtures/tagging/unseen47.jsonl: r/rust "Who's Hiring" comments, Roxonn's posting drafts,
Korean Jumpit rows and JobStreet Indonesia rows; scored once before these rules), issue 18, branch unseen47:
- a hiring thread's one-line comment template ("COMPANY: ... LOCATION: ... REMOTE: ... VISA: ...") is read field by
  field: a value runs to the next label, the REMOTE field says whether and where the job is remote
  (thread_template.py);
- Seoul's districts as boards write them, without 구 ("서초", "구로/가산 디지털단지"), name Korea (places.toml);
- an Indonesian company's legal form ("PT ..." opening the company field, "... Tbk") places an on-site job with no
  place found in Indonesia (hiring_systems.py);
- the dotted "A.I." is the acronym AI (glued_acronyms.py);
- a city of a million listed after another place, with no state or country after it, is that city ("NYC, London and
  Amsterdam" is London, not London, Kentucky; locations.py);
- bare "crypto" beside "cryptographic" / "cryptography" / "PQC" / "quantum" is cryptography, AI work denied ("not ML
  research") is none, AGI spelled out ("generally intelligent robots") is AI (taxonomy.toml).

Strings written here to pin a rule's edge are SYNTHETIC (marked so); the batch items are real.
"""

from __future__ import annotations

import pytest

from talentintel.tagging.evaluate import tag_item
from talentintel.tagging.glued_acronyms import undotted_acronyms
from talentintel.tagging.locations import locate
from talentintel.tagging.tagger import tag_posting
from talentintel.tagging.thread_template import template_place
from tests.tagging.batches import by_id

UN47 = by_id("unseen47")


def _regions(item: dict[str, object]) -> tuple[list[str], list[str]]:
    result = tag_item(item)
    return sorted(result.regions), sorted(result.countries)


@pytest.mark.parametrize(
    ("item_id", "regions", "countries"),
    [
        # "LOCATION: San Francisco, CA (HQ) REMOTE: Yes — fully remote, worldwide. No timezone or region restrictions."
        ("un47-rr-parsewave-tasks", ["global"], []),
        # "REMOTE : Yes — remote from anywhere" with no LOCATION field
        ("un47-rr-baif-verification", ["global"], []),
        # "These roles can either be worked remotely or ... relocate to Auckland": a choice
        ("un47-rr-propellerhead-rust", ["global"], []),
        # "headquartered in New York City with engineering opportunities available in NYC, London and Amsterdam"
        ("un47-rr-onechronos-systems", ["europe", "us"], ["GB", "NL", "US"]),
        # the REMOTE field's "Not this time" and "Not at this time": where LOCATION says
        ("un47-rr-tsuru-options", ["asia"], ["SG"]),
        ("un47-rr-pantograph-robots", ["us"], ["US"]),
        # a remote job restricted by its REMOTE field's zone ("~4h overlap with UTC+8"), the company's seat aside
        ("un47-rr-chartedsea-platform", ["asia"], []),
    ],
)
def test_thread_template_fields(item_id: str, regions: list[str], countries: list[str] | None) -> None:
    got_regions, got_countries = _regions(UN47[item_id])
    assert got_regions == regions
    if countries is not None:
        assert got_countries == countries


def test_thread_template_needs_three_labels() -> None:
    # SYNTHETIC: two labels are no template; capitals only
    assert template_place("LOCATION: Berlin. REMOTE: Yes, worldwide.") is None
    assert template_place("company: Acme type: full time location: Berlin remote: yes, worldwide") is None
    found = template_place("COMPANY: Acme TYPE: Full time LOCATION: Berlin, Germany REMOTE: No VISA: No")
    assert found is not None and found[1].countries == ("DE",) and not found[1].remote
    found = template_place("COMPANY: Acme LOCATION: Austin, TX (HQ) REMOTE: Yes, fully remote VISA: No")
    assert found is not None and found[1].remote and not found[1].countries  # a remote job's headquarters
    found = template_place("COMPANY: Acme LOCATION: Austin, TX REMOTE: Yes VISA: No")
    assert found is not None and found[1].countries == ("US",)  # remote, but where LOCATION says


@pytest.mark.parametrize("item_id", ["un47-kr-codestory-nft", "un47-kr-mainmeta-solana"])
def test_seoul_districts_without_gu(item_id: str) -> None:
    assert _regions(UN47[item_id]) == (["asia"], ["KR"])


def test_seoul_district_inside_a_word_is_no_place() -> None:
    # SYNTHETIC: 구로 inside 연구로 ("into research") and 가산점 ("bonus points") name no district
    result = tag_posting(
        title="Research Engineer",
        description="연구로 이어지는 업무. 우대사항: 가산점 있음.",
        locations=[],
        company_prior={},
    )
    assert "KR" not in result.countries


def test_indonesian_legal_form() -> None:
    # "PT Huaan Mining Engineering" at "Konawe Utara", a regency the gazetteer lacks
    assert _regions(UN47["un47-id-huaan-nickel-mine"]) == (["asia"], ["ID"])
    # SYNTHETIC: "PT" opening a title is part-time; "Tbk" in the text is a listed Indonesian company
    title_only = tag_posting(title="PT Sales Associate", description="Weekend shifts.", locations=[], company_prior={})
    assert "ID" not in title_only.countries
    listed = tag_posting(
        title="Accountant", description="Join PT Maju Bersama Tbk in our head office.", locations=[], company_prior={}
    )
    assert "ID" in listed.countries


def test_dotted_ai() -> None:
    assert tag_item(UN47["un47-kr-shiftone-ai-platform"]).sector_class == "ai"
    # SYNTHETIC edges: other dotted acronyms stay
    assert undotted_acronyms("클라우드/MSA/A.I. 플랫폼 개발자") == "클라우드/MSA/AI 플랫폼 개발자"
    assert undotted_acronyms("A.I.M. Fund Analyst") == "A.I.M. Fund Analyst"
    assert undotted_acronyms("G.A.I.N. Program") == "G.A.I.N. Program"


def test_cryptography_is_no_crypto() -> None:
    assert tag_item(UN47["un47-rr-vxm-cryptographic"]).sector_class == "none"
    # SYNTHETIC: the bare clip beside post-quantum work is cryptography; a crypto exchange stays crypto
    pqc = tag_posting(
        title="Security Engineer",
        description="Tell us about one crypto protocol you have implemented for our PQC migration.",
        locations=[],
        company_prior={},
    )
    assert "crypto" not in pqc.sector
    exchange = tag_posting(
        title="Quant Developer",
        description="Join a crypto exchange building quantum-resistant custody.",
        locations=[],
        company_prior={},
    )
    assert "crypto" in exchange.sector


def test_denied_ai_work_and_agi_spelled_out() -> None:
    assert tag_item(UN47["un47-rr-chartedsea-platform"]).sector_class == "none"
    assert tag_item(UN47["un47-rr-pantograph-robots"]).sector_class == "ai"
    # SYNTHETIC: ML research not denied stays AI
    research = tag_posting(
        title="Engineer", description="You will lead ML research on ranking.", locations=[], company_prior={}
    )
    assert "ai" in research.sector


@pytest.mark.parametrize(
    ("location", "countries"),
    [
        # SYNTHETIC: a big city after another place is itself; a qualifier after a city still qualifies it
        ("NYC, London and Amsterdam", ("GB", "NL", "US")),
        ("New York, Paris", ("FR", "US")),
        ("London, Ontario", ("CA",)),
        ("London, KY", ("US",)),
        ("Austin, Texas, USA", ("US",)),
        ("Paris, France", ("FR",)),
    ],
)
def test_listed_metropolis(location: str, countries: tuple[str, ...]) -> None:
    assert locate(location).countries == countries
