"""A fund manager named after its kind in German, French, Spanish, Italian or Portuguese, anywhere in a fund text's
first paragraphs.

English has "venture capital firm X" (`fund_details._described_firm`, read in the opening only); the other languages
put the same descriptor before the name with an article: "seit 2018 als Gründer ... die Venture Capital Gesellschaft
Alpha Intelligence führt" (hs19-faz, fund85 catalog: no manager read), "la société de gestion X", "la gestora X",
"la società di gestione del risparmio X", "a gestora X". A feature profile puts it after a scene-setting lede, so the
reader looks through the first 1,500 characters, and only when no other reader named a manager.
"""

from __future__ import annotations

import re

_DESCRIPTOR = (
    r"(?:Venture[\s-]Capital[\s-]Gesellschaft|Wagniskapitalgesellschaft|Risikokapitalgesellschaft|"
    r"Beteiligungsgesellschaft|Investmentgesellschaft|Kapitalverwaltungsgesellschaft|Wagniskapitalgeber|VC-Firma|"
    r"VC-Gesellschaft|Fondsgesellschaft|société\sde\s(?:capital[\s-]risque|gestion|capital[\s-]investissement)|"
    r"gestora(?:\sde\s(?:capital\sriesgo|venture\scapital|fondos|capital\sde\srisco|recursos))?|"
    r"società\sdi\s(?:gestione(?:\sdel\srisparmio)?|venture\scapital)|sgr|fondo\sde\scapital\sriesgo)"
)
# The article that makes the descriptor a common noun before a name: "die", "la", "a", "del", "der".
_DESCRIBED = re.compile(
    # Lower-case adjectives only between the article and the descriptor: a capitalised one is part of a name
    # ("die Mittelständische Beteiligungsgesellschaft Baden-Württemberg" is the firm itself).
    rf"\b(?:die|der|den|dem|la|le|a|il|el|da|de\sla|della|del|do)\s(?-i:[a-zà-ÿ][\w-]*\s){{0,2}}?{_DESCRIPTOR}\s"
    r"((?-i:(?:[A-Z0-9][\w&.'’-]*)(?:\s(?:[A-Z0-9][\w&.'’-]*|&)){0,4}))",
    re.IGNORECASE,
)
_NOT_NAME = re.compile(r"^(?:[a-zà-ÿ]|(?:Die|Der|La|Le|El|Il|Sie|Er|Es)\b)")


def described_manager(text: str) -> str | None:
    """The name after a European descriptor of an investment firm in the first 1,500 characters, or None."""
    for m in _DESCRIBED.finditer(text[:1500]):
        name = re.split(r"\.\s", m.group(1))[0].rstrip(".,")
        if not _NOT_NAME.match(name):
            return name
    return None
