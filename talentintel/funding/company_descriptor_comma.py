"""The company set off by commas after the description that opens its sentence: "Startup Afrika, Mara, baru-baru ini
mengatakan telah mengumpulkan dana sekitar $23 juta" (the African startup, Mara, said it raised about $23M).

Indonesian and Malay news open on what the company is and then name it between commas; the rules took the
description's capitalised place for the raiser (b25-barubuat-mara-23m-id, company 'Afrika' on its first score). The
same shape in English ("African startup, Mara, said it has raised") is covered. Only a sentence that opens on the
description and reports a raise after the name is read.
"""

from __future__ import annotations

import re

from talentintel.funding.company_grammar import NAME

_DESCRIPTION = (
    r"(?i:(?:sebuah\s|the\s|an?\s)?(?:[\w-]+\s){0,3}?(?:startup|start-up|perusahaan(?:\srintisan)?|platform|fintech|"
    r"bursa|company|firm))"
)
_RAISE = (
    r"(?i:mengumpulkan|meraih|mendapatkan|mengamankan|menerima|menutup|memperoleh|raised|secured|closed|received|"
    r"has\sraised|raises)"
)
_SET_OFF = re.compile(
    rf"(?:\A|(?<=\n)|(?<=[.!?]\s))\s*{_DESCRIPTION}\b[^,.\n]{{0,40}},\s(?P<name>{NAME}),\s[^.\n]{{0,80}}?\b{_RAISE}\b"
)


def set_off_company(text: str) -> str | None:
    """The name between commas after an opening description, in a sentence that reports a raise."""
    m = _SET_OFF.search(text)
    return m.group("name") if m else None
