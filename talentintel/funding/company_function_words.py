"""Capitalised words that are never a company: pronouns, magnitudes, clause openers, descriptor-only compounds.

Met on tuning_batch23 (first score company 0.571 on 28 unseen rounds): "Elle lève une série A de 385 M€" gave "Elle"
for Mistral AI (cfnews), a quoted headline's "$150 Million Raise" gave "Million" for Farcaster (squawk), and the
French opener "Comme aux plus belles heures de 2021, Mistral AI signe ..." reads as a name at a sentence's start. The
tuning files also had German spans that are only a description ("Berliner App-Produzent" for 6Wunderkinder,
b20-heise-6wunderkinder). Closed classes of the languages the parser reads, not names of one text.
"""

from __future__ import annotations

import re

from talentintel.funding.openers import is_clause_opener, is_sentence_adverb

# Subject and object pronouns of English, French, Spanish, Portuguese, German and Italian, capitalised at a sentence's
# start ("Elle lève", "Ella recaudó", "Sie sammelt", "It raised").
_PRONOUN = re.compile(
    r"(?i)it|he|she|they|we|elle|elles|il|ils|nous|ella|ellas|ellos|él|ela|elas|ele|eles|nós|sie|er|es|wir|ihr|"
    r"lei|lui|essa|esso|essi|loro|noi"
)
# A magnitude word after an amount, title-cased in headlines: "$150 Million Raise", "50 Millionen Euro".
_MAGNITUDE = re.compile(
    r"(?i)(?:million|billion|trillion|thousand|millionen|milliarden|millones|milhões|milhão|milliards?|millions|"
    r"billions|milioni|miliardi|mn|bn)s?"
)
# People described by a former employer, not a company: "Former FTX & Alameda Execs Secures $17 Mln Funding"
# (b18-cryptopulpit-backpack-a).
_PEOPLE = re.compile(
    r"(?:.+\s)?(?i:execs|executives|veterans|alumni|founders|engineers|researchers|employees|ex-employees)"
)
# A German descriptor compound with its place or kind and nothing after it: "Berliner App-Produzent",
# "E-Flugtaxi-Startup".
_DE_DESCRIPTOR_ONLY = re.compile(
    r"(?:[A-ZÄÖÜ][\wäöüß-]*\s)?[\wäöüß-]+-(?i:produzent|hersteller|anbieter|startup|start-up|entwickler|betreiber|"
    r"spezialist|plattform|unternehmen)"
)


def is_function_word(name: str) -> bool:
    """True when the whole span is a pronoun, a magnitude word, a clause opener or a descriptor without a name."""
    return bool(
        _PRONOUN.fullmatch(name)
        or _MAGNITUDE.fullmatch(name)
        or is_clause_opener(name)
        or _DE_DESCRIPTOR_ONLY.fullmatch(name)
        or is_sentence_adverb(name)
        or _PEOPLE.fullmatch(name)
    )
