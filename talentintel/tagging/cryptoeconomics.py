"""A network's economics said in words a phrase table cannot hold: who is paid in tokens, who mines and validates.

Tokens as money: a network that pays its node operators in tokens is a crypto network.

"Tokens" is weak crypto evidence that the taxonomy vetoes next to GPU, inference, model and training words, because an
LLM's tokens live there ("tokens per second", "input tokens", "a 128K-token context"). A GPU network's postings put
the two senses side by side: "node operators earn tokens for serving AI inference", "rent out idle GPUs and earn our
native token", "operadores de GPU ganham tokens". Being paid, rewarded or earning in tokens, a native token and token
rewards are the money sense whatever the neighbourhood, in English, Portuguese, Spanish, German and French (issue 18:
probes of GPU-network self-descriptions read as ai only, or as nothing, before this rule; see
tests/tagging/test_cryptoeconomics.py). Receiving a token is not money ("receive an access token"), nor paying per
token.

Miners and validators: a sentence naming both roles describes a chain's incentive mechanism ("our subnet rewards miners
for fine-tuning LLMs; validators score their models", a Bittensor subnet; "miners produce blocks and validators attest").
Either word alone is weak crypto evidence (mining is also an industry, a validator also a data tool); the pair in one
sentence is no mine site and no form validator.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from talentintel.tagging.network_incentives import MINERS_TERM, SLASHING_TERM, incentive_counts
from talentintel.tagging.sections import MINOR, parts_and_kinds
from talentintel.tagging.taxonomy import repeat_factor, taxonomy
from talentintel.tagging.text import lowered
from talentintel.tagging.token_grants import TERM as GRANT_TERM
from talentintel.tagging.token_grants import token_grants
from talentintel.tagging.token_trading import TERM as TRADED_TERM
from talentintel.tagging.token_trading import trading_sentences

if TYPE_CHECKING:
    from talentintel.tagging.sector import SectorScore

# Words that may stand between the verb and "tokens" ("earn our native tokens", "rewarded in $NOS tokens"), and one
# more word right before it, the token's name: "all rewards are paid out in NOS tokens".
_BETWEEN = r"(?:in|with|our|the|its|their|native|protocol|network|governance|utility|reward|\$[a-z0-9]{2,8})"
_MONEY = re.compile(
    rf"\b(?:earn(?:s|ed|ing)?|rewarded|paid(?:\s+out)?|staked?)(?:\s+{_BETWEEN}){{0,3}}(?:\s+[a-z0-9]{{2,8}})?\s+tokens?\b"
    r"|\bnative\s+(?:utility\s+)?tokens?\b|\btoken\s+(?:rewards|emissions|payouts)\b"
    # the payer names whom it pays first: "pays GPU providers in tokens", "rewarding contributors with esNEB tokens"
    # (docs.nebulai.network); "pay per token" names no one and is an LLM's price
    rf"|\b(?:pays?|paying|rewards?|rewarding|compensat(?:es|ing))(?:\s+[a-z]+){{1,3}}?\s+(?:in|with)"
    rf"(?:\s+{_BETWEEN}){{0,3}}(?:\s+[a-z0-9]{{2,8}})?\s+tokens?\b"
    # Portuguese and Spanish: "ganham tokens", "recompensas em tokens", "recompensas en tokens", "reciben tokens"
    r"|\b(?:ganh\w*|ganan|ganar|recompensad\w*|recompensas?|recebem|reciben)\s+(?:em\s+|en\s+|de\s+)?tokens?\b"
    # German: "erhalten Token", "Token-Belohnungen", "in Token vergütet"
    r"|\berhalten\s+(?:\w+\s+)?token\b|\btoken[- ]belohnung\w*|\bin\s+token\s+(?:verg[üu]tet|belohnt)"
    # French: "rémunérés en jetons", "récompensés en jetons", "gagnent des jetons"
    r"|\b(?:r[ée]compens\w*|r[ée]mun[ée]r\w*|gagn\w*)\s+(?:en|des|de)\s+jetons?\b"
)
_MINERS = re.compile(r"\bminers?\b|\bmining\b")
_VALIDATORS = re.compile(r"\bvalidators?\b")
# Each sentence saying it weighs as a strong crypto term of the description: a network's pay is its core business.
MONEY_WEIGHT = 3.0
TERM = "tokens as money"
ROLES_TERM = "miners and validators"


def _main_parts(low: str) -> list[str]:
    parts, kinds = parts_and_kinds(low)  # cached: the sector rules split the same description
    return [part for part, kind in zip(parts, kinds, strict=True) if kind != MINOR]


def money_sentences(description: str) -> int:
    """How many sentences of the description (outside nice-to-have and perks sections) pay someone in tokens."""
    low = lowered(description)
    if "token" not in low and "jeton" not in low:
        return 0  # most postings: one substring test
    return sum(1 for part in _main_parts(low) if _MONEY.search(part))


def role_sentences(description: str) -> int:
    """How many sentences (outside nice-to-have and perks sections) name both miners and validators."""
    low = lowered(description)
    if "validator" not in low or "min" not in low:
        return 0
    return sum(1 for part in _main_parts(low) if _VALIDATORS.search(part) and _MINERS.search(part))


def add_cryptoeconomics(result: SectorScore, description: str) -> None:
    """Crypto evidence for each sentence paying in tokens, naming miners and validators, paying miners for their work
    or slashing stake (network_incentives.py), and for each grant of the employer's token as pay (token_grants.py)."""
    _add(result, money_sentences(description), TERM)
    _add(result, role_sentences(description), ROLES_TERM)
    paid, slashed = incentive_counts(description)
    _add(result, paid, MINERS_TERM)
    _add(result, slashed, SLASHING_TERM)
    _add(result, token_grants(description), GRANT_TERM)  # "a vested allocation of LOOKS" (token_grants.py)
    traded, named = trading_sentences(description)  # "comprar/vender tokens" (token_trading.py)
    _add(result, traded, TRADED_TERM)
    result.spread["crypto"] += named  # its other sentences on tokens: the same asset, a theme


def money_sentence(part: str) -> bool:
    """Whether one lowercased sentence pays someone in tokens (the crossing reads it beside an AI term)."""
    return ("token" in part or "jeton" in part) and _MONEY.search(part) is not None


def _add(result: SectorScore, count: int, term: str) -> None:
    """One repeated strong description term of crypto, counted once per sentence."""
    if not count:
        return
    dec = taxonomy().decision
    repeat = repeat_factor(dec, count)
    points = MONEY_WEIGHT * taxonomy().fields.get("description", 1.0) * repeat
    added = max(0.0, min(points, dec["description_cap"] - result.description["crypto"]))
    result.description["crypto"] += added
    result.scores["crypto"] += added
    result.core["crypto"] = True
    result.spread["crypto"] += count
    result.evidence["crypto"].append({"term": term, "field": "description", "weight": round(added, 2), "count": count})
