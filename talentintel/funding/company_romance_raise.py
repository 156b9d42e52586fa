"""The company a Spanish or Portuguese text introduces by name and then calls "el proyecto" when it raises.

"Así nació Ripio, una billetera digital que permite comprar bitcoins ... Luego de crear la plataforma, el proyecto entró
en una aceleradora y consiguió una inversión inicial de US$600.000" (b25-lanacion-ripio-600k-es, no company on its first
score, so the round was read as `other`): the raise's subject is a description; the company is the name the text
introduced with "nació X" (X was born) or "X, una billetera digital" (X, a digital wallet). Only a description that
raises in its own sentence, with money after the verb, is resolved.
"""

from __future__ import annotations

import re

from talentintel.funding.company_grammar import NAME
from talentintel.funding.money import Money, find_money

_KINDS = (
    r"proyecto|projeto|startup|start-up|empresa|compañía|companhia|plataforma|fintech|billetera|carteira|aplicación|"
    r"aplicativo|app|firma"
)
_RAISE = (
    r"(?:consiguió|obtuvo|recibió|levantó|recaudó|captó|cerró|sumó|conseguiu|obteve|recebeu|levantou|arrecadou|captou)"
)
_DESCRIBED_RAISE = re.compile(
    rf"\b(?:[Ee]l|[Ll]a|[Oo]|[Aa])\s(?:{_KINDS})\b[^.\n]{{0,80}}?\b{_RAISE}\b[^.\n]{{0,40}}?(?:US\$|U\$S|R\$|USD|€|\$|\d)"
)
_INTRODUCED = re.compile(
    rf"\b(?:nació|nasceu|surgió|surgiu)\s(?P<born>{NAME})|"
    rf"(?P<named>{NAME}),\s(?:una?|uma)\s(?:[\w-]+\s){{0,2}}?(?:{_KINDS})\b"
)


def described_raise(text: str) -> tuple[str | None, Money | None]:
    """The last name introduced before a description's raise, and the sum the raise took (its first after the verb),
    when a description is what raised; (None, None) otherwise."""
    raise_ = _DESCRIBED_RAISE.search(text)
    if raise_ is None:
        return None, None
    names = [m.group("born") or m.group("named") for m in _INTRODUCED.finditer(text, 0, raise_.start())]
    if not names:
        return None, None
    end = raise_.end() + 60
    money = next((m for m in find_money(text) if raise_.start() <= m.start < end), None)
    return re.sub(r"^(?:[AO]|El|La)\s", "", names[-1]), money  # "A Zuno, uma plataforma": the article goes
