"""Fund closes told in Russian/Ukrainian and in Spanish with an English fund name (tuning_batch51).

Both read as no deal on tuning_batch51's one score (fund company and fund amount 0.000 on its two funds):
"Завершение формирования фонда Dragonfly Capital на сумму 650 миллионов долларов" (the forming of the fund completed,
b51-cryptotelegraff-dragonfly-650m-fund-ru) and "El OP Crypto Fund of Money (FoF) ... ha recaudado 28 millones de
dólares" (b51-noticias-blockchain-op-crypto-fof-28m-es). The Russian class is the fund as the object of a completed
forming or closing ("завершил формирование фонда", "закрыл фонд", "завершила сбор средств в фонд", Ukrainian
"завершив формування фонду", "закрила фонд"); the Spanish one is a fund named in English ("... Fund", "FoF") whose
verb is Spanish, which fund_closes_intl's "el fondo ... ha recaudado" does not read.
"""

from __future__ import annotations

import re

from talentintel.funding.kind import opening

_CLOSES = re.compile(
    r"\b(?:заверш\w*|закры\w*|закри\w*)\s(?:\w+\s){0,2}?(?:формировани\w*|формуванн\w*|сбор\w*|збір\w*)?\s?"
    r"(?:средств\s|коштів\s)?(?:в\s|до\s)?фонд(?:а|у)?\b|"
    r"\b(?:Fund|FoF)\b[^.\n]{0,160}?\bha\s(?:recaudado|captado|levantado|cerrado)\b",
    re.IGNORECASE,
)


def closes_fund_more(text: str) -> bool:
    """The first three sentences tell a fund formed or closed in one of the forms above."""
    return bool(_CLOSES.search(opening(text, 3)))
