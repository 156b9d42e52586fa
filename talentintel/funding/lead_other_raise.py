"""A lead told in another raise's sentence belongs to that raise: "M0 (Suiza) ha cerrado una ronda Serie B de $40
millones liderada por ... Polychain Capital y Ribbit Capital. ... Por otro, Rain (EE.UU.) ha recaudado aún más: $58
millones en una Serie B liderada por Sapphire Ventures" (hs16-cryptovibe-m0-40m-series-b-rain-58m-es) read Sapphire as an
M0 lead; "led by" clauses are read from the whole text, so a digest's second round lends its lead to the first.

A lead is dropped only when another lead's sentence names the deal's company and the dropped lead's every sentence
names a sum that sentence does not: a different raise. "Acme raised $10M led by A. The $10M round was co-led by B"
keeps B (same sum). Issue 13 session 20 (lead83): the holdout catalog's "wrong deal in a roundup" misses.
"""

from __future__ import annotations

import re

_SENTENCE = re.compile(r"(?<=[.!?])\s+(?=[A-Z¿¡])|\n+")
# A sum as written: "$58 millones", "€2.5M", "40 million", "1,000 millones de dólares".
_SUM = re.compile(r"[$€£¥₩]\s?(\d[\d.,]*)|\b(\d[\d.,]*)\s?(?:[mb]n?\b|million|billion|millones|milhões|millions|Mio)")


def _sums(sentence: str) -> set[str]:
    return {(m.group(1) or m.group(2)).rstrip(".,") for m in _SUM.finditer(sentence)}


def other_raise_leads(text: str, leads: list[str], company: str | None) -> list[str]:
    """`leads` without those only told in a sentence about a different sum, when another lead's sentence names
    `company`."""
    if not company or len(leads) < 2:
        return leads
    sentences = [s for s in _SENTENCE.split(text) if s.strip()]
    told = {name: [s for s in sentences if name in s] for name in leads}
    own = [s for name in leads for s in told[name] if company in s]
    if not own:
        return leads
    own_sums = set().union(*(_sums(s) for s in own))
    kept = []
    for name in leads:
        mine = told[name]
        elsewhere = mine and all(company not in s and _sums(s) and not (_sums(s) & own_sums) for s in mine)
        if not elsewhere:
            kept.append(name)
    return kept
