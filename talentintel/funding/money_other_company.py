"""An amount another company raised, told for comparison (issue 13, tuning_batch19; branch fund26).

"In April, another China-based firm, SenseTime, announced that it had raised $600 million through its own series-C
funding round" (b19-mobileidworld-yitu): the sentence says the raiser is another company than the text's, so its
amount and stage are not the deal's. The words before the amount in its sentence are read back further than the
raise-verb window, since the descriptor ("another China-based firm, SenseTime,") comes first.
"""

from __future__ import annotations

import re

_ANOTHER = re.compile(
    r"\b(?:another|a\srival|a\scompetitor|rival|competitor)\s(?:[\w-]+\s){0,3}?"
    r"(?:firm|company|startup|start-up|unicorn|player|lab|developer|maker|provider|platform|exchange)\b"
)


def told_of_another(text: str, start: int) -> bool:
    """The sentence up to the amount at `start` says another company raised it ("another China-based firm, X, ...")."""
    before = text[max(0, start - 160) : start]
    before = re.split(r"(?<=[.;!?])\s|\n", before)[-1]
    return bool(_ANOTHER.search(before))
