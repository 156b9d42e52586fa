"""The raiser of a Persian report, named before its description: "DualEntry، یک استارتاپ ... از جذب سرمایه 90 میلیون
دلاری ... خبر داد" (DualEntry, an ... startup, announced raising USD 90 million; hs20-deepto-dualentry-90m-series-a-
lightspeed-khosla-fa, read no company). Persian sets a description off after the name with the Arabic comma and the
indefinite "یک" (a) or "یکی از" (one of), as English writes "X, a Y startup"; the sentence tells the raise with
"جذب" (attracting), "دریافت" (receiving) or "سرمایه" (capital).
"""

from __future__ import annotations

import re

# A Latin-script name (foreign companies keep their spelling in Persian news) or one or two Persian words, opening
# the clause: at the text's or a line's start, or after a comma or a full stop.
_NAME = r"[A-Z][\w.&-]*(?:\s[A-Z0-9][\w.&-]*){0,3}|[\u0620-\u06ff\u200c]{2,}(?:\s[\u0620-\u06ff\u200c]{2,})?"
_DESCRIBED = re.compile(
    rf"(?:\A|(?<=\n)|(?<=[،.:]\s))({_NAME})\s?،\s(?:یک|یکی\sاز)\s(?:استارتاپ|شرکت|پلتفرم|سازنده|توسعه[\u200c\s]?دهنده|"
    r"ارائه[\u200c\s]?دهنده)"
)
_RAISE = re.compile(r"جذب|دریافت|سرمایه")


def persian_described_company(text: str) -> str | None:
    """The name a Persian raise sentence describes with "، یک <startup|company ...>"."""
    for m in _DESCRIBED.finditer(text):
        end = min((i for i in (text.find(".", m.end()), text.find("\n", m.end())) if i >= 0), default=len(text))
        if _RAISE.search(text, m.end(), end):
            return m.group(1)
    return None
