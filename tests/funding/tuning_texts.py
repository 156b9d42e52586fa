"""Real tuning texts by id, for unit tests that cite them: every labeled file under tests/fixtures/funding except the
frozen test splits (test_split*.jsonl) and the held-out files (holdout_*.jsonl), which no test may read for a rule; and the fund-deal assertion the rule tests
share."""

from __future__ import annotations

import json
from datetime import date
from functools import cache
from pathlib import Path
from typing import Any

from talentintel.funding import normalize_company, parse_deals
from talentintel.funding.types import Deal

FIXTURES = Path(__file__).parents[1] / "fixtures" / "funding"


@cache
def _rows() -> dict[str, dict[str, Any]]:
    rows: dict[str, dict[str, Any]] = {}
    for path in sorted(FIXTURES.glob("*.jsonl")):
        if path.name.startswith(("test_split", "holdout_")):
            continue
        for line in path.read_text("utf-8").splitlines():
            if line.strip():
                row = json.loads(line)
                rows.setdefault(row["id"], row)
    return rows


def tuning_row(item_id: str) -> dict[str, Any]:
    return _rows()[item_id]


def tuning_text(item_id: str) -> str:
    return str(tuning_row(item_id)["text"])


def tuning_deals(item_id: str) -> list[Deal]:
    """The parser's deals for a tuning text, dated by its publication date and told its url (else its publisher) as
    the eval does."""
    row = tuning_row(item_id)
    published = date.fromisoformat(row["published"]) if row.get("published") else None
    return parse_deals(row["text"], published=published, source=row.get("url") or row.get("publisher"))


def assert_fund(deals: list[Deal], company: str | None, amount: float | None = None) -> None:
    """Deal 1 is a fund of this manager (None: none named) and, when given, this size within 2% (the eval's bound)."""
    head = deals[0]
    assert head.kind == "fund"
    if company is None:
        assert head.company is None
    else:
        assert head.company is not None and normalize_company(head.company) == normalize_company(company)
    if amount is not None:
        assert head.amount_usd is not None and abs(head.amount_usd - amount) <= 0.02 * amount


def real_text(file: str, item_id: str) -> str:
    """The text of `item_id` in tuning file `file` (a test that names the file it cites)."""
    for line in (FIXTURES / file).read_text("utf-8").splitlines():
        if line.strip() and json.loads(line).get("id") == item_id:
            return str(json.loads(line)["text"])
    raise KeyError(item_id)


def text_with_id_part(file: str, fragment: str) -> str:
    """The text of the first item in tuning file `file` whose id contains `fragment` (tests that cite a short key)."""
    for line in (FIXTURES / file).read_text("utf-8").splitlines():
        if line.strip() and fragment in json.loads(line)["id"]:
            return str(json.loads(line)["text"])
    raise KeyError(fragment)


def swapped_text(file: str, item_id: str, swaps: dict[str, str]) -> str:
    """SYNTHETIC: a real tuning text with names swapped; each old name must be in it (the invariance tests)."""
    text = real_text(file, item_id)
    for old, new in swaps.items():
        assert old in text
        text = text.replace(old, new)
    return text
