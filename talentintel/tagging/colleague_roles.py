"""ML people named as the job's colleagues are who the job works with, not the job: a mention, not core evidence.

"You will work together with data scientists and machine learning experts" (HERE's big data engineer, a job seeker's
saved postings), "Cowork với AI Engineer (Platform) để tích hợp các data pipeline" (a Vietnamese telecom's data
engineer, a TopCV crawl), "provide valuable coaching to 'classic' developers or ML engineers" (Malt's staff software
engineer, a remote-job aggregator): three publishers, each posting labeled none, each read ai on the core term inside
the colleague's title ("machine learning", "ai engineer", "ml engineers"). In a sentence where such a role follows a
word of working with ("with", "alongside", "collaborate", "support", "coaching", "với", "avec", "mit"), a core term
that occurs only inside that role is weakened to a mention; the rest of the sentence counts as before, so "train
models with ML engineers" keeps "train models".
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from talentintel.tagging.taxonomy import Term

# a word of working with someone, then up to 60 characters of the same sentence before the colleague's title
_WITH = (
    r"(?<![\w-])(?:with|alongside|collaborat\w*|co-?work\w*|partner\w*|support\w*|coach\w*|mentor\w*"
    r"|với|avec|mit)(?![\w-])"
)
_ROLE = (
    r"(?:machine[\s-]+learning|deep[\s-]+learning|ml|ai)[\s-]+"
    r"(?:engineers?|experts?|researchers?|scientists?|specialists?|practitioners?|teams?)(?![\w-])"
)
_COLLEAGUE = re.compile(_WITH + r"[^.;:!?\n]{0,60}?(?<![\w-])" + _ROLE)
_ROLE_ONLY = re.compile(r"(?<![\w-])" + _ROLE)


def colleague_weak(part: str, hits: Sequence[Term], weak: Callable[[Term], Term]) -> list[Term]:
    """The sentence's hits with each core term that occurs only inside a colleague's ML title weakened."""
    spans = [m.span() for c in _COLLEAGUE.finditer(part) for m in _ROLE_ONLY.finditer(part, *c.span())]
    if not spans:
        return list(hits)
    rest = part
    for start, end in spans:
        rest = rest[:start] + " " * (end - start) + rest[end:]
    return [weak(t) if not _occurs(t, rest) else t for t in hits]


def _occurs(term: Term, text: str) -> bool:
    """Whether the term's phrase stands in the text (its tokens joined by non-token characters)."""
    if term.kind not in ("ai", "both"):
        return True
    pattern = r"[\W_]+".join(map(re.escape, term.phrase))
    return re.search(rf"(?<![^\W_]){pattern}(?![^\W_])", text) is not None
