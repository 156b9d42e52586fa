"""Mining at a mine site is an industry, not crypto: withdraw crypto evidence made only of "mining" and "miners" when
the posting speaks of ore, pits, drill and blast, tonnes and FIFO rosters.

"Mining" is weak crypto evidence in the taxonomy, vetoed next to mine-site words within a few tokens. A title is read
without its context, though, so "Mining Project Manager" scored as strong as "Bitcoin Mining Technician" in the title
field, and a description that says "mining contractor" and "mining activities" four times adds to it (issue 18,
unseen29: a Tier-1 mining contractor's project manager in West Africa, "6:2 or 10:3 FIFO roster", "long-term mine
planning", read as crypto). When every crypto term of a posting is a mining word and the text names at least two
distinct marks of physical mining, with no word that only crypto mining uses (bitcoin, hash rate, ASICs...), the
crypto evidence is withdrawn. A bitcoin miner's site manager keeps it: "bitcoin" is there.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from talentintel.tagging.withdraw import withdraw

if TYPE_CHECKING:
    from talentintel.tagging.sector import SectorScore

MINING_TERMS = frozenset({"mining", "miners", "miner"})
# Bonuses the reading adds for terms it already counted: they stand or fall with those terms.
_BONUSES = frozenset({"company self-description", "short posting"})
# Marks of digging ore out of the ground: what is mined, how, where, and how its crews are rostered.
_PHYSICAL = re.compile(
    r"\b(ore|orebody|ore reserves?|tonnes?|tonnage|open[- ]pit|pits?|underground|drill(?:ing)? and blast(?:ing)?|"
    r"blast(?:ing)? patterns?|haul(?:ing|age)?|mine plans?|mine planning|mine sites?|mine managers?|fifo|rosters?|"
    r"minerals?|metallurg\w*|geolog\w*|exploration|tailings|concentrator|processing plant|overburden|waste rock|"
    r"stopes?|shafts?|pgms?|platinum|copper|gold|iron|coal|lithium|nickel|zinc|bauxite|uranium|"
    r"mining contractors?|mining laws?|mining regulations?)\b"
)
# Words only crypto mining uses: any of them keeps the evidence.
_CRYPTO_MINING = re.compile(
    r"\b(bitcoin|btc|crypto\w*|hash ?rates?|hashing|asics?|antminers?|blockchains?|proof[- ]of[- ]work|"
    r"mining pools?|block rewards?|halving)\b"
)
MIN_MARKS = 2


def mining_only(terms: set[str]) -> bool:
    """Whether mining words are all the crypto evidence there is."""
    own = terms - _BONUSES
    return bool(own) and own <= MINING_TERMS


def physical_marks(text: str) -> set[str]:
    """The distinct marks of physical mining a text names."""
    return {m.group(1) for m in _PHYSICAL.finditer(text)}


def withdraw_mine_site(result: SectorScore, text: str) -> None:
    """Withdraw crypto when its evidence is only mining words and the text reads as a mine site. Runs on the text's
    evidence, before any company prior is added."""
    terms = {e["term"] for e in result.evidence["crypto"]}
    if not mining_only(terms):
        return
    low = text.lower()
    if _CRYPTO_MINING.search(low) or len(physical_marks(low)) < MIN_MARKS:
        return
    withdraw(result, "crypto", "mining at a mine site: an industry, not crypto")
