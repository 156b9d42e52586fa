"""What page furniture and headline description put before a raising company's name (issue 13, tuning_batch15).

Three classes of text seen on unseen publishers, none of them part of the name:
- an editorial label glued to the first sentence: "Quick Take Cap has raised $8 million" (The Block's summary box as
  an app copies it), "Key Takeaways Acme raised", "TL;DR Acme", "In Brief: Acme";
- a title-case description ending in "Project" before the name: "$8M Round for Stablecoin Project Cap" ("Project"
  opening a name, "Project Kuiper", stays);
- a "<Place>-based" adjective followed by a lower-case description: "its Series B investment in Bengaluru-based online
  lending platform EarlySalary" (the span stopped at "Bengaluru-based", which names a place, not the raiser).
"""

from __future__ import annotations

import re

# Summary-box and section labels news pages print before the story's first sentence.
_LABEL = re.compile(
    r"^(?:Quick\sTakes?|Key\sTakeaways?|Key\sPoints|TL;?DR|In\sBrief|At\sa\sGlance|Highlights|The\sGist|"
    r"Bottom\sLine|In\sShort|What\sHappened|Top\sStory|Summary|Snapshot)[:.\-–—]?\s+(?=\S)"
)
# A headline's description of the raiser, closed by "Project": the name follows it.
_PROJECT_DESCRIPTION = re.compile(r"^(?:[A-Z][\w-]*\s){1,3}Project\s(?=[A-Z0-9])")
_PLACE_ADJECTIVE = re.compile(r"[A-Z][\w.'’]*(?:\s[A-Z][\w.'’]*)?-(?:based|headquartered)")
_TOKEN = r"[A-Z0-9][\w&'’+-]*(?:\.[\w&'’+-]+)*"  # a dot inside a token ("io.net"), never the sentence's full stop
# After a "<Place>-based" span: up to six lower-case description words, then the name's capitalised run.
_NAME_AFTER_DESCRIPTION = re.compile(
    r"\s(?:[a-z][\w&-]*\s){1,6}(" + _TOKEN + r"(?:\s(?:of\s|&\s)?" + _TOKEN + r"){0,3})"
)


def strip_page_labels(name: str) -> str:
    """`name` without a summary-box label or a "... Project" description before it."""
    name = _LABEL.sub("", name)
    return _PROJECT_DESCRIPTION.sub("", name)


def is_place_adjective(name: str) -> bool:
    """ "Bengaluru-based", "San Francisco-headquartered": where a company sits, never a company."""
    return bool(_PLACE_ADJECTIVE.fullmatch(name))


def past_place_description(text: str, start: int, end: int) -> tuple[int, int]:
    """The span of the name a "<Place>-based <description>" span describes, or the span unchanged."""
    if not is_place_adjective(text[start:end]):
        return start, end
    m = _NAME_AFTER_DESCRIPTION.match(text, end)
    return (m.start(1), m.end(1)) if m else (start, end)
