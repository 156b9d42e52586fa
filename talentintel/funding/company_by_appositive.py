"""A subject with a "founded by / backed by A and B" appositive before its verb: the subject raised, not the last
name of the list.

"Variance, co-founded by Karine Mulada and Michael, has officially emerged from three years of stealth mode,
announcing a $21 million Series A funding round" (b38-summarize-variance-21m-series-a) read "Michael" as the subject of
"has officially emerged": the founders' list ends with a name the comma closes, right before the verb. Feeds write
this aside for founders ("founded by", "started by"), backers ("backed by", "funded by") and incubators alike.
"""

from __future__ import annotations

import re

from talentintel.funding import company_grammar as grammar

# The participle of the aside and its "by"; a year may sit between ("founded in 2021 by").
_BY = (
    r"(?i:(?:co-?)?founded|backed|funded|led|run|started|created|built|incubated|spun\sout|launched)"
    r"(?:\s(?:in|back\sin)\s\d{4})?\s(?i:by)\s"
)
# What the subject did after the aside: a raise, a report of one, or an emergence from stealth.
_VERB = (
    r"(?:has\s|have\s|had\s)?(?:(?:just|now|today|officially|recently|reportedly|also)\s)?"
    r"(?:raised|raises|secured|secures|closed|closes|landed|lands|bagged|announced|announces|emerged|emerges|"
    r"completed|completes|received|receives|attracted|picked\sup|pulled\sin|unveiled)\b"
)
SUBJECT = re.compile(rf"(?<![\w$])({grammar.NAME}),\s{_BY}([^.;:\n]{{3,120}}?),\s{_VERB}")
# ... and the same aside without its commas, a reduced relative: "Web3 gaming and entertainment company Metatheory
# founded by Twitch co-founder Kevin Lin has raised $24 million" (b28-howdybitcoin-metatheory-24m) read the founder.
BARE = re.compile(rf"(?<![\w$])({grammar.NAME})\s{_BY}([^.;:,\n]{{3,80}}?)\s{_VERB}")
PATTERNS = (SUBJECT, BARE)


def drop_listed(text: str, found: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """Without the names inside the "by ..." list of such an aside: "Michael, has officially emerged" is a founder
    closing the list, not the subject."""
    for m in (*SUBJECT.finditer(text), *BARE.finditer(text)):
        found = [(s, n) for s, n in found if not m.start(2) <= s < m.end(2)]
    return found
