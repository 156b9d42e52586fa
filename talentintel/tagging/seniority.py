"""Seniority from a job title, in English, German, French, Spanish, Portuguese, Italian and Dutch.

The first rule that fires wins; rules run from the most specific signal to the weakest: an internship word beats
everything ("Senior Intern" does not exist; "Werkstudent Senior Data" is a student job), an executive or director
title beats the level prefixes on it ("Senior Director" is a director), a management title beats a level prefix
("Senior Engineering Manager" manages), and bare level words come last. Roman and arabic numerals (Engineer II, Analyst 1)
are levels only as a suffix. A title with no signal has no seniority (null), not "mid".
"""

from __future__ import annotations

import re
from dataclasses import dataclass

LEVELS = ("intern", "junior", "mid", "senior", "staff", "principal", "lead", "manager", "director", "executive")

_RULES: tuple[tuple[str | None, str], ...] = (
    # Titles that look like a level but are not one: a lab's generic title, a fellowship programme.
    (None, r"member of (the )?technical staff|fellows? program(me)?|fellowship"),
    (
        "intern",
        r"intern(ship)?s?|praktikant(in)?|praktikum|werkstudent(in)?|working student|stagiaire|"
        r"alternan(ce|t)|apprenti(ce)?|becari[oa]|pasant(e|ía)|estagi[aá]ri[oa]|est[aá]gio|tirocinante|"
        r"stagista|co-?op|trainee|summer analyst",
    ),
    (
        "executive",
        r"chief [a-z]+ officer|c[etfoims]o|cto|ceo|vp|svp|evp|vice[- ]president|president|co-?founder|"
        r"managing partner|general partner|geschäftsführer(in)?|directeur général|"
        r"director general|directora? general",
    ),
    (
        "director",
        r"director(a)?|directeur|directrice|direktor(in)?|diretor(a)?|head of|head,|leiter(in)? [a-zäöü]|"
        r"bereichsleiter(in)?|abteilungsleiter(in)?|responsabile",
    ),
    ("junior", r"associate product manager|junior product manager"),
    ("principal", r"principal|distinguished"),
    ("staff", r"staff"),
    ("lead", r"lead|tech lead|team lead|teamleiter(in)?|leitende[rn]?|l[ií]der|chef d'équipe|chef de projet|leader"),
    ("manager", r"manager(in)?|gerente|responsable|gestor(a)?"),
    ("senior", r"senior|sr\.?|snr|s[êé]nior|iii|iv|3|expert(e)?|erfahrene[rn]?|confirmé(e)?|expérimenté(e)?"),
    ("mid", r"mid|mid-?level|intermediate|medior|pleno|ii|2"),
    (
        "junior",
        r"junior|jr\.?|j[uú]nior|graduate|new grad|early career|entry[- ]level|associate|einsteiger(in)?|"
        r"débutant(e)?|i|1",
    ),
)
_COMPILED = tuple((level, re.compile(rf"(?<![\w-])(?:{pattern})(?![\w-])", re.IGNORECASE)) for level, pattern in _RULES)
# Roman numerals and single letters are levels only as a suffix ("Engineer II", "Software Engineer I").
_SUFFIX_ONLY = re.compile(r"^(?:i|ii|iii|iv|1|2|3)$", re.IGNORECASE)


@dataclass(frozen=True)
class Seniority:
    level: str | None
    evidence: str | None  # the words of the title that decided it


def _suffix_ok(title: str, match: re.Match[str]) -> bool:
    """A numeral counts where it ends the role name: at the end, or before a separator ("Engineer II, Backend",
    "Engineer III - Courses", "Engineer II (Remote)") or "at/in/for"."""
    if not _SUFFIX_ONLY.match(match.group(0)):
        return True
    rest = title[match.end() :].lstrip(" ")
    return not rest or rest[:1] in ",-–—(/|" or rest.split()[0].lower() in {"at", "in", "for", "bei", "à"}


def seniority(title: str) -> Seniority:
    """The level a title states, with the words that state it; Seniority(None, None) when it states none."""
    text = " ".join(title.split())
    for level, pattern in _COMPILED:
        for match in pattern.finditer(text):
            if _suffix_ok(text, match):
                return Seniority(level, match.group(0) if level else None)
    return Seniority(None, None)
