"""Visa sponsorship: True when a posting offers it, False when it refuses it, None when it does not say.

Read sentence by sentence; a refusal anywhere wins over an offer ("we sponsor visas for senior roles ... this role
is not eligible for sponsorship" is a refusal for this role). Wordings are those employers publish: "must be
authorized to work ... without visa sponsorship", "we are unable to sponsor or take over sponsorship of an
employment visa", "we are not able to sponsor visas", "visa sponsorship available" (see the sources cited in
tests/tagging/test_job_fields.py).
"""

from __future__ import annotations

import re

_VISA = r"(?:visas?|h-?1b|work permits?|employment (?:visa|authori[sz]ation)|immigration)"
_REFUSED = re.compile(
    r"without (?:the need for |requiring |needing )?(?:current or future |any )?(?:visa |employer |immigration )?"
    r"sponsorship"
    r"|(?:not|unable to|cannot|can't|can ?not|won't|will not|do not|don't|does not|doesn't|no longer)"
    r"(?: currently)?(?:(?: be)? able to)? (?:provide |offer |support |consider )?(?:any )?(?:visa |immigration )?sponsor"
    r"|\bno (?:visa |immigration |h-?1b )?sponsorship"
    r"|sponsorship (?:is |will )?(?:not|un)(?:available| available| be (?:provided|offered|available))"
    r"|not (?:eligible|available) for (?:visa |immigration )?sponsorship"
    r"|(?:visa|immigration) sponsorship is not",
    re.IGNORECASE,
)
_OFFERED = re.compile(
    rf"(?:visa|immigration|h-?1b) sponsorship (?:is |may be |will be |can be )?(?:available|provided|offered|possible)"
    rf"|(?:we|will|can|able to|happy to|do) (?:also )?(?:provide |offer )?sponsor(?:ship)? (?:of |for )?(?:your |work )?{_VISA}"
    rf"|(?:offer|provide|including|includes|with) (?:full )?(?:visa|immigration) (?:sponsorship|support)"
    rf"|sponsorship (?:is )?available"
    rf"|(?:visa|relocation and visa|relocation & visa) (?:support|assistance) (?:is )?(?:available|provided|offered)",
    re.IGNORECASE,
)
_SENTENCE = re.compile(r"(?<=[.!?\n])\s+")


def visa_sponsorship(text: str) -> tuple[bool | None, str | None]:
    """(True: offered / False: refused / None: silent, the sentence that says so)."""
    if "sponsor" not in text.lower() and "visa" not in text.lower():
        return None, None
    offered: str | None = None
    for sentence in _SENTENCE.split(text):
        if _REFUSED.search(sentence):
            return False, sentence.strip()[:200]
        if offered is None and _OFFERED.search(sentence):
            offered = sentence.strip()[:200]
    return (True, offered) if offered else (None, None)
