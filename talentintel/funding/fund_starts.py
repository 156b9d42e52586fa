"""Funds closed, set up or launched in words the fund rules had not read: Italian "chiusura della raccolta", French
"premier closing ... du fonds" and an investment firm's "levée", German "legt einen ... Fonds auf", Swedish "startar
en egen riskkapitalfond", English "has approved a ... venture capital fund" and "is establishing a 1 billion baht fund".

`deals` reads `starts_fund` beside the other fund announcements (its `_announces_fund`), on the story's opening
sentences. Seen on tuning_funds17 (kind 0.292, fund_company 0.300 at its one score): economyup (the Fondo dei Fondi
di Venture Capital "ha effettuato la chiusura della raccolta"), zonebourse (Amiral Gestion's "premier closing pour un
montant supérieur à 110 millions d'euros du fonds ..."), decideurs (Montefiore: "le fonds d'investissement ... vient
de réaliser une levée de fonds de 240 millions"), t-online ("Baden-Württemberg legt einen neuen Risikokapitalfonds
auf"), etn ("KTH, startar en egen riskkapitalfond"), mbelr ("has approved a University-housed and managed venture
capital fund") and nationthailand ("is establishing a 1 billion baht fund").
"""

from __future__ import annotations

import re

from talentintel.funding.fund_opening import opening_sentences

_STARTS = re.compile(
    # Italian: a fund's collection closed ("ha effettuato la chiusura della raccolta", "capitale raccolto dal Fondo").
    r"\b(?:chiusura|closing)\s(?:finale\s)?della\sraccolta\b|\bcapitale\sraccolto\sdal\s(?:Fondo|fondo)\b|"
    # French: a close of a named fund ("le premier closing ... du fonds Amiral Climate Solution").
    r"\b(?:premier|deuxième|second|dernier|final|troisième)\sclosing\b[^.\n]{0,120}?\bdu\sfonds\b|"
    # French: an investment firm's own raise ("le fonds d'investissement spécialisé dans les services de proximité
    # (hôtels, tourisme, santé, etc.) vient de réaliser une levée de fonds": a point only before a bracket).
    r"\b(?:le|ce)\sfonds\sd['’]investissement\b(?:[^.\n]|\.(?=\))){0,160}?\b(?:vient\sde\s(?:réaliser|boucler|clôturer)|a\s"
    r"(?:réalisé|bouclé|clôturé))\s(?:une|sa)\s(?:nouvelle\s)?levée\b|"
    # German: a fund laid up ("legt einen neuen Risikokapitalfonds auf").
    r"\blegt\s(?:einen|ein|seinen|ihren)\s(?:[\w-]+\s){0,2}?(?:\w+fonds|Fonds)\sauf\b|"
    # ... by several founders, its purpose between the fund and "auf": "Die Europäische Kommission und der Europäische
    # Investitionsfonds EIF legen einen Fonds zur Förderung von Künstlicher Intelligenz (KI) und Blockchain auf"
    # (hs19-wallstreetonline-eu-eif-ai-blockchain-fund-de, kind83 catalog).
    r"\b(?:legt|legen)\s(?:einen|ein|seinen|ihren)\s(?:[\w-]+\s){0,2}?(?:\w+fonds|Fonds)\s(?:zur|zum|für)\s[^.\n]{0,80}?\sauf\b|"
    # French: the fund as the subject of its endowment, "le fonds IA et big data de Serena Capital est doté de 80 millions
    # d’euros" (hs15-labecedaire-serena-capital-80m-eur-ai-fund-fr, kind83 catalog); not "un fonds doté de" describing an
    # investor in a company's round.
    r"\b(?:le|ce|son|leur|un|ce\snouveau|le\snouveau)\sfonds\b[^.\n]{0,80}?\b(?:est|sera|a\sété)\sdoté\sde\s"
    r"(?:plus\sde\s|près\sde\s)?\d|"
    # Swedish: a fund started or launched ("startar en egen riskkapitalfond").
    r"\b(?:startar|lanserar|bildar|har\sstartat|har\slanserat|har\sbildat)\s(?:en\s)?(?:ny\s|egen\s)*\w*fond\b|"
    # English: a board's approval of a venture fund, a fund of a stated size being set up.
    r"\b(?:has\s|have\s)?approved\s(?:a|an)\s(?:[\w-]+\s){0,4}?(?:venture(?:\scapital)?|VC|seed)\sfund\b|"
    r"\b(?:is\s|are\s)?establishing\s(?:a|an)\s(?:(?:US)?[$€£]\s?)?[\d.,]+\s?(?:million|billion|[mb]n)?\s"
    r"(?:[\w-]+\s){0,2}?fund\b",
    re.IGNORECASE,
)


def starts_fund(text: str) -> bool:
    """The opening tells a fund closed, set up or launched in one of the forms above."""
    return any(_STARTS.search(sentence) for sentence in opening_sentences(text))
