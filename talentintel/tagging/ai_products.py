"""Making an AI app is AI work: "We're building Vy — an AI app that changes how people use their computers".

"AI app" alone weighs as a buzzword (taxonomy.toml, like "AI applications": a feature, or a tool a team uses), and the
weak "ai" is vetoed by the everyday words around it ("people", "use", "work"), which left Vercept's designer, whose
employer builds an AI app for the desktop, with no AI at all (unseen_hs16). As with AI agents (agent_work.py), a verb
of making before the AI product is the product itself, and the employer's "we are building … an AI app" is its
self-description (self_description.py); a verb of using is never matched ("use AI apps to draft replies"), and a
product built for the team's own use is tooling ("building internal AI assistants").

A system the role builds whose head is an AI modifier ("AI-native", "AI-driven", "AI-powered") is the same: "lead the
end-to-end delivery of an AI-native platform" (a crypto recruiter's Circle opening, unseen50) and a build list's item "A
proprietary AI-driven transaction monitoring / KYT engine" (Kira, unseen_hs8) read crypto only, the modifier alone
weighing as copy. Over the dev set and every tuning file the shapes occur in three postings on three publishers, all
labeled `both`, one in Chinese ("打造下一代AI 驱动的全球投资平台", unseen_hs10); Japanese and Korean are read the same way
("AI駆動のプラットフォームを開発", "AI 기반 플랫폼 개발"). Funding announcements run through the same tagger: "further
the development of the company's AI-powered ... platform" is a product, not a role, so "development of" is no verb here.
"""

from __future__ import annotations

import re

from talentintel.tagging.cue_words import Cues
from talentintel.tagging.taxonomy import Term

# Weighs what a strong AI term weighs (core evidence); under a nice-to-have or perks header sector.py caps it as a
# mention like any other core term.
PRODUCT_WORK = Term("ai", ("builds", "ai", "products"), 3.0)
# The role's own system: with the modifier's weak 1.5 it reaches the description-only bar (6.0, taxonomy.toml) in one
# sentence, as the job's central duty should; an employer's "we're building an AI app" stays a mention (3.0 + 1.5).
SYSTEM_WORK = Term("ai", ("builds", "ai", "systems"), 4.5)

PRODUCT = r"\bai[- ](?:apps?|applications?|products?|assistants?|companions?)\b"
_MAKE = r"\b(?:build|builds|building|built|develop|develops|developing|developed|create|creates|creating|ship|ships|shipping)\b"
# The verb, then at most 30 characters of the product's name or article ("building Vy — an AI app") with no
# preposition or relative between them: "building tools that integrate with AI apps" makes tools.
_GAP = r"((?:(?!\b(?:for|to|with|that|which|who|into|on|in|using|by)\b)[^.;:!?]){0,30}?)"
_MADE = re.compile(_MAKE + _GAP + PRODUCT)
_NOT_MADE = re.compile(
    r"\b(?:use|uses|using|used|leverage|leveraging|internal|internally|in-house|automated|automation|workflows?"
    r"|efficiency|productivity)\b"
)
_MODIFIED = r"\bai[- ](?:native|driven|powered|first)\b"
# "AI-native platform", "AI-driven transaction monitoring / KYT engine": up to four words between modifier and system
_SYSTEM = _MODIFIED + r"(?:\s+[\w/&-]+){0,4}?\s+(?:platforms?|engines?)\b"
# not "development of": an announcement's "further the development of the company's AI-powered Aurora analytics
# platform" (funding tuning_batch7b satnews-pixxel-satvu, a satellite maker labeled no sector) is the company's product
_DELIVER = r"\b(?:deliver|delivers|delivering|delivery of|architect|implement|implements|implementing)\b"
_SYSTEM_MADE = re.compile(f"(?:{_MAKE}|{_DELIVER})" + _GAP + _SYSTEM)
# A build list's item that is nothing but the system: "a proprietary ai-driven transaction monitoring / kyt engine"
_SYSTEM_ITEM = re.compile(r"(?:a|an|our)\s+(?:[\w-]+\s+){0,2}?" + _SYSTEM)
_CJK_SYSTEM = re.compile(
    r"(?:搭建|构建|打造|研发|开发|負責|负责)[^。；！？]{0,12}?ai\s?(?:驱动|驅動|原生)的?[^。；！？]{0,8}?(?:平台|引擎)"
    r"|ai\s?(?:駆動|ネイティブ)の?[^。]{0,10}?(?:プラットフォーム|エンジン)を?(?:開発|構築|設計)"
    r"|ai\s?(?:기반|네이티브)\s?[^.]{0,12}?(?:플랫폼|엔진)\s?(?:을|를)?\s?(?:개발|구축|설계)"
)
_CUES = ("ai app", "ai-app", "ai product", "ai-product", "ai assistant", "ai-assistant", "ai compan", "ai-compan")
_SYSTEM_CUES = ("ai-native", "ai native", "ai-driven", "ai driven", "ai-powered", "ai powered", "ai-first", "ai first")
# Chinese, Japanese and Korean modifiers; Korean "AI 기반" (AI-based) is its usual one
_CJK_CUES = (
    *("ai驱动", "ai 驱动", "ai驅動", "ai原生", "ai 原生"),
    *("ai駆動", "ai 駆動", "aiネイティブ", "ai ネイティブ"),
    *("ai 기반", "ai기반", "ai 네이티브", "ai네이티브"),
)


PRODUCT_CUES = Cues(_CUES + _SYSTEM_CUES + _CJK_CUES)  # the same words, for a whole text's one pass (cue_words.py)


def product_cue(low: str) -> bool:
    """Whether a lowercased text can name an AI product at all (a test once a text, before any sentence is read)."""
    return any(cue in low for cue in _CUES)


def _makes_system(part: str) -> bool:
    """Whether the sentence says an AI-modified platform or engine is made (or is a build list's item naming one)."""
    if any(cue in part for cue in _SYSTEM_CUES):
        made = _SYSTEM_MADE.search(part)
        if made and not _NOT_MADE.search(made.group(1)):
            return True
        if _SYSTEM_ITEM.fullmatch(part.strip()):
            return True
    return not part.isascii() and any(cue in part for cue in _CJK_CUES) and _CJK_SYSTEM.search(part) is not None


def with_product_work(part: str, hits: list[Term] | None) -> list[Term] | None:
    """The sentence's hits, plus PRODUCT_WORK when it says an AI product is made, SYSTEM_WORK when an AI-modified
    platform or engine is (part is lowercased)."""
    # the cue first: most sentences name no AI product, and `in hits` compares Terms field by field
    if hits is None or PRODUCT_WORK in hits or SYSTEM_WORK in hits:
        return hits  # a vetoed sentence stays vetoed
    if product_cue(part):
        made = _MADE.search(part)
        if made and not _NOT_MADE.search(made.group(1)):
            return [*hits, PRODUCT_WORK]
    return [*hits, SYSTEM_WORK] if _makes_system(part) else hits


def names_product(tail: str) -> bool:
    """Whether the object of the employer's "we are building …" is an AI product (tail: its words, lowercased)."""
    return re.search(PRODUCT, tail) is not None
