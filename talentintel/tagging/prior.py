"""Company priors from the reference lists in data/ (real lists of crypto and AI employers' job boards)."""

from __future__ import annotations

import json
import re
import tomllib
from functools import cache
from importlib import resources
from pathlib import Path
from urllib.parse import urlparse

from talentintel.tagging.taxonomy import SECTORS

# A listed company is strong evidence but not proof: the lists hold a few generic names ("base", "figure").
LISTED_PRIOR = {"crypto": 0.8, "ai": 0.6}  # the AI list also holds plain SaaS tools (n8n, Box, Sentry)
KNOWN_PRIOR = 0.8  # data/known_companies.toml
# Names that are ordinary words get a weaker prior; a real match needs the posting's own evidence too.
GENERIC_PRIOR = 0.3
_SUFFIXES = re.compile(
    r"(\s+|[-_.,])(inc|llc|ltd|gmbh|corp|co|labs?|technologies|foundation|network|ai|com|io|xyz|fi|group|holdings)$"
)
# Suffixes glued to the name ("lumalabs", "ethenalabs"): tried second, so "OpenAI" still matches "openai".
_GLUED = re.compile(r"(labs?|foundation|network|ai|xyz)$")
_NON_WORD = re.compile(r"[^a-z0-9]+")
_FILES = {
    "crypto": "crypto_companies_ats_boards_crypto-jobs-fyi.json",
    "ai": "ai_companies_ats_boards_crypto-jobs-fyi.json",
}
_GENERIC = {
    "aurora",
    "hubble",
    "oxygen",
    "dock",
    "equilibrium",
    "casa",
    "modal",
    "runway",
    "writer",
    "sierra",
    "harvey",
    "gong",
    "chroma",
    "pika",
    "suno",
    "sky",
    "safe",
    "curve",
    "lens",
    "river",
    "copper",
    "blur",
    "linea",
    "sei",
    "anon",
    "compound",
    "near",
    "solana",
    "polkadot",
    "cosmos",
    "avalanche",
    "scale",
    "moonshot",
    "surge",
    "together",
    "reflection",
    "fireworks",
    "tempus",
    "replicate",
    "adept",
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
    "giza",
    "morpheus",
    "sahara",
    "sentient",
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
    # "Web3市场投资研究平台" keeps only "web3" once non-Latin letters go: a name mostly in another script is not the
    # Latin-named company its leftover letters spell.
    if sum(ch.isalnum() and not ch.isascii() for ch in name) > sum(ch.isascii() and ch.isalnum() for ch in name):
        return []
    glued = _GLUED.sub("", key)
    return [k for k in (key, glued) if len(k) >= 2 and (k == key or len(k) >= 5)]


def data_path(name: str) -> Path:
    return Path(str(resources.files("talentintel.tagging") / "data" / name))


@cache
def _reference() -> dict[str, dict[str, float]]:
    out: dict[str, dict[str, float]] = {}
    # VC-portfolio priors (build_priors.py) first; the hand-kept reference lists override them.
    portfolio = data_path("company_priors.json")
    if portfolio.is_file():
        for key, prior in json.loads(portfolio.read_text(encoding="utf-8")).items():
            if key in _GENERIC:
                prior = {s: min(v, GENERIC_PRIOR) for s, v in prior.items()}
            out[key] = dict(prior)
    with data_path("known_companies.toml").open("rb") as fh:
        for group, names in tomllib.load(fh).items():
            sectors = SECTORS if group == "both" else (group,)  # "both": the intersection counts for each
            for name in names:
                for key in _keys(name):
                    current = out.setdefault(key, {})
                    value = GENERIC_PRIOR if key in _GENERIC else KNOWN_PRIOR
                    for sector in sectors:
                        current[sector] = max(current.get(sector, 0.0), value)
    for sector, filename in _FILES.items():
        path = data_path(filename)
        for row in json.loads(path.read_text(encoding="utf-8")):
            keys = set(_keys(row["company_name"]))
            host = urlparse(row.get("company_url") or "").hostname or ""
            if host:
                keys.update(_keys(host.removeprefix("www.").rsplit(".", 1)[0]))
            for key in keys:
                if not key:
                    continue
                value = GENERIC_PRIOR if key in _GENERIC else LISTED_PRIOR[sector]
                current = out.setdefault(key, {})
                current[sector] = max(current.get(sector, 0.0), value)
    return out


@cache
def _listed_domains() -> dict[str, frozenset[str]]:
    """Name key -> the registrable domains the shipped lists give for it (reference lists' URLs, company_domains.toml)."""
    out: dict[str, set[str]] = {}
    for filename in _FILES.values():
        for row in json.loads(data_path(filename).read_text(encoding="utf-8")):
            domain = registrable_domain(row.get("company_url") or "")
            if domain:
                for key in _keys(row["company_name"]):
                    out.setdefault(key, set()).add(domain)
    with data_path("company_domains.toml").open("rb") as fh:
        for name, domains in tomllib.load(fh).items():
            for key in _keys(name):
                out.setdefault(key, set()).update(registrable_domain(d) for d in domains)
    return {k: frozenset(v) for k, v in out.items()}


def registrable_domain(value: str) -> str:
    """'https://www.Kraken.com/careers' -> 'kraken.com'; 'jobs.kraken.tech' -> 'kraken.tech' (last two labels, three
    under a two-letter second level such as co.uk / com.sg)."""
    value = value.strip().lower()
    host = urlparse(value if "//" in value else f"//{value}").hostname or ""
    labels = [x for x in host.split(".") if x]
    if len(labels) < 2:
        return ""
    keep = 3 if len(labels) >= 3 and len(labels[-1]) == 2 and labels[-2] in _SECOND_LEVEL else 2
    return ".".join(labels[-keep:])


_SECOND_LEVEL = {"co", "com", "net", "org", "ac", "gov", "edu", "or", "ne"}


def listed_domains(company: str | None) -> frozenset[str]:
    """The domains the shipped lists know for the company this name matches (empty when none is known)."""
    if not company:
        return frozenset()
    table = _listed_domains()
    for key in _keys(company):
        if key in table:
            return table[key]
    return frozenset()


def reference_prior(company: str | None) -> dict[str, float]:
    """Per-sector prior in [0, 1] for a company name from the shipped lists; {} when it is not listed.

    "cLabs / Celo" and "Hubble (Solana, DeFi)" are looked up whole first, then part by part.
    """
    if not company:
        return {}
    ref = _reference()
    names = [company, *(p for p in re.split(r"[/(),|]", company) if p.strip() and p.strip() != company)]
    for name in names:
        for key in _keys(name):
            if key in ref:
                return dict(ref[key])
    return {}
