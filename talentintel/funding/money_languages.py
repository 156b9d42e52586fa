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
    total_before: re.Pattern[str] | None = None  # "hat N26 bislang rund ": the sum so far, not this round
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
            or (self.total_before and self.total_before.search(before))
        )


# Indonesian tells the total an addition brings by "makes ... already/now": "Tambahan investasi ini membuat pendanaan Gojek
# kini bernilai 3 miliar dolar AS" (b61-kastara-gojek), "Dengan tambahan dana tersebut, membuat GoJek sudah mengumpulkan
# hampir US$ 3 miliar dalam putaran pendanaan seri F" (b61-sumatratimes-gojek); both outscored the round's US$ 1,2 miliar
# at first sight (amount_f25). The round itself is told with "mendapat", "menerima", "meraih" and no "membuat".
_ID_TOTAL_BEFORE = re.compile(
    r"\b(?:membuat|menjadikan)\s(?:[\w-]+\s){0,3}?(?:sudah|telah|kini|saat\sini)\s(?:[\w-]+\s)?"
    r"(?:mengumpulkan|menghimpun|meraih|mengantongi|bernilai|mencapai|menjadi)\s(?:total\s)?"
    r"(?:(?:hampir|lebih\sdari|sekitar|sebesar|senilai|mendekati)\s)?(?:US\$\s?|USD\s?|Rp\.?\s?)?"
    # ... and its restatement in the other currency: "kini bernilai 3 miliar dolar AS atau sekitar Rp 46 triliun".
    r"(?:[\d.,]+\s(?:miliar|juta|triliun)\s(?:dolar\sAS|dolar|USD|rupiah)?\s?(?:atau|\()\s?"
    r"(?:(?:sekitar|setara\s(?:dengan\s)?|senilai|kurang\slebih)\s)?(?:Rp\.?\s?|US\$\s?)?)?$",
    re.IGNORECASE,
)
# German "so far" after the perfect's auxiliary: "Unterm Strich hat N26 bislang rund 800 Millionen Dollar von Investoren
# eingesammelt" (b61-yahoode-n26: taken over the round's "weitere 100 Millionen Dollar"). money._TOTAL_BEFORE reads
# "bisher" only with "insgesamt"; "bisher größte" (largest so far) has no auxiliary before it.
_DE_TOTAL_BEFORE = re.compile(
    r"\b(?:hat|haben|hatte|hatten)\s(?:[\w.-]+\s){0,3}?(?:bislang|bisher)\s"
    r"(?:(?:rund|über|mehr\sals|knapp|fast|etwa|ca\.|circa|gut|schon|bereits)\s)?(?:US-\$\s?|\$\s?|€\s?)?$",
    re.IGNORECASE,
)

LANGUAGES: tuple[SumCues, ...] = (
    SumCues(
        "ru",
        raise_before=money_ru_fa.RU_RAISE_BEFORE,
        valuation_before=money_ru_fa.RU_VALUATION_BEFORE,
        earlier_before=money_ru_fa.RU_EARLIER_BEFORE,
        total_after=money_ru_fa.RU_TOTAL_AFTER,
    ),
    SumCues("id", total_before=_ID_TOTAL_BEFORE),
    SumCues("de", total_before=_DE_TOTAL_BEFORE),
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
