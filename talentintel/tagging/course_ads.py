"""A training course's ad lists its curriculum's subjects: "[국비무료IT취업]자바파이썬/웹개발/빅데이터/인공지능" recruits
trainees (its employment type reads 교육생) for a state-funded course in Java and Python, web development, big data and
AI, and "IT[AI·SW] / 품질관리[바이오·이화학] 취업실무교육 모집" one in IT (AI, software) and quality control (unseen31: both
read as ai from the title's AI word). An AI or crypto word that is one subject among two or more that are neither is a
subject on the syllabus, like "涵盖人工智能、区块链、大数据等领域" in a company's pitch, not the job.

A course is marked by its own words: 국비 (state-funded), 교육생 / 훈련생 / 수강생 (trainees), 부트캠프, 양성과정,
취업실무교육, 무료교육. The title's subjects are its parts between slashes, middle dots, commas and brackets; a part
that holds the course word itself ("취업실무교육 모집") is no subject. Without a course word a slash list stays a title
("딥러닝/3D 비전/Data Scientist" is an AI job), and a course on AI alone ("[국비] AI/딥러닝/머신러닝 개발자 양성과정") keeps it.
"""

from __future__ import annotations

import re

from talentintel.tagging import sector as sector_rules

_COURSE = re.compile(r"국비|교육생|훈련생|수강생|부트캠프|양성\s*과정|취업실무교육|무료\s*교육")
_PARTS = re.compile(r"[/·,，\[\]()（）【】]")
_MIN_OTHER = 2


def _has_sector_word(part: str) -> bool:
    return bool(sector_rules.sentence_hits(part.lower(), sentences=False))


def without_course_fields(title: str, text: str) -> str:
    """The title without the sector words of a course's subject list (see the module doc); unchanged otherwise."""
    if not _PARTS.search(title):
        return title  # cheap test first: no list, nothing to drop
    head = text[:2000]
    # every _COURSE word is Hangul, which an ASCII string holds none of: its search over 2 KB cost ~5 us a posting
    if not ((not title.isascii() and _COURSE.search(title)) or (not head.isascii() and _COURSE.search(head))):
        return title
    subjects = [p.strip() for p in _PARTS.split(title) if p.strip() and not _COURSE.search(p)]
    taught = [p for p in subjects if _has_sector_word(p)]
    if not taught or len(subjects) - len(taught) < _MIN_OTHER:
        return title
    pieces = re.split(f"({_PARTS.pattern})", title)  # the separators kept, each subject dropped where it stands
    return " ".join("".join(p if p.strip() not in taught else " " for p in pieces).split())
