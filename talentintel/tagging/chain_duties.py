"""A duty to build with a chain is crypto work: "Build new services utilizing Blockchain technology".

Korbit's software engineer (unseen_hs6 hs6t-seoultech-korbit-software-engineer, a GitHub job thread with the
exchange's company paragraph left out) says its sector in one duty under "What You Will Do" and once more under
"Nice-to-Haves" ("Knowledge of the Bitcoin protocol"). Once that header was read as a nice-to-have (header_forms.py,
tag62), the duty was the description's one core sentence and fell under the description bar as a passing mention.
A verb of making whose means is a chain ("build ... utilizing / using / on / with blockchain", "develop dApps on
Ethereum") says what the job makes: it counts like a self-description line, as a required crypto background does
(required_background.py).

Not a list of technologies ("develop solutions using blockchain, AI and IoT": the field followed by a comma, "and",
"or" or a slash), not under a nice-to-have header, not a hedged or wished item; crypto only, and only where it can
change the class.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from talentintel.tagging.required_background import TERM as BACKGROUND_TERM
from talentintel.tagging.required_background import add_intro_weight
from talentintel.tagging.sections import MINOR, PREFERENCE_HEDGES, parts_and_kinds, wish_item
from talentintel.tagging.sentence_memo import kept_per_line
from talentintel.tagging.text import lowered

if TYPE_CHECKING:
    from talentintel.tagging.sector import SectorScore

_FIELD = (
    r"blockchains?|block chain|ethereum|bitcoin|solana|smart contracts?|distributed ledgers?|web ?3(?:\.0)?"
    r"|the (?:sui|aptos|ton|near|cosmos|polkadot|avalanche) (?:blockchain|network|stack)"
)
_DUTY = re.compile(
    r"\b(?:build|builds|building|develop|develops|developing|design|designs|designing|create|creates|creating"
    r"|implement|implements|implementing|ship|ships|shipping)\b[^.;:!?]{0,40}?"
    r"\b(?:utilizing|utilising|using|leveraging|on|with|based on|powered by|on top of)\s+(?:the |our )?"
    rf"(?:{_FIELD})\b(?!\s*(?:,|/|\band\b|\bor\b|&))"
)
_CUES = ("blockchain", "block chain", "ethereum", "bitcoin", "solana", "smart contract", "distributed ledger", "web")
TERM = "duty built with a chain"


def _read_duty(part: str) -> bool:
    """Whether one sentence is a duty to build with a chain: a function of the sentence alone."""
    if not any(cue in part for cue in _CUES) or not _DUTY.search(part):
        return False
    return not (wish_item(part) or any(h in part for h in PREFERENCE_HEDGES))


_duty = kept_per_line(_read_duty)


def _decided(result: SectorScore) -> bool:
    from talentintel.tagging.sector import decide  # sector.py imports this module

    return decide(result.scores["crypto"], result.description["crypto"], result.core["crypto"], result.spread["crypto"])


def add_chain_duty(result: SectorScore, description: str) -> None:
    """A duty to build with a chain weighs like a self-description line, when a crypto term was read."""
    evidence = result.evidence["crypto"]
    # a chain word among the terms read, before anything else: most postings with crypto evidence have none
    if not any(cue in str(e["term"]) for e in evidence for cue in _CUES):
        return
    if _decided(result) or any(e["term"] == BACKGROUND_TERM for e in evidence):
        return
    parts, kinds = parts_and_kinds(lowered(description))  # cached: the sector rules split the same description
    if not any(kind != MINOR and _duty(part) for part, kind in zip(parts, kinds, strict=True)):
        return
    add_intro_weight(result, TERM)
