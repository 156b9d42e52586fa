"""A CJK title's lenticular-bracket slot ("【徵才US or TW】", "【台北/Remote】"): read like a title's bracketed tail once
a hiring word opening it ("徵才", "招聘", "Hiring") is taken off."""

from __future__ import annotations

import re

# unseen_hs7 (issue 18, tag29): "【徵才US or TW】Smart Contract Developer" was tagged the US alone: the capitalized-run
# scan stops at "or" and a bare "TW" in running text is no place; the slot read as a location is Taiwan and the US.
_SLOT = re.compile(r"【([^【】]{2,60})】")
_HIRING = re.compile(r"^\s*(?:徵才|征才|招聘|招募|急招|急徵|诚聘|誠聘|誠徵|hiring|hire|job)\s*[:：]?\s*", re.IGNORECASE)


def bracket_slots(title: str) -> list[str]:
    """The title's 【…】 slots, each without a hiring word opening it (empty slots left out)."""
    if "【" not in title:
        return []
    slots = (_HIRING.sub("", m.group(1)).strip() for m in _SLOT.finditer(title))
    return [slot for slot in slots if len(slot) >= 2]
