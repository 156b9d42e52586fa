"""A title's clause that states a wish is no title term: "파이썬 개발자 경력직 모집, AI vision 경험자 우대" hires a Python
developer and would like AI vision experience (unseen31: read as ai from the title's "AI"). The README reads a wish as a
mention in the description ("…者优先", "a plus", 우대사항); a title says it the same way after a comma, a slash or a bar,
or in brackets ("(AI 경험자 우대)", "（有大模型经验者优先）", "- LLM experience a plus").

Only the clause that ends in the wish goes; the title's role stays. A title that is nothing but a wish is left whole.
"""

from __future__ import annotations

import re

_WISH_WORDS = r"(?:우대(?:합니다)?|者?优先|優先|歓迎|加分|\ba plus\b|\bpreferred\b)"
# the clause after the title's last separator, ending in the wish; or a bracketed one anywhere
_TRAILING = re.compile(
    r"\s*(?:[,，|/]|\s[-–—]\s)\s*[^,，|/()（）\[\]【】]*?" + _WISH_WORDS + r"[\s.!]*$", re.IGNORECASE
)
_BRACKETED = re.compile(r"\s*[(（\[【][^()（）\[\]【】]*?" + _WISH_WORDS + r"\s*[)）\]】]", re.IGNORECASE)
_CHEAP = ("우대", "优先", "優先", "歓迎", "加分", "plus", "preferred")


def without_title_wish(title: str) -> str:
    """The title without its wish clauses (see the module doc); unchanged when it has none."""
    low = title.lower()
    if not any(w in low for w in _CHEAP):
        return title  # cheap test first: most titles state no wish
    kept = _TRAILING.sub("", _BRACKETED.sub("", title))
    return kept if kept.strip() else title
