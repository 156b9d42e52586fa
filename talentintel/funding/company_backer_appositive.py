"""A name its appositive calls an investor is a backer, not the raiser: "existing investors Baillie Gifford and M12, the
venture fund of Microsoft" (hs5-smartcompany-psiquantum-d: the appositive rule of `company` read "M12, the ..." as
the subject of the story, whose opening names the raiser only as "An Aussie-led quantum computing startup").

Corporate venture arms are named this way in every feed ("GV, the venture capital arm of Alphabet", "Intel Capital,
the investment arm of Intel"); a company is described by what it makes, not as someone's fund.
"""

from __future__ import annotations

import re

INVESTOR_APPOSITIVE = re.compile(
    r",\s(?:the|a|an|its)\s(?:[\w-]+\s){0,3}?(?i:(?:venture(?:\scapital)?|investment|corporate\sventure(?:\scapital)?|"
    r"VC|strategic\sinvestment|private\sequity)\s(?:fund|arm|unit|firm|division|vehicle))\s(?:of|at|for)\s"
    # An owner names a corporation's arm; "Blackbird, a venture capital fund based in ..., closed a fund" is a firm
    # raising (hs4-businesskinda-blackbird-fund5), "Hillhouse Capital Group, a ... private equity firm" an investor
    # the investor lists read already (nna-market-kurly).
    r"(?:the\s)?[A-Z]"
)


def described_as_investor(text: str, end: int) -> bool:
    """The name ending at `end` is followed by an appositive that calls it an investor."""
    return INVESTOR_APPOSITIVE.match(text, end) is not None
