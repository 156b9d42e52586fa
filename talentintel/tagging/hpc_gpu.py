"""GPU programming in a high-performance-computing posting is not an AI role.

"CUDA" is strong AI evidence in the taxonomy because most postings that ask for it train or serve models. An HPC
posting asks for it next to MPI, OpenMP, BLAS and Slurm: parallel kernels for clusters, often at a firm whose product
is something else entirely (issue 18, unseen22: a zero-knowledge prover company's HPC Engineer, English and Chinese,
read as ai on "CUDA/ROCm" alone, and its other postings inherited that as a company prior). When the only core AI
evidence is such GPU words and the posting names an HPC tool (MPI, OpenMP, Slurm...), the AI evidence is withdrawn. A posting that also says
PyTorch, distributed training or models keeps it: those are core AI terms of their own.
"""

from __future__ import annotations

import functools
import re
from typing import TYPE_CHECKING

from talentintel.tagging.taxonomy import taxonomy
from talentintel.tagging.withdraw import withdraw

if TYPE_CHECKING:
    from talentintel.tagging.sector import SectorScore

GPU_TERMS = frozenset({"cuda", "cuda kernels", "gpu kernels", "gpu cluster", "gpu clusters"})
# Tools of scientific and cluster computing, not of model training; matched between non-letters so that "MPI" in
# "基于MPI的" counts and "empire" does not.
_HPC_MARKERS = re.compile(
    r"(?<![a-z])(mpi|openmp|blas|lapack|scalapack|slurm|pbs|infiniband|simd|high performance computing)(?![a-z])"
)
MIN_MARKERS = 1
# Bonuses the reading adds for terms it already counted: they stand or fall with those terms.
_BONUSES = frozenset({"company self-description", "short posting"})


@functools.cache
def _ai_weights() -> dict[str, float]:
    tax = taxonomy()
    weights = {t.text: t.weight for ts in tax.by_first.values() for t in ts if t.kind in ("ai", "both")}
    # the CJK terms too (tag29, unseen_hs7: "负责AI训练性能优化" beside CUDA and MPI was withdrawn, the CJK core term
    # weighing 0 here), so a Chinese posting's own core AI words keep its AI evidence like PyTorch does
    return {**dict(tax.cjk.get("ai", ())), **weights}


def hpc_markers(text: str) -> set[str]:
    """The distinct HPC tools a text names."""
    return set(_HPC_MARKERS.findall(text.lower()))


def gpu_only(terms: set[str], core_weight: float) -> bool:
    """Whether GPU words are the AI evidence's only core terms."""
    weights = _ai_weights()
    core = {t for t in terms - _BONUSES if weights.get(t, 0.0) >= core_weight}
    return bool(core) and core <= GPU_TERMS


def withdraw_hpc_gpu(result: SectorScore, text: str) -> None:
    """Withdraw ai when its core evidence is only GPU programming and the text reads as HPC. Runs on the text's
    evidence, before any company prior is added."""
    terms = {e["term"] for e in result.evidence["ai"]}
    if not gpu_only(terms, taxonomy().decision["core_weight"]) or len(hpc_markers(text)) < MIN_MARKERS:
        return
    withdraw(result, "ai", "GPU programming in an HPC posting: not counted")
