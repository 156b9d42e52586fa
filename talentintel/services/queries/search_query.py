"""The `q` language of job search, parsed once in Python and written out for each database's full-text engine.

    solidity rust            both words (AND)
    "smart contract"         a phrase
    zk*                      a prefix (two characters at least)
    rust OR move             either
    -android, NOT android    not this term
    C++ C# .NET Node.js      technical words kept whole

Words are matched as written (no stemming: the English stemmer turned "solidity" into "solid" and matched
"solid understanding of Android"); a single word of four or more letters also matches its plural or singular
("engineer" finds "engineers"). Each database tokenizes a term with the tokenizer that built its index (PostgreSQL's
parser with the `simple` configuration, SQLite FTS5's unicode61), so a term and the text it should match are cut
the same way. Technical words that punctuation would split are rewritten to one token first, in the index (the
database function / triggers of migration 0010) and in the query (TECH_TOKENS, the same list).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from talentintel.errors import InvalidParameter

# Written in the order applied, on lower-cased text with a space in front, in the index and in queries (migration
# 0010 copies this list; tests/services/test_search_query.py checks they agree). Padded with spaces so "asp.net"
# becomes "asp dotnet". ".net" only after a space, punctuation or a known prefix: a domain (openswitch.net) is no .NET.
_DOTNET_AFTER = (" ", "\n", "\t", "/", "(", "[", ",", "&", "+", "-", "asp", "ado", "vb")
TECH_TOKENS: tuple[tuple[str, str], ...] = (
    ("c++", " cplusplus "),
    ("c#", " csharp "),
    ("f#", " fsharp "),
    *((f"{before}.net", f"{before} dotnet ") for before in _DOTNET_AFTER),
    ("node.js", " nodejs "),
    ("next.js", " nextjs "),
    ("vue.js", " vuejs "),
    ("react.js", " reactjs "),
    ("nest.js", " nestjs "),
    ("web3.js", " web3js "),
    ("ethers.js", " ethersjs "),
    ("three.js", " threejs "),
)
_TECH_WORDS = frozenset(token.strip() for _, token in TECH_TOKENS)
MAX_LENGTH = 500
MAX_TERMS = 16
_TOKEN = re.compile(r'-?"[^"]*"|\S+')
_WORD = re.compile(r"\w+")
_OPERATORS = {"or": "OR", "not": "NOT", "and": "AND"}


def normalize(text: str) -> str:
    """Lower case with the technical words rewritten: what the index holds for `text`."""
    text = " " + text.lower()
    for needle, token in TECH_TOKENS:
        text = text.replace(needle, token)
    return text


@dataclass(frozen=True)
class Term:
    text: str  # normalized words, separated by single spaces
    phrase: bool = False
    prefix: bool = False
    negated: bool = False

    def variants(self) -> tuple[str, ...]:
        """The term and, for one plain word of 4+ letters, its plural or singular."""
        word = self.text
        if self.phrase or self.prefix or len(word) < 4 or not word.isalpha() or word in _TECH_WORDS:
            return (word,)
        return (word, word[:-1]) if word.endswith("s") and len(word) > 4 else (word, word + "s")


@dataclass(frozen=True)
class SearchQuery:
    groups: tuple[tuple[Term, ...], ...]  # AND of groups; a group is an OR of terms
    excluded: tuple[Term, ...]

    def tsquery(self) -> str:
        """PostgreSQL to_tsquery('simple', ...) text; operands quoted, so their text is never tsquery syntax."""
        parts = ["(" + " | ".join(_pg_term(t) for t in group) + ")" for group in self.groups]
        parts += ["!" + _pg_term(t) for t in self.excluded]
        return " & ".join(parts)

    def fts5(self) -> str:
        """SQLite FTS5 MATCH text; every term a quoted string, so user input is never FTS5 syntax."""
        positive = " AND ".join("(" + " OR ".join(_fts_term(t) for t in group) + ")" for group in self.groups)
        return "".join([positive, *(f" NOT {_fts_term(t)}" for t in self.excluded)])


def _pg_term(term: Term) -> str:
    if term.prefix:
        return f"'{term.text}':*"
    variants = [f"'{v}'" for v in term.variants()]
    return variants[0] if len(variants) == 1 else "(" + " | ".join(variants) + ")"


def _fts_term(term: Term) -> str:
    if term.prefix:
        return f'"{term.text}"*'
    variants = [f'"{v}"' for v in term.variants()]
    return variants[0] if len(variants) == 1 else "(" + " OR ".join(variants) + ")"


def _term(raw: str) -> Term | None:
    negated = raw.startswith("-") and len(raw) > 1
    raw = raw[1:] if negated else raw
    phrase = raw.startswith('"')
    prefix = raw.endswith("*") and not phrase
    words = _WORD.findall(normalize(raw.strip('"').rstrip("*")))
    if not words:
        return None  # punctuation only ("&", "/"): nothing to match
    if prefix and (len(words) != 1 or len(words[0]) < 2):
        raise InvalidParameter("q", f"a prefix needs one word of two characters or more before '*': {raw!r}")
    return Term(" ".join(words), phrase=phrase or len(words) > 1, prefix=prefix, negated=negated)


def _tokens(q: str) -> list[str]:
    if q.count('"') % 2:
        raise InvalidParameter("q", 'unbalanced quotes: close every "phrase"')
    return _TOKEN.findall(q.replace("(", " ").replace(")", " "))


def parse(q: str) -> SearchQuery:
    """`q` as a SearchQuery; InvalidParameter("q", ...) for empty, over-long or malformed queries."""
    if len(q) > MAX_LENGTH:
        raise InvalidParameter("q", f"must be at most {MAX_LENGTH} characters")
    groups: list[list[Term]] = []
    excluded: list[Term] = []
    pending_or = pending_not = False
    for token in _tokens(q):
        operator = _OPERATORS.get(token.lower()) if token.isalpha() else None
        if operator == "OR":
            pending_or = bool(groups)
            continue
        if operator == "NOT":
            pending_not = True
            continue
        if operator == "AND":
            continue
        term = _term(token)
        if term is None:
            continue
        if pending_not and not term.negated:
            term = Term(term.text, term.phrase, term.prefix, negated=True)
        if term.negated:
            if pending_or:
                raise InvalidParameter("q", "OR cannot join an excluded term; write the exclusion on its own")
            excluded.append(term)
        elif pending_or:
            groups[-1].append(term)
        else:
            groups.append([term])
        pending_or = pending_not = False
    if sum(len(g) for g in groups) + len(excluded) > MAX_TERMS:
        raise InvalidParameter("q", f"at most {MAX_TERMS} terms")
    if not groups:
        reason = "needs a term to include, not only exclusions" if excluded else "needs at least one word to search for"
        raise InvalidParameter("q", reason)
    return SearchQuery(tuple(tuple(g) for g in groups), tuple(excluded))
