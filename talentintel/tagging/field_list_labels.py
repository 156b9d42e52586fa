"""A board's labeled field list ("category: Marketing, Growth, Partnerships, NFTs") is the posting's own data.

keyword_lists.py reads a sentence of four or more short comma items as a tag cloud, words picked from a menu, and
sector.py caps its core terms as mere mentions. A list under a field label is different: the board (or its crawler)
filed this one posting under those categories, tags or skills, so a sector named there is what the listing says it
is. A crypto recruitment board's records keep only "category: Rust, Blockchain, Compliance, Trading" and a pay line
(issue 18, unseen_hs20: four listings read none, and the DeFi chip of an automated market maker's ML specialist was
lost company-blind); a Vietnamese board's "tags: Blockchain Technology, QC, Software Testing, Testers" (unseen44,
bacoor) and a Brazilian board's "tags: data scientist, deep learning, big data, machine learning" (unseen15, elo7)
are the same field.

A teaching job's tags are the subjects it teaches: a university's AI lecturer tagged "Computer Networking, Information
Security Analyst, Giáo Dục, Blockchain Technology, Giảng Dạy" (education, teaching; unseen44 hongbang) teaches
blockchain among other courses. A list with a teaching or education item keeps the cap.

Only the cap is lifted: each item is still read by the taxonomy, so a tool's chip stays a tool ("AI Tools", "ChatGPT"
and "AI-assisted" are [negative] phrases, board_badges.py blanks "AI-Friendly"), and an agency's industry chips of a
served field are blanked before (industry_chips.py).
"""

from __future__ import annotations

import re

# The labels a board or its crawler writes before a posting's own field list, English and the boards' languages
# (Vietnamese, Portuguese / Spanish, French, German, CJK), at a line's start after an optional bullet.
_LABELS = (
    r"categor(?:y|ies)|tags?|skills?|top skills|required skills|key skills|industr(?:y|ies)|sectors?|keywords?|"
    r"topics?|job categor(?:y|ies)|job tags?|kỹ năng|categorias?|categorías?|etiquetas|habilidades|compétences|"
    r"catégories?|kategorien?|schlagw(?:ö|oe)rter|标签|技能标签|职位标签|분야|태그|카테고리|タグ|カテゴリー?|スキル"
)
# An item naming teaching or education: the list is a course menu (English, Vietnamese, Portuguese / Spanish,
# French, German, CJK)
_TEACHING = re.compile(
    r"(?:^|[,:，、]\s*)(?:teaching|education|tutoring|lecturing|giảng dạy|giáo dục|ensino|educação|educación|docencia|"
    r"enseignement|éducation|lehre|bildung|教学|教育|授课|강의|교육|教育|講師)\s*(?:$|[,，、])"
)
_LABELED = re.compile(rf"^[ \t]*(?:[-*\u2022]\s*)?(?:\*\*)?(?:{_LABELS})(?:\*\*)?\s*[:：]", re.IGNORECASE)


def labeled_field_list(part: str) -> bool:
    """Whether a sentence opens with a field label ("category:", "tags:", "skills:"): a list after it is the posting's."""
    if ":" not in part[:40] and "\uff1a" not in part[:40]:
        return False  # cheap test first: most sentences carry no label
    return _LABELED.match(part) is not None and _TEACHING.search(part) is None
