"""What a Romance-language employer does often follows its self-description as a gerund clause.

"Pense grande, somos um grupo evangelizador de tendências de mercado, promovendo a acessibilidade do conhecimento sobre
o mercado de criptomoedas." (unseen_hs8, DD Corporation's Salvador front-end post): "somos" opens the self-description
and the company noun comes first, as self_description.py expects, but the business is named in the gerund clause
after the comma, 16 words from the marker, beyond the ROMANCE_WORDS it reads: the post's one crypto sentence was read
as a passing mention. The English reader has the same turn for relative clauses ("... services that power centralized
cryptocurrency exchange", _POWERS there).

Only gerunds of making, offering, promoting or changing count: a gerund of using ("utilizando blockchain"), serving or
helping buyers ("atendendo clientes de cripto") or hiring ("buscando desenvolvedores") says nothing about what the
employer is.
"""

from __future__ import annotations

import re

_GERUND = re.compile(
    r"\b(?:desenvolvendo|construindo|criando|oferecendo|promovendo|democratizando|transformando|conectando"
    r"|fornecendo|provendo|levando|revolucionando|simplificando|desarrollando|construyendo|creando|ofreciendo"
    r"|promoviendo|proporcionando|brindando|llevando)\b"
)
GERUND_REACH = (
    80  # characters after the marker: "somos um grupo evangelizador de tendências de mercado, promovendo" is 55
)
GERUND_WORDS = 10  # "a acessibilidade do conhecimento sobre o mercado de criptomoedas" is 9 words


def gerund_clause(rest: str) -> str:
    """The first words of the making gerund clause in the text after a Romance self-description marker ("" if none);
    the clause ends the sentence's reading at a full stop."""
    match = _GERUND.search(rest, 0, GERUND_REACH)
    if match is None:
        return ""
    clause = rest[match.end() :].split(".", 1)[0]
    return " ".join(clause.split()[:GERUND_WORDS])
