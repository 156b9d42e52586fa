"""Leads marked in an investor list by "(lead)": "Investors: SoftBank Vision Fund 2 (lead), Prosus Ventures, Facebook".

A roundup's "Investors:" line tags the lead after its name, so no "led by" phrase names it, and a headline's "from
Hive Ventures" was read as the lead instead (hs20-e27-mirror-meesho-stashfin-infuseai-roundup, tuning_hs20, fund84:
"Investors: Wistron Corporation (lead), Hive Ventures, ..."). The mark is explicit, so it wins over other readings.
"""

from __future__ import annotations

import re

_MARKED = re.compile(
    # A list item: after the label's colon or a comma, words joined by spaces only ("Lead InvestorsAcrew Capital (lead)",
    # a table's cells run together across lines, is no name: hs13-techjacksolutions-catena-labs-30m-series-a).
    r"(?<=[:,]\s)((?:[A-Z]|[a-z](?=[A-Z]))[\w.&'’-]*(?:[ ](?:[A-Z0-9][\w.&'’-]*|&))*)[ ]"
    r"\((?i:(?:co-)?lead(?:\sinvestor)?s?)\)"
)


def marked_leads(text: str, company: str | None) -> list[str]:
    """The names tagged "(lead)" or "(co-lead)", in order, not the company."""
    out: list[str] = []
    for m in _MARKED.finditer(text):
        if m.group(1) != company and m.group(1) not in out:
            out.append(m.group(1))
    return out
