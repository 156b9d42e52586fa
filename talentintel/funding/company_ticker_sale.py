"""The project whose token is sold, named with its ticker: "Fetch AI (FET) token sale commences"
(hs17-axsonex-fetch-ai-binance-launchpad-token-sale) was read as a round of 'Binance', the exchange whose launchpad
hosted the sale and which the text names as a subject throughout. A token sale raises money for the token's issuer;
the name that carries the ticker right before "token sale" / "ICO" is that issuer, whoever runs the platform.
"""

from __future__ import annotations

import re

_TOKEN = r"[A-Z][\w&'’-]*(?:\.[\w&'’-]+)*"
_TICKER_SALE = re.compile(
    rf"(?P<name>{_TOKEN}(?:\s{_TOKEN}){{0,3}})\s\((?P<ticker>\$?[A-Z0-9]{{2,6}})\)\s"
    r"(?:token\ssale|ICO|IEO|IDO|IDO\ssale|token\sgeneration\sevent|(?:public|private)\ssale|presale|pre-sale)\b"
)


def ticker_sale_issuer(text: str) -> str | None:
    """The name written with its ticker right before a token sale, when the text names exactly one."""
    names = {m.group("name") for m in _TICKER_SALE.finditer(text)}
    return names.pop() if len(names) == 1 else None
