"""A US state named in running text places an on-site job that names no other place: "an active drilling and
exploration program at a mining project in the Carlin Trend of Nevada" is the US (issue 18: unseen21's Turner Staffing
geologist read as no place; the free-text scan reads countries, region words and big cities only). The state must
follow a preposition of place ("in", "of", "at", "near", "across", "throughout"), and the employer's incorporation
("a Delaware corporation", "incorporated in Delaware", "the laws of New York") places no job. Georgia is left to the
country / state reading of us_georgia; remote jobs are not read here (a pay notice's states restrict nothing)."""

from __future__ import annotations

import re
from functools import cache

from talentintel.tagging.gazetteer import gazetteer

_LEGAL = re.compile(r"\b(?:incorporated|registered|organized|laws|corporation|chartered|licensed)\b[^.\n]{0,20}$", re.I)


@cache
def _states() -> str:
    names = sorted(
        (k for k in gazetteer().us_states if len(k) > 2 and k not in ("georgia", "district of columbia")),
        key=len,
        reverse=True,
    )
    return "|".join(" ".join(w.capitalize() for w in name.split()) for name in names)


@cache
def _pattern() -> re.Pattern[str]:
    return re.compile(rf"\b(?:in|of|at|near|across|throughout)\s+(?:the\s+state\s+of\s+)?({_states()})\b")


# The states alone, first: a pattern that opens with a capital's class lets the regex engine skip to where a name can
# start, where the preposition's "\b" is tried at every place. Most texts name no state: ~30 us -> ~5 us a description
# on bench_tagging (tagperf4); a text with a state is read by _pattern as before.
@cache
def _any_state() -> re.Pattern[str]:
    return re.compile(_states())


def us_state_in_text(text: str) -> str | None:
    """The first US state the text places something in, outside incorporation clauses."""
    head = text[:6000]
    if not _any_state().search(head):
        return None
    for match in _pattern().finditer(head):
        if not _LEGAL.search(head, max(0, match.start() - 40), match.start()):
            return match.group(1)
    return None
