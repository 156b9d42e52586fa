"""Rules from unseen_hs17's sector misses (tests/fixtures/tagging/unseen_hs17.jsonl: the session-17 holdout, scored once
by the lead and moved to tuning; issue 18, branch tag62): a section header with a bracketed note ("Nice-to-haves (not
required)") and a header glued to the item above ("...bảo mật).Ưu tiên:") open their sections (header_forms.py);
Vietnamese section headers (taxonomy [sections]); the practice around the coding agents a team uses is no AI work
(coding_agents.py); a duty to build with a chain counts like a self-description line (chain_duties.py).

Each rule is tested on its batch item (real text, cited by id); strings written here to pin a rule's edge are
SYNTHETIC (marked so, with invented company names).
"""

from __future__ import annotations

from talentintel.tagging.chain_duties import _read_duty
from talentintel.tagging.coding_agents import names_coding_agents, practice_only
from talentintel.tagging.evaluate import tag_item
from talentintel.tagging.header_forms import glued_tail, unqualified
from talentintel.tagging.sections import MAIN, MINOR, header_role, section_kinds
from talentintel.tagging.tagger import tag_posting
from tests.tagging.batches import by_id

HS17 = by_id("unseen_hs17")
HS6 = by_id("unseen_hs6")


# --- qualified and glued headers -------------------------------------------------------------------------------------


def test_a_nice_to_have_header_with_a_note_is_a_wish_section() -> None:
    # SkyLab: "Nice-to-haves (not required)" over "Smart contract or blockchain experience (we have adjacent projects
    # in tokenized infrastructure)"; Metatechlab: "NICE TO HAVE (Big Plus)" over "Web3 / Game", "Wallets, tokens"
    for key in ("hs17-itv-skylab-software-engineer", "hs17-itv-metatechlab-fullstack"):
        assert tag_item(HS17[key]).sector_class == "ai", key
    assert header_role("nice-to-haves (not required)") == MINOR
    assert header_role("nice to have (big plus)") == MINOR
    assert header_role("điểm cộng (nice to have)") == MINOR  # an earlier ITviec posting's header


def test_the_note_never_makes_a_header_of_a_sector_word() -> None:
    # SYNTHETIC: an item with a note is no header; a required section with a note stays required
    assert header_role("ai (nice to have)") is None
    assert header_role("requirements (must have)") == MAIN
    assert unqualified("benefits") is None


def test_a_header_glued_to_the_item_above_opens_its_section_on_the_next_line() -> None:
    # MB Bank: "- Có kiến thức về ngành CNTT (phát triển, vận hành, bảo mật).Ưu tiên:" then the crypto wish
    result = tag_item(HS17["hs17-itv-mbbank-it-risk"])
    assert result.sector_class == "none"
    parts = [
        "- có kiến thức về ngành cntt (phát triển, vận hành, bảo mật).ưu tiên:",
        "- ứng viên có kiến thức về coding cho crypto, tài sản số, stablecoin hoặc;",
    ]
    assert section_kinds(parts) == [MAIN, MINOR]


def test_a_glued_tail_that_is_no_header_changes_nothing() -> None:
    # SYNTHETIC: a sentence that ends in a colon after an abbreviation is no header
    parts = ["- deploy to our clusters (see the runbook).then:", "- build the blockchain indexer"]
    assert glued_tail(parts[0]) == "then"
    assert section_kinds(parts) == [MAIN, MAIN]


# --- coding agents as tools ------------------------------------------------------------------------------------------


def test_the_practice_around_coding_agents_is_no_ai_work() -> None:
    # LawnStarter: "the prompts, guardrails, evals, tests, and review loop that let agents ship safe, correct,
    # production-ready code", "AI agents — Claude Code, Cursor, Codex, internal agent stack, MCP servers, evals tooling"
    result = tag_item(HS17["hs17-rmt-lawnstarter-montevideo"])
    assert result.sector_class == "none"


def test_a_team_that_builds_ai_with_the_same_tools_keeps_ai() -> None:
    # SkyLab names Claude Code, Cursor and MCP servers too, and builds RAG and LLM serving; Metatechlab designs AI
    # agents into its products
    assert tag_item(HS17["hs17-itv-skylab-software-engineer"]).sector_class == "ai"
    assert tag_item(HS17["hs17-itv-metatechlab-fullstack"]).sector_class == "ai"


def test_evals_of_the_employers_own_models_are_ai_work() -> None:
    # SYNTHETIC (Quillfern is invented): evals beside the team's own models, with coding tools named as perks
    text = (
        "Quillfern trains small language models for legal search.\n"
        "You will design evals for our models and ship them to production.\n"
        "Benefits\n- Paid Claude Code and Cursor subscriptions"
    )
    result = tag_posting(title="Software Engineer", description=text)
    assert "ai" in result.sector
    evidence = [{"term": "evals", "field": "description", "weight": 3.0}, {"term": "models", "field": "description"}]
    assert not practice_only(evidence)
    assert names_coding_agents("daily use of claude code or cursor")
    assert not names_coding_agents("cursor-based pagination")


# --- a duty to build with a chain ------------------------------------------------------------------------------------


def test_a_duty_to_build_with_a_chain_is_crypto_work() -> None:
    # Korbit's "Build new services utilizing Blockchain technology", its "Knowledge of the Bitcoin protocol" now under
    # "**Nice-to-Haves**"
    assert tag_item(HS6["hs6t-seoultech-korbit-software-engineer"]).sector_class == "crypto"
    assert _read_duty("- build new services utilizing blockchain technology")


def test_a_list_of_technologies_or_a_wish_is_no_chain_duty() -> None:
    # SYNTHETIC: the field in a list, or hedged
    assert not _read_duty("develop solutions using blockchain, ai and iot")
    assert not _read_duty("experience building on ethereum is a plus")
    assert not _read_duty("we use blockchain analytics vendors")
