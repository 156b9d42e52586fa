"""Rules from unseen43 (tests/fixtures/tagging/unseen43.jsonl: remote boards' recorded listings, TopCV and JobKorea
postings; scored once before these rules), issue 18, branch tag61. Each is a construction of the language a reader
expects in other postings:
- "applied" as the verb of someone who used AI is not the field Applied AI ("a Loom video about how you applied AI
  ideas"; taxonomy [negative]);
- "ground truth" for a town, city or map is the mapping sense, not model-evaluation data (taxonomy unless_near);
- a location field that only says anywhere ("Anywhere in the World", a board's default) yields to a restriction the
  text states, as the bare-remote fallback does ("This is a North America-based role"; region_followups);
- and from unseen26's remaining miss: a time zone named by a region's word that a location field only wishes for
  restricts nothing ("Fully remote; Asia time zones preferred, open globally" is worldwide; zone_wishes).

Strings written here to pin a rule's edge are SYNTHETIC (marked so); the batch items are real.
"""

from __future__ import annotations

from talentintel.tagging.evaluate import tag_item
from talentintel.tagging.locations import locate
from talentintel.tagging.tagger import tag_posting
from tests.tagging.batches import by_id

UN43 = by_id("unseen43")


def _tagged(key: str) -> tuple[list[str], list[str]]:
    found = tag_item(UN43[key])
    return sorted(found.sector), sorted(found.regions)


def test_a_north_america_based_role_narrows_an_anywhere_field() -> None:
    assert _tagged("un43-wwr-qase-devadvocate") == ([], ["canada", "us"])


def test_an_anywhere_field_with_no_restriction_stays_worldwide() -> None:
    # the same board's "Anywhere in the World" with "You can be based anywhere" and a shift named in IST
    assert _tagged("un43-wwr-mathmo-coach")[1] == ["global"]
    assert _tagged("un43-wwr-qase-support")[1] == ["global"]


def test_you_applied_ai_is_the_verb() -> None:
    assert _tagged("un43-wwr-qase-support")[0] == []
    # SYNTHETIC: the field itself still counts
    found = tag_posting(
        title="Applied AI Engineer", description="We are an applied AI lab training models for robotics."
    )
    assert "ai" in found.sector


def test_ground_truth_for_a_town_is_the_mapping_sense() -> None:
    assert _tagged("un43-wn-peroptyx-maps-ca") == ([], ["canada"])
    assert _tagged("un43-wn-peroptyx-maps-jp") == ([], ["asia"])
    # the AI content analyst of the same employer keeps its AI
    assert _tagged("un43-wn-peroptyx-ai-content-au") == (["ai"], ["oceania"])


UN26 = by_id("unseen26")


def test_a_region_word_naming_a_wished_time_zone_restricts_nothing() -> None:
    item = UN26["un26-web3-team-hackathon-en"]  # "Fully remote; Asia time zones preferred, open globally"
    assert sorted(tag_item(item).regions) == ["global"]
    # SYNTHETIC: the zone asked for without a wish word still places the job; a country wished for still counts
    assert locate("Remote, Asia time zones").regions == ("asia",)
    assert locate("Remote (US preferred)").countries == ("US",)
