"""The job-search test set: real queries a recruiter types, with real postings each must and must not return.

Postings: tests/fixtures/tagging/devset.jsonl (provenance in tests/fixtures/tagging/PROVENANCE.md) and
tests/fixtures/search/postings.jsonl (101 postings from github:RemoteWLB/remote-jobs @ bbf40661, each row names its
file). Labels were decided by reading the postings' text (which words they use, and in which sense), never by
running the search: a "must" posting names the thing searched for; a "must not" posting is a trap the old English
stemmer or a naive tokenizer fell into ("solid" for Solidity, "trusted" for Rust, C# for C++, "network" for .NET,
"Move swiftly" for the Move language) or names something else entirely.
"""

from __future__ import annotations

from typing import NamedTuple


class Case(NamedTuple):
    q: str
    must: tuple[str, ...]
    must_not: tuple[str, ...] = ()


_LINEA = (
    "rwlb-golang-2024-05-lead-go-software-engineer-linea-prover",
    "rwlb-golang-2024-05-lead-java-golang-software-engineer-arithmetization",
    "rwlb-golang-2024-07-senior-go-cryptography-software-engineer-linea",
    "rwlb-java-2024-07-senior-protocol-software-engineer-linea",
    "rwlb-nodejs-2024-07-senior-solidity-and-full-stack-developer-linea",
    "rwlb-others-2024-10-senior-golang-engineer-arithmetization",
)
_SOLID_NOT_SOLIDITY = ("ld-lever-spotify", "as-openai-240d459b", "rwlb-c#-2024-05-c-technical-lead",
                       "rwlb-c#-2024-05-lead-backend-engineer")  # fmt: skip
_TRUSTED_NOT_RUST = ("gh-gitlab-8503792002", "lv-matchgroup-3414ba28", "lv-palantir-0bbfd4f4", "as-ramp-1db75064")
_ATTENTIVE_MOVE_SWIFTLY = (
    "rwlb-golang-2024-09-senior-software-engineer-123837",
    "rwlb-golang-2024-10-staff-security-engineer-133907",
)
_APTOS_MOVE = "rwlb-c#-2024-11-software-engineer-programming-languages"
_SMART_CONTRACT_ENGINEER = "rwlb-c#-2024-09-smart-contract-engineer"
_SECURITY_INTEGRATIONS = "rwlb-c#-2024-07-security-integrations-developer"
_CUDA_GPU = "rwlb-others-2024-10-senior-c-deep-learning-engineer-gpu-optimization"

