"""A lede that tells the raise of an unnamed company and names it in the next sentence: "An Aussie-led quantum
computing startup in Silicon Valley has closed a US$450 million ($611 million) Series D raise ... Founded in 2016 and
headed up by ... Jeremy O’Brien, PsiQuantum is working on ..." (hs5-smartcompany-psiquantum-d).

News writes this cataphoric lede often ("A Sydney fintech has raised $5m. Founded in 2019, Acme ..."): the indefinite
description is the raiser, and the next sentence's subject, after an optional participle clause ("Founded in ...",
"Based in ..."), is its name. Nothing else named the raiser when this is read (`extract` tries it after every clause
rule), so a subject that is an investor or a person is refused, not guessed past.
"""

from __future__ import annotations

import re

from talentintel.funding.company import acceptable_name
from talentintel.funding.company_grammar import NAME
from talentintel.funding.company_persons import is_person, person_spans

_INDEFINITE_RAISED = re.compile(
    r"(?:\A|\n)\s*(?:An?|One)\s(?:[\w'’-]+\s){0,6}?(?:startup|start-up|company|firm|maker|developer|fintech|biotech|"
    r"scale-?up|business)\b[^.!?\n]{0,80}?\b(?:has\s|have\s|had\s)?(?:just\s|now\s)?(?:raised|closed|secured|landed|"
    r"bagged|completed|nabbed)\b(?:[^.!?\n]|\.(?=\d)){0,200}?[.!?](?:\s|$)"
)
_NEXT_SUBJECT = re.compile(
    r"\s*(?:(?:Founded|Launched|Started|Based|Headquartered|Established|Incorporated|Spun\sout|Led|Headed|Run)\b"
    rf"[^.!?\n]{{0,160}}?,\s)?({NAME})\s(?:is|was|has|makes|builds|develops|designs|offers|provides|sells|runs|uses)\b"
    # A person's role is no company's sentence: "Jane Doe is its founder".
    r"(?!\s(?:its|the|a|an)\s(?:[\w-]+\s)?(?:co-?founder|founder|CEO|chief|president|chairman|partner|director)\b)"
)


def indefinite_lede_company(text: str) -> str | None:
    """The name the sentence after an indefinite lede ("A ... startup has raised ...") gives as its subject, or None."""
    lede = _INDEFINITE_RAISED.search(text[:600])
    if not lede:
        return None
    m = _NEXT_SUBJECT.match(text, lede.end())
    if not m:
        return None
    name = acceptable_name(m.group(1))
    spans, persons = person_spans(text)
    return None if not name or is_person(name, m.start(1), spans, persons) else name
