"""Take a sector's description evidence back when a later check finds it was no evidence of that sector.

One place for the reset, so every check that withdraws a sector leaves the same state (score, description points,
core flag, spread) and says why in the evidence: GPU programming in an HPC posting (hpc_gpu.py), a decentralized
phrase with no crypto word (intersection.py).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from talentintel.tagging.sector import SectorScore


def withdraw(result: SectorScore, sector: str, why: str) -> None:
    """Zero the sector's points and core evidence; the evidence keeps one line saying why."""
    result.scores[sector] = 0.0
    result.description[sector] = 0.0
    result.core[sector] = False
    result.spread[sector] = 0
    result.evidence[sector] = [{"term": why, "field": "description", "weight": 0.0}]
