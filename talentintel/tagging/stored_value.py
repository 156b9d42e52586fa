"""A wallet the posting itself calls a stored-value or balance account is a payment wallet, not a crypto wallet.

Consumer fintechs sell "wallets" that hold a user's money: e-wallets, stored-value accounts, balance products topped up
by card or bank transfer. The word is crypto evidence in the taxonomy because most postings that say it mean keys and
coins; a posting that defines its wallet in e-money words ("wallet/balance products", "a wallet-like balance product
(similar to a high-yield wallet / stored value account)", "e-wallet") means the other thing. When such a posting's
other crypto evidence is a passing mention in the description (one "stablecoin payment capabilities" among fiat
payment rails, short of the description_only bar) the crypto tag is withdrawn. Issue 18, unseen36: a consumer
fintech's "Financial Product Manager (Wallet & Payments)" read crypto on its wallet words and one future stablecoin
capability (labeled none). A crypto wallet posting names its coins, chains or keys often enough to keep the tag.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from talentintel.tagging.taxonomy import taxonomy
from talentintel.tagging.withdraw import withdraw

if TYPE_CHECKING:
    from talentintel.tagging.sector import SectorScore

_WALLETS = frozenset({"wallet", "wallets", "ウォレット", "지갑", "钱包", "錢包"})
_BONUSES = frozenset({"company self-description", "short posting"})
# The e-money words a posting uses for its own wallet: a stored-value account, a balance product, an e-wallet.
_STORED_VALUE = re.compile(
    r"\b(?:stored[- ]value(?: accounts?| wallets?| products?)?|e-?wallets?|wallet\s*/\s*balance"
    r"|wallet-like balance|balance (?:products?|accounts?)|電子マネー|电子钱包|전자지갑)"
)


def withdraw_stored_value_wallet(result: SectorScore, text: str) -> None:
    """Withdraw crypto when its evidence is wallet words the text calls stored value, plus at most a passing mention."""
    evidence = [e for e in result.evidence["crypto"] if e["term"] not in _BONUSES]
    if not any(e["term"] in _WALLETS for e in evidence) or not _STORED_VALUE.search(text.lower()):
        return
    rest = [e for e in evidence if e["term"] not in _WALLETS]
    if any(e["field"] != "description" for e in rest):
        return  # a crypto word in the title or the company name is the business
    if sum(e["weight"] for e in rest) >= taxonomy().decision["description_only"]:
        return
    withdraw(result, "crypto", "a wallet the posting calls a stored-value or balance account: a payment wallet")
