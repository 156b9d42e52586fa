"""The parser's output contract: one `Deal` per deal a funding text announces (shared with storage and the API).

A text yields a list of deals: a single announcement one, a roundup several (`deal` 1, 2, ...; deal 1 is the
headline deal). Investors and amounts belong to the deal whose sentence names them and never cross to another.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from datetime import date
from typing import Any, Literal

# round: a company raised money. fund: an investor raised or launched a fund (company = the fund manager,
# amount_usd = the fund size). other: acquisition, buyback, shutdown, a round sought but not closed, a market total.
DealKind = Literal["round", "fund", "other"]
DEAL_KINDS: tuple[DealKind, ...] = ("round", "fund", "other")


@dataclass
class Deal:
    deal: int = 1  # 1 = the headline deal of the text; roundups number the rest in text order
    kind: DealKind = "other"
    company: str | None = None  # the entity that raised; for kind "fund" the fund manager
    amount_usd: float | None = None  # round size, or fund size for kind "fund"; None when the text states none
    currency: str | None = None  # ISO code of the amount as written ("USD", "KRW", ...)
    amount_original: str | None = None  # the amount as the text writes it ("₩30억", "$620 million")
    round: str | None = None  # pre_seed, seed, series_a..series_f, strategic, debt, ... (None for funds/other)
    investors: list[str] = field(default_factory=list)
    lead_investors: list[str] = field(default_factory=list)
    announced_on: date | None = None
    sector: list[str] = field(default_factory=list)  # sorted subset of ["ai", "crypto"] (the deal's text)
    regions: list[str] = field(default_factory=list)  # sorted region slugs of the tagging rules
    fund_name: str | None = None  # kind "fund" only: "Fund IV", "Polychain Fund III"
    focus: list[str] = field(default_factory=list)  # kind "fund" only: sorted subset of ["ai", "crypto"]

    def to_json(self) -> dict[str, Any]:
        """JSON-ready dict (dates as ISO strings), the shape `parse-announcement` prints per deal."""
        out = asdict(self)
        out["announced_on"] = self.announced_on.isoformat() if self.announced_on else None
        return out
