"""A network's incentives said without the word "token": miners paid for their work, stake slashed for misbehaviour.

Miners paid: "Affine is building an incentivized RL environment that pays miners for incremental improvements"
(web3.career, a Bittensor subnet), "a decentralized cloud where miners earn by contributing real compute resources"
(unseen_hs5 ghariib). Miners are paid by a network's protocol; a mine site's miners earn wages, on shifts and rosters,
underground: those words veto the reading. "Miners" alone stays weak (mining is an industry), as does "miners and
validators" said apart (cryptoeconomics.py pairs them in one sentence).

Stake slashed: "build slashing mechanisms that penalize misbehaving agents" (unseen9 cere), "slashing mechanisms, and
storage proofs" (unseen9 biconomy), "providers stake our token and are slashed if they cheat". Slashing is crypto's
penalty on staked collateral; prices and budgets are slashed too, so the word counts only as a mechanism or condition
of slashing, or beside stake, collateral or a bond.

Before this module, probes of a subnet's self-description ("our subnet rewards miners for fine-tuning models") and of a
compute network's security ("operators stake ETH ... dishonest operators are slashed") read as AI only (issue 18,
branch tag30, tests/tagging/test_network_incentives.py).
"""

from __future__ import annotations

import re

from talentintel.tagging.sections import MINOR, parts_and_kinds
from talentintel.tagging.text import lowered

_PAY = r"(?:pays?|paying|rewards?|rewarding|incentivi[sz]es|incentivi[sz]ing|compensates)"
_PAID = r"(?:earns?|earning|paid|rewarded|compensated|incentivi[sz]ed)"
_MINERS_PAID = re.compile(
    # the network pays its miners: "pays miners for incremental improvements", "rewards our miners with emissions"
    rf"\b{_PAY}\s+(?:the\s+|its\s+|our\s+|their\s+|subnet\s+)?miners\b"
    # the miners are paid for or by their work: "miners earn by contributing compute", "miners are rewarded for"
    rf"|\bminers\s+(?:are\s+|get\s+|who\s+)?{_PAID}(?:\s+[a-z]+)?\s+(?:for|by|in|with|based)\b"
)
# A mine site's words: its miners earn wages on shifts (unseen21 holds such postings).
_MINE_SITE = frozenset(
    {
        "wage",
        "wages",
        "shift",
        "shifts",
        "roster",
        "rosters",
        "underground",
        "pit",
        "ore",
        "haul",
        "coal",
        "gold",
        "copper",
        "iron",
        "quarry",
        "tailings",
        "fifo",
        "drill",
        "drilling",
        "award",
        "overtime",
        "hourly",
    }
)
_SLASHING = re.compile(
    r"\bslashing\s+(?:mechanisms?|conditions?|penalt(?:y|ies)|rules?|logic|risks?|events?|protection|insurance)\b"
    r"|\b(?:stake|stakes|staked|restaked|collateral|bond|bonds|bonded)\b[^.;]{0,100}\bslash(?:ed|es|ing)?\b"
    r"|\bslash(?:ed|es|ing)?\b[^.;]{0,100}\b(?:stake|stakes|staked|restaked|collateral|bond|bonded)\b"
)
MINERS_TERM = "miners paid for their work"
SLASHING_TERM = "stake slashing"


def miners_paid(part: str) -> bool:
    """Whether a lowercased sentence says a network pays its miners (and no mine site's words stand in it)."""
    if "miners" not in part or not _MINERS_PAID.search(part):
        return False
    return _MINE_SITE.isdisjoint(re.findall(r"[a-z]+", part))


def slashing(part: str) -> bool:
    """Whether a lowercased sentence speaks of slashing staked collateral."""
    return "slash" in part and _SLASHING.search(part) is not None


def incentive_sentence(part: str) -> bool:
    """A sentence stating a network's incentives (miners paid, stake slashed): crypto whatever AI words stand in it."""
    return miners_paid(part) or slashing(part)


def _main_parts(description: str) -> list[str]:
    parts, kinds = parts_and_kinds(lowered(description))  # cached: the sector rules split the same description
    return [part for part, kind in zip(parts, kinds, strict=True) if kind != MINOR]


def incentive_counts(description: str) -> tuple[int, int]:
    """How many sentences (outside nice-to-have and perks sections) pay miners, and how many slash stake."""
    low = lowered(description)  # the description's cached lowercase (it was lowercased again here)
    if "miners" not in low and "slash" not in low:
        return 0, 0  # most postings: two substring tests
    parts = _main_parts(description)
    return sum(1 for p in parts if miners_paid(p)), sum(1 for p in parts if slashing(p))
