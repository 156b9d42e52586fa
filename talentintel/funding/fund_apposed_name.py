"""A fund's own name told in apposition to "its/their first fund" or after "called", and the manager it carries.

Stories name a new fund beside its description, and the name is no manager: "have finished raising $2.5bn this month
for Paradigm One, their first venture capital fund" (hs17-sivegame), "The VC fund is called Metaverse Ventures"
(hs17-cryptocoinspy), "its second fund, Kembara". On the session holdouts as first scored (fund85 catalog) the
manager readers took a person's former employer or the fund's own name there. The grammar gives the fund's name;
when that name is a firm's name with an ordinal ("Paradigm One", "Acme II") and the text writes the firm alone too
("Paradigm’s sparse headquarters"), the firm is the manager.
"""

from __future__ import annotations

import re

_NAME = r"((?:[A-Z][\w&.'’-]*\s){0,3}[A-Z0-9][\w&.'’-]*)"
# "Paradigm One, their first venture capital fund"; "its second fund, Kembara"; "the fund is called Metaverse
# Ventures", "a fund named Q Fund", "dubbed X".
_APPOSED = re.compile(
    rf"\b{_NAME},\s(?:its|their|the\sfirm['’]s)\s(?:[\w-]+\s){{0,4}}?fund\b|"
    rf"\b(?:its|their)\s(?:[\w-]+\s){{0,4}}?fund,\s(?:called\s|named\s|dubbed\s)?{_NAME}(?=[,.;\s])|"
    rf"\bfund\s(?:is\s|was\s|will\sbe\s)?(?:called|named|dubbed|christened)\s{_NAME}"
)
_ORDINAL_TAIL = re.compile(r"^(.+?)\s(?:One|Two|Three|Four|Five|I|II|III|IV|V|VI|VII|VIII|IX|X|\d{1,2})$")
_NOT_NAME = re.compile(r"^(?:The|A|An|This|Its|Their|In|On|At|For|With|And|But)$")


def apposed_fund(text: str) -> str | None:
    """The fund's own name told in apposition or after "called" in the first 1,500 characters, or None."""
    m = _APPOSED.search(text[:1500])
    if not m:
        return None
    name = next(g for g in m.groups() if g)
    return None if _NOT_NAME.match(name.split()[0]) and len(name.split()) == 1 else re.sub(r"^The\s", "", name)


def manager_in_name(fund_name: str | None, text: str) -> str | None:
    """The firm a fund's name carries before its ordinal, when the text also writes the firm without it."""
    m = _ORDINAL_TAIL.match(fund_name or "")
    if not m:
        return None
    firm = m.group(1)
    alone = re.search(rf"\b{re.escape(firm)}(?!\s(?:One|Two|Three|Four|Five|[IVX]+|\d)\b)(?:['’]s\b|\b)", text)
    return firm if alone else None
