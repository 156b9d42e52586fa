"""A name the text gives a lead's role stays an investor unless the text also writes it as the raiser.

`extract_round` reads the company first and the leads after; a company that is also a lead ("Lux announced ... we
are leading a $30 million founding seed round into Sakana AI", b12-luxcapital-sakana-seed) is read again without it.
When no other reading was found the name used to stay the company, so a lead with no firm word and not in the
investor list became the raiser: "Le tour de table ... a été mené par Ambrova, une société de capital-risque"
(SYNTHETIC swap of techtribune-starfish-fr's "Shield Capital") gave company Ambrova and no lead, where "Kelvar Capital"
gave the lead. The invariance harness (scripts/funding_invariance.py, session 12) measures it by the lead swaps of
every tuning round. Now the name stays a lead unless the text also writes it as the raiser (`raiser_too`): in the
tuning set a lead reading that caught the company by mistake ("NEA as a lead investor in the $40 million Series B
funding round for Kindred", dd-kindred; "Mind Robotics, a Rivian spinout ..., led the pack",
grantedai-mind-robotics-a) is told by such a phrase, and the 1,861 tuning texts' per-text errors are unchanged.
"""

from __future__ import annotations

import re


def raiser_too(name: str, text: str) -> bool:
    """The text also writes the name as the raiser: "round for X", "X's Series B", "X raised", "X完成", "X, a startup"."""
    n = re.escape(name)
    return bool(
        re.search(
            rf"(?i:round|funding|financing|investment|raise|rodada|ronda|tour)\s(?:for|in|into|de|pour)\s{n}\b|"
            rf"\b{n}['’]s\s|\b{n}\s(?:has\s|have\s)?(?i:raise[sd]?|secure[sd]?|close[sd]?|land(?:s|ed)|bag(?:s|ged)|"
            rf"announce[sd]?|complete[sd]?)\b|{n}(?:完成|宣布|获得|獲得)|"
            # "Mind Robotics, a Rivian spinout led by founder RJ Scaringe, led the pack" (grantedai-mind-robotics-a).
            rf"\b{n},\s(?:a|an)\s[^,.]{{0,40}}?(?:startup|start-up|spinout|spin-off|company|maker|developer|platform)\b",
            text,
        )
    )
