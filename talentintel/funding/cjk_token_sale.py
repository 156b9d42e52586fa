"""Token sales told in Japanese, Chinese and Korean: "メタモは、8月15日~9月1日にかけてICOを行った" (held an ICO).

The round rules find "ICO" only between word boundaries, and a Japanese particle glued to it ("のICO(") is a word
character, so b25-toyokeizai-metamo-ico-ja had no round on its first score; its company was read from the headline's
"仮想通貨使う国内初のICO". A text that says an ICO/IEO/IDO or token sale was held or completed is a token sale, and the
katakana or Latin name before "は" in that sentence is the company that held it.
"""

from __future__ import annotations

import re

_SALE = r"(?<![A-Za-z])(?:ICO|IEO|IDO|STO)(?![A-Za-z])|トークンセール|トークン販売|代币发行|代幣發行|토큰\s?세일"
_HELD = re.compile(
    rf"(?:{_SALE})(?:\([^)]{{0,30}}\)|（[^）]{{0,30}}）)?\s?(?:を|を通じて)?(?:行った|行い|実施|完了|完成|进行|進行|진행|마쳤)"
)
_HOLDER = re.compile(rf"(?P<co>[ァ-ヶー・A-Za-z0-9]{{2,20}})は、?[^。]{{0,40}}?(?:{_SALE})を(?:行った|実施)")


def token_sale_round(text: str) -> str | None:
    """ "token_sale" when the text says a token sale was held."""
    return "token_sale" if _HELD.search(text) else None


def token_sale_holder(text: str) -> str | None:
    """The katakana or Latin name that held the ICO: "メタモは、...ICOを行った"."""
    m = _HOLDER.search(text)
    return m.group("co") if m else None
