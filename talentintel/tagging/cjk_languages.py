"""A place name that names a language is no place: "日本語能力" (Japanese ability), "中国語", "上海語", "한국어",
"일본어". Japanese and Chinese write a language as the place + 語/语, Korean as the country + 어 (issue 18, unseen39
un39-0hn0-exawizards: "ビジネスレベル以上の日本語能力をお持ちの方" read Japan in a posting that names no place).
README: languages are not places ("German speaking").

Korean 어 is taken only after a country's name: after a city it starts other words ("서울어린이대공원", Seoul Children's
Grand Park)."""

from __future__ import annotations

_HAN_LANGUAGE = frozenset("語语")
# Hangul country names whose + 어 is the language (한국어, 일본어, 중국어, 영어 has no place name in it).
_KOREAN_LANGUAGE_COUNTRIES = frozenset({"한국", "일본", "중국", "독일", "프랑스", "베트남", "태국", "러시아", "스페인"})


def names_language(run: str, name: str, end: int) -> bool:
    """Whether the place `name`, ending at `end` of the CJK `run`, is the stem of a language's name there."""
    after = run[end : end + 1]
    if after in _HAN_LANGUAGE:
        return True
    return after == "어" and name in _KOREAN_LANGUAGE_COUNTRIES
