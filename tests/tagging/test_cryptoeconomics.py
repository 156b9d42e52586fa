"""The crypto x AI intersection said in words of a network's economics and in languages other than English (issue 18,
branch tag26): node operators paid in tokens, miners and validators, "IA descentralizada", "dezentrales Netzwerk für
KI", AI agents beside a chain, and miners turned AI/HPC hosts.

Real texts are quoted from public pages (each test names its page); strings written here to pin a rule are SYNTHETIC
(marked so).
"""

from __future__ import annotations

from talentintel.tagging import sector
from talentintel.tagging.cryptoeconomics import money_sentences, role_sentences
from talentintel.tagging.tagger import tag_posting


def _sectors(title: str, description: str) -> list[str]:
    return tag_posting(title=title, description=description).sector


def _terms(description: str, kind: str) -> set[str]:
    return {e["term"] for e in sector.score({"title": "", "description": description}, None).evidence[kind]}


def test_tokens_paid_to_nodes_are_money() -> None:
    # real: docs.nosana.com/inference/writing_a_job.html (Nosana docs, "Job Execution Flow") and
    # docs.nosana.io/test-grid-spec.html ("Test Grid Spec - Phase 1")
    nosana = (
        "Nosana Jobs: Each job on the Nosana network is essentially an AI inference task that runs from a Docker "
        "container. The jobs are designed to utilize GPU resources efficiently.\nCompletion and Rewards: Once the job "
        "is completed, the node may earn $NOS tokens as a reward."
    )
    assert money_sentences(nosana) == 1
    assert "tokens as money" in _terms(nosana, "crypto")
    assert money_sentences("All rewards are paid out in NOS tokens.") == 1
    # SYNTHETIC: a GPU marketplace whose only crypto words are its token payouts, next to GPU and inference words that
    # veto the bare word "tokens" (an LLM's tokens)
    text = (
        "We run a GPU marketplace for AI inference. Node operators earn our native token for every job they serve. "
        "Providers are rewarded in tokens weekly, and you will build the payout service."
    )
    assert _sectors("Backend Engineer", text) == ["ai", "crypto"]


def test_tokens_of_an_llm_or_a_login_are_no_money() -> None:
    # SYNTHETIC: an LLM's tokens, an access token, a classroom's reward tokens said once
    assert money_sentences("Cut the cost per token and raise output tokens per second of our LLM API.") == 0
    assert money_sentences("Users receive an access token after login and earn the trust of admins.") == 0
    assert _sectors("LLM Platform Engineer", "We serve a 70B model on our GPU cluster at 90 tokens per second.") == [
        "ai"
    ]


def test_tokens_as_money_in_other_languages() -> None:
    # SYNTHETIC: Portuguese, Spanish, German and French payouts in tokens
    for text in (
        "Operadores de GPU ganham tokens por executar inferência.",
        "Los nodos reciben recompensas en tokens.",
        "GPU-Betreiber erhalten Token für jeden Job.",
        "Les opérateurs de nœuds sont rémunérés en jetons.",
    ):
        assert money_sentences(text) == 1, text


def test_miners_and_validators_in_one_sentence() -> None:
    # real: oakresearch.io "Macrocosmos: Bittensor's decentralized OpenAI?" (July 18, 2025)
    text = (
        "The Bittensor ecosystem is structured around several key stakeholders: miners ensure the operation of the "
        "subnets and execute the tasks, while validators evaluate their performance."
    )
    assert role_sentences(text) == 1
    # SYNTHETIC: a subnet posting that never names its chain
    posting = (
        "We run a subnet for code generation. Miners fine-tune open-source LLMs and validators score their models on "
        "held-out data. You will design the incentive mechanism that rewards miners and validators fairly."
    )
    assert _sectors("Machine Learning Engineer", posting) == ["ai", "crypto"]
    # SYNTHETIC: a mine site and a data validator in different sentences are no network
    assert role_sentences("Supervise haul trucks at our open-pit mining operation. Validators sign the plan.") == 0


def test_decentralized_ai_in_portuguese_and_german() -> None:
    # real: web3.cnouyi.college/pt-pt/discover/post/55338190588256 (OKX Web3 post, Portuguese) and
    # hot-labs.org/de/blog/what-is-gonka-ai-decentralized-network-for-ai-computations (German title)
    pt = (
        "Aqueles que buscam substituir ou melhorar, do ponto de vista da descentralização, modelos de AI "
        "descentralizados e poder computacional descentralizado."
    )
    assert {"ai descentralizados", "poder computacional descentralizado"} <= _terms(pt, "ai")
    assert "dezentralisiertes netzwerk fur ki" in _terms("Was ist Gonka AI: Dezentralisiertes Netzwerk für KI", "ai")
    # SYNTHETIC: Spanish and French GPU networks paying in tokens are both
    es = "Construimos una red descentralizada de GPUs para inferencia de IA, con recompensas en tokens para los nodos."
    fr = "Nous construisons un réseau décentralisé de GPU pour l'inférence IA, les opérateurs sont rémunérés en jetons."
    assert _sectors("Ingeniero de Backend", es) == ["ai", "crypto"]
    assert _sectors("Ingénieur backend", fr) == ["ai", "crypto"]


def test_decentralized_ai_on_device_stays_ai_in_other_languages() -> None:
    # SYNTHETIC: the edge sense ("trains on the user's phone"), no crypto word: AI only
    assert _sectors("KI-Ingenieur", "Dezentrale KI auf Edge-Geräten: unsere Modelle laufen lokal, ohne Cloud.") == [
        "ai"
    ]
    pt = "Nossa IA descentralizada treina modelos no dispositivo do usuário, sem nuvem. Você vai otimizar modelos."
    assert _sectors("Engenheiro de ML", pt) == ["ai"]


def test_ai_agents_in_other_languages_and_beside_a_chain() -> None:
    # real: satoshishouse.com "IA e Cripto: A Revolução dos Pagamentos Autônomos em Blockchain" (Portuguese)
    text = (
        "Uma das tendências emergentes mais promissoras é o desenvolvimento de sistemas de pagamento autônomos que "
        "permitem a agentes de IA realizar transações de forma independente."
    )
    assert "agentes de ia" in _terms(text, "ai")
    # SYNTHETIC: AI agents trading on a chain, and "AI and blockchain" said in German
    assert _sectors("Engineer", "We build AI agents that trade autonomously on Solana and hold their wallets.") == [
        "ai",
        "crypto",
    ]
    de = "Wir sind ein KI- und Blockchain-Unternehmen und entwickeln KI-Agenten für DeFi."
    assert _sectors("Entwickler", de) == ["ai", "crypto"]


def test_miner_turned_ai_host() -> None:
    # real: wesearch.press summary of a nextplatform.com article (May 28, 2026)
    text = (
        "TeraWulf is transitioning from Bitcoin mining to becoming a high-performance computing and AI company at its "
        "Lake Mariner site."
    )
    assert "high performance computing and ai" in _terms(text, "ai")
    # SYNTHETIC: a miner converting sites for AI tenants is both; one that hosts HPC without AI stays crypto
    miner = "Bitcoin miner: we run 300 MW of mining capacity and are converting sites to host AI and HPC tenants."
    assert _sectors("Site Engineer", miner) == ["ai", "crypto"]
    assert _sectors("Data Center Technician", "We mine bitcoin and host HPC workloads in West Texas.") == ["crypto"]
