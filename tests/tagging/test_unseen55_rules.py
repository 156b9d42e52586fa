"""Rules written from unseen55 (issue 18, branch tag_tool_t26): AI and crypto words in another sense at non-AI,
non-crypto employers.

Each rule is tested on the real items that motivated it (cited by id, from tuning files); strings written here to
show a rule's edges are SYNTHETIC (marked so).
"""

from __future__ import annotations

import pytest

from talentintel.tagging.evaluate import tag_item
from talentintel.tagging.sections import MINOR, header_role
from tests.tagging.batches import by_id

UN55 = by_id("unseen55")

# --- a header that wraps a wish phrase in header words -----------------------------------------------------------


@pytest.mark.parametrize(
    "line",
    [
        "**Preferred / Nice-to-Have Skills**",  # unseen55, Invesco
        "**These Are Additional Nice To Haves**",  # unseen55, Swiss Re
        "**The Following Would Be Nice-to-have**",  # unseen55, Nike
        "**The Skills that are Good To Have for this role**",  # unseen55, Fidelity
        "**Good to have technical skills:**",  # unseen10, Eurofins
        "**Nice-to-have skills**",  # unseen14
        "Nice to have(s):",  # unseen40
        "<p><strong>NICE-TO-HAVES</strong></p>",  # unseen43, a We Work Remotely record
        "Bonus points for:",  # unseen_hs8
    ],
)
def test_a_wish_phrase_wrapped_in_header_words_opens_a_nice_to_have_section(line: str) -> None:
    assert header_role(line) == MINOR


@pytest.mark.parametrize(
    "line",
    [
        "* AWS experience is a nice to have",  # unseen55, Wissen: an item stating a wish, not a header
        "- Bonus points for experience with ROS",  # unseen_hs4: names its thing, an item
        "**Job Description/Preferred Qualifications**",  # unseen55, KLA: a duty header too
        "We preferred candidates who shipped",  # SYNTHETIC: a sentence
    ],
)
def test_an_item_or_a_sentence_naming_a_wish_is_no_header(line: str) -> None:
    assert header_role(line) != MINOR


@pytest.mark.parametrize("item_id", ["un55-li-invesco", "un55-li-nike"])
def test_ai_wished_for_under_such_a_header_is_no_ai_job(item_id: str) -> None:
    # Invesco: "Experience working with or integrating AI/ML services ... LLM integrations" under "Preferred /
    # Nice-to-Have Skills"; Nike: "GenAI", "RAG" under "The Following Would Be Nice-to-have" (labeled none)
    assert tag_item(UN55[item_id]).sector_class == "none"


# --- a core AI term already read as a wish does not keep the coding-agent practice as AI work ----------------------


def test_the_practice_around_coding_tools_with_ai_wished_for_is_no_ai_job() -> None:
    # AlgoSec's backend developer: "Prompt Engineering principals", ChatGPT, "AI-powered coding assistants (e.g.,
    # GitHub Copilot, Cursor)", "use/develop AI Agents" in its requirements, and "RAG pipelines and semantic search
    # (vector databases)" under "Nice To Have" (labeled none)
    assert tag_item(UN55["un55-li-algosec"]).sector_class == "none"


def test_a_core_ai_term_in_the_duties_still_keeps_ai() -> None:
    # SYNTHETIC: the same tools, but RAG pipelines are the job (a duty, not a wish)
    item = {
        "title": "Backend Developer",
        "company": "Examplecorp",
        "location": "Pune, India",
        "description": "**What You'll Do**\n* Build RAG pipelines and semantic search over vector databases\n"
        "* Good understanding of Prompt Engineering principles\n"
        "* Work with AI-powered coding assistants (e.g., GitHub Copilot, Cursor)",
    }
    assert tag_item(item).sector_class == "ai"
