"""Rules from unseen batch 15 (tests/fixtures/tagging/unseen15.jsonl: postings at unseen employers on European,
Latin American, African and Middle Eastern boards, careers pages and GitHub careers files; each item cited).

Strings written here to pin a rule are SYNTHETIC (marked so); the batch items are real.
"""

from __future__ import annotations

import pytest

from talentintel.tagging import tag_posting
from talentintel.tagging.evaluate import tag_item
from tests.tagging.batches import by_id

BATCH15 = by_id("unseen15")
# "Remoto ou Escritório, São Paulo" is labeled latam + global (remote without a restriction, or the office); no rule
# reads "remote or an office" as both yet.
REGION_MISSES = {"un15-gh-php-foxbit-exchange-backend"}


@pytest.mark.parametrize("item_id", sorted(BATCH15))
def test_batch15_sector_and_regions(item_id: str) -> None:
    item = BATCH15[item_id]
    result = tag_item(item)
    assert sorted(result.sector) == sorted(item["label_sector"])
    if item_id in REGION_MISSES:
        pytest.xfail("see REGION_MISSES")
    assert sorted(result.regions) == sorted(item["label_regions"])


def test_crypto_as_cryptography_in_security_work() -> None:
    # a bank's security architecture: "so they don't invent their own crypto", "Cryptographic Trust", ledgers
    item = BATCH15["un15-jobsradar-security-architect-fintech"]
    assert tag_item(item).sector == []
    # SYNTHETIC: crypto as encryption work, and crypto as the industry in the same kind of role
    security = (
        "Own encryption at rest and in transit for our payment services. Review how teams use crypto and make sure "
        "they rely on vetted libraries instead of rolling their own crypto. Rotate certificates and HSM keys."
    )
    assert tag_posting(title="Application Security Engineer", description=security).sector == []
    industry = "Protect the wallets of our crypto customers and secure the custody of their assets."
    assert tag_posting(title="Application Security Engineer", description=industry).sector == ["crypto"]


def test_group_portfolio_names_sister_companies() -> None:
    # No posting of unseen15 or of the tuning files holds such a sentence: the rule is pinned by SYNTHETIC text only
    # (the class is one the frozen splits' misses named; see the notes of branch tag15).
    # SYNTHETIC: a bank job whose group also runs a crypto exchange
    bank = (
        "Acme Holdings is a diversified group. Our businesses include Acme Bank, Acme Insurance and Acme Digital "
        "Assets, a regulated crypto exchange. You will prepare monthly management accounts for the bank."
    )
    assert tag_posting(title="Accountant", description=bank).sector == []
    hr = (
        "Beta Group is a financial services group with a retail bank, an asset manager and a cryptocurrency "
        "exchange. The role supports HR for the retail bank in Lisbon."
    )
    assert tag_posting(title="HR Generalist", description=hr).sector == []
    # SYNTHETIC: the job is at the group's crypto business, which its own sentences say
    crypto_job = hr.replace(
        "The role supports HR for the retail bank in Lisbon.",
        ("You will join the exchange's custody team and build hot and cold wallet infrastructure for digital assets."),
    )
    assert tag_posting(title="Backend Engineer", description=crypto_job).sector == ["crypto"]
    # SYNTHETIC: a team of people is no holding
    team = "We are a group of engineers with roots in DeFi, staking and smart contract audits."
    assert tag_posting(title="Protocol Engineer", description=team).sector == ["crypto"]


