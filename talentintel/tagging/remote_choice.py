"""Remote work offered beside a local place: the candidate chooses, the place restricts nothing (README region rules 7
and 12; issue 18, unseen_hs8: five Sigma Prime roles, github sigp/positions-vacant, read oceania where the label is
global).

The world says it as a choice ("free to choose between being remote or local in Sydney", "the flexibility of remote
work or a local presence in Sydney", "allows for both remote and local placement in Sydney", "Remoto ou Escritório,
Salvador/BA") or as a local preference next to a remote culture ("while local candidates are preferred, remote work is
an essential part of our company culture"). A hybrid week ("Hybrid work environment: ... our Berlin office and
remotely") is no choice: the office is the place (README rule 13), so "hybrid" is never read here.

Returns the sentence (or clause) that offers remote work, so the caller can blank it before the place scan: the places
in it are offices on offer, not restrictions.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from talentintel.tagging.place_gates import FOLDS

# "remote" and "local/office/on-site" joined by "or" / "and" (either order), a few words apart, in one clause
_CHOICE = re.compile(
    r"\b(?:remote(?:ly)?|remoto|remota)\b(?:\s+\w+){0,2}\s+(?:or|and|ou|o|y|e)\s+(?:\w+\s+){0,3}?"
    r"(?:local(?:ly)?|on-?site|in[- ]office|office|offices|hubs?|escrit[óo]rio|oficina|presencial)\b"
    r"|\b(?:local(?:ly)?|on-?site|in[- ]office|office|escrit[óo]rio|oficina|presencial)\b(?:\s+\w+){0,2}\s+"
    r"(?:or|ou|o)\s+(?:fully\s+)?(?:remote(?:ly)?|remoto|remota)\b",
    re.IGNORECASE,
)
# "while local candidates are preferred, remote work is an essential part of our company culture"
_PREFERRED_LOCAL = re.compile(
    r"\blocal (?:candidates|applicants) (?:are|is) (?:preferred|a plus|welcome)\b[^.]{0,40}\bremote\b", re.IGNORECASE
)
# "We're based in Seattle, but open to hybrid or remote if it's the right fit" (unseen_hs16, Vercept): the seat, then
# remote work on offer
_OPEN_TO_REMOTE = re.compile(
    r"\bbased in\b[^.!?\n]{1,60}?\bbut (?:(?:we(?:['’]re| are) |are )?(?:also )?)?open to (?:hybrid or |hybrid/)?"
    r"(?:fully )?remote\b",
    re.IGNORECASE,
)
# The same choice in Chinese: "你可以选择成都、杭州、新加坡、香港、北京等多个办公地入职，或也可以选择远程", "公司总部位于新加坡，你
# 也可以选择在家远程办公" (unseen_hs9, Rust magazine job posts read asia where the label is global; tag65): a choosing
# verb (选择 / 選擇) before remote work in the clause, or remote as the other member of an "or" (或 / 或者). A remote
# job that is merely allowed ("支持远程办公", "视情况也可远程") keeps its place (unseen11 labels).
_CJK_CHOICE = re.compile(
    r"(?:选择|選擇)[^，,。！？!?；;\n]{0,8}?(?:远程|遠端|遠程)|(?:或者|或)(?:也)?(?:可以|可)?(?:选择|選擇)?(?:远程|遠端|遠程)"
)
# the clause must not be a hybrid week or a restriction on where the remote worker sits ("hybrid or remote" offers
# the plain remote alternative: README region rule 13)
_NOT_CHOICE = re.compile(
    r"\bhybrid(?!\s+or\s+(?:fully\s+)?remote)|h[íi]brido|\bonly\b|\bmust\b|\brequired\b|\bdays? (?:a|per) week"
    r"|仅限|僅限|必须|必須|混合办公|混合辦公",
    re.IGNORECASE,
)
_CUES = ("remot", "远程", "遠端", "遠程")


@dataclass(frozen=True)
class RemoteChoice:
    """A clause offering remote work beside a local place: its span in the text and its words."""

    start: int
    end: int
    text: str


# a sentence ends at ". ", "!", "?" or a paragraph break or a list item's start; a single newline is a wrapped line
# (the Sigma Prime files wrap their Location paragraph at 80 columns)
_BREAK = re.compile(r"[.!?](?:\s|$)|[。！？]|\n\s*\n|\n\s*(?:[*•#-]|\d+[.)])\s")


def _sentence_around(text: str, at: int) -> tuple[int, int]:
    start = 0
    for found in _BREAK.finditer(text, max(0, at - 400), at):
        start = found.end()
    after = _BREAK.search(text, at)
    return start, after.start() + 1 if after else len(text)


# Substrings (lowercased) every match of _CHOICE holds, and every match of _PREFERRED_LOCAL: a text "remote" is in
# runs only the patterns it can match (each an IGNORECASE scan of up to 6,000 characters from every place). What
# IGNORECASE matches to a letter but lowercasing does not make that letter (place_gates.FOLDS) sends a text to both.
_OFFICE_WORDS = ("local", "onsite", "on-site", "office", "hub", "escrit", "oficina", "presencial")
_PREFERRED_WORDS = ("local ",)
_OPEN_WORDS = ("open to",)
_CJK_CHOICE_WORDS = ("选择", "選擇", "或")


def _patterns(head: str, low: str) -> list[re.Pattern[str]]:
    if any(c in head for c in FOLDS):
        return [_CHOICE, _PREFERRED_LOCAL, _OPEN_TO_REMOTE, _CJK_CHOICE]
    return [
        p
        for p, words in (
            (_CHOICE, _OFFICE_WORDS),
            (_PREFERRED_LOCAL, _PREFERRED_WORDS),
            (_OPEN_TO_REMOTE, _OPEN_WORDS),
            (_CJK_CHOICE, _CJK_CHOICE_WORDS),
        )
        if any(w in low for w in words)
    ]


def remote_choices(text: str) -> list[RemoteChoice]:
    """Every sentence of text that offers remote work as a choice beside a local place (empty when none)."""
    head = text[:6000]
    low = head.lower()
    if not any(cue in low for cue in _CUES):  # cheap test first: most texts never say "remote"
        return []
    out: list[RemoteChoice] = []
    for pattern in _patterns(head, low):
        for match in pattern.finditer(head):
            start, end = _sentence_around(head, match.start())
            sentence = head[start:end]
            if _NOT_CHOICE.search(sentence) or any(c.start == start for c in out):
                continue
            out.append(RemoteChoice(start, end, sentence.strip()))
    return out


def without_choices(text: str, choices: list[RemoteChoice]) -> str:
    """The text with the choice sentences blanked, same length (offsets of later scans hold)."""
    out = list(text)
    for choice in choices:
        out[choice.start : choice.end] = " " * (choice.end - choice.start)
    return "".join(out)
