"""A lead list inside the round's subject ends at the round's own verb: "The round led by B Capital Group saw
participation from Altak Park Capital ..." (fund67).

"The round led by X, a US private equity firm, reaffirmed Flutterwave" (b37-technext-nigeria-top5-2022-flutterwave)
read X, its appositive stopping the list; without the comma the list ran on into the main clause, "The round led by
Foo Ventures saw participation from Bar Capital and Baz Partners" read the participants for the leads (SYNTHETIC probe
of the batch's construction). `lead_phrases.LIST_STOP` stops at ", saw" with its comma; here the round is the
sentence's subject, so the first finite verb after the names is the main clause's.
"""

from __future__ import annotations

import re

# The round as the subject, just before "led by": "The round", "The Series D round", "This $250 million financing".
_ROUND_SUBJECT = re.compile(
    r"(?:^|[.!?]\s+|\n)(?:The|This|Its|Their)\s(?:[\w$.,-]+\s){0,3}?(?:round|raise|financing|funding|investment)\s$"
)
# Lower-case finite verbs only: a name never holds them lower-cased ("led by Foo Ventures saw ...").
_MAIN_VERB = re.compile(
    r"\s(?:also\s)?(?:saw|sees|drew|draws|attracted|attracts|included|includes|featured|features|brought|brings|"
    r"reaffirmed|reaffirms|marks|marked|values|valued|comes|came|follows|followed|takes|took|was|is|has|had|will|"
    r"pushes|pushed|lifts|lifted|boosts|boosted|makes|made|gives|gave)\b"
)


def subject_clip(text: str, trigger_start: int, listed: str) -> str:
    """`listed` (the names after "led by") cut at the main verb when the round before "led by" is the subject."""
    if not _ROUND_SUBJECT.search(text[max(0, trigger_start - 80) : trigger_start]):
        return listed
    verb = _MAIN_VERB.search(listed)
    return listed[: verb.start()] if verb else listed
