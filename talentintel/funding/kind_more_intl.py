"""Openings that announce no new money, in the languages the older kind triggers do not read (tuning_batch51).

Read as rounds on tuning_batch51's one score (rules env, kind 0.630), each a class seen beyond its text:
- a secondary sale, where existing shares change hands and the company gets no new money ("συμφωνία δευτερογενούς
  πώλησης μετοχών αξίας 6,6 δισεκατομμυρίων δολαρίων", b51-thebest-openai-...-el); the same noun phrase in Portuguese
  "venda secundária", Spanish "venta secundaria", Romanian "vânzare secundară", Russian/Ukrainian "вторичная продажа" /
  "вторинний продаж", Polish "sprzedaż wtórna", Dutch "secundaire verkoop", Swedish "sekundär försäljning";
- a Nordic rights issue, a public offering decided or in subscription, not a closed round ("Styrelsen i Artificial
  Solutions har beslutat om en företrädesemission om cirka 25,6 MSEK", b51-borskollen-...-sv): Swedish
  "företrädesemission", Danish "fortegningsemission", Norwegian "fortrinnsrettsemisjon";
- money a company "will receive", a raise still being assembled ("xAI ... отримає $20 мільярдів інвестицій",
  b51-mezha-xai-20bn-...-uk): the future of "receive" in Ukrainian and Russian with a sum after it;
- a period's or a region's total: a sum "in the first half of the year" ("atrajo 116 mil 100 millones de dólares en la
  primera mitad del año", b51-teleradioamerica-...-es), funding "to startups" as a class ("لم يتجاوز التمويل الموجّه لشركات
  الذكاء الاصطناعي الناشئة في المنطقة 200 ألف دولار", b51-coriq-...-ar);
- a token launched, a listing rather than a sale ("Worldcoin lançou oficialmente o token WLD", b51-gatenode-...-pt).
`kind` reads each only before the opening's first completed raise, like its other triggers. TRIGGERS also carries
tuning_batch57's classes kept in their own modules: a raise sought in Japanese or rumoured/denied in Chinese
(kind_unconfirmed_cjk) and a development bank's loan to a government (kind_public_loans).
"""

from __future__ import annotations

import re

from talentintel.funding.kind_month_totals import MONTH_TOTAL, STARTUP_MONEY_TREND
from talentintel.funding.kind_public_loans import SOVEREIGN_LOAN, SOVEREIGN_LOAN_INTL
from talentintel.funding.kind_stop_idioms import STOPPED
from talentintel.funding.kind_unconfirmed_cjk import RUMOUR_ZH, SOUGHT_JA

_AR = r"[\u0621-\u064a]"
_AW = r"[\u0621-\u0652\u0640]+"  # an Arabic word, its vowel marks and shadda included ("الموجّه")

