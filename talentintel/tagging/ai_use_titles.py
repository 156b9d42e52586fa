"""A Japanese title that promotes AI use ("AI活用推進", "AI利活用") names a job that uses AI, not AI work.

Descriptions have their sentence veto for "AIを活用" (data/taxonomy.toml [cjk] negative), but a title is read
without context words, and a CJK run is one token, so "企画推進担当（AI活用推進）" scored the bare "AI" as a title
term (issue 18, unseen_hs11: a payments app's planning role for promoting AI use in operations, read as ai). When
the title glues 活用 (use) to "AI" and every AI term of the posting is that bare "AI", the AI evidence is withdrawn;
an "AIエンジニア（AI活用推進）" keeps it for its own AI title term.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from talentintel.tagging.withdraw import withdraw

if TYPE_CHECKING:
    from talentintel.tagging.sector import SectorScore

# "AI活用", "AI利活用", "AIの活用", "AIを活用", "生成AI活用": AI as the object of 活用 (use, put to use)
_AI_USE = re.compile(r"ai\s*[のを]?\s*利?活用")
_WEAK_AI = frozenset({"ai"})
# Bonuses the reading adds for terms it already counted: they stand or fall with those terms.
_BONUSES = frozenset({"company self-description", "short posting"})


def withdraw_ai_use_title(result: SectorScore, title: str) -> None:
    """Withdraw ai when the title promotes AI use and the bare "AI" is the posting's only AI term."""
    terms = {e["term"] for e in result.evidence["ai"]} - _BONUSES
    if not terms or not terms <= _WEAK_AI or not _AI_USE.search(title.lower()):
        return
    withdraw(result, "ai", "a title promoting AI use (AI活用): uses AI, not AI work")
