"""The words around a sum that tell, in one language, whether it is the round: one registry entry per language.

`money._score` reads English and the Romance and Germanic languages through its own patterns (`_RAISE`, `_ROUNDWORD`,
`_TOTAL_BEFORE`, ...). A language those patterns do not read adds one `SumCues` entry to `LANGUAGES` here instead of
another hook call in `_score` (money.py, session 21: the Russian and Persian cues of fund84 were three calls there).
Each field is optional: a language may only know its raise verbs so far.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from talentintel.funding import money_ru_fa


@dataclass(frozen=True)
class SumCues:
    """One language's cues, each a pattern over the clause before the sum (searched) or the words after it (matched)."""

    language: str
    raise_before: re.Pattern[str] | None = None  # "привлекла ": the clause before raises the sum
    valuation_before: re.Pattern[str] | None = None  # "оценили в ": the sum values the company
    earlier_before: re.Pattern[str] | None = None  # "после того, как Groq привлек ": an earlier raise
    total_after: re.Pattern[str] | None = None  # "с момента ее основания": a total since founding
    raise_after: re.Pattern[str] | None = None  # "سرمایه جذب کرد": the verb after the sum (verb-final languages)

    def raises(self, before: str, after: str = "") -> bool:
        return bool(
            (self.raise_before and self.raise_before.search(before))
            or (self.raise_after and self.raise_after.match(after))
        )

    def not_the_round(self, before: str, after: str) -> bool:
        """The sum values the company, is an earlier raise or sums every raise so far."""
        return bool(
            (self.valuation_before and self.valuation_before.search(before))
            or (self.earlier_before and self.earlier_before.search(before))
            or (self.total_after and self.total_after.match(after))
        )


LANGUAGES: tuple[SumCues, ...] = (
    SumCues(
        "ru",
        raise_before=money_ru_fa.RU_RAISE_BEFORE,
        valuation_before=money_ru_fa.RU_VALUATION_BEFORE,
        earlier_before=money_ru_fa.RU_EARLIER_BEFORE,
        total_after=money_ru_fa.RU_TOTAL_AFTER,
    ),
    SumCues(
        "fa",
        raise_before=money_ru_fa.FA_RAISE_BEFORE,
        valuation_before=money_ru_fa.FA_VALUATION_BEFORE,
        raise_after=money_ru_fa.FA_RAISE_AFTER,
    ),
)


def raised_before(before: str, after: str = "") -> bool:
    """Some language's raise cue ends the clause before the sum, or (verb-final languages) opens the words after it."""
    return any(cues.raises(before, after) for cues in LANGUAGES)


def not_the_round(before: str, after: str) -> bool:
    """Some language says the sum is a valuation, an earlier raise or a running total."""
    return any(cues.not_the_round(before, after) for cues in LANGUAGES)
