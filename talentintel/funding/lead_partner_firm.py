"""A lead told as a person who acts for a firm: the firm leads. "led by Todd Cozzens, managing partner at Transformation
Capital" (laingbuisson-sword), "David Aronoff from Flybridge Capital leading" (s23-apiary-6-8m-series-a-flybridge-en),
"dipimpin oleh Charles Hudson, mitra pengelola dan pendiri Precursor Ventures" (b56-newsroomid-why-seed-precursor-
partner-id). The tuning labels that meet the construction name the firm three times to the person once (PROVENANCE,
tuning_batch59), so the person's name is read as the firm's: the partner signs for the fund's money.
"""

from __future__ import annotations

import re

from talentintel.funding.investor_names import investor_like

_FIRM = r"(?P<firm>(?-i:[A-Z0-9][\w&.'’-]*)(?:\s(?:&\s)?(?-i:[A-Z0-9][\w&.'’-]*)){0,4})"
# The role words of the people who sign for a fund, in the languages of the tuning texts: partner (English, German,
# Dutch), principal, socio/sócio (Spanish, Portuguese, Italian), associé (French), mitra (Indonesian, Malay), ortak
# (Turkish), đối tác (Vietnamese).
_ROLE = r"(?:partner|principal|socio|sócio|associée?|mitra|ortak|đối\stác)"
# After the name: an appositive of at most five lower-case words holding a role word, then the firm, an optional
# preposition between ("a partner at", "mitra pengelola dan pendiri", "socio director de").
_APPOSITIVE = (
    rf",\s(?:(?:a|an|the|its|un|une|una|um|uma|ein|eine)\s)?(?:[a-z][\w-]*\s){{0,4}}?{_ROLE}"
    rf"(?:\s[a-z][\w-]*){{0,4}}?\s(?:(?:at|of|with|from|in|de|da|do|di|dari|von|bei|chez|bij)\s)?{_FIRM}"
)
# Right after the name: "from Flybridge Capital", "(Accel)".
_FROM = rf"(?:\s(?:from|of|at)\s|\s\((?=[^()]{{2,60}}\)))(?-i:{_FIRM})"


def _is_person(name: str) -> bool:
    """Two or three capitalised words and no fund word: "Todd Cozzens", not "Transformation Capital"."""
    words = name.split()
    return 2 <= len(words) <= 3 and all(w[:1].isupper() and w[1:].islower() for w in words) and not investor_like(name)


def _firm_of(name: str, text: str) -> str | None:
    """The fund the person `name` is told to act for, right after the name; None when no such fund is named."""
    for tail in (_APPOSITIVE, _FROM):
        for m in re.finditer(rf"\b{re.escape(name)}{tail}", text, re.IGNORECASE):
            firm = m.group("firm").rstrip(".'’-")  # the sentence's full stop is no part of the name
            if investor_like(firm):
                return firm
    return None


def partner_firm_leads(leads: list[str], text: str) -> list[str]:
    """`leads` with each person who is told as a fund's partner replaced by that fund (kept once)."""
    out: list[str] = []
    for name in leads:
        firm = _firm_of(name, text) if _is_person(name) else None
        pick = firm or name
        if pick not in out:
            out.append(pick)
    return out