def test_romance_self_description_under_an_intro_header() -> None:
    # "Nossa empresa / Uma das 10 empresas mais relevantes de Blockchain do país" (a Brazilian board)
    item = BATCH15["un15-gh-php-rhizom-backend"]
    assert tag_item(item).sector == ["crypto"]
    # SYNTHETIC: Spanish and French self-descriptions, and a company that only uses the technology
    es = "Sobre nosotros\nSomos una empresa líder en criptomonedas en México.\n\nRequisitos\n- Python, SQL"
    assert tag_posting(title="Desarrollador Backend", description=es).sector == ["crypto"]
    fr = "Qui sommes-nous\nNous sommes une startup de blockchain basée à Lyon.\n\nProfil\n- Go, Kubernetes"
    assert tag_posting(title="Développeur Backend", description=fr).sector == ["crypto"]
    uses = "Nossa empresa\nSomos uma empresa de logística que utiliza blockchain em um projeto piloto.\n\nRequisitos\n- Java"
    assert tag_posting(title="Desenvolvedor Java", description=uses).sector == []


def test_romance_region_names_and_rank_scopes() -> None:
    # "o maior marketplace de produtos criativos da América Latina": a rank's scope names no work place (Elo7)
    item = BATCH15["un15-gh-elo7-data-scientist"]
    assert tag_item(item).regions == []
    # SYNTHETIC: the Portuguese, Spanish and German names of regions as work places
    pt = "Vaga remota para pessoas na América Latina. Python e SQL."
    assert tag_posting(title="Analista de Dados", description=pt, locations=["Remoto - América Latina"]).regions == [
        "latam"
    ]
    assert tag_posting(title="Data Engineer", description="Python.", locations=["Lateinamerika"]).regions == ["latam"]
    assert tag_posting(title="Data Engineer", description="Python.", locations=["Europa"]).regions == ["europe"]
    # SYNTHETIC: a rank's scope in English, with the work place said elsewhere
    en = "We are the largest online pharmacy in Latin America. This role is based in our Lisbon office."
    assert tag_posting(title="Backend Engineer", description=en).regions == ["europe"]


def test_gcc_is_the_gulf_only_alone_or_before_a_region_word() -> None:
    # "GCC Mines & Works" is a mine manager's certificate in a South African mining posting
    item = BATCH15["un15-assessify-underground-mining-pm"]
    assert tag_item(item).regions == []
    # SYNTHETIC: the compiler, and the Gulf
    compiler = "Strong C++ skills; you know GCC, Clang and CMake inside out."
    assert tag_posting(title="Compiler Engineer", description=compiler).regions == []
    gulf = "You will cover key accounts across the GCC countries from our office."
    assert tag_posting(title="Account Manager", description=gulf).regions == ["mena"]


def test_a_remote_jobs_company_seat_restricts_nothing() -> None:
    # "DevGrid is a Full Stack software development company based in the United Kingdom" / "Local: 100% Remoto"
    item = BATCH15["un15-gh-php-devgrid-mle"]
    assert tag_item(item).regions == ["global"]
    # SYNTHETIC: the same seat, and a remote job that is restricted
    seat = "Acme is a software consultancy based in Germany. You can work from anywhere."
    assert tag_posting(title="Engineer", description=seat, locations=["Remote"]).regions == ["global"]
    restricted = "Acme is a software consultancy. This role is remote, based in Germany."
    assert tag_posting(title="Engineer", description=restricted, locations=["Remote"]).regions == ["europe"]


def test_an_llm_as_a_testers_tool() -> None:
    # No unseen15 posting names an LLM as a QA tool; the AI company's QA engineer stays AI work (TruBot AI tests
    # "chatbot, voice, and AI agent applications"). The class is one the frozen splits' misses named.
    assert tag_item(BATCH15["un15-gh-trubot-qa-engineer"]).sector == ["ai"]
    # SYNTHETIC: an LLM-assisted workflow named as an advantage in a QA ad is a tool, not the job
    qa = (
        "Experience with LLM-assisted testing workflows (e.g., generating test cases with GPT-4) is an advantage. "
        "Selenium, Java, TestNG."
    )
    assert tag_posting(title="QA Automation Engineer", description=qa).sector == []
    # SYNTHETIC: an LLM engineer's short ad keeps its AI
    llm = "Fine-tune and evaluate LLMs for our legal search product. PyTorch, Hugging Face."
    assert tag_posting(title="Machine Learning Engineer", description=llm).sector == ["ai"]
