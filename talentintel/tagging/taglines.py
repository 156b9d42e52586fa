"""A posting's opening tagline is the employer's one-line pitch: its core terms describe the company.

Boards and founders often open with the product in a verbless line instead of "Acme is a ...": "Transferable and secure
start-up shares for professional investors – on the blockchain. Made in Germany." (unseen23, stokera by CASHLINK's
openings post, read as a passing mention of "blockchain" before this rule). The self-description reader
(self_description.py) needs a marker ("is a", "we build"); a tagline has none. The description's first line that says
something (not its heading, not a bare URL) counts as a tagline when it is short, speaks of no person ("we", "you", "our"...), hires no one ("looking
for", "hiring", "join"), labels no field ("Location:") and uses no verb of using ("powered by", "using"): a product
named by what it is.
"""

from __future__ import annotations

import re

from talentintel.tagging.matcher import text_hits
from talentintel.tagging.sections import split_sentences
from talentintel.tagging.sentence_memo import kept_per_line
from talentintel.tagging.taxonomy import SECTORS, Taxonomy, taxonomy, tokens
from talentintel.tagging.text import lowered

TAGLINE_SENTENCES = 1
MAX_WORDS = 16
MIN_WORDS = 4
_PERSONS = frozenset(
    {"we", "we're", "our", "us", "you", "your", "you'll", "i", "my", "they", "their", "he", "she", "his", "her"}
    # Portuguese, Spanish, French and German: "Somos uma empresa...", "Nous sommes...", "Wir sind..."
    | {"somos", "nossa", "nosso", "nossos", "nossas", "nuestra", "nuestro", "nuestros", "nuestras", "nous", "notre"}
    | {"nos", "wir", "unser", "unsere", "unseren", "voce", "usted", "vous", "sie", "du"}
)
_NOT_A_PITCH = frozenset(
    {
        "looking",
        "seeking",
        "hiring",
        "join",
        "apply",
        "candidate",
        "candidates",
        "role",
        "position",
        "responsibilities",
        "requirements",
        "experience",
        "using",
        "use",
        "uses",
        "powered",
        "leveraging",
        "leverage",
        "exploring",
        "job",
        # using, in Portuguese, Spanish, French and German
        "utiliza",
        "utilizam",
        "utilizamos",
        "utilizan",
        "usa",
        "usam",
        "usamos",
        "utilise",
        "utilisent",
        "nutzt",
        "nutzen",
        "verwendet",
    }
)
_FIELD_LABEL = re.compile(r"^[^:]{1,30}:")
_URL = re.compile(r"^(?:https?://|www\.)\S+$")
SPLITS = 8


def _opening_lines(head: str) -> list[str]:
    """The first sentences that say something: not blank, not a markdown heading (the company's name), not a bare URL."""
    out: list[str] = []
    for sentence in split_sentences(head, SPLITS)[:SPLITS]:
        line = sentence.strip()
        if not line or line.startswith("#") or _URL.match(line):
            continue
        out.append(line.lstrip("*-• ").strip())
        if len(out) == TAGLINE_SENTENCES:
            break
    return out


def tagline_sectors(text: str) -> set[str]:
    """Sectors with a core term in a tagline among the description's first sentences."""
    tax = taxonomy()
    out: set[str] = set()
    for line in _opening_lines(lowered(text)[:400]):
        out |= _line_sectors(tax, line)
    return out


@kept_per_line  # kept per line, as an employer's posts repeat it
def _line_sectors(tax: Taxonomy, line: str) -> frozenset[str]:
    """The sectors of one opening line's core terms, when the line is a tagline."""
    words = tokens(line)
    if not MIN_WORDS <= len(words) <= MAX_WORDS or _FIELD_LABEL.match(line):
        return frozenset()
    if not _PERSONS.isdisjoint(words) or not _NOT_A_PITCH.isdisjoint(words):
        return frozenset()
    core = tax.decision["core_weight"]
    hits = text_hits(tax, line) or []
    return frozenset(s for t in hits if t.weight >= core for s in (SECTORS if t.kind == "both" else (t.kind,)))
