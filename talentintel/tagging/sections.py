"""A posting's sections: which of its lines sit under a "nice to have" or benefits header.

Job sites and community posts write their ads in headed sections — 주요업무 / 자격요건 / 우대사항 / 혜택 및 복지
(Korean boards), 岗位职责 / 任职要求 / 加分项 / 福利 (Chinese posts), 業務内容 / 必須スキル / 歓迎スキル (Japanese),
Responsibilities / Requirements / Nice to have / Benefits. A sector word under a duty header says what the job does;
the same word under "nice to have" ("블록체인 경험 우대", "有 AI 项目经验者加分") or among the perks ("AI 도구 구독 지원")
says what else would be welcome, and counts as a mention only.
"""

from __future__ import annotations

import functools
import re
import tomllib
from collections.abc import Iterable

from talentintel.tagging.header_forms import (
    WISH_HEADER_CHARS,
    glued_tail,
    unqualified,
    wish_phrase_header,
    without_qualifier,
)
from talentintel.tagging.sentence_memo import kept_per_line
from talentintel.tagging.taxonomy import taxonomy_path

# Bullets, brackets and markdown marks a header line is wrapped in: "## 우대사항", "【加分项】", "[우대 사항]", "■ 福利".
_WRAP = " \t#*-•·▪●■□◆◇▶►>※【】[]「」『』()（）<>〈〉《》|:：_="
# A header may carry its first item on the same line: "加分项：有 DeFi 经验", "Nice to have: Rust".
_COLON = re.compile(r"[:：]")
HEADER_MAX_CHARS = 40  # a header line is short; a longer line naming "benefits" is a sentence, not a header
# A heading by its form opens a new part even when its words are no known header: a markdown heading, or a Chinese
# ordinal ("二、AI 平台研发（远程实习）", "第三部分") — multi-role community posts put each role under one, after the
# previous role's 加分项. Items inside a section are numbered 1、2、3, not 一、二、三.
_HEADING_FORM = re.compile(r"#{1,6}\s|[一二三四五六七八九十]{1,2}[、.．]|第[一二三四五六七八九十]+")
# A bracketed header with its first item on the same line, as Chinese boards print them: "【工作职责】1、负责…",
# "【有如下经历者优先】有大规模…" — read like "header: item".
_BRACKET_HEAD = re.compile(r"\s*[【\[［〖]([^】\]］〗\n]{1,24})[】\]］〗]")
_BRACKETS = "【[［〖"  # the first characters _BRACKET_HEAD can match on a stripped line
_HEADING_STARTS = "#一二三四五六七八九十第"  # ...and _HEADING_FORM
# A header of its own wording that ends in a wish word: "有以下经验者优先", "具备以下条件者加分", "이런 분이면 우대합니다".
_WISH_END = re.compile(r"(?:优先|優先|加分|우대|우대합니다|歓迎)$")
# Unbracketed, such a header points at the items below it ("有以下经验者优先：", "具备如下条件者加分", "아래 경험이 있으면
# 우대합니다"); an item that ends in a wish word ("2、有 Rust 经验优先") points at nothing.
_FOLLOWING = re.compile(r"以下|如下|下列|아래|다음")
WISH_HEADER_MAX_CHARS = 24


MAIN, MINOR, INTRO = "main", "minor", "intro"


@functools.cache
def _headers() -> tuple[dict[str, str], int]:
    """Header words -> the kind of section they open; and the longest header's length."""
    with taxonomy_path().open("rb") as fh:
        table = tomllib.load(fh).get("sections", {})
    heads: dict[str, str] = {}
    for kind in (MAIN, INTRO, MINOR):
        for word in table.get(kind, ()):
            heads[_key(word)] = kind
    return heads, max((len(k) for k in heads), default=0)


def _key(text: str) -> str:
    return " ".join(text.strip(_WRAP).lower().split())


def header_role(part: str) -> str | None:
    """The kind of section a line opens (MAIN, MINOR, INTRO), or None when it is no known header."""
    if len(part) > HEADER_MAX_CHARS + 16 and ":" not in part[:30] and "：" not in part[:30] and "【" not in part[:3]:
        return None  # cheap test first: most lines are sentences, neither short nor "header: ..." nor "【header】..."
    line = part.strip()
    if not line:
        return None
    heads, longest = _headers()
    if line.isascii() and line[0] not in "#[" and ":" not in line[: longest + 8]:
        # no colon, bracket or heading form, and no wish word (those are CJK): only the whole line can be a header
        whole = _key(line)
        if len(whole) <= HEADER_MAX_CHARS and (known := _lookup(heads, whole)):
            return known
        return MINOR if len(whole) <= WISH_HEADER_CHARS and wish_phrase_header(whole) else None
    colon = _COLON.search(line, 0, longest + 8)
    whole = _key(line)
    if len(whole) <= HEADER_MAX_CHARS and (known := _lookup(heads, whole)):
        return known
    head = _key(line[: colon.start()]) if colon else whole
    role = heads.get(head) if colon else None
    if role is None:
        # a bracket or a heading form opens the line: its first character tells, before any regex is tried
        bracketed = line[0] in _BRACKETS and _bracket_role(line, heads)
        role = bracketed or _wish_role(head)
    if role is None and wish_phrase_header(head):
        return MINOR  # "Preferred / Nice-to-Have Skills", "Good to have technical skills:" (header_forms.py)
    if role is None and line[0] in _HEADING_STARTS and _HEADING_FORM.match(line):
        return MAIN
    return role