CASES: tuple[Case, ...] = (
    # Technical words kept whole: no stemming, no splitting on punctuation.
    Case("solidity", ("rib-33", _SMART_CONTRACT_ENGINEER, _LINEA[4]), _SOLID_NOT_SOLIDITY),
    Case("Solidity", ("rib-33", _SECURITY_INTEGRATIONS), _SOLID_NOT_SOLIDITY),
    Case("rust", ("rib-14", "rib-b09", "rwlb-others-2024-10-senior-backend-engineer-rust-valantis"), _TRUSTED_NOT_RUST),
    Case("C++", ("sim-0bc0163f", "rib-b09", _CUDA_GPU),
         ("rwlb-c#-2024-05-applikationsentwickler-c-wcf-all-gender-98016", "rwlb-c#-2024-05-aws-cloud-test-engineer")),
    Case("C#", ("rwlb-c#-2024-05-c-technical-lead", "rwlb-c#-2024-05-applikationsentwickler-c-wcf-all-gender-98016"),
         ("sim-0bc0163f", _CUDA_GPU, "rib-b09")),
    Case(".NET", ("rwlb-c#-2024-05-gambling-sector-net-developer",
                  "rwlb-c#-2024-05-net-backend-engineer-100-remote-friendly-within-poland"),
         ("rwlb-others-2024-09-network-software-engineer-122609", "rwlb-others-2024-07-network-engineer-in-test")),
    Case("Node.js", (_SECURITY_INTEGRATIONS, "rwlb-c#-2024-10-full-stack-developer-remote-canada", "as-ramp-ffc09fc0"),
         ("rib-26", "sim-0bc0163f")),
    Case("nodejs", (_SECURITY_INTEGRATIONS, "as-ramp-ffc09fc0"), ("rib-26",)),
    Case("zkEVM", _LINEA, ("rwlb-golang-2024-06-senior-infrastructure-engineer-mint-fun", _SMART_CONTRACT_ENGINEER)),
    Case("MEV", ("rwlb-nontech-2024-08-software-engineer-defi-smg",
                 "rwlb-others-2024-10-fullstack-engineer-metamask-transactions",
                 "rwlb-others-2024-10-senior-backend-engineer-rust-valantis"),
         (_SMART_CONTRACT_ENGINEER, "rwlb-c#-2024-09-security-engineer-125188")),
    Case("L2", ("rwlb-c#-2024-08-software-engineer-l2-121390", "rwlb-golang-2024-06-senior-infrastructure-engineer-mint-fun",
                "rwlb-others-2024-09-network-software-engineer-122609"),
         ("rwlb-c#-2024-09-smart-contract-engineer", "rib-14")),
    Case("PyTorch", ("rwlb-golang-2024-05-cloud-engineer-ai-solutions-106808", "rwlb-java-2024-05-ai-expert-108030",
                     "rwlb-c#-2024-07-staff-software-engineer-bidding-policy"),
         ("rwlb-others-2024-10-senior-software-engineer-compiler-hpc",)),
    Case("CUDA", (_CUDA_GPU, "rwlb-others-2024-10-senior-software-engineer-compiler-hpc",
                  "rwlb-others-2025-02-software-engineer-machine-learning-137155"),
         ("rwlb-java-2024-05-ai-expert-108030", "rwlb-golang-2024-06-software-engineer-ml-reliability")),
    Case("TensorRT", (_CUDA_GPU, "rwlb-others-2025-01-senior-software-engineer-ml-infrastructure"),
         ("rwlb-java-2024-05-ai-expert-108030",)),
    # The Move language, not the verb: a phrase.
    Case('"Move language"', (_APTOS_MOVE,), _ATTENTIVE_MOVE_SWIFTLY),
    Case("Move Aptos", (_APTOS_MOVE,), _ATTENTIVE_MOVE_SWIFTLY),
    # Phrases.
    Case('"smart contract"', (_SMART_CONTRACT_ENGINEER, "pg-oficinaempleo-neitec", "pg-web3career-risk"),
         ("rib-31", "rib-30")),
    Case('"machine learning" fraud', ("pg-web3career-risk",), ("pg-foundit-duotech", "gh-gitlab-8565469002")),
    Case("anti-fraud", ("pg-near-okx", "pg-foundit-duotech"), ("rib-14", "pg-oficinaempleo-neitec")),
    Case("ASP.NET", ("rwlb-c#-2024-05-fullstack-developer-react-js-net",
                     "rwlb-c#-2024-05-sr-fullstack-developer-asp-net-and-react"),
         ("rwlb-c#-2024-05-net-backend-engineer-100-remote-friendly-within-poland",)),
    # Prefixes.
    Case("zk*", ("rwlb-nontech-2024-08-cairo-developer", "rwlb-golang-2024-06-senior-infrastructure-engineer-mint-fun",
                 "rwlb-others-2025-01-senior-fullstack-engineer-138550", *_LINEA),
         (_SMART_CONTRACT_ENGINEER, "rib-14")),
    Case("solidit*", (_SMART_CONTRACT_ENGINEER, "rwlb-golang-2024-07-senior-go-cryptography-software-engineer-linea"),
         _SOLID_NOT_SOLIDITY),
    Case("stablecoin*", ("ghd-stripe-7120766",), ("rib-14",)),
    Case("parachain*", ("rib-b23",), ("rib-14",)),
    # OR and NOT.
    Case("rust OR solidity", ("rib-14", "rib-33", _SMART_CONTRACT_ENGINEER), _TRUSTED_NOT_RUST),
    Case("solidity -linea", (_SMART_CONTRACT_ENGINEER, "rib-33"), (_LINEA[4],)),
    Case("solidity NOT foundry", ("rib-33",), (_SECURITY_INTEGRATIONS,)),
    Case("rust -solana", ("rib-14", "rwlb-others-2024-10-senior-backend-engineer-rust-valantis"), ("rib-37",)),
    Case("CUDA OR TensorRT", (_CUDA_GPU, "rwlb-others-2025-02-mapping-localization-engineer"),
         ("rwlb-java-2024-05-ai-expert-108030",)),
    # Several words: all of them (AND); plurals and singulars meet.
    Case("rust C++", ("rib-b09", "rwlb-others-2024-09-network-software-engineer-122609"), ("sim-0bc0163f", "rib-14")),
    Case("smart contract engineers", (_SMART_CONTRACT_ENGINEER, "pg-oficinaempleo-neitec"), ("rib-31",)),
    Case("kotlin blockchain", ("rwlb-golang-2024-07-kotlin-blockchain-engineer-senior-mid",), ("lv-matchgroup-3414ba28",)),
    Case("Linea prover", (_LINEA[0],), ("rwlb-others-2024-10-fullstack-engineer-metamask-transactions",)),
    Case("MPC", ("rib-23",), ("rib-14",)),
    Case("staking DeFi", ("rib-24",), ("rib-14",)),
    Case("Cairo STARK", ("rwlb-nontech-2024-08-cairo-developer",), (_SMART_CONTRACT_ENGINEER,)),
)  # fmt: skip
