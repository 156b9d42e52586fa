"""A submission form's yes/no question about a place, answered no, names no place: "### Is this position based in the
USA?\\n\\nNo, it's international." (issue 18, unseen_hs8 hs8t-speedyapply-parallaxpro-ai, github
speedyapply/2027-SWE-College-Jobs: a "Remote" listing read us from the question's "based in the USA"). Answered yes,
the question still states the place, and is left alone.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# a question on a line of its own (a markdown heading too), then blank lines, then the answer's first word
_QUESTION = re.compile(r"^[ \t#*]*([^\n?]{3,160}\?)[ \t*]*\n(?:[ \t]*\n)*[ \t>*-]*(\w+)", re.MULTILINE)
_NO = frozenset({"no", "não", "nao", "nein", "non", "nope", "não,", "否", "아니요", "いいえ"})


@dataclass(frozen=True)
class DeclinedQuestion:
    """A question line answered no: its span in the text."""

    start: int
    end: int


def declined_questions(text: str) -> list[DeclinedQuestion]:
    """Each question line whose answer opens with a no word."""
    if "?" not in text:  # cheap test first
        return []
    return [DeclinedQuestion(m.start(1), m.end(1)) for m in _QUESTION.finditer(text) if m.group(2).lower() in _NO]


def without_declined_questions(text: str) -> str:
    """The text with every question answered no blanked, same length."""
    found = declined_questions(text)
    if not found:
        return text
    out = list(text)
    for question in found:
        out[question.start : question.end] = " " * (question.end - question.start)
    return "".join(out)
