"""Rules from unseen batch 9 (issue 18: tests/fixtures/tagging/unseen9.jsonl — the crypto x AI intersection and its
hard neighbours; real postings cited per item): "decentralized AI" that is edge AI (webAI) is not crypto, the network
sense spelled out is both, a posting's own About paragraph is not counted twice, and crypto x AI employers on the
shipped list count for both.

Strings written here to pin a rule are SYNTHETIC (marked so); the batch items are real.
"""

from __future__ import annotations

import pytest

from talentintel.tagging import tag_posting
from talentintel.tagging.company import CompanyContext, company_knowledge
from talentintel.tagging.evaluate import tag_item
from talentintel.tagging.prior import GENERIC_PRIOR, KNOWN_PRIOR, reference_prior
from talentintel.tagging.tagger import with_about
from tests.tagging.batches import by_id

BATCH9 = by_id("unseen9")


def _class(sectors: list[str]) -> str:
    tags = set(sectors)
    return "both" if tags == {"ai", "crypto"} else next(iter(tags), "none")


@pytest.mark.parametrize("item_id", sorted(BATCH9))
def test_batch9_sector(item_id: str) -> None:
    item = BATCH9[item_id]
    assert _class(tag_item(item).sector) == _class(item["label_sector"])


@pytest.mark.parametrize(
    "item_id", ["un9-rwlb-webai-runtime", "un9-rwlb-webai-ml-platform", "un9-rwlb-webai-framework"]
)
def test_decentralized_ai_without_a_crypto_word_is_ai(item_id: str) -> None:
    # real: "webAI is a software company that is building a decentralized AI development platform" (edge AI, no chain)
    result = tag_item(BATCH9[item_id])
    assert result.sector == ["ai"]
    assert "no crypto word" in result.evidence["crypto"][0]["term"]


def test_decentralized_ai_with_a_crypto_word_stays_both() -> None:
    # real: Sentient's "decentralized artificial general intelligence" next to "Sentient blockchain and smart contracts"
    assert tag_item(BATCH9["un9-rwlb-sentient-frontend"]).sector == ["ai", "crypto"]
    # SYNTHETIC: the same phrase, once with a chain word and once without
    chain = "Acme is building decentralized AI: validators stake tokens to serve open models.\nYou will run our SRE."
    edge = "Acme is building decentralized AI that trains models on phones and laptops.\nYou will run our SRE."
    assert tag_posting(title="SRE", description=chain).sector_class == "both"
    assert tag_posting(title="SRE", description=edge).sector_class == "ai"


@pytest.mark.parametrize(
    "text",
    [
        "Acme is a decentralized AI network for open models.",  # SYNTHETIC
        "Acme runs a decentralized compute protocol for model training.",  # SYNTHETIC
        "Acme raises $20M to build decentralized GPU compute for AI inference",  # SYNTHETIC (announcement form)
        "We are hiring for our AVS for AI inference on EigenLayer.",  # SYNTHETIC
        "Acme runs a decentralized network for AI inference.",  # SYNTHETIC
        "Acme is building decentralized AI on a decentralized network of GPU nodes.",  # SYNTHETIC
    ],
)
def test_the_network_sense_spelled_out_is_both(text: str) -> None:
    assert tag_posting(title="Operations Lead", description=text + "\nYou will run finance and HR.").sector_class == (
        "both"
    )


def test_own_about_paragraph_mention_is_not_counted_twice() -> None:
    # real: Tala "We are expanding across product offerings, countries and crypto" in an MLOps posting: ai only
    item = BATCH9["un9-rwlb-tala-mlops"]
    assert tag_item(item).sector == ["ai"]
    own = with_about(None, item["description"], "Tala")
    assert own is not None and own.from_posting and "crypto" in (own.description or "")
    assert company_knowledge("Tala", own).prior.get("crypto", 0.0) == 0.0
    # the same paragraph stored as the company's description (not the posting's own words) still counts as a mention
    stored = CompanyContext(description=own.description)
    assert company_knowledge("Tala", stored).prior.get("crypto", 0.0) > 0.0


@pytest.mark.parametrize("name", ["Gensyn", "io.net", "Akash Network", "Allora Labs", "Bittensor", "Fetch.ai", "EZKL"])
def test_crypto_x_ai_employers_count_for_both(name: str) -> None:
    assert reference_prior(name) == {"crypto": KNOWN_PRIOR, "ai": KNOWN_PRIOR}


def test_generic_names_in_the_both_group_are_weak() -> None:
    # "Giza" is a zkML company and an Egyptian city; real: un9-rwlb-rackspace-sre is located "remote,Egypt - Giza"
    assert reference_prior("Giza") == {"crypto": GENERIC_PRIOR, "ai": GENERIC_PRIOR}
    assert tag_item(BATCH9["un9-rwlb-rackspace-sre"]).sector == []


def test_gensyn_without_a_crypto_word_is_both_by_the_list() -> None:
    # real: Gensyn's intro says "compute protocol ... free market", no chain or token word
    item = BATCH9["un9-gensyn-distributed-training"]
    assert tag_item(item).sector == ["ai", "crypto"]
    blind = dict(item, company="")
    assert tag_item(blind).sector == ["ai"]


BATCH10 = by_id("unseen10")


def test_a_technology_list_ending_in_technologies_is_no_sector() -> None:
    # real: Intetics "solutions built with SMAC, RPA, AI/ML, IoT, blockchain, and GIS/UAV/LBS technologies"
    assert tag_item(BATCH10["un10-rwlb-intetics-interviewer"]).sector == []
    # SYNTHETIC: the same shape in other words; a plain sentence naming one field is still read
    listed = (
        "We deliver apps built with cloud, IoT, machine learning, and blockchain technologies.\nYou will test them."
    )
    assert tag_posting(title="QA Engineer", description=listed).sector_class == "none"


@pytest.mark.parametrize("name", ["Bitdeer Technologies Group", "Hut 8", "Iris Energy", "Core Scientific"])
def test_bitcoin_miners_turned_ai_clouds_count_for_both(name: str) -> None:
    assert reference_prior(name) == {"crypto": KNOWN_PRIOR, "ai": KNOWN_PRIOR}


def test_a_miners_gpu_cloud_posting_is_both() -> None:
    # real: Bitdeer's NeoCloud SRE architect posting names GPUs and AI services, never bitcoin
    assert tag_item(BATCH10["un10-bitdeer-sre-architect"]).sector == ["ai", "crypto"]


def test_a_decentralised_network_of_laboratories_is_no_crypto() -> None:
    # real wording: un10-rwlb-eurofins-devops "a decentralised and entrepreneurial network of more than 900 laboratories"
    assert tag_item(BATCH10["un10-rwlb-eurofins-devops"]).sector == []
