"""Money raised that is no company's round (issue 13, branch fund76): a campaign's war chest, a permission to raise,
a fund a ministry has only started work on.

- "The cryptocurrency industry has raised hundreds of millions of dollars to spend in the 2024 election"
  (b42-gizmodo-crypto-lobby-election-spending): political money, raised to be spent on races, a super PAC's chest.
- "has secured approval to raise funds", "received approval from Nigeria's SEC to raise ₦20 billion"
  (b42-financialdigest-payaza-commercial-paper): a regulator's permission is a raise not yet made.
- "girişim sermayesi fonu için çalışmalara başladıklarını" (b42-star-turkey-ai-vc-fund-plan-tr): work started on a
  fund, a plan ("kurulacak": to be set up).
`kind._TRIGGERS` reads each on the opening, before its first completed raise.
"""

from __future__ import annotations

import re

POLITICAL_MONEY = re.compile(
    r"\b(?:raised|raising|amassed)\b[^.\n]{0,80}?\bto\s(?:spend|use)\s(?:\w+\s){0,2}?(?:on|in)\s(?:the\s)?(?:\d{4}\s)?"
    r"(?:elections?|campaigns?|races|midterms|primaries)\b|\bsuper\s?PACs?\b|\bpolitical action committees?\b|"
    r"\bcampaign (?:war chest|donations|contributions)\b",
    re.IGNORECASE,
)
APPROVED_TO_RAISE = re.compile(
    r"\b(?:approval|nod|go-ahead|green light|authori[sz]ation)\s(?:from\s[^.\n]{0,50}?\s)?to\s(?:raise|issue)\b|"
    r"\bfund-?raising approval\b",
    re.IGNORECASE,
)
TR_FUND_PLAN = re.compile(
    r"\bfon\w*\s(?:için\s)?çalışma(?:lara|ları|lar)\w*\sbaşla\w*|\bfon\w*\s(?:kurulacak|oluşturulacak|kurulması\splanlanan)",
    re.IGNORECASE,
)
