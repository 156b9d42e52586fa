"""Brazilian boards write the state's two-letter code as the place: "Desenvolvedor Mobile SR | Hibrido - SP",
"[Remoto/RJ]", "Fortaleza – CE" (issue 18, unseen25: VEST CASA's "Hibrido - SP" with a location field of only
"Híbrido - 70% Remoto + 30% Presencial" read as worldwide remote). A code of a Brazilian state standing alone in a
slot of the title or a location string names Brazil when the posting is written in Portuguese (two words no Spanish or
English posting uses) and nothing else names a country: the codes are common letters elsewhere ("PA", "MA", "TO")."""

from __future__ import annotations

import re
from collections.abc import Sequence

_UF = "AC|AL|AP|AM|BA|CE|DF|ES|GO|MA|MT|MS|MG|PA|PB|PR|PE|PI|RJ|RN|RS|RO|RR|SC|SP|SE|TO"
# the code alone between slot separators: "- SP", "/RJ]", "(MG)", "| SC |"
_SLOT = re.compile(rf"(?:^|[\s\-–—/|(\[,])({_UF})(?=$|[\s\-–—/|)\],.:])")
# Portuguese-only words of job posts (Spanish shares remoto, presencial, requisitos, empresa, híbrido)
_PORTUGUESE = re.compile(
    r"\b(?:vagas?|desenvolvedora?|contrata[çc][ãa]o|benef[íi]cios|experi[êe]ncia|sal[áa]rio|voc[êe]|n[ãa]o"
    r"|obrigat[óo]rios|desej[áa]veis|diferenciais|pessoa|jur[íi]dica|CLT|PJ)\b",
    re.IGNORECASE,
)


def brazil_state_slot(title: str, locations: Sequence[str], text: str) -> str | None:
    """The slot holding a Brazilian state's code ("Hibrido - SP"), in a Portuguese posting; None otherwise."""
    slot = next((m.group(1) for f in (title, *locations) for m in _SLOT.finditer(f or "")), None)
    if slot is None:
        return None
    cues = {m.group(0).lower() for m in _PORTUGUESE.finditer(f"{title}\n{' '.join(locations)}\n{text[:4000]}")}
    return slot if len(cues) >= 2 else None
