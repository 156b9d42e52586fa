"""Company knowledge from the other postings of the same batch: the offline twin of the company-knowledge service.

In the service, a company's stored postings tell its sector ("company: 8 of 11 postings crypto", counted by the class
each posting's own text earned, never by its tags, so a prior never feeds on itself); `talentintel tag` and the
evals have no database, so the postings of one input that share an employer play that part. Each posting sees its
siblings only (leave-one-out, like `company_knowledge.without_posting`), so its own words are never counted twice.

Why it matters (unseen_hs5, session 6): four of its five remaining sector misses are OpenZeppelin roles ("Account
Manager", "Marketing Lead") whose text names no sector; eight OpenZeppelin postings sit in the same file.

The employer is keyed by its domain when the line gives one (a name shared by two companies is settled by domain:
Kraken Technologies, kraken.tech, is not the exchange), else by its normalized name.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Callable, Mapping, Sequence
from dataclasses import replace
from typing import TYPE_CHECKING

from talentintel.tagging.company import POSTINGS_MIN, CompanyContext
from talentintel.tagging.prior import normalize_company, registrable_domain

if TYPE_CHECKING:
    from talentintel.tagging.tagger import TagResult


def employer_key(company: str | None, domain: str | None = None) -> str | None:
    """'kraken.tech' beats the name; 'Coinbase, Inc.' -> 'name:coinbase'; no name, no key."""
    if domain and (host := registrable_domain(domain)):
        return f"domain:{host}"
    name = normalize_company(company or "")
    return f"name:{name}" if name else None


def sibling_counts(keys: Sequence[str | None], classes: Sequence[str | None]) -> list[dict[str, int] | None]:
    """For each posting whose own words earn no sector, the text classes of its employer's other postings (None: its
    text decides, or too few siblings to say anything). A posting that names its sector keeps it: at OKX, two AI
    roles among three siblings made every crypto role `both` in the dev set."""
    totals: dict[str, Counter[str]] = defaultdict(Counter)
    for key, cls in zip(keys, classes, strict=True):
        if key is not None and cls is not None:
            totals[key][cls] += 1
    out: list[dict[str, int] | None] = []
    for key, cls in zip(keys, classes, strict=True):
        if key is None or cls != "none" or sum(totals[key].values()) - 1 < POSTINGS_MIN:
            out.append(None)
            continue
        others = dict(totals[key])
        others[cls] -= 1
        out.append({c: n for c, n in others.items() if n})
    return out


def with_siblings(context: CompanyContext | None, siblings: Mapping[str, int]) -> CompanyContext:
    """The line's own context plus its siblings' classes (an offline line's context never carries postings)."""
    return replace(context or CompanyContext(), postings=dict(siblings))


def second_pass(
    first: Sequence[TagResult],
    keys: Sequence[str | None],
    retag: Callable[[int, dict[str, int]], TagResult],
) -> list[TagResult]:
    """Each posting's first result, or `retag(index, siblings)` where its employer's other postings say something:
    the one two-pass loop behind `talentintel tag` and the evals."""
    counts = sibling_counts(keys, [r.evidence.get("text_class") for r in first])
    return [r if c is None else retag(i, c) for i, (r, c) in enumerate(zip(first, counts, strict=True))]
