"""The Korean, Japanese and Chinese AI work families of data/asian_ai_terms.toml, added to taxonomy.toml's [cjk]
tables when the taxonomy loads (a separate file so the shared taxonomy is not edited by every change at once)."""

from __future__ import annotations

import tomllib
from importlib import resources
from pathlib import Path
from typing import Any


def asian_terms_path() -> Path:
    return Path(str(resources.files("talentintel.tagging") / "data" / "asian_ai_terms.toml"))


def with_asian_terms(raw: dict[str, Any]) -> dict[str, Any]:
    """taxonomy.toml's tables with the extra file's [cjk] words and term groups appended: a [cjk] word already listed
    is not added twice (cjk_terms would count it twice); a phrase already defined keeps its first definition."""
    with asian_terms_path().open("rb") as fh:
        extra = tomllib.load(fh)
    cjk = dict(raw.get("cjk", {}))
    for table, words in extra.get("cjk", {}).items():
        listed = cjk.get(table, [])
        cjk[table] = [*listed, *(w for w in dict.fromkeys(words) if w not in listed)]
    groups = {sector: [*raw.get(sector, ()), *extra.get(sector, ())] for sector in ("crypto", "ai", "both")}
    return {**raw, **groups, "cjk": cjk}
