"""The fund manager named where `fund_raise`'s subject-verb grammar cannot reach it (session 6's holdout, tuning_hs6).

Two forms of the world's fund stories:
- a lede whose subject carries a long appositive, with commas and figures inside it, before the verb or before a
  sentence that refers back to it: "Precursor Ventures, a 3.5-year-old, seed-stage investment firm in San Francisco,
  just closed its second fund" (the grammar read "San Francisco"); "Electric Capital, a crypto venture capital firm,
  has made it to the big leagues. The Bay Area investment business announced ... it has raised $1 billion";
- a planned launch: "Venture capital fund and business accelerator Motus Ventures will launch a new fund".
"""

from __future__ import annotations

import re
from collections.abc import Callable

_NAME = r"(?:[A-Z][\w&.'’-]*\s){0,3}[A-Z][\w&.'’-]*"
_FIRM_NOUN = r"(?:firm|business|investor|manager|fund|VC|accelerator|company|house|backer)"
_RAISE_VERB = (
    r"(?:rais(?:ed|es)|clos(?:ed|es)|launch(?:ed|es)|announc(?:ed|es)|unveil(?:ed|s)|complet(?:ed|es)|secur(?:ed|es)|"
    r"held|reached|hit)\b"
)
# "Name, a <description naming a firm>, ...": the description may hold commas and decimals ("a 3.5-year-old,
# seed-stage investment firm in San Francisco,"); it ends at the comma after its firm noun.
_APPOSITIVE = re.compile(rf"^[-–•*\s]*({_NAME}),\s(?:a|an)\s[^\n]{{0,120}}?\b{_FIRM_NOUN}\b[^,.\n]{{0,60}},\s")
_VERB_NEXT = re.compile(
    rf"(?:has\s|have\s|had\s)?(?:just\s|officially\s|today\s|now\s|recently\s|quietly\s|finally\s)?{_RAISE_VERB}"
)
# "The Bay Area investment business announced on Tuesday that it has raised": a definite description of a firm as the
# next sentence's subject refers back to the firm the lede named.
_REFERS_BACK = re.compile(
    rf"[.!?]\s*The\s(?:[\w-]+\s){{0,4}}?{_FIRM_NOUN}\s(?:[\w,]+\s){{0,4}}?{_RAISE_VERB}|"
    rf"[.!?]\s*The\s(?:[\w-]+\s){{0,4}}?{_FIRM_NOUN}\s(?:[\w,]+\s){{0,4}}?(?:said|says)\s(?:[\w,]+\s){{0,4}}?"
    rf"it\s(?:has\s)?{_RAISE_VERB}"
)
# "Venture capital fund and business accelerator Motus Ventures will launch a new fund": the name next to the verb.
_PLANNED_LAUNCH = re.compile(
    rf"({_NAME})\s(?:will|plans\sto|is\sset\sto|intends\sto|is\spreparing\sto|is\sto)\s(?:launch|raise|open|debut)\s"
    r"(?:a|an|its)\s(?:new\s|second\s|third\s|fourth\s|fifth\s|first\s|debut\s)?(?:[\w$.,-]+\s){0,4}?funds?\b"
)
_NOT_NAME = re.compile(r"^(?:The|A|An|This|It|Its|We|They|He|She|In|On|Last|Today)\b")


def appositive_manager(sentences: list[str]) -> str | None:
    """The lede's subject described as a firm, when the raising verb follows the description or the next sentence
    refers back to it with "The ... firm"."""
    for i, sentence in enumerate(sentences[:2]):
        m = _APPOSITIVE.match(sentence)
        if not m or _NOT_NAME.match(m.group(1)):
            continue
        # The referring sentence may be the next one once the text's "leagues.The" is spaced apart.
        rest = " ".join([sentence[m.end() :], *sentences[i + 1 : i + 2]])
        if _VERB_NEXT.match(rest) or _REFERS_BACK.search(rest[:300]):
            return m.group(1)
    return None


def planned_launch_manager(sentences: list[str]) -> str | None:
    """The firm that will launch a fund, named next to "will launch a new fund" in the opening."""
    for sentence in sentences[:3]:
        m = _PLANNED_LAUNCH.search(sentence)
        if m and not _NOT_NAME.match(m.group(1)):
            return m.group(1)
    return None


def around_grammar(sentences: list[str], grammar: Callable[[], str | None]) -> str | None:
    """The appositive subject before the subject-verb grammar (which reads a place inside the appositive), the
    planned launch after it."""
    return appositive_manager(sentences) or grammar() or planned_launch_manager(sentences)
