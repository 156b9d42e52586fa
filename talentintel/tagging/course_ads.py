"""A training course's ad lists its curriculum's fields: "[국비무료IT취업]자바파이썬/웹개발/빅데이터/인공지능" recruits
trainees (its employment type reads 교육생) for a state-funded course in Java and Python, web development, big data and
AI (unseen31: read as ai from the title's 인공지능). An AI or crypto word that is one item of such a list, beside two or
more items that are neither, is a subject on the syllabus, like "涵盖人工智能、区块链、大数据等领域" in a company's pitch,
not the job.

A course is marked by its own words: 국비 (state-funded), 교육생 / 훈련생 / 수강생 (trainees), 부트캠프, 양성과정,
취업실무교육, 무료교육. Without such a word a slash list stays a title ("딥러닝/3D 비전/Data Scientist" is an AI job).
"""

from __future__ import annotations

import re

from talentintel.tagging import sector as sector_rules

_COURSE = re.compile(r"국비|교육생|훈련생|수강생|부트캠프|양성\s*과정|취업실무교육|무료\s*교육")
_LIST = re.compile(r"[^\s/·\[\]【】()]+(?:\s*[/·]\s*[^\s/·\[\]【】()]+){2,}")
_MIN_ITEMS = 3
_MIN_OTHER = 2


def _curriculum(items: list[str]) -> bool:
    """Whether a sector word is one item among at least _MIN_OTHER items without one."""
    with_sector = [bool(sector_rules.sentence_hits(x.lower(), sentences=False)) for x in items]
    return any(with_sector) and with_sector.count(False) >= _MIN_OTHER


def without_course_fields(title: str, text: str) -> str:
    """The title without a course's list of fields (see the module doc); unchanged for any other posting."""
    if "/" not in title and "·" not in title:
        return title  # cheap test first: no list, nothing to drop
    if not (_COURSE.search(title) or _COURSE.search(text[:2000])):
        return title
    for match in _LIST.finditer(title):
        items = [x.strip() for x in re.split(r"[/·]", match.group()) if x.strip()]
        if len(items) >= _MIN_ITEMS and _curriculum(items):
            return " ".join((title[: match.start()] + " " + title[match.end() :]).split())
    return title
