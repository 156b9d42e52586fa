"""Words a subject-verb reading of a fund close takes into the manager's name that are no part of it.

`fund_raise` reads the manager as the capitalized span before a raising verb. Two things reach that span that are not
the name (tuning_funds14, first score fund company 0.500): a clause's conjunction at the start of a sentence ("When
Regeneron announced a $500 million corporate venture capital fund last week, it was the first time ...") and a money
unit written against its figure ("$5M Climate Impact Fund launches ..." read "M Climate Impact Fund"); and a title-case
headline's auxiliary runs into the span ("Pakistan Set To Launch ..." read "Pakistan Set To", a place: now no manager).
"""

from __future__ import annotations

import re

# A city or nationality before the firm: "Seattle Madrona Venture Group", "Korean Kakao Ventures".
_PLACE = re.compile(r"^(?:Seattle|Madrid|Cape Town|New York|Vietnamese|Korean|Chinese|Indian)\s")
# "When X announced ...": the subordinate clause tells the event, its conjunction is not the subject's name.
_CONJUNCTION = re.compile(r"^When\s(?=[A-Z])")
# A title-case headline's auxiliary before the verb: "Pakistan Set To Launch Local-Currency Venture Capital Fund".
_AUXILIARY = re.compile(r"\s(?:(?:Is|Are)\s)?(?:Set|Plans?|Aims?|Looks?|Moves?|Seeks?|Poised)?\s?To$")


def lead_trimmed(span: str) -> str:
    """The subject span less a leading conjunction, a leading place word and a trailing headline auxiliary."""
    return _AUXILIARY.sub("", _PLACE.sub("", _CONJUNCTION.sub("", span)))


def after_figure(sentence: str, start: int) -> bool:
    """The span starts right after a digit: a unit of the figure before it ("$5M", "$2B"), not a name."""
    return start > 0 and sentence[start - 1].isdigit()
