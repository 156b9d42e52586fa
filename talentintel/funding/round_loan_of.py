"""A loan named before its amount: "has received a loan of $15 million from BlueOrchard Microfinance Fund" is a debt
round (tuning_funds17 observerbd, LankaBangla Finance; its round type was None). `rounds.classify_round` reads the
debt noun after the amount ("a $300 million loan"); this reads it before ("a loan of", "a credit facility worth").
"""

from __future__ import annotations

import re

_LOAN_OF = re.compile(
    r"\b(?:a|an|the)\s(?:[\w-]+\s){0,2}?(?:loans?|credit\sfacility|debt\sfacility|term\sloan)\s(?:of|worth|totall?ing)\s"
    r"(?:about\s|around\s|up\sto\s)?(?:US|USD|EUR|GBP|Tk|BDT|Rs\.?)?\s?[$€£]?\s?[\d.,]+\s?(?:million|billion|crore|[mbk]n?)?"
    r"(?:\s(?:dollars|euros|pounds))?$",
    re.IGNORECASE,
)


def loan_before(text: str, amount_end: int) -> bool:
    """The round's amount (ending at `amount_end`) follows a loan noun: "a loan of $15 million"."""
    return bool(_LOAN_OF.search(text[max(0, amount_end - 80) : amount_end]))
