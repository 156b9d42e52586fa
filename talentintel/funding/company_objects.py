"""The raising company as the object of an investor's sentence, where the investor is the subject.

"Kinnevik, a major investor in ecommerce group Rocket Internet, has led a new round of funding into Nigeria's online
store Konga" (b17-hawker-konga-kinnevik): the round goes into the company after a place's possessive and a lowercase
description; the company the investor's appositive names (Rocket Internet) did not raise.
"""

from __future__ import annotations

import re

from talentintel.funding import company_grammar as grammar

NAME = grammar.NAME

# "led a new round of funding into Nigeria's online store Konga", "made a fresh investment in India's Acme",
# "joined the latest financing round in the Jakarta payments firm Acme": an adjective before the round word and
# "of funding" after it, which `company._INVESTED_IN` does not read.
_LED_ROUND_INTO = re.compile(
    r"\b(?i:(?:co-)?led|(?:co-)?leads|made|makes|joined|joins)\s(?:(?i:a|an|the)\s)?"
    r"(?:(?i:new|fresh|latest|second|third|follow-on|further)\s)?(?:(?i:funding|financing)\s)?"
    r"(?i:round|investment|financing)(?:\s(?i:of)\s(?i:funding|financing|investment))?\s(?i:in|into)\s"
    rf"(?:(?i:the)\s)?(?:[A-Z][\w-]*['’]s\s)?(?:[a-z][\w-]*\s){{0,4}}?({NAME})"
)

# French: "Acumen, I&P, Zephyr et d'anciens investisseurs ont participé à la récente ronde de financement dont a fait
# l'objet Ed Partners Africa" (hs4-afriqueitnews-edpartners), "la levée de fonds dont a bénéficié Acme": the round
# "of which X was the object" or "which X received", with the investors as the sentence's subject.
_FR_ROUND_DONT = re.compile(
    r"\b(?i:financement|levée\sde\sfonds|tour\sde\stable|ronde|investissement)\b[^.\n]{0,60}?\bdont\s(?:a|ont)\s"
    rf"(?:fait\sl['’]objet|bénéficié)\s({NAME})"
)

# The investor puts money or leads a round "into" a startup, in German, Czech/Slovak, French, Spanish, Portuguese and
# Italian: "Eks Risikokapitalfonds Prima Materia stecke 100 Millionen Euro in das Anfang des Jahres gegründete
# Unternehmen Helsing" (hs11-digitaleakten-helsing-100m-prima-materia-de), "fond Purple Ventures vedl investiční kolo
# do tamního start-upu Tass Vision" (hs11-hn-tass-vision-purple-ventures-cs); both read `other` with no company at
# tuning_hs11's one score (fund49). A word for a company must stand before the name, so that a place ("in den USA",
# "do Česka") is never read.
_INVESTED_INTO_INTL = re.compile(
    r"\b(?i:steckt|stecke|steckte|steckten|investiert|investierte|investierten|pumpt|pumpte|"
    r"vedl|vedla|vedli|investoval|investovala|investovali|vložil|vložila|vložili|"
    r"investit|a\sinvesti|ont\sinvesti|injecte|a\sinjecté|invierte|invirtió|ha\sinvertido|inyectó|investe|investiu|"
    r"ha\sinvestito|hanno\sinvestito)\s[^.\n]{0,80}?"
    r"\b(?:in\s(?:das|den|die|ein|eine|einen)|do|dans\s(?:la|le|l['’]|une?)|en\s(?:la|el|una?)|na|no|nella|nello|"
    r"nel|in\s(?:una?|la))\s?(?:[\w-]+\s){0,5}?"
    r"(?i:Unternehmen|Start-?up|Firma|Jungunternehmen|start-?upu|firmy|společnosti|spoločnosti|start-?up|jeune\spousse|"
    r"société|entreprise|startup|empresa|compañía|fintech|società|azienda)"
    rf",?\s({NAME})"
)

PATTERNS = (_LED_ROUND_INTO, _FR_ROUND_DONT, _INVESTED_INTO_INTL)
AFTER_NAME = (
    _LED_ROUND_INTO,
    _FR_ROUND_DONT,
    _INVESTED_INTO_INTL,
)  # the name follows "into"/"dont": not a place or a backer
