"""Rules from unseen batch 22 (tests/fixtures/tagging/unseen22.jsonl: real crypto x AI intersection postings and their
crypto-only / ai-only contrasts at employers no shipped list names, issue 18, branch tag23): "decentralized trading
venue" is a DEX by another name, GPU programming next to HPC tools is no AI role, and a bare "Georgia" location is the US
state when the text names a town with "GA".

Strings written here to pin a rule are SYNTHETIC (marked so); the batch items are real.
"""

from __future__ import annotations

from talentintel.tagging import sector
from talentintel.tagging.hpc_gpu import gpu_only, hpc_markers
from talentintel.tagging.regions import posting_regions
from talentintel.tagging.tagger import tag_posting
from talentintel.tagging.us_georgia import us_georgia
from tests.tagging.batches import by_id

BATCH22 = by_id("unseen22")


def _sectors(title: str, description: str) -> list[str]:
    return tag_posting(title=title, description=description).sector


def test_decentralized_trading_venue_is_crypto() -> None:
    # real: un22-talanto-gte-backend-indexer ("GTE is the world's fastest decentralized trading venue") was none
    item = BATCH22["un22-talanto-gte-backend-indexer"]
    assert "crypto" in _sectors(item["title"], item["description"])
    # SYNTHETIC: another venue, platform wording, no other crypto word
    text = (
        "Kestrel is a decentralized trading platform for perpetual futures. We need a Go engineer for our order book."
    )
    assert _sectors("Backend Engineer", text) == ["crypto"]


def test_hpc_gpu_programming_is_not_ai() -> None:
    # real: un22-polyhedra-hpc-engineer / -cn read as ai on "CUDA/ROCm" alone
    for item_id in ("un22-polyhedra-hpc-engineer", "un22-polyhedra-hpc-engineer-cn"):
        item = BATCH22[item_id]
        scored = sector.score({"title": item["title"], "description": item["description"]}, None)
        assert scored.scores["ai"] == 0.0, item_id
    # SYNTHETIC: a weather-model shop's parallel computing role, other tools and numbers
    text = (
        "Join our 12-person numerics team. You will port our ocean model to CUDA, tune OpenMP and MPI collectives, "
        "and keep 4,000 nodes busy under Slurm."
    )
    assert "ai" not in _sectors("Parallel Computing Engineer", text)
    assert hpc_markers(text) == {"openmp", "mpi", "slurm"}


def test_gpu_words_next_to_ml_terms_stay_ai() -> None:
    # SYNTHETIC: an ML infrastructure role names MPI too, but also distributed training and PyTorch (core AI terms)
    text = (
        "Build our training cluster: CUDA kernels, MPI and NCCL collectives, distributed training of large language "
        "models in PyTorch."
    )
    assert "ai" in _sectors("ML Infrastructure Engineer", text)
    assert not gpu_only({"cuda", "distributed training", "pytorch"}, 3.0)
    assert gpu_only({"cuda", "company self-description", "algorithms"}, 3.0)


def test_bare_georgia_is_the_us_state_when_the_text_says_ga() -> None:
    # real: un22-minerset-site-manager ("Georgia", text "mining operations in La Fayette, GA") was the country
    item = BATCH22["un22-minerset-site-manager"]
    assert posting_regions(item["title"], item["description"], [item["location"]]).countries == {"US"}
    # SYNTHETIC: another town and role; the country stays the country without a US sign
    assert posting_regions("Warehouse Lead", "Our plant in Dalton, GA runs three shifts.", ["Georgia"]).countries == {
        "US"
    }
    assert posting_regions("Backend Engineer", "Our office is in Tbilisi.", ["Georgia"]).countries == {"GE"}
    assert us_georgia("Georgia", "Georgia, USA") and not us_georgia("Tbilisi, Georgia", "Dalton, GA")
