"""Build data/company_priors.json from VC portfolio exports (a16z portfolio + speedrun, real derived data).

Each company's own one-line description is scored with the sector taxonomy; its sector tags become a company
prior. Run after changing the taxonomy, then bump TAGGER_VERSION:

    python -m talentintel.tagging.build_priors PORTFOLIO.json [SPEEDRUN.json ...]
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

from talentintel.tagging import sector
from talentintel.tagging.prior import data_path, normalize_company

PORTFOLIO_PRIOR = 0.7
# Speedrun's own sector labels, mapped to ours.
SPEEDRUN_SECTORS = {"AI": "ai", "Web3 / DeFi": "crypto"}


def priors_from(rows: list[dict[str, Any]]) -> dict[str, dict[str, float]]:
    out: dict[str, dict[str, float]] = {}
    for row in rows:
        key = normalize_company(row.get("name") or "")
        if not key:
            continue
        tags = {SPEEDRUN_SECTORS[s] for s in row.get("sectors") or () if s in SPEEDRUN_SECTORS}
        text = row.get("description") or ""
        if text:
            scored = sector.score({"description": text}, None)
            tags |= {s for s, points in scored.scores.items() if points >= sector.taxonomy().decision["threshold"]}
        if tags:
            out[key] = {tag: PORTFOLIO_PRIOR for tag in sorted(tags)}
    return out


def main(argv: list[str]) -> int:
    if not argv:
        print(__doc__, file=sys.stderr)
        return 2
    merged: dict[str, dict[str, float]] = {}
    for name in argv:
        merged.update(priors_from(json.loads(Path(name).read_text(encoding="utf-8"))))
    target = data_path("company_priors.json")
    target.write_text(json.dumps(dict(sorted(merged.items())), indent=0) + "\n", encoding="utf-8")
    print(f"{len(merged)} company priors -> {target}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