def _lookup(heads: dict[str, str], key: str) -> str | None:
    """The header's kind, also with a bracketed note after it ("Nice-to-haves (not required)"; header_forms.py)."""
    role = heads.get(key)
    if role is None and "(" in key:
        bare = unqualified(key)
        role = heads.get(bare) if bare else None
    if role is None and (plain := without_qualifier(key)):
        role = heads.get(plain)  # "Non-technical bonus points" (header_forms.py)
    return role


def _bracket_role(line: str, heads: dict[str, str]) -> str | None:
    """The role of a bracketed header opening the line ("【岗位职责】…"); a bracket holding a known header, or a short
    phrase ending in a wish word ("【有如下经历者优先】"), opens that section."""
    match = _BRACKET_HEAD.match(line)
    if match is None:
        return None
    inside = _key(match.group(1))
    if inside in heads:
        return heads[inside]
    return MINOR if _WISH_END.search(inside) else None


def _wish_role(head: str) -> str | None:
    """MINOR for a short header phrase naming "the following" and ending in a wish word ("有以下经验者优先")."""
    if len(head) > WISH_HEADER_MAX_CHARS or not _WISH_END.search(head) or not _FOLLOWING.search(head):
        return None
    return MINOR


def section_kinds(parts: Iterable[str]) -> list[str]:
    """For each line of a description, the kind of section it sits in (its header line included)."""
    kinds: list[str] = []
    kind = MAIN
    for part in parts:
        # header_role's own first test, before the cache: most lines are long sentences, no header (~20 a posting)
        if len(part) <= HEADER_MAX_CHARS + 16 or ":" in part[:30] or "：" in part[:30] or "【" in part[:3]:
            role = _kept_role(part)
            if role is not None:
                kinds.append(role)
                kind = role
                continue
        kinds.append(kind)
        if part[-1:] in ":：" or part[-2:-1] in ":：":
            # a header glued to the end of the item above ("...bảo mật).Ưu tiên:") opens its section on the next line
            tail = glued_tail(part)
            kind = (_kept_role(tail) if tail else None) or kind
    return kinds


# A line's role is a function of the line: kept per line, since headers and boilerplate lines recur across postings.
_kept_role = kept_per_line(header_role)


def minor_flags(parts: Iterable[str]) -> list[bool]:
    """For each line of a description, whether it sits in a minor section."""
    return [kind == MINOR for kind in section_kinds(parts)]


# A requirement item that ends in a wish word is a preference, not the job: "有NLP，机器学习经验者优先" (unseen11),
# "有 DeFi 经验更佳", "블록체인 경험 우대", "experience with LLMs is a plus". Only the item's end counts: "优先" inside a
# sentence ("优先考虑…") leads a duty as often as a wish.
# An item closed by "(Nice to have but not required)" or "(optional)" is one as well (unseen_hs5).
WISH_ENDS = (
    "优先",
    "加分",
    "更佳",
    "为佳",
    "우대",
    "우대합니다",
    "歓迎",
    "is a plus",
    "a big plus",
    "nice to have",
    "not required",
    "optional",
)
_ITEM_END = " \t;；。.!！、，,*_)）】"


def wish_item(part: str) -> bool:
    return part.rstrip(_ITEM_END).endswith(WISH_ENDS)


# A sentence that names a thing as a preference, anywhere in it ("experience with LLMs is a plus", "有大模型经验者优先",
# "블록체인 경험 우대"): shared by the sector scorer and the required-background reader, which each add their own words.
PREFERENCE_HEDGES = (
    "a plus",
    "an advantage",
    "advantageous",
    "desirable",
    "preferred",
    "nice to have",
    "bonus",
    "优先",
    "加分",
    "更佳",
    "为佳",
    "우대",
    "歓迎",
)


# Sentence breaks: end punctuation followed by space, or line breaks / bullets (descriptions are often lists):
# [.!?;]\s|\n|\s[•·▪●]\s|[。！？；], written to open with the class of every break's first character, which lets the
# regex engine skip to the places a break can start (a quarter faster; tests/tagging/test_matcher.py holds both equal).
SENTENCES = re.compile(r"[.!?;\s。！？；](?:(?<=[.!?;])\s|(?<=\n)|(?<=\s)[•·▪●]\s|(?<=[。！？；]))")
# The same breaks in a text without bullets: a space can then start none, and the regex engine skips to the few
# characters that can (bench postings: 40 -> 13 us a description; 4 in 91 hold a bullet).
_NO_BULLET_SENTENCES = re.compile(r"[.!?;\n。！？；](?:(?<=[.!?;])\s|(?<=[\n。！？；]))")


def split_sentences(text: str, maxsplit: int = 0) -> list[str]:
    """SENTENCES.split(text, maxsplit)."""
    if "•" in text or "·" in text or "▪" in text or "●" in text:
        return SENTENCES.split(text, maxsplit)
    return _NO_BULLET_SENTENCES.split(text, maxsplit)


@functools.lru_cache(maxsize=8)
def parts_and_kinds(low: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """A lowercased description's sentences and the kind of section each sits in (read once per description)."""
    parts = tuple(split_sentences(low))
    return parts, tuple(section_kinds(parts))
