"""Company priors from the reference lists in data/ (real lists of crypto and AI employers' job boards)."""

from __future__ import annotations

import json
import re
from functools import cache
from importlib import resources
from pathlib import Path
from urllib.parse import urlparse

# A listed company is strong evidence but not proof: the lists hold a few generic names ("base", "figure").
LISTED_PRIOR = 0.8
# Names that are ordinary words get a weaker prior; a real match needs the posting's own evidence too.
GENERIC_PRIOR = 0.3
_SUFFIXES = re.compile(
    r"(\s+|[-_.,])(inc|llc|ltd|gmbh|corp|co|labs?|technologies|foundation|network|ai|com|io|xyz|fi)$"
)
# Suffixes glued to the name ("lumalabs", "ethenalabs"): tried second, so "OpenAI" still matches "openai".
_GLUED = re.compile(r"(labs?|foundation|network|ai|xyz)$")
_NON_WORD = re.compile(r"[^a-z0-9]+")
_FILES = {
    "crypto": "crypto_companies_ats_boards_crypto-jobs-fyi.json",
    "ai": "ai_companies_ats_boards_crypto-jobs-fyi.json",
}
_GENERIC = {
    "base",
    "crypto",
    "blockchain",
    "magic",
    "figure",
    "rain",
    "ultra",
    "boost",
    "console",
    "motion",
    "box",
    "constructor",
    "harrison",
    "dust",
    "recall",
    "noble",
    "plasma",
    "nimbus",
    "conduit",
    "near",
    "hiro",
    "scroll",
    "harmony",
    "bastion",
    "eiger",
    "avara",
    "orca",
    "toku",
    "zora",
    "ritual",
    "cursor",
    "glean",
    "modular",
    "sesame",
    "reka",
    "dune",
    "serotonin",
    "strike",
    "rivr",
    "enjins",
    "ledger",
    "gemini",
    "stellar",
    "immutable",
    "circle",
    "figment",
    "multiverse",
    "lambda",
    "you",
    "traversal",
    "rwa",
    "ramp",
}


def normalize_company(name: str) -> str:
    """'Coinbase, Inc.' -> 'coinbase'; 'lumalabs.ai' -> 'lumalabs'; 'Chainlink Labs' -> 'chainlink'."""
    low = name.strip().lower()
    for _ in range(2):
        low = _SUFFIXES.sub("", low.strip(" ,."))
    return _NON_WORD.sub("", low)


def _keys(name: str) -> list[str]:
    key = normalize_company(name)
    glued = _GLUED.sub("", key)
    return [k for k in (key, glued) if len(k) >= 2 and (k == key or len(k) >= 5)]


@cache
def _reference() -> dict[str, dict[str, float]]:
    out: dict[str, dict[str, float]] = {}
    for sector, filename in _FILES.items():
        path = Path(str(resources.files("talentintel.tagging") / "data" / filename))
        for row in json.loads(path.read_text(encoding="utf-8")):
            keys = set(_keys(row["company_name"]))
            host = urlparse(row.get("company_url") or "").hostname or ""
            if host:
                keys.update(_keys(host.removeprefix("www.").rsplit(".", 1)[0]))
            for key in keys:
                if not key:
                    continue
                value = GENERIC_PRIOR if key in _GENERIC else LISTED_PRIOR
                current = out.setdefault(key, {})
                current[sector] = max(current.get(sector, 0.0), value)
    return out


def reference_prior(company: str | None) -> dict[str, float]:
    """Per-sector prior in [0, 1] for a company name from the reference lists; {} when it is not listed."""
    if not company:
        return {}
    ref = _reference()
    for key in _keys(company):
        if key in ref:
            return dict(ref[key])
    return {}
