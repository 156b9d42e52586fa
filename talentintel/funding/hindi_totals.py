"""A Hindi raise whose raiser is a plural ("स्टार्टअप्स ने ... जुटाए", startups raised) is a market total, not a round.

The Hindi reader named the word before "ने" as the raising company, so three totals of tuning_batch53 (branch batch53) came out
rounds of a company called "startups" at their first score: wandercitys "भारत के टेक स्टार्टअप्स ने $2.5 बिलियन जुटाए"
(a quarter's total), hi.investing.com "पाकिस्तान में स्टार्टअप्स ने 2021 में 35 करोड़ डॉलर की फंडिंग जुटाई" (a year's total)
and dailykiran "शेष तीन अन्य स्टार्टअप्स ने जुटाए गए फंड का खुलासा नहीं किया" (a weekly roundup). A company is singular: a
raiser that ends in the plural of startup or company names many companies, so the reader leaves the text to the English
rules (which read these three as `other`).
"""

from __future__ import annotations

# Plural (direct and oblique) forms of startup and company; the singular स्टार्टअप / कंपनी are describing words already.
_PLURALS = frozenset("स्टार्टअप्स स्टार्टअपों स्टार्ट-अप्स कंपनियां कंपनियाँ कंपनियों फर्मों फर्में".split())


def is_plural_raiser(name: str) -> bool:
    """True when the raiser's last word is a plural of startup or company ("टेक स्टार्टअप्स")."""
    words = name.split()
    return bool(words) and words[-1] in _PLURALS
