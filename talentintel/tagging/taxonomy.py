"""Loads data/taxonomy.toml into lookup tables keyed by a phrase's first token (built once, on first use)."""

from __future__ import annotations

import re
import tomllib
import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any

from talentintel.tagging.asian_terms import with_asian_terms

SECTORS = ("crypto", "ai")

TOKEN = re.compile(r"[^\W_]+")
COMBINING = re.compile(r"[\u0300-\u036f]")
# Han, kana and Hangul (NFKD leaves Hangul as jamo) carry no spaces: "AI独角兽", "web3公司", "AI를" are a Latin word glued to other script.
CJK_CLASS = "\u1100-\u11ff\u3040-\u30ff\u3130-\u318f\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff"
SCRIPT_EDGE = re.compile(rf"(?<=[a-z0-9])(?=[{CJK_CLASS}])|(?<=[{CJK_CLASS}])(?=[a-z0-9])")


# ASCII characters that are no token characters: spaces to split (a bytes table: str.translate looks each up in a dict).
ASCII_GAPS = bytes(c if chr(c).isalnum() else 32 for c in range(128)) + bytes(range(128, 256))


def ascii_tokens(text: str) -> list[str]:
    r"""The runs of letters and digits of an ASCII text (there the runs of [^\W_]): bytes methods find them four times
    faster than the regex."""
    return text.encode().translate(ASCII_GAPS).decode().split()


def tokens(text: str) -> list[str]:
    """Lowercase word tokens with accents folded; the same function tokenizes the taxonomy and the input."""
    text = text.lower()
    if text.isascii():
        return ascii_tokens(text)  # 2.2 calls a cold bench posting
    text = COMBINING.sub("", unicodedata.normalize("NFKD", text))
    text = SCRIPT_EDGE.sub(" ", text)
    return TOKEN.findall(text)


@dataclass(frozen=True)
class Term:
    """One phrase of the taxonomy. kind: a sector name, "both" (counts for each), "negative" or "boilerplate"."""

    kind: str
    phrase: tuple[str, ...]
    weight: float = 0.0
    unless_near: frozenset[str] = frozenset()
    window: int = 0
    not_after_number: bool = False  # "ML" engineer, but "50 mL" of buffer

    # The hash the dataclass would compute, computed once: terms key the per-field counts, sets and caches, and the
    # generated __hash__ built and hashed a tuple of six fields each time (~0.6 us, ~21 times a cold bench posting).
    # The same value, so sets of terms keep their order.
    def __post_init__(self) -> None:
        fields = (self.kind, self.phrase, self.weight, self.unless_near, self.window, self.not_after_number)
        object.__setattr__(self, "_hash", hash(fields))

    def __hash__(self) -> int:
        return self._hash  # type: ignore[attr-defined, no-any-return]

    def __getstate__(self) -> dict[str, Any]:
        """The fields without the kept hash: a string's hash differs between processes."""
        return {k: v for k, v in self.__dict__.items() if k != "_hash"}

    def __setstate__(self, state: dict[str, Any]) -> None:
        self.__dict__.update(state)
        self.__post_init__()

    @property
    def text(self) -> str:
        return " ".join(self.phrase)


@dataclass(eq=False)  # hashed by identity: cached per loaded taxonomy
class Taxonomy:
    fields: dict[str, float]
    decision: dict[str, float]
    by_first: dict[str, list[Term]] = field(default_factory=dict)  # longest phrase first
    # CJK terms (matched as substrings): sector -> ((word, weight), ...); negatives consume nothing but veto the
    # weak terms of their sentence ("AI工具" is a tool used, not AI built).
    cjk: dict[str, tuple[tuple[str, float], ...]] = field(default_factory=dict)
    cjk_negative: tuple[str, ...] = ()
    # longer words that hold a term in another sense ("데이터마이닝" holds 마이닝): matched first, they weigh nothing
    cjk_neutral: tuple[str, ...] = ()


def _add(tax: Taxonomy, term: Term, seen: dict[tuple[str, ...], Term]) -> None:
    if not term.phrase or term.phrase in seen:
        return  # first definition wins: negatives and boilerplate are loaded first
    seen[term.phrase] = term
    tax.by_first.setdefault(term.phrase[0], []).append(term)


def taxonomy_path() -> Path:
    return Path(str(resources.files("talentintel.tagging") / "data" / "taxonomy.toml"))


def parse(raw: dict[str, Any]) -> Taxonomy:
    tax = Taxonomy(fields=dict(raw["fields"]), decision=dict(raw["decision"]))
    seen: dict[tuple[str, ...], Term] = {}
    for marker in raw["boilerplate"]["markers"]:
        _add(tax, Term("boilerplate", tuple(tokens(marker))), seen)
    for phrase in raw["negative"]["phrases"]:
        _add(tax, Term("negative", tuple(tokens(phrase))), seen)
    for sector in (*SECTORS, "both"):
        for group in raw.get(sector, ()):
            unless = frozenset(t for w in group.get("unless_near", ()) for t in tokens(w))
            window, after_number = int(group.get("window", 0)), bool(group.get("not_after_number", False))
            for phrase in group["terms"]:
                term = Term(sector, tuple(tokens(phrase)), float(group["weight"]), unless, window, after_number)
                _add(tax, term, seen)
    for terms in tax.by_first.values():
        terms.sort(key=lambda t: -len(t.phrase))
    cjk = raw.get("cjk", {})
    # strong (core), weak (a mention) and role words ("建模工程师": like "data scientist", never enough alone)
    tiers = (("", 3.0), ("_weak", 1.5), ("_role", 1.0))
    tax.cjk = {
        sector: tuple((w, wt) for tier, wt in tiers for w in cjk.get(f"{sector}{tier}", ())) for sector in SECTORS
    }
    tax.cjk_negative = tuple(cjk.get("negative", ()))
    tax.cjk_neutral = tuple(cjk.get("neutral", ()))
    return tax


def repeat_factor(dec: Mapping[str, float], count: int) -> float:
    """What a term's weight is multiplied by when it occurs `count` times in one field (the decision table's
    repeat_bonus per extra hit, up to repeat_cap): the scorer's rule, which the rules that add or reread points share."""
    return min(1.0 + dec["repeat_bonus"] * (count - 1), dec["repeat_cap"])


@cache
def taxonomy() -> Taxonomy:
    with taxonomy_path().open("rb") as fh:
        return parse(with_asian_terms(tomllib.load(fh)))
