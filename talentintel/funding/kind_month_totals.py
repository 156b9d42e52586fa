"""A month's, a quarter's or a span of months' startup money in the plural, and the trend of money into startups.

`kind` reads MONTH_TOTAL and STARTUP_MONEY_TREND as "market total" triggers (through kind_more_intl), before the
opening's first completed raise. The older totals (kind_totals) read a year ("in 2022", "in the first half of 2021")
or a count of deals; a period told by its month or by a span of months was read as the round of the first example.
Seen at the one score of tuning_batch60 (kind_f25) and in the tuning misses it was checked against, on three
publishers in three languages:
- "Turkish startups secured more than $1.27 billion from January through March of this year"
  (businessofesports-turkey-q1-2022), "Le start-up israeliane hanno raccolto quasi 600 milioni di dollari durante il
  mese di settembre" (etribuna-israele-settembre): startups in the plural, a raise verb, a sum, then a month or a span;
- "Os investimentos em startups brasileiras despencaram 86% no primeiro trimestre" (b60-telesintese-...-pt): money
  into startups as a class that fell or rose.
One company's news has a singular subject ("the startup raised"), so the plural is the cue; the month names and verbs
are those of English, Italian, Portuguese, Spanish, French and German.
"""

from __future__ import annotations

import re

_MONTH = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December|"
    r"gennaio|febbraio|marzo|aprile|maggio|giugno|luglio|agosto|settembre|ottobre|novembre|dicembre|"
    r"janeiro|fevereiro|março|abril|maio|junho|julho|setembro|outubro|dezembro|"
    r"enero|febrero|mayo|junio|julio|septiembre|octubre|noviembre|diciembre|"
    r"janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|décembre|"
    r"Januar|Februar|März|Juni|Juli|Oktober|Dezember)"
)
_ORDINAL_PERIOD = (
    r"(?:first|second|third|fourth|primo|secondo|terzo|quarto|primeiro|segundo|terceiro|primer|tercer|cuarto|premier|"
    r"deuxième|troisième|quatrième|ersten|zweiten|dritten|vierten)\s(?:quarter|half|trimestre|semestre|Quartal|Halbjahr)"
)
_PERIOD = (
    # "durante il mese di settembre", "in the month of May", "no mês de março", "au mois de juin", "im Monat Mai"
    r"(?:during|in|over|durante|nel|nei|no|em|en|au|im|à)\s(?:the\s|il\s|o\s|el\s|le\s)?(?:month\sof\s|mese\sdi\s|"
    r"mês\sde\s|mes\sde\s|mois\sde\s|Monat\s)?" + _MONTH + r"\b|"
    # "from January through March", "de janeiro a março", "da gennaio a giugno", "von Januar bis März"
    r"(?:from|de|da|von|entre)\s"
    + _MONTH
    + r"\s(?:through|to|until|a|al|à|bis|y|e)\s"
    + _MONTH
    + r"\b|"
    + _ORDINAL_PERIOD
)
_PLURAL_STARTUPS = (
    r"\b(?:start-?ups|Start-ups|le\sstart-?up|scale-?ups|jeunes\spousses|empresas\semergentes|emprendimientos)\b"
)
_RAISE_VERB = (
    r"\b(?:raised|secured|attracted|received|drew|pulled\sin|hanno\s(?:raccolto|ottenuto|attratto)|raccolsero|"
    r"ont\s(?:levé|collecté|récolté|attiré)|levèrent|levantaram|captaram|receberam|arrecadaram|recaudaron|levantaron|"
    r"captaron|recibieron|haben\s(?:[^.\n]{0,40}?)(?:eingesammelt|erhalten)|sammelten)\b"
)
MONTH_TOTAL = re.compile(
    _PLURAL_STARTUPS + r"[^.\n]{0,60}?" + _RAISE_VERB + r"[^.\n]{0,30}?\d[^.\n]{0,80}?\b(?:" + _PERIOD + r")",
    re.IGNORECASE,
)
STARTUP_MONEY_TREND = re.compile(
    r"\b(?:investimentos?|aportes|inversi(?:ón|ones)|investissements?|investimenti|Investitionen|investments?|funding|"
    r"financiamento|financiación|finanziamenti)\s(?:em|en|dans\s(?:les\s)?|in|into|negli|nelle|nei|para)\s"
    r"(?:[\w-]+\s){0,2}?" + _PLURAL_STARTUPS + r"[^.\n]{0,60}?\b(?:despencaram|caíram|cresceram|subiram|recuaram|"
    r"dispararam|cayeron|crecieron|subieron|se\sdesplomaron|ont\s(?:chuté|baissé|augmenté|bondi|reculé)|sono\s(?:calati|"
    r"cresciuti|crollati|aumentati)|sind\s(?:gesunken|gestiegen|eingebrochen)|fell|dropped|rose|grew|plunged|soared|"
    r"jumped|declined|slumped|surged)\b",
    re.IGNORECASE,
)
