"""The employer's "About us" paragraph inside a posting's text: what the company says it is, in several languages.

Postings at companies no list names often carry the only company knowledge we will get in a section of their own
("About Goodfire", "Who we are", "关于我们", "회사 소개", "会社概要", "Über uns"), at the top or at the bottom of the
text. That section describes the employer, not the job, so it is read like a company description (company.py):
its words make the employer's accountant a crypto or an AI job. The role's own sections ("About the role",
"Responsibilities", "岗位职责", "주요업무", "業務内容") end it.

Pure and cheap: one regex search over the first ABOUT_SCAN characters; most postings have no such heading.
"""

from __future__ import annotations

import re

from talentintel.tagging.post_header import post_header
from talentintel.tagging.self_description import BUILDER_MARKER

ABOUT_SCAN = 20_000  # the About section sits at the top or the bottom; real postings stay under this
ABOUT_CHARS = 1_500  # what the section may hold before it is cut (a company blurb is a paragraph or two)

# Headings that open a company section, on a line of their own start (after a bullet or "#" at most). Lines are
# tried one by one with an anchored match: a search over the whole text cost ~7% of tagging time.
_BULLETS = " \t•·▪●#*"
_FIXED = re.compile(
    r"(?:about\s+(?:us|the\s+company|our\s+company|the\s+project|our\s+project)|who\s+(?:we\s+are|are\s+we)|"
    r"company\s+(?:overview|description|profile)|our\s+(?:company|mission|story)|über\s+uns|qui\s+sommes[- ]nous|"
    r"à\s+propos\s+de\s+nous|sobre\s+(?:nosotros|nós)|quiénes\s+somos)\b|"
    r"关于我们|公司介绍|公司简介|企业介绍|公司概况|關於我們|公司簡介|회사\s?소개|기업\s?소개|会社概要|会社紹介|企業紹介|私たちについて",
    re.IGNORECASE,
)
# "About" + a capitalised name ("About Goodfire", "ABOUT APOLLO RESEARCH"), or "about <name>" alone on its line;
# not "About the role" or "About you": case matters here, so this one is case-sensitive.
_NAMED = re.compile(
    r"(?:About|ABOUT)\s+(?!(?i:the|this|you|our\s+team|role|team|job|position)\b)[A-Z0-9][\w.&'-]*"
    r"|(?i:about)[ \t]+(?!(?i:the|this|you|us|our|role|team|job|position)\b)[^\s:]+[ \t]*$"
)


# The job's own sections end the company's: a line that starts with one (any case), or a capitalised one inline
# (flattened text: "...and others. About the role We're hiring..."). Literal alternatives: this runs on every
# posting that has an About paragraph.
_ROLE_LINE = re.compile(
    r"(?:about\s+(?:the\s+)?(?:role|team|job|position|opportunity|you)\b|the\s+role\b|"
    r"(?:key\s+)?responsibilities\b|what\s+you(?:'ll|\s+will)\s+do\b|your\s+(?:role|mission)\b|requirements\b|"
    r"qualifications\b|job\s+description\b|role\s+summary\b|the\s+opportunity\b|aufgaben\b|vos\s+missions\b)",
    re.IGNORECASE,
)
_ROLE_INLINE = re.compile(
    r"About [Tt]he (?:[Rr]ole|[Tt]eam|[Pp]osition|[Oo]pportunity)|The [Rr]ole\b|What [Yy]ou'll [Dd]o|Responsibilities|"
    r"Requirements|Your [Rr]ole\b|岗位职责|职位描述|工作职责|主要职责|任职要求|岗位要求|岗位名称|职位名称|招聘岗位|在招岗位|热招岗位|"
    r"招聘职位|담당\s?업무|주요\s?업무|자격\s?요건|"
    r"業務内容|仕事内容|応募資格"
)
_ROLE_FIRST = frozenset("AaTtKkRrWwYyQqJjVv")


# A text that opens with the employer saying what it is ("Cartesia is looking to build...", "The Center for AI Safety
# (CAIS) is a leading research...") has its About paragraph first, without a heading.
_LEADING_VERB = re.compile(
    r"[^.\n]{0,40}?\b(?:is|are|we're|we\s+are|we\s+build|was\s+founded|builds|develops|provides|offers|operates|helps|"
    r"enables|creates|makes)\b"
)


def about_section(text: str, company: str | None = None) -> str:
    """The company's About paragraph in the posting text, or "" when it has none."""
    if not text:
        return ""
    scan = text[:ABOUT_SCAN]
    head = _heading(scan)
    if head is not None:
        return _until_role(scan[head[0] :], head[1])
    lead = _company_lead(scan, company)
    return _until_role(scan[lead:], 0) if lead >= 0 else ""


# The first letters a heading can start with: most lines are skipped on one set lookup, not two regex matches.
_FIRST = frozenset("AaWwCcOoÜüQqÀàSs关公企關회기会私")


def _heading(text: str) -> tuple[int, int] | None:
    """(where the first company heading starts, its length), or None."""
    at = 0
    for line in text.split("\n"):
        start = len(line) - len(line.lstrip(_BULLETS))
        if line[start : start + 1] in _FIRST:
            found = _FIXED.match(line, start) or _NAMED.match(line, start)
            if found is not None:
                return at + start, found.end() - start
        at += len(line) + 1
    return None


# A community post's paragraph under its header line, in the employer's first person: "We're building...",
# "We are a small team...", "Our protocol...", "我们是一家…", "저희는 …를 만드는…", "私たちは…".
_FIRST_PERSON = (
    "we're ",
    "we are ",
    "we build",
    "we make ",
    "we develop",
    "our mission",
    "our protocol",
    "our platform",
    "我们是",
    "我们正在",
    "我们致力于",
    "저희는",
    "우리는",
    "私たちは",
)


def _company_lead(text: str, company: str | None) -> int:
    """Where the text opens with "<Company> is/builds ..." or with the employer's first person, or -1; a community
    post's "Company | Role | Place" header line before it is skipped. (A CJK opening by name, "두나무는 ...",
    "某某是一家...", is left to sector.intro_sectors, which already reads it as the employer's self-description.)"""
    name = (company or "").strip().lower()
    offset = len(text) - len(text.lstrip())
    if post_header(text[offset : offset + 400]) is not None:
        line_end = text.find("\n", offset)
        if line_end < 0:
            return -1
        offset = line_end + 1 + len(text[line_end + 1 :]) - len(text[line_end + 1 :].lstrip())
    head = text[offset : offset + 300]
    low = head.lower()
    if low.startswith(_FIRST_PERSON) or (low.startswith("we") and BUILDER_MARKER.match(low)):
        return offset  # "We proudly build ..." (unseen_hs5) opens the About paragraph as "We build" does
    for prefix in (name, "the " + name, "at " + name):
        if len(name) >= 3 and low.startswith(prefix) and _LEADING_VERB.match(head, len(prefix)):
            return offset
    return -1


def _until_role(body: str, skip: int) -> str:
    body = body[: ABOUT_CHARS * 2]
    stop = len(body)
    inline = _ROLE_INLINE.search(body, skip)
    if inline is not None:
        stop = inline.start()
    at = 0
    for line in body[:stop].split("\n"):
        start = len(line) - len(line.lstrip(_BULLETS))
        if at + start >= skip and line[start : start + 1] in _ROLE_FIRST and _ROLE_LINE.match(line, start):
            stop = at + start
            break
        at += len(line) + 1
    return body[: min(stop, ABOUT_CHARS)].strip()
