"""Fund raises in forms the fund rules had not read, in seven languages: Italian "ha chiuso la raccolta del secondo
fondo", Spanish "primer cierre" of a fund, French "a levé ... pour son deuxième fonds", Dutch "het ... gelanceerde
fonds", Turkish "üst fonun kuruluşuna dair protokol", and (tuning_batch51, once fund_closes_more.py) Russian and
Ukrainian "Завершение формирования фонда X" and a Spanish verb after an English fund name ("X Fund ... ha recaudado"),
both of which read as no deal on that batch's one score.

`deals` reads `closes_fund` beside the other fund announcements (its `_announces_fund`), on the story's first three
sentences (a lede may name the LP first and the close after it). Seen on tuning_funds18 (kind 0.577, fund_company 0.286,
fund_amount 0.500 at its one score, 14 funds): bebeez (F2i "ha chiuso la raccolta del secondo fondo raggiungendo quota
1,242 miliardi"), agefi (First State "avoir levé 2,1 milliards d'euros pour son deuxième fonds", read as a round),
sprout ("het afgelopen maand gelanceerde fonds Invest-NL"), gazeteoksijen ("50 milyon dolarlık yeni bir üst fonun
kuruluşuna dair protokol imzalandı") and cepymenews (N+1's fund, "alcanzar la cifra de 400 millones en su primer
cierre", after the LP's commitment).
"""

from __future__ import annotations

import re

from talentintel.funding.kind import opening

_CLOSES = re.compile(
    # Italian: a fund's collection closed ("ha chiuso la raccolta del secondo fondo").
    r"\b(?:ha\s|hanno\s)?(?:chiuso|concluso|completato)\s(?:con\ssuccesso\s)?la\sraccolta\sdel\s(?:\w+\s){0,2}?fondo\b|"
    # Italian, Spanish and Portuguese: the fund as the subject that raised ("il fondo crypto ha raccolto circa 72 milioni
    # di dollari", f21-itcointelegraph-north-island-72m-crypto-fund).
    r"\b(?:il|el|o)\s(?:nuovo\s|nuevo\s|novo\s)?(?:fondo|fundo)(?:\s[\w-]+){0,4}?\s(?:ha\sraccolto|ha\srecaudado|"
    r"recaudó|captó|captou|arrecadou)\b|"
    # Spanish: a fund's first, second or final close ("alcanzar la cifra de 400 millones en su primer cierre"), only in
    # a sentence that names a fund (a round is "cierra una ronda", never "su primer cierre").
    r"\b(?:primer|segundo|tercer|último)\scierre\b(?=[^\n]*\bfond)|(?<=\bfond)[^.\n]*\b(?:primer|segundo|tercer|último)"
    r"\scierre\b|\bcierre\s(?:final|definitivo)\sdel\sfondo\b|"
    # French: money raised for the firm's own fund ("avoir levé 2,1 milliards d'euros pour son deuxième fonds").
    r"\blev[ée]e?s?\s[^.\n]{0,60}?\bpour\sson\s(?:nouveau\s|premier\s|deuxième\s|second\s|troisième\s|quatrième\s)?"
    r"fonds\b|"
    # Dutch: a fund launched ("het afgelopen maand gelanceerde fonds Invest-NL", "lanceert een nieuw fonds").
    r"\bgelanceerde\s(?:\w+\s)?fonds\b|\b(?:lanceert|lanceerde|heeft\sgelanceerd)\s(?:een\s)?(?:nieuw\s)?(?:\w+\s)?fonds\b|"
    # Turkish: a fund set up ("yeni bir üst fonun kuruluşuna dair protokol", "yeni bir fon kuruldu").
    r"\bfon(?:un|u)?\skuruluşu(?:na|nu|nun)?\b|\bfon(?:u)?\skuruldu\b|"
    # Russian and Ukrainian: the fund as the object of a completed forming or closing ("Завершение формирования фонда
    # Dragonfly Capital", "закрыл фонд", "завершила сбор средств в фонд", "завершив формування фонду"; tuning_batch51).
    r"\b(?:заверш\w*|закры\w*|закри\w*)\s(?:\w+\s){0,2}?(?:формировани\w*|формуванн\w*|сбор\w*|збір\w*)?\s?"
    r"(?:средств\s|коштів\s)?(?:в\s|до\s)?фонд(?:а|у)?\b|"
    # Spanish with a fund named in English: "El OP Crypto Fund of Money (FoF) ... ha recaudado" (tuning_batch51).
    r"\b(?:Fund|FoF)\b[^.\n]{0,160}?\bha\s(?:recaudado|captado|levantado|cerrado)\b",
    re.IGNORECASE,
)


def closes_fund(text: str) -> bool:
    """The first three sentences tell a fund closed, raised or launched in one of the forms above."""
    return bool(_CLOSES.search(opening(text, 3)))
