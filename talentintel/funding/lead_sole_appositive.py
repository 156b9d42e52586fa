"""The sole investor as the subject of "invested in", with an appositive between (issue 13; branch fund36).

`lead_sole` reads "<Investor> has invested in <company>" only when the verb follows the name at once. Texts of several
publishers and languages describe the investor first: "after Union Square Ventures, a New York firm that has backed
companies like Twitter, Zynga and Tumblr, announced that it had invested $7 million in Football App"
(b14-technologyxyrm-football-app), "Krealo, el Corporate Venture Capital de Credicorp, invirtió en la fintech
colombiana Welli" (b23-noticiashoy-krealo-welli-briefing), "Vertex Ventures, backed by Singapore's Temasek, has
invested in Binance" (b17-tnp-binance-vertex). `lead_sole.sole_investor` keeps its checks (one investor named in the
text; the company named in the object).
"""

from __future__ import annotations

import re

from talentintel.funding.names import INVESTOR_NAME as _NAME

# ", a New York firm that ...,", ", el Corporate Venture Capital de Credicorp,", ", backed by Singapore's Temasek,".
_APPOSITIVE = r",\s(?:(?:an?|the|el|la|un|una)\s|backed\sby\s|part\sof\s)[^.;\n]{2,100}?,\s"
_AUX = r"(?:(?:has|had|have|ha)\s|(?:announced|said)\s(?:that\s)?(?:it|they)\s(?:has|had|have)\s)?"
APPOSITIVE_SUBJECT = re.compile(
    rf"(?P<inv>{_NAME}){_APPOSITIVE}{_AUX}(?:invested|invests|invirti[oó]|invierte|invertido)\b"
    r"[^.]{0,80}?\b(?:in|en)\s(?P<co>[^.,;]{1,80})"
)
# The investor as the subject of a round it completed for the company: "Boomerang Ventures, a combination venture
# studio and fund, has completed a $2.1 million Series A2 funding round for Wicked Technologies"
# (b41-accesswire-boomerang-wicked-2-1m-a2, an ACCESS Newswire release of the investor's).
ROUND_FOR_SUBJECT = re.compile(
    rf"(?P<inv>{_NAME})(?:{_APPOSITIVE}|\s){_AUX}(?:completed|closed|led)\s(?:an?\s)?(?:[^.]|\.(?=\d)){{0,60}}?"
    r"\b(?:round|investment|financing)\s(?:for|in|into)\s(?P<co>[^.,;]{1,80})"
)
