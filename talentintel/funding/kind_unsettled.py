"""A raise that is only talked of, further on than the opening: the story never says a round closed.

Met on tuning_batch38 (branch fund68), each read as a round:
- "Sequoia is joining a blockbuster funding round for artificial intelligence firm Anthropic, in a move that raised
  eyebrows ..." then, four paragraphs on, "Anthropic aims to raise $25 billion or more"
  (b38-americanbazaar-sequoia-joins-anthropic-round): a round in progress;
- an Indonesian piece on a minister's speech whose news is, five paragraphs on, "Indonesia's Telkom in talks to buy
  stake in Go-Jek" and "Kabarnya, Telkom akan mengguyur GO-JEK ..." (reportedly, Telkom will pour ... into GO-JEK;
  b38-indotelko-telkom-gojek-talks-id).
`kind.other_reason` reads its "not closed" triggers in the opening only (then the next three distinct sentences); a
text whose opening tells no completed raise is read on here, up to its first completed raise.

Indonesian (and Malay) talk of a raise, which no trigger read: "dalam pembicaraan" (in talks), "kabarnya / dikabarkan
... akan" (reportedly ... will), "akan menyuntikkan / berinvestasi" (will inject / invest), "berencana menggalang
dana" (plans to raise funds), "menjajaki pendanaan" (explores funding).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from talentintel.funding.kind_sought_intl import SOUGHT_INTL

# How far a lede-less story is read for talk of a raise: the Telkom story's "in talks" sits at character 1,000.
_WINDOW = 2500

SOUGHT_ID = re.compile(
    r"\b(?:(?:sedang|tengah|masih)\s)?dalam\s(?:tahap\s)?(?:pembicaraan|perundingan|negosiasi)\b|"
    r"\b(?:kabarnya|dikabarkan|kabar\sberedar)\b[^.\n]{0,80}?\b(?:akan|bakal|sedang|tengah)\b|"
    r"\b(?:akan|bakal)\s(?:\w+\s){0,2}?(?:menyuntikkan|menyuntik|mengguyur|berinvestasi|menanamkan|menggelontorkan|"
    r"mengucurkan|menggalang|mengumpulkan|menghimpun)\b|"
    r"\b(?:berencana|berniat|berupaya|mengincar)\s(?:untuk\s)?(?:menggalang|mengumpulkan|menghimpun|meraih|mencari)\b|"
    r"\bmenjajaki\s(?:\w+\s){0,2}?(?:pendanaan|investasi|penggalangan)\b|"
    # "Didi Chuxing, tengah mencari investasi baru sekitar USD 6 miliar" (b68-hariankepri), "X.AI, sedang mencari
    # pendanaan sebesar $6 miliar" (b42-platoaistream): money still being looked for (session 27, amount_f27).
    r"\b(?:sedang|tengah)\s(?:mencari|menggalang|menghimpun)\s(?:investasi|pendanaan|dana|modal)\b",
    re.IGNORECASE,
)


# Talk of raising itself, read this far on; not every "not closed" trigger of the opening is: a plan for the money
# ("활용할 계획이다", will use it for) ends many fund and round stories (f15-unicornfactory-hana-venture-fof).
# "are seeking to accelerate the development of smart tools" (b15-sipoch-manus) is no raise: what is sought is money.
_TALK = re.compile(
    r"\b(?:aims?|plans?|planning|seeks?|seeking|looking|hopes?|hoping|trying|set)\sto\sraise\b|"
    r"\bin\s(?:early\s|advanced\s|preliminary\s|final\s)?(?:talks|discussions|negotiations)\s"
    r"(?:to|for|over|about|with\s(?:potential\s|prospective\s)?(?:investors|backers|VCs))\b|"
    r"\b(?:is|are)\s(?:reportedly\s|now\s)?(?:raising|seeking)\s(?:(?:US)?[$€£]|up\sto|new\sfunding|funding|"
    r"capital|a\snew\sround|fresh\sfunding)|"
    # "DeepSeek is about to close the largest funding round in Chinese AI history" (hs15-maksipi-deepseek-7-4bn-about-
    # to-close, then "If it goes through"): a round on the point of closing has not closed.
    r"\b(?:is|are)\s(?:reportedly\s)?(?:about|poised|expected|set)\sto\s(?:close|finali[sz]e|complete)\s"
    r"(?:a|an|the|its|their)\s(?:[\w$.,-]+\s){0,5}?(?:round|raise|financing|funding)\b",
    re.IGNORECASE,
)


def unsettled_reason(text: str, raised: re.Pattern[str], is_fund: Callable[[str], bool]) -> str | None:
    """ "not closed" when the first `_WINDOW` characters talk of a raise before any completed one (`raised`), in a text
    that tells no fund: "Quarry Ventures holds $60 million first close of Fund II\nThe firm is raising toward a $150
    million hard cap" (SYNTHETIC, test_fund16_rules) is a fund whose close `raised` does not read."""
    if is_fund(text):
        return None
    window = text[:_WINDOW]
    done = raised.search(window)
    limit = done.start() if done else len(window)
    talks = (p.search(window, 0, limit) for p in (_TALK, SOUGHT_INTL, SOUGHT_ID))
    return "not closed" if any(talks) else None
