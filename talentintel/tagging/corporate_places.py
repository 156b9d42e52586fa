"""Places that say where a company is listed or registered, or where a trend began, not where the job is: "满帮在美国成功
上市" (the stock listing), "在美國註冊的公司" (an incorporation), "STO 是從美國開始流行的" (a trend's origin),
"the company went public in the US", "incorporated in the Cayman Islands", "a U.S.-listed company"."""

from __future__ import annotations

import re

from talentintel.tagging.cue_words import Cues, holds_any

# unseen_hs7 (issue 18, tag29): a Chinese logistics firm's "2021年，满帮在美国成功上市" tagged its AI job US, and a Taipei
# STO team's explainer ("從美國開始流行", "在美國註冊的公司") tagged its job US beside Asia. The place between 在/於/于
# and a listing or registration verb, or between 從/从 and a trend verb, is blanked (at most 8 characters: a name).
_CJK = re.compile(
    r"(?:[在於于]([^\s，。、,;；:：的]{1,8}?)(?:成功|正式|顺利|順利|完成)?(?:上市|挂牌|掛牌|注册|註冊|登记|登記|IPO))"
    r"|(?:[從从]([^\s，。、,;；:：的]{1,8}?)(?:开始|開始)?(?:流行|兴起|興起|盛行|风靡|風靡))"
)
_CJK_WORDS = (
    "上市",
    "挂牌",
    "掛牌",
    "注册",
    "註冊",
    "登记",
    "登記",
    "IPO",
    "流行",
    "兴起",
    "興起",
    "盛行",
    "风靡",
    "風靡",
)
# English: a listing or incorporation clause ("went public in the US", "listed in Hong Kong", "incorporated in the
# Cayman Islands"). "registered in" is left out: "registered in the UK" is often a contractor's condition.
_NAME = r"[A-Z][\w'.-]*(?:[ ][A-Z][\w'.-]*)*"
_LATIN = re.compile(rf"\b(?:went public|listed|incorporated|IPO'?d)\s+in\s+(?:the\s+)?({_NAME})")
_LATIN_WORDS = ("went public", "listed in", "incorporated in", "IPO")
# The compound adjective: "a U.S.-listed company", "a Hong Kong-listed group", "Cayman-incorporated" (unseen_hs13
# hs13-ff-aixcrypto-agent-swe: "AIxCrypto is a U.S.\\-listed company", a scrape keeping markdown's escaped hyphen,
# tagged a job with no work place US). The place before the hyphen is blanked.
_LISTED = re.compile(rf"\b({_NAME}?)\\?-(?:listed|incorporated)\b")


def _blank(text: str, spans: list[tuple[int, int]]) -> str:
    out = list(text)
    for start, end in spans:
        out[start:end] = " " * (end - start)
    return "".join(out)


_CJK_CUES = Cues(_CJK_WORDS)
_LATIN_CUES = Cues(_LATIN_WORDS)


def without_corporate_places(text: str) -> str:
    """The text with listing, incorporation and trend-origin places blanked (same length, so offsets hold)."""
    spans: list[tuple[int, int]] = []
    if not text.isascii() and holds_any(text, _CJK_CUES):
        for m in _CJK.finditer(text):
            group = 1 if m.group(1) else 2
            spans.append((m.start(group), m.end(group)))
    if holds_any(text, _LATIN_CUES):
        spans += [(m.start(1), m.end(1)) for m in _LATIN.finditer(text)]
    if "-listed" in text or "-incorporated" in text:
        spans += [(m.start(1), m.end(1)) for m in _LISTED.finditer(text)]
    return _blank(text, spans) if spans else text
