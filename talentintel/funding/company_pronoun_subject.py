"""The company a French, Spanish, Portuguese, German or Italian text raises as a pronoun: "Elle lève une série A".

"Comme aux plus belles heures de 2021, Mistral AI signe deux tours en moins de 12 mois et devient licorne. Un parcours
remarquable ... Elle lève une série A de 385 M€" (tuning_batch23 cfnews; first score company 0.571 on 28 unseen
rounds): the pronoun's antecedent is the last name that opens a clause (at a sentence's start or after a comma and
followed by a lowercase verb) in the two sentences before it. `company_anaphor.pronoun_company` does this for English
"it".
"""

from __future__ import annotations

import re

from talentintel.funding.company import acceptable_name
from talentintel.funding.company_grammar import NAME
from talentintel.funding.company_persons import is_person, person_spans
from talentintel.funding.company_raise_verbs import RAISE_VERB as _VERB

_PRONOUN_RAISES = re.compile(rf"(?:\A|(?<=[.!?])\s+)(?:Elle|Il|Ella|Él|Ela|Ele|Sie|Er|Es|Lei|Lui)\s{_VERB}")
_CLAUSE_NAME = re.compile(rf"(?:\A|(?<=[.!?:]\s)|(?<=\n)|(?<=,\s))({NAME})(?=\s[a-zäöüßéèàâçãõáíóú])")
_SENTENCE_END = re.compile(r"[.!?](?=\s)")


def pronoun_subject_company(text: str) -> str | None:
    """The antecedent of a non-English subject pronoun that raised, from the two sentences before it."""
    m = _PRONOUN_RAISES.search(text)
    if not m:
        return None
    before = text[: m.start()]
    ends = [e.end() for e in _SENTENCE_END.finditer(before)]
    spans, persons = person_spans(text)
    # the sentence right before, then the one before that
    for lo, hi in (
        (ends[-2] if len(ends) > 1 else 0, len(before)),
        (ends[-3] if len(ends) > 2 else 0, ends[-2] if len(ends) > 1 else 0),
    ):
        names = [(n.start(1), acceptable_name(n.group(1))) for n in _CLAUSE_NAME.finditer(before, lo, hi)]
        names = [(s, n) for s, n in names if n and not is_person(n, s, spans, persons)]
        if names:
            return names[-1][1]
    return None
