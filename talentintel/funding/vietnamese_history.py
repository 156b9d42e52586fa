"""Vietnamese raises told as history or as a plan, not as this text's deal.

"Tala, startup fintech từng huy động thành công 500 triệu USD, lập pháp nhân tại Việt Nam ... công ty mẹ lên kế hoạch
rót 5 triệu USD" (b25-vnexpress-tala-vietnam-5m-vi, read as a $500M round on its first score): "từng" (once, ever) makes
a raise the company's past, "lên kế hoạch / dự kiến / sẽ" (plans, expects, will) makes money a plan, and a later "đã huy
động vốn hơn 500 triệu USD" restating the same sum is the same history. A text whose raise words are all of these
reports no round.
"""

from __future__ import annotations

import re

_PAST = re.compile(r"\btừng\s(?:[^\s.,]+\s){0,2}?(?:gọi\svốn|huy\sđộng)", re.IGNORECASE)
_PLAN = re.compile(
    r"\b(?:kế\shoạch|dự\skiến|sẽ|dự\sđịnh)\s(?:[^\s.,]+\s){0,2}?(?:rót|đầu\stư|gọi\svốn|huy\sđộng)", re.IGNORECASE
)
_SUM = re.compile(r"(\d[\d.,]*)\s?(triệu|tỷ)\s?(?:USD|đô)", re.IGNORECASE)


def _sum_after(text: str, at: int) -> str | None:
    m = _SUM.search(text, at, at + 80)
    return f"{m.group(1)} {m.group(2).lower()}" if m else None


def only_history_or_plans(text: str, raises: list[re.Match[str]]) -> bool:
    """True when every raise phrase in `raises` is a past raise ("từng"), a plan, or restates a past raise's sum."""
    if not raises:
        return False
    past_sums = {_sum_after(text, m.start()) for m in _PAST.finditer(text)} - {None}
    marked = [m.start() for m in (*_PAST.finditer(text), *_PLAN.finditer(text))]
    for found in raises:
        if any(start <= found.start() <= start + 40 for start in marked):
            continue
        if _sum_after(text, found.start()) in past_sums:
            continue
        return False
    return bool(marked)
