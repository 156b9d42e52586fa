"""The sentences where a fund story says what it is about: the headline, the lede, and the sentence the lede leads to.

A story names its event in the headline or the first sentence after it; `fund_raise` reads its grammar there only, so
that history and context further on ("the firm's first fund closed in 2019") do not make a round a fund. Two forms
hide the lede one step further: a byline line between the headline and the body ("Des institutionnels abondent des
fonds ...\nLaurence Pochard\n\nLa région ..."), and a first sentence that only sets the scene, with no figure in it
("La région Grand Est veut muscler le financement de ses PME ... Le gérant ... Capital Grand Est annonce ainsi la
levée de deux nouveaux véhicules"). The sentence after such a lede is read too.
"""

from __future__ import annotations

import re

# Not after an initial or a company abbreviation: "New World Ventures LLC Founder J.B. Pritzker, Morningstar Inc. CEO
# Joe Mansueto ... have formed a $5.7 million fund" is one sentence (chicagobusiness-firestarter-fund).
SENTENCE_END = re.compile(
    r"(?<=[.!?])(?<![\s.][A-Z]\.)(?<!\bInc\.)(?<!\bCorp\.)(?<!\bCo\.)(?<!\bLtd\.)(?<!\bMr\.)(?<!\bMs\.)(?<!\bDr\.)"
    r"\s+(?=[A-Z\"“])"
)
# A byline: two or three capitalised words alone on their line ("Laurence Pochard"), optionally after "By".
_BYLINE = re.compile(
    r"(?:By\s)?(?:[A-ZÀ-Ý][\w'’-]+\s){1,2}[A-ZÀ-Ý][\w'’-]+|"
    # "Special to the Outlook" (capitaloutlook); a date or a time alone on its line: "February 20, 2019 12:58 pm",
    # "May 27, 2022".
    r"Special to (?:the )?(?:[A-Z][\w'’-]+\s?){1,3}|"
    r"(?:[A-Z][a-z]+\s\d{1,2},?\s\d{4}|\d{1,2}\s[A-Z][a-z]+\s\d{4})(?:\s\d{1,2}:\d{2}\s?(?:[ap]m|[AP]M)?)?"
)


_RAISE_TOLD = re.compile(
    r"\b(?:rais(?:es|ed|ing)|secur(?:es|ed)|round|series [a-h]|seed|funding|financing)\b",
    re.IGNORECASE,
)


def _skip_byline(body: str) -> str:
    line, sep, after = body.partition("\n")
    if sep and after.strip() and _BYLINE.fullmatch(line.strip()):
        return after.strip()
    return body


# A page's chrome before its headline: "Skip to content\nAll posts\n\nTwo new mega-funds pile into ..." (cretech).
_CHROME = re.compile(
    r"^(?:(?:Skip to (?:main )?content|All posts|Share this article|Advertisement|Menu|Home|Back|Search)\s*\n\s*)+"
)


def opening_sentences(text: str) -> list[str]:
    """The headline (first line) and the first sentence of what follows it: where a story says what it is about."""
    head, _, rest = _CHROME.sub("", text.strip()).partition("\n")
    headline = bool(rest.strip())
    # A text with no headline starts with a paragraph: its first sentence is the lead, the rest is context
    # ("... at $300 million ... ticket sizes from seed to Series C rounds" named a round in the second sentence).
    # A short first piece is a list number or an abbreviation ("1. Seattle VC firm Ascend raises"), not a sentence.
    pieces = SENTENCE_END.split(head, maxsplit=1)
    if len(pieces[0]) >= 40 and len(pieces) > 1:
        # In a one-paragraph text the rest of it is the body ("750 Millionen Dollar – das ist mal eine Ansage. So
        # viel hat Atomico ... eingesammelt": the second sentence says who); otherwise the next paragraph is.
        # A lede paragraph's second sentence may say who did what ("Activity around African VC firms ... continues
        # to increase. In the latest development, Ventures Platform is today announcing the first close of its $40
        # million fund."): it is read too, before the next paragraph (allafrica-ventures-platform-first-close).
        lede_next = SENTENCE_END.split(pieces[1], maxsplit=1)[0] if headline else ""
        head, rest = pieces[0], rest if headline else pieces[1]
    else:
        lede_next = ""
    parts = [head, lede_next] if lede_next else [head]
    body = _skip_byline(rest.strip()) or head
    first, *after = SENTENCE_END.split(body, maxsplit=1)
    if first != head:
        parts.append(first)
        # A scene-setting lede states no figure; the news is the next sentence of its paragraph (agefi Capital Grand
        # Est: "La région ... veut muscler le financement de ses PME ..." then "... annonce la levée de deux ...").
        # Not when the headline or the lede already tells a raise ("Acme raises Series A" then "... raised new money"):
        # the next sentence is then background (an investor's own fund).
        scene = not re.search(r"\d", first) and not _RAISE_TOLD.search(f"{head} {first}")
        if headline and after and "\n" not in first and scene:
            parts.append(SENTENCE_END.split(after[0].split("\n", 1)[0], maxsplit=1)[0])
    parts = [p[:400] for p in parts if p.strip()]
    return parts + _first_figure(text, parts)


# A lede with no figure in it sets a scene (an interview's opening quote): the story's event is the first
# sentence with a sum. "According to Framework’s co-founder Michael Anderson, the next evolution in crypto isn’t
# merely about digital currencies ..." then, in the second paragraph, "The San Francisco-based firm recently announced a
# $400 million fund" (hs20-decryptnews-framework-ventures-400m-fund-ai-robotics-tokenization, fund84: read as a round).
_FIGURE = re.compile(r"(?:[$€£¥]|US\$)\s?\d|\d\s?(?:million|billion|[mb]n?)\b", re.IGNORECASE)


def _first_figure(text: str, parts: list[str]) -> list[str]:
    # Only a text that opens on a paragraph, with no headline: under a headline the later sentences are context
    # ("Vietnam reinforces tech giant status" ... "500 Startups unveiled a US$10 million Vietnam-based fund" beside a
    # round, b23-aseaneconomist-momo-28m-500-startups-fund).
    first_line = text.strip().split("\n", 1)[0]
    if len(SENTENCE_END.split(first_line, maxsplit=1)) < 2 or any(re.search(r"\d", p) for p in parts):
        return []
    for sentence in SENTENCE_END.split(text[:1500]):
        if _FIGURE.search(sentence):
            return [sentence.split("\n")[0][:400]] if _FIGURE.search(sentence.split("\n")[0]) else []
    return []
