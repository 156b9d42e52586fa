"""Places where a lowercase word can only be a name, beyond a sentence's first word (`lower_brands`).

The invariance harness (scripts/funding_invariance.py, session 12) swapped the company of 803 tuning rounds the parser
got right for the lowercase brand "zentra" and got it back on 346 (0.431; capitalised shapes 0.93-0.99): `lower_brands`
read a lowercase word as a name only where it opens a sentence. The press writes a brand in its own spelling in more
places, each one a grammatical role no ordinary lowercase word fills:

- after a fronted time adverbial: "Today, edra announced", "Earlier this week, bitsCrunch raised";
- after a headline kicker or a dateline dash: "Exclusive: zentra raises", "London, 25 Feb 2026 – zentra, the ...";
- as the owner of a round: "a16z is leading zentra's $35 million Series A", "lead investment in zentra’s seed round".

Each place yields a candidate word; `lower_brands.brand_words` still drops function words, words the text also
capitalises and words after an article.
"""

from __future__ import annotations

import re
from collections.abc import Callable

WORD = r"(?:[a-z][a-z0-9]*[A-Z][A-Za-z0-9]*|[a-z][a-z0-9]{2,})(?:\.(?:ai|io|com|net|xyz|app|co|fi|so|gg))?"

# A fronted time adverbial before a sentence's subject; English puts a comma after it.
_WHEN_WORD = (
    r"(?:today|yesterday|tonight|now|recently|earlier|later|last|this|next|early|late|on|in|at|during|the|of|"
    r"past|week|month|year|quarter|morning|afternoon|evening|weekend|day|days|weeks|months|ago|"
    r"monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|"
    r"september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec|\d{1,4}(?:st|nd|rd|th)?)"
)
FRONTED = re.compile(rf"(?i:{_WHEN_WORD})(?:[^\S\n](?i:{_WHEN_WORD})){{0,4}},[^\S\n]")
AFTER_COMMA = re.compile(rf"(?<=[,\s])(?P<word>{WORD})(?![\w-])(?=(?P<next>[^\n]{{0,20}}))")
# "Exclusive: zentra raises", "Zweite Chance: zentra bekommt", "Calif., July 22, 2026 - zentra, the ...": a kicker
# or a dateline ends at a colon or a spaced dash on the line's start, and the sentence's subject follows.
_KICKER = re.compile(rf"(?m)^[^\n:–—]{{1,60}}?(?::|\s[–—-])[^\S\n](?P<word>{WORD})(?![\w-])(?=(?P<next>[^\n]{{0,20}}))")
# "leading zentra's $35 million Series A", "lead investment in zentra’s seed round": a round's owner, after the
# verb or preposition that takes it ("venture capital's $5bn" is no name: the word after "leading", "in", "for"...).
_OWNER = re.compile(
    r"\b(?:lead|leads|led|leading|co-leading|co-led|back|backs|backed|backing|joins|joined|in|into|for|to)[^\S\n]"
    rf"(?P<word>{WORD})(?=(?P<next>['’]s[^\S\n](?:[$€£¥₹]|US\$|\d|(?i:pre-?seed|seed|series|round|"
    r"funding|financing|raise|fundraise|investment|token\ssale))))"
)

# Words a kicker's or an owner's place also holds in ordinary prose ("Update: that round ...", "in that's").
_STOP = frozenset(
    "has have had that this these those there where which who what when while then here it its they we our their "
    "for with from and or but not now also just".split()
)
# The sentence goes on from the word as its subject: a comma, a bracket, a possessive, a finite verb (of any case: a
# title-case headline writes "zentra Raises $60M") or a legal form ("zentra Pvt. Ltd").
SUBJECT = re.compile(
    r"(?:,|\s?\(|['’]s\s|\s(?:has|is|was|will|said|says|hat|ist|sammelt|erhält|bekommt|holt|lève|annonce|"
    r"anunció|anuncia|recauda|levanta|capta|fecha|(?i:raises|raised|secures|secured|lands|landed|closes|closed|"
    r"bags|bagged|nabs|snags|gets|announces|announced|completes|completed|receives|received)|"
    r"[a-z]+(?:ed|es|[bdgkmnprtw]s)|(?:Inc|Ltd|Pvt|GmbH|LLC|Corp|Limited|SAS|AG)\b\.?)\b)"
)


def role_words(text: str) -> list[re.Match[str]]:
    """Words in a place only a name fills: after a kicker or a dateline, or owning a round."""
    return [m for m in (*_KICKER.finditer(text), *_OWNER.finditer(text)) if m.group("word").lower() not in _STOP]


def fronted_words(text: str, opens_sentence: Callable[[int], bool]) -> list[re.Match[str]]:
    """Words right after a fronted time adverbial ("Today, edra announced ..."); `opens_sentence(text, i)` says
    whether the adverbial opens a sentence."""
    out = []
    for match in AFTER_COMMA.finditer(text):
        start = match.start("word")
        # Plural nouns are no brand there ("In 2021, startups raised ..."): a word ending in "s" is left out.
        if match.group("word").endswith("s"):
            continue
        line_start = max(text.rfind("\n", 0, start), *(text.rfind(c, 0, start) for c in ".!?")) + 1
        head = text[line_start:start].lstrip(' \t"“‘')
        if head[:1].isupper() and FRONTED.fullmatch(head) and opens_sentence(start - len(head)):
            out.append(match)
    return out
