"""Company slugs: lowercase ASCII words joined by hyphens ("hugging-face"), safe in a URL path.

python-slugify (with text-unidecode) transliterates any script ("Zürich" -> "zurich", CJK to pinyin), which a
hand-written regex over ASCII would drop. The words come from the company's dedupe key (legal and generic suffixes
gone: "Hugging Face, Inc." -> "hugging face"), so the slug stays the identity ingest and funding share.
"""

from __future__ import annotations

import hashlib
from functools import lru_cache

from slugify import slugify

from talentintel.funding import normalize_company

MAX_LENGTH = 300


def slug_of(text: str) -> str:
    """The slug of an already normalized key (or any text); never empty."""
    found = slugify(text, max_length=MAX_LENGTH, word_boundary=True)
    return found or "c-" + hashlib.sha256(text.encode()).hexdigest()[:12]


@lru_cache(maxsize=8192)
def company_slug(name: str) -> str:
    """The Company.slug of a company name."""
    return slug_of(normalize_company(name))
