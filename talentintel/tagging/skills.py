"""Skills a posting asks for, from the reviewed taxonomy in data/skills.toml (languages, frameworks, chains and
protocols, ML stacks), each with the words that named it.

Words are matched on the text as the search index holds it (lower case, C++ / C# / .NET / Node.js rewritten to one
token: search_query.normalize), so "C++" and "Node.js" match whole and "Rust" never matches "trust". Names that are
also ordinary words (Go, Move, Swift, NEAR) match only through the case-sensitive patterns with context the
taxonomy gives them.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from functools import cache
from importlib import resources

from talentintel.services.queries.search_query import normalize

_WORD = re.compile(r"\w+")


@dataclass(frozen=True)
class Skill:
    id: str
    label: str
    category: str
    words: re.Pattern[str] | None
    cased: tuple[re.Pattern[str], ...]
    triggers: frozenset[str]  # first word of each phrase: a text without any of them cannot match `words`
    hints: frozenset[str]  # words of the label, the id and `hints`: a text without any cannot match `cased`


def _words_pattern(words: list[str]) -> re.Pattern[str] | None:
    if not words:
        return None
    parts = sorted({r"\s+".join(re.escape(w) for w in normalize(word).split()) for word in words}, key=len)
    return re.compile(r"(?<!\w)(?:" + "|".join(reversed(parts)) + r")(?!\w)")


@cache
def taxonomy() -> tuple[Skill, ...]:
    text = resources.files("talentintel.tagging").joinpath("data/skills.toml").read_text("utf-8")
    return tuple(
        Skill(
            id=entry["id"],
            label=entry["label"],
            category=entry["category"],
            words=_words_pattern(entry.get("words", [])),
            cased=tuple(re.compile(p) for p in entry.get("cased", [])),
            triggers=frozenset(_WORD.findall(normalize(w))[0] for w in entry.get("words", [])),
            hints=frozenset([*_WORD.findall(normalize(entry["label"])), entry["id"], *entry.get("hints", [])]),
        )
        for entry in tomllib.loads(text)["skill"]
    )


@cache
def skill_ids() -> tuple[str, ...]:
    return tuple(s.id for s in taxonomy())


def skills(title: str, description: str) -> dict[str, str]:
    """{skill id: the words that named it} for a posting's title and (plain-text) description, in taxonomy order."""
    raw = f"{title}\n{description}"
    normalized = normalize(raw)
    tokens = set(_WORD.findall(normalized))
    found: dict[int, str] = {}
    for index, skill in enumerate(taxonomy()):
        hit = skill.words.search(normalized) if skill.words and not skill.triggers.isdisjoint(tokens) else None
        if hit:
            found[index] = hit.group(0)
            continue
        # The case-sensitive patterns cost most of the time (~20 searches of the whole text): only where they can hit.
        for pattern in skill.cased if not skill.hints.isdisjoint(tokens) else ():
            cased_hit = pattern.search(raw)
            if cased_hit:
                found[index] = cased_hit.group(0)
                break
    ordered = taxonomy()
    return {ordered[i].id: found[i][:60] for i in sorted(found)}