SECONDARY_INTL = re.compile(
    r"δευτερογεν\w*\s(?:\w+\s)?(?:πώλησ\w*|διάθεσ\w*)|"
    r"\b(?:venda|venta|vendita|vânzare|vânzări|vanzare)s?\s(?:secundári[ao]s?|secundari[ao]s?|secondari[ao]|secundar[ăe])\b|"
    r"\bвторичн\w*\s(?:продаж\w*|размещени\w*)|\bвторинн\w*\s(?:продаж\w*|розміщенн\w*)|"
    r"\bsprzeda\w*\swtórn\w*|\bsecundaire\s(?:aandelen)?verkoop\b|\bsekundär(?:a)?\s(?:försäljning|aktieförsäljning)\b",
    re.IGNORECASE,
)
NORDIC_RIGHTS_ISSUE = re.compile(
    r"\b(?:företrädesemission|fortegningsemission|fortrinnsrettsemisjon)\w*", re.IGNORECASE
)
FUTURE_RECEIVE = re.compile(
    r"\b(?:отримає|отримають|получит|получат)\s(?:[^.\n]{0,30}?)(?:\$\s?\d|\d[\d.,]*\s?(?:млрд|млн|мільярд\w*|мільйон\w*|"
    r"миллиард\w*|миллион\w*))",
    re.IGNORECASE,
)
PERIOD_TOTAL_INTL = re.compile(
    r"\b(?:millones|milhões|bilhões|billones|mil\smillones)\s(?:de\s)?(?:dólares|euros|reales|pesos)\s(?:en|durante|no|na)\s"
    r"(?:la\s|el\s|o\s|a\s)?(?:primera\smitad|segunda\smitad|primer\ssemestre|segundo\ssemestre|primeiro\ssemestre|"
    r"(?:primer|segundo|tercer|cuarto|primeiro|terceiro|quarto)\strimestre)\b|"
    rf"(?<!{_AR})(?:التمويل|تمويل|الاستثمارات|استثمارات)\s(?:{_AW}\s){{0,2}}?(?:لشركات|للشركات|إلى\sشركات|في\sشركات|شركات)\s"
    rf"(?:{_AW}\s){{0,4}}?الناشئة(?!{_AR})",
    re.IGNORECASE,
)
TOKEN_LAUNCH = re.compile(
    r"\b(?:lançou|lança|lançará|lanzó|lanza|lanzará|запустил[аи]?|запустила|запустив|запустила)\s(?:oficialmente\s|официально\s)?"
    r"(?:o\s|el\s|su\s|seu\s|sua\s|свій\s|свой\s)?(?:token|moneda|criptomoeda|токен)\b",
    re.IGNORECASE,
)

# Romanian plans, read once Romanian sums are (money_words' "milioane"/"miliarde", tuning_batch51): "Uniunea Europeană
# intenționează să lanseze ... un mega-fond de investiții, de cel puțin 10 miliarde de euro" (hs11-startupcafe-scaleup-
# europe-fund-planned-ro) is a fund planned; "plănuiește să atragă", "urmează să strângă", "se pregătește să atragă",
# "este în discuții pentru" likewise a raise not closed.
PLANNED_RO = re.compile(
    r"\b(?:intenționează|intentioneaza|plănuiește|planuieste|urmează|urmeaza|vrea|dorește|doreste|speră|spera)\ssă\s"
    r"(?:lanseze|atragă|atraga|strângă|stranga|obțină|obtina|ridice|mobilizeze)\b|"
    r"\bse\spregătește\ssă\s(?:atragă|strângă|lanseze)\b|\b(?:este|sunt|se\safl[ăa])\sîn\s(?:discuții|negocieri)\spentru\b",
    re.IGNORECASE,
)

TRIGGERS = (
    ("secondary", SECONDARY_INTL),
    ("offering", NORDIC_RIGHTS_ISSUE),
    ("not closed", FUTURE_RECEIVE),
    ("market total", PERIOD_TOTAL_INTL),
    ("token launch", TOKEN_LAUNCH),
    ("not closed", PLANNED_RO),
    ("not closed", SOUGHT_JA),  # "資金を集めようとしている", "評価額を ... 目指している" (kind_unconfirmed_cjk)
    ("not closed", RUMOUR_ZH),  # "网传 ... 完成40亿元融资", "否認參與 ... 輪融資" (kind_unconfirmed_cjk)
    ("public loan", SOVEREIGN_LOAN),  # "The World Bank approved a loan of ... for Pakistan" (kind_public_loans)
    ("public loan", SOVEREIGN_LOAN_INTL),  # "préstamos ... por parte del Banco Interamericano" (kind_public_loans)
    ("shutdown", STOPPED),  # "Pulls The Plug On Its Music Lyric App", "Kampagne ... abgebrochen" (kind_stop_idioms)
    ("market total", MONTH_TOTAL),  # "Turkish startups secured ... from January through March" (kind_month_totals)
    ("market total", STARTUP_MONEY_TREND),  # "Os investimentos em startups ... despencaram" (kind_month_totals)
)
