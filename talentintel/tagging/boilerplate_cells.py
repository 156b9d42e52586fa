"""A boilerplate marker voids its own cell of a line of cells, not the whole line.

A sentence that holds a boilerplate marker (salary range, base salary, subsidiaries...; taxonomy.toml) is pay, benefits
or group text and its terms are skipped. A listing written as one line of cells is several statements, though: a
"Company | Role | Place | Pay | Pitch" header ("Acme | Backend Engineer | Remote (US) | $150k-$200k base salary | We
build DeFi lending on Ethereum") or a board row rendered field by field ("Job Location: Remote | Salary Range: $140k -
$180k | Tags: dev:machine learning:remote:rust:solana", unseen46 Hivemapper) lost its DeFi, Ethereum or Solana to the
pay cell. Board exports join a row's chips with bare colons ("foundry:dcg & subsidiaries:cryptocurrency:all dcg &
subsidiaries", the Getro rows of Digital Currency Group's board; "Cryptocurrencies:Payroll:Bitcoin", Consider's), and
one chip naming the employer's group voided the "cryptocurrency" chip beside it (unseen46 Foundry).

So a line the scan found boilerplate is read again cell by cell, cells split at " | " and at colons with no space on
either side, and the cells without a marker count. Only lines that counted for nothing before are read again: a line
without a marker is untouched, and a cell holding one still counts for nothing.
"""

from __future__ import annotations

import re

from talentintel.tagging.matcher import Scan
from talentintel.tagging.taxonomy import Taxonomy, Term

# " | " between cells, or a colon joining two chips ("dev:solana"); "Tags: dev" keeps its label's colon (a space after)
_CELL_BREAK = re.compile(r" \| |(?<=[^\s:]):(?=[^\s:/])")


def cell_hits(tax: Taxonomy, part: str, *, contexts: bool) -> list[Term] | None:
    """The positive terms of a boilerplate line's cells that hold no marker; None when it has no cells to read."""
    if " | " not in part and ":" not in part:
        return None  # one cell: the line stays boilerplate
    cells = [cell for cell in _CELL_BREAK.split(part) if cell.strip()]
    if len(cells) < 2:
        return None
    scan = Scan(tax, cells, contexts=contexts)
    kept = [scan.hits.get(k, []) for k in range(len(cells))]
    return [term for hits in kept if hits is not None for term in hits]
