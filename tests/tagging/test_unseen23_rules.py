"""Rules from unseen batch 23 (tests/fixtures/tagging/unseen23.jsonl: real community and job-site postings at
employers no shipped list names, issue 18, branch tag25): building AI agents is AI work in any script, "remote-first"
and "looking for a remote job" make a post remote, and where the team (or a remote job's headquarters) sits is no
place of the job.

Strings written here to pin a rule are SYNTHETIC (marked so); the batch items are real.
"""

from __future__ import annotations

from talentintel.tagging.agent_work import AGENT_WORK, with_agent_work
from talentintel.tagging.footprint import without_team_places
from talentintel.tagging.post_header import post_header
from talentintel.tagging.regions import posting_regions
from talentintel.tagging.remote_phrase import remote_phrase
from talentintel.tagging.tagger import tag_posting
from tests.tagging.batches import by_id

BATCH23 = by_id("unseen23")


def _tag(item: dict[str, str]) -> tuple[list[str], list[str]]:
    result = tag_posting(title=item["title"], description=item["description"], company_prior={})
    return result.sector, result.regions


def _agent_work(sentence: str) -> bool:
    return AGENT_WORK in (with_agent_work(sentence.lower(), []) or [])


def test_building_ai_agents_is_ai_work() -> None:
    # real: un23-gh-onecompany-agent-dev ("- Design and build AI Agents") read as none
    assert _tag(BATCH23["un23-gh-onecompany-agent-dev"]) == (["ai"], ["global"])
    # SYNTHETIC: other verbs and scripts
    assert _agent_work("- Architect and ship LLM-based agents for our claims team")
    assert _agent_work("2、负责智能体的设计与开发，支撑客服场景")
    assert _agent_work("• 고객 상담용 AI 에이전트 개발 및 운영")
    assert _agent_work("顧客向けAIエージェントの開発")


def test_using_ai_agents_is_not_building_them() -> None:
    # SYNTHETIC: an agent that is a tool, a person, or a monitoring process
    assert not _agent_work("- Use AI agents to draft first replies to customers")
    assert not _agent_work("1、熟练使用AI Agent工具提升效率")
    assert not _agent_work("- Build rapport with insurance agents across the region")
    assert not _agent_work("2、负责监控Agent的开发与部署")  # a monitoring agent, no AI word
    # SYNTHETIC: agents an operations team builds as its own tooling
    assert not _agent_work("- Build AI agents and automated workflows to speed up invoice intake")
    assert not _agent_work("3、搭建内部AI智能体，提升运营效率")
    description = "Responsibilities\n- Use AI agents to draft replies to tickets\n- Keep our help centre current"
    assert "ai" not in tag_posting(title="Support Specialist", description=description, company_prior={}).sector


def test_a_wish_to_have_built_agents_stays_a_mention() -> None:
    # SYNTHETIC: an item under a nice-to-have header is capped as a mention like any core term
    description = (
        "Responsibilities\n- Build the billing service in Go\n- Own its on-call rotation\n\n"
        "Nice to have\n- Experience building AI agents"
    )
    assert "ai" not in tag_posting(title="Backend Engineer", description=description, company_prior={}).sector


def test_remote_first_and_a_remote_job_are_remote() -> None:
    # real: un23-gh-eliza-framework-dev ("looking for a remote job") had no place and no remote flag
    assert _tag(BATCH23["un23-gh-eliza-framework-dev"])[1] == ["global"]
    # SYNTHETIC
    for text in ("We are hiring. Remote-first, async culture.", "We are seeking a fully remote opportunity filler"):
        assert remote_phrase(text, text.lower()), text
    assert remote_phrase("This is not a remote job.", "this is not a remote job.") is None


def test_the_team_whereabouts_are_no_job_place() -> None:
    # real: un23-dod-cruzeo-ios ("people in the US and UK. Our headquarter is in London") read US beside the UK
    assert _tag(BATCH23["un23-dod-cruzeo-ios"])[1] == ["europe"]
    # SYNTHETIC: a remote team spread over three countries works from anywhere
    found = posting_regions(
        "Engineer", "Our team is distributed across the US, Canada and China. The role is fully remote.", []
    )
    assert found.regions == {"global"}
    # SYNTHETIC: hiring people somewhere is a restriction, not the team's whereabouts
    text = "We are hiring people in the US and Canada for this remote role."
    assert without_team_places(text, True) == text


def test_a_remote_jobs_headquarters_restricts_nothing() -> None:
    # real: un23-dod-linum-labs-openings ("global and remote-first with headquarters in Switzerland") read as Europe
    assert _tag(BATCH23["un23-dod-linum-labs-openings"])[1] == ["global"]
    # SYNTHETIC: an onsite job's headquarters is its place
    assert posting_regions(
        "Engineer", "Our headquarters is in Lisbon. Three days a week at the office.", []
    ).regions == {"europe"}
    assert "Oslo" not in without_team_places("Work from anywhere; our HQ is located in Oslo.", True)


def test_bullet_and_dash_headers_are_headers() -> None:
    # SYNTHETIC (no batch item opens so): the "Company | Role | Place" line written with bullets or spaced dashes
    header = post_header("Acme • Machine Learning Engineer • Berlin, Germany • Hybrid • https://acme.de\nWe build ASR.")
    assert header is not None
    assert (header.company, header.roles, header.places) == (
        "Acme",
        ("Machine Learning Engineer",),
        ("Berlin, Germany",),
    )
    header = post_header("Acme - ML Engineer - London, UK - ONSITE - https://acme.co/careers")
    assert header is not None and header.domain == "acme.co" and header.places == ("London, UK",)
    assert post_header("Senior Backend Engineer - Payments - Remote") is None  # a title line: the role comes first
    assert post_header("We're hiring - come join us - it's fun\nAcme builds tools.") is None  # no role, no arrangement
    assert post_header("Our Berlin-Mitte office is open - full-time role\nApply.") is None  # one spaced dash only


def test_work_from_anywhere_is_remote_without_the_word_remote() -> None:
    # SYNTHETIC: README rule 7's phrases were read only in texts that also said "remote"
    for text in ("We hire globally. Work from anywhere.", "Work from anywhere in the world, async."):
        found = posting_regions("Engineer", text, [])
        assert found.remote and found.regions == {"global"}, text
