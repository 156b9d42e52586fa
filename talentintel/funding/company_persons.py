"""People in an announcement's opening, so that a founder, an executive or a quoted person is never read as the company.

Moved out of company_grammar.py (it stood at 398 of 400 lines) with no change of behaviour; company_salience reads
`person_spans` and `is_person` when it ranks a text's name-like spans.
"""

from __future__ import annotations

import re

from talentintel.funding.company_grammar import NAME
from talentintel.funding.company_persons_intl import intl_person_spans

# People: "Kyle Vogt, the founder of self-driving car company Cruise, resigned", "Blur founder Tieshun Roquerre".
_ROLE = (
    # "David Sacks, former COO of PayPal" (b48-cryptonewsreview-lightning-labs-2-5m-seed), "Mark Rigolle, a former CFO
    # of SES" (hs4-earsc-seraphim-fund): the other chief officers by their letters.
    r"(?:co-?founder|founder|CEO|COO|CTO|CFO|CMO|chief\s\w+\sofficer|chief\sexecutive|president|chairman|managing\spartner|"
    r"general\spartner|partner|director|head|investor|billionaire|entrepreneur|fellow|professor|researcher|scientist|"
    r"analyst|economist|lecturer)"
)
# "Stephen Rowe, InfiMed's chief executive, ..." (pharmaletter-infimed-b): the role may follow its company's possessive,
# a common noun's too: "Michael Hunter, the company’s co-founder and chief executive, told Reuters the firm raised
# $2.3m" (b37-plantsneedco2-spear-ai-2-3m read the person as the raiser).
_PERSON_APPOSITIVE = re.compile(
    rf"(?<![\w$])({NAME}),\s(?:the\s|a\s|an\s|its\s)?(?:former\s|serial\s|veteran\s)?"
    rf"(?:[A-Za-z][\w-]*(?:['’]s)?\s|[A-Z][\w.&-]*(?:\s[A-Z][\w.&-]*){{0,2}}['’]s\s)?(?i:{_ROLE})\b[^,.;\n]*"
)
# A bare "creator of" after a name is a person's credit: "Charlie Lee, creator of Litecoin, reports CNBC" read as the
# raiser of "it has raised seed funding of $2.5 million" (b48-cryptonewsreview-lightning-labs-2-5m-seed; the same list
# in the CNBC and Fortune tellings). With an article it is a company's: "Sky Mavis, the creator of the popular
# play-to-earn ..." (b40-cointelegraph-skymavis-150m-binance) stays a name.
_BARE_CREATOR = re.compile(rf"(?<![\w$])({NAME}),\s(?:co-?)?creator\sof\b[^,.;\n]*")
# "David Silver, one of the most respected researchers in reinforcement learning, ...".
_ONE_OF_PEOPLE = re.compile(
    rf"(?<![\w$])({NAME}),\s(?:one\sof|among)\sthe\s[^,.;]{{0,40}}?(?:researchers|scientists|founders|investors|"
    r"entrepreneurs|engineers|executives|professors)\b[^,.;\n]*"
)
# "Kyle Vogt, um dos principais defensores dos veículos autônomos, co-fundou a Cruise": one of a group of people.
_ROMANCE_ONE_OF = re.compile(
    rf"(?<![\w$])({NAME}),\s(?:um\sdos|uma\sdas|uno\sde\slos|una\sde\slas|l['’]un\sdes|uno\sdei|una\sdelle)\s"
    r"[^,.;\n]{0,40}?\b(?:co-?fundad|fundad|defensor|invers|investidor|empres[aá]ri|emprendedor|execut|ejecutiv|pioneir|"
    r"fondat|imprenditor|entrepreneur|investisseur|dirigeant)\w*[^,.;\n]{0,60}"
)
_ROLE_BEFORE_PERSON = re.compile(rf"\b(?i:{_ROLE})\s({NAME})")
# The founders named after "founded by": "la società fondata da John Legend", "l'agritech kényane cofondée en 2020 par
# Yi Li, ancienne cadre chez McKinsey, et Peter Muthee, a atteint" (the last founder reads as the next verb's subject).
_FOUNDED_BY = re.compile(
    # "la fintech creada por Pierpaolo Barbieri acaba de recaudar" (b13-clarin-uala): "created by" names founders too.
    r"\b(?i:(?:co-?)?found(?:ed)?|(?:co)?fond(?:ée?s?|ata|ato|ati)|(?:co)?fundad[oa]s?|(?:mit)?gegründet|created|"
    r"cread[oa]s?|criad[oa]s?|créée?s?|creat[oa])"
    r"(?:\s(?:in|en|nel|em|im)\s\d{4})?\s(?:by|par|da|por|von)\s([^.;:!?\n]{3,160})"
)
_LISTED_PERSON = re.compile(rf"(?:^|,\s|\s(?:and|et|e|y|und)\s)({NAME})")
# A fronted "Founded by ..." clause ends at its sentence's subject, the company, before the finite verb: "Founded by AI
# researchers including collaborators like Diederik Kingma, ..., Nous Research has assembled a 20-person team"
# (b32-singularintel-nous-research-50m-series-a-paradigm) listed the raiser among the founders.
_FINITE_AFTER = re.compile(r"\s(?:has|have|had|is|was|were|will|now|today|raised|secured|closed|announced|said|says)\b")
_HONORIFIC = re.compile(rf"\b(?:Mr|Ms|Mrs|Dr)\.?\s({NAME})")


def person_spans(text: str) -> tuple[list[tuple[int, int]], set[str]]:
    """Spans that describe a person (the person and the companies they founded or ran) and the persons' names and
    surnames, none of which is the raiser."""
    spans: list[tuple[int, int]] = []
    names: set[str] = set()
    appositives = (_PERSON_APPOSITIVE, _ONE_OF_PEOPLE, _ROMANCE_ONE_OF, _BARE_CREATOR)
    for m in [m for pattern in appositives for m in pattern.finditer(text)]:
        spans.append((m.start(1), m.end()))
        names.add(m.group(1))
    names.update(m.group(1) for m in _HONORIFIC.finditer(text))  # "Ms. Linh Pham": a person
    for m in _FOUNDED_BY.finditer(text):
        listed = _LISTED_PERSON.finditer(m.group(1))
        names.update(
            p.group(1) for p in listed if len(p.group(1).split()) >= 2 and not _FINITE_AFTER.match(m.group(1), p.end(1))
        )
    for m in _ROLE_BEFORE_PERSON.finditer(text):
        if len(m.group(1).split()) >= 2:  # "founder Tieshun Roquerre"; "CEO Acme" is no person
            names.add(m.group(1))
    surnames = {n.split()[-1] for n in names if len(n.split()) >= 2}
    intl_spans, intl_names = intl_person_spans(text)  # "X, medeoprichter en CEO van ...", "el fundador ..., X"
    return spans + intl_spans, names | surnames | intl_names


def is_person(name: str, start: int, spans: list[tuple[int, int]], persons: set[str]) -> bool:
    return name in persons or any(a <= start < b for a, b in spans)
