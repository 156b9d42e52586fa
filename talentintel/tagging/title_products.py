"""A wallet listed as one of a title's several consumer products is a payment app, not a crypto wallet.

A title that names the products a role works on ("Androidエンジニア / Yahoo!マップ・Yahoo!カーナビ・…・LINEウォレット",
"iOS Engineer - Maps, Photos, Wallet", "서버 개발자 (지도, 쇼핑, 페이, 지갑)") puts the wallet beside maps, shopping and
transit apps: a super-app's or a platform's stored-value wallet, the look-alike of a crypto wallet. A crypto wallet
team names its coins, chains or keys ("コールドウォレット", "MPC wallet", "钱包开发" are other terms), or is the title's one
product ("Wallet Engineer", "ジュニアウォレットエンジニア"). So when a wallet word is the posting's only crypto term and it
stands in a list of three or more items in the title, crypto is withdrawn.

Issue 18, unseen_hs12: an Android role over five consumer apps, the last a payments wallet, read crypto (labeled
none). Tuning (1,762 postings, shipped and company-blind): that item crypto -> none, nothing else moves.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from talentintel.tagging.withdraw import withdraw

if TYPE_CHECKING:
    from talentintel.tagging.sector import SectorScore

_WALLETS = frozenset({"wallet", "wallets", "ウォレット", "지갑", "钱包", "錢包"})
_BONUSES = frozenset({"company self-description", "short posting"})
# What bounds a list in a title (a slash, a bracket, a dash between spaces, a bar) and what separates its items.
_SEGMENT = re.compile(r"\s*(?:[/／|｜()（）\[\]【】]|\s[-–—]\s)\s*")
_ITEM = re.compile(r"\s*[・、,，]\s*")
LIST_ITEMS = 3
# A product is named in a few words; a longer "item" is a clause of a sentence that happens to hold commas ("A number
# of AI unicorn wallets are in a hurry, laying off employees, and CEOs are leaving", a funding headline).
ITEM_CHARS = 24


def _listed_wallet(title: str) -> bool:
    """Whether a wallet word stands in a title segment of LIST_ITEMS or more short items."""
    for segment in _SEGMENT.split(title.lower()):
        if not any(w in segment for w in _WALLETS):
            continue
        items = [i for i in _ITEM.split(segment) if i]
        if len(items) >= LIST_ITEMS and all(len(i) <= ITEM_CHARS for i in items):
            return True
    return False


def withdraw_listed_wallet(result: SectorScore, title: str) -> None:
    """Withdraw crypto when its only evidence is a wallet word listed among the title's products."""
    terms = {e["term"] for e in result.evidence["crypto"]} - _BONUSES
    if not terms or not terms <= _WALLETS or not _listed_wallet(title):
        return
    withdraw(result, "crypto", "a wallet listed among a title's consumer products: a payment app")
