"""A technology the employer says lets it do its business is a means, not what it makes: "our cutting-edge machine
learning, data science, and anti-fraud AI allow us to offer the lowest cost and qualify the most customers".

A company's own text decides its sector without the description-only bar (company.description_sectors): every
sentence of it is about the company. One sentence in which the technology is the subject of "allows us to", "enables
us to", "helps us", "lets us" says what the technology does for a business that is something else, here a lender that
"lend[s] through our patented technology that turns a smartphone into digital collateral" (issue 18, unseen29:
PayJoy's About paragraph made its Accounting Manager in São Paulo an AI job through the company prior). Such sentences
are left out of the company's own text before it is scored, and a short listing's such sentence earns no short-posting
bonus (sector.py, like "uses"); otherwise the posting's text keeps them as ordinary evidence.
"""

from __future__ import annotations

import re

from talentintel.tagging.sections import split_sentences
from talentintel.tagging.text import plain_lowered

# The technology as the subject, the company as the object: "<AI / ML / models / blockchain ...> allow(s) us to",
# "... enable(s) us to", "... help(s) us", "... let(s) us", "... make(s) it possible for us to", the technology among
# the last words before the verb. Not "it allows us to shape how brands..." after "Darwin is a product-first company
# building AI systems" (a16z portfolio description, whose subject is the company's focus): that sentence stays.
# English only: the other languages' About paragraphs were not seen phrasing it so.
_TECH = r"(?:ai|ml|machine learning|deep learning|models?|algorithms?|data science|blockchain|smart contracts?|crypto)"
_MEANS = re.compile(
    rf"\b{_TECH}\b(?:\W+\w+){{0,3}}?\W+"
    # not an infinitive of purpose: "a Machine Learning Engineer to help us build..." is a person, not a means
    r"(?<!to )(?:allows?|enables?|helps?|lets|makes? it possible for)\s+us\b",
    re.IGNORECASE,
)


# Every match holds one of the verbs and "us". _MEANS opens with \b and eleven words of any case, which the regex
# engine tries at every place (~23 us for a company's About paragraph on a loaded machine); in a text whose letters
# are ASCII, where IGNORECASE is lowercasing, the verb and "us" are sought in the lowercased text first, by a pattern
# the engine skips along to the letters the verbs start with. Other texts go to _MEANS directly ("ſ" and "K" match
# "s" and "k" under IGNORECASE, and str.lower keeps them).
_VERB_US = re.compile(r"(?:allows?|enables?|helps?|lets|makes? it possible for)\s+us\b")


def _means(text: str) -> bool:
    low = plain_lowered(text)
    if low is not None and _VERB_US.search(low) is None:
        return False
    return _MEANS.search(text) is not None


def means_sentence(sentence: str) -> bool:
    """Whether one sentence makes a technology what lets the company do its business."""
    return _means(sentence)


def without_means(text: str) -> str:
    """The text without the sentences in which a technology is what lets the company do its business."""
    if not _means(text):
        return text
    return " ".join(s for s in split_sentences(text) if not _means(s))
