"""Investor and company identity: alias normalization and dedup keys."""

from __future__ import annotations

import json
import re
import unicodedata
from functools import cache, lru_cache
from importlib import resources

from talentintel.funding.names import LEGAL, strip_parentheticals


# Pure and called ~100 times per text on the same few names (11% of the parser's time in the trainers' runs).
@lru_cache(maxsize=1 << 16)
def _key(name: str) -> str:
    """Comparable form of a name: no accents, case, punctuation (but &), legal suffix or leading "the"."""
    text = unicodedata.normalize("NFKD", strip_parentheticals(name))
    # NFC again: NFKD splits Hangul syllables into jamo, which the slug would drop ("네오플럭스" -> "").
    text = unicodedata.normalize("NFC", "".join(c for c in text if not unicodedata.combining(c))).lower()
    text = re.sub(r"['’]s\b", "", text)
    text = re.sub(r"[^\w&+ ]+", " ", text)
    tokens = text.split()
    while len(tokens) > 1 and tokens[-1] in {t.strip(".") for t in LEGAL}:
        tokens.pop()
    if len(tokens) > 1 and tokens[0] == "the":
        tokens = tokens[1:]
    return " ".join(tokens)


@cache
def _aliases() -> dict[str, tuple[str, str]]:
    raw = resources.files("talentintel.funding").joinpath("data/investor_aliases.json").read_text("utf-8")
    table: dict[str, tuple[str, str]] = {}
    for entry in json.loads(raw)["investors"]:
        for alias in [entry["name"], *entry["aliases"]]:
            table[_key(alias)] = (entry["slug"], entry["name"])
    return table


def is_known_investor(name: str, *, strict: bool = False) -> bool:
    """True when `name` is one of the investors (or spellings) in the alias table.

    `strict` ignores one-word aliases ("HashKey", "OKX", "Galaxy"), which are also the names of companies
    that raise rounds themselves; "a16z" (it has a digit) and multi-word names still count.
    """
    key = _key(name)
    if key not in _aliases():
        return False
    return not strict or " " in key or any(c.isdigit() for c in key) or key == _key(_aliases()[key][1])


def slugify(text: str) -> str:
    # Chinese, Japanese and Korean names keep their characters: "阿里巴巴集團" has no ASCII to slug.
    key = _key(text)
    slug = re.sub(r"[^a-z0-9\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]+", "-", key).strip("-")
    # Hebrew, Arabic, Thai, Devanagari or Cyrillic names had no slug at all, so every two of them were one investor
    # (the lead eval matched any Hebrew lead to any other; branch fund59). They keep their own letters; names that
    # already had a slug keep it unchanged, so no stored investor's slug moves.
    return slug or re.sub(r"[\W_]+", "-", key).strip("-")


def normalize_investor(name: str) -> tuple[str, str]:
    """(slug, display name): "a16z" and "Andreessen Horowitz (a16z)" -> ("andreessen-horowitz", ...).

    Unknown investors keep their own spelling, cleaned of legal suffixes, with a slug made from it.
    """
    if not name or not name.strip():
        raise ValueError("investor name: empty")
    known = _aliases().get(_key(name))
    if known:
        return known
    # "Andreessen Horowitz Growth Fund", "Tiger Global Fund IV": a known firm's vehicle is the firm.
    vehicle = re.sub(
        r"\s(?:(?:(?:Growth|Opportunit(?:y|ies)|Select|Seed|Venture)\s)?Fund(?:\s[IVX\d]+)?|Holdings(?:\sLtd\.?)?)$",
        "",
        name.strip(),
    )
    known = _aliases().get(_key(vehicle)) if vehicle != name.strip() else None
    if known:
        return known
    display = re.sub(r",?\s+(?:Inc|LLC|Ltd|L\.?P|Corp)\.?$", "", strip_parentheticals(name).strip()).strip()
    # "Tencent Holdings" is Tencent: a holding company is named for the firm it holds.
    display = re.sub(r"(?<=\S)\s+Holdings$", "", display)
    return slugify(display) or slugify(name), display or name.strip()


# Suffixes that name the same company with or without them ("Neros Technologies" = "Neros").
_COMPANY_NOISE = {"labs", "lab", "technologies", "technology", "protocol", "network", "foundation", "hq", "dao"}


def _domain_key(domain: str) -> str:
    host = re.sub(r"^[a-z]+://", "", domain.strip().lower()).split("/")[0].split(":")[0]
    return host.removeprefix("www.")


def normalize_company(name: str, domain: str | None = None) -> str:
    """Dedup key for a company: its web host when known, else its name without legal and generic suffixes.

    Generic words ("Labs", "Technologies") go only when something distinctive remains, so "Labs" alone
    or "Protocol Labs" keep a usable key.
    """
    if domain and _domain_key(domain):
        return _domain_key(domain)
    if not name or not name.strip():
        raise ValueError("company name: empty")
    tokens = _key(name.replace(".", "")).split()
    while len(tokens) > 1 and tokens[-1] in _COMPANY_NOISE:
        tokens.pop()
    return " ".join(tokens) or _key(name)


def dedupe_investors(names: list[str]) -> list[str]:
    """Names in order, each investor once: "a16z" and "Andreessen Horowitz" are one investor."""
    seen: set[str] = set()
    out: list[str] = []
    # "Zerodha's Rainmatter" (a headline) and "Rainmatter" (the body): the owner's possessive names the same fund.
    bare = {n for n in names if not re.search(r"['’]s\s", n)}
    for name in names:
        owned = re.match(r"^[A-Z][\w.&-]*(?:\s[A-Z][\w.&-]*){0,2}['’]s\s(.+)$", name)
        if owned and owned.group(1) in bare:
            name = owned.group(1)
        key = normalize_investor(name)[0]
        if key not in seen:
            seen.add(key)
            out.append(name)
    return out
