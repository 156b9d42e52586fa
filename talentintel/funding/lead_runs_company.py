"""Who runs the company is not who led the round (issue 13, tuning_batch19; branch fund26).

"La société, fondée en 2014 et dirigée par Richard Barlow, est spécialisée dans ..." (b19-benzinga-fr-wejo): the
French "dirigée par" is a lead phrase for a round ("levée dirigée par Partech") and a description of a company's
management after its founding ("founded in 2014 and led by", "fundada en 2015 y dirigida por"). After a founding
clause joined by "and", the phrase describes the company; after a firm's name and a comma, it describes the firm
(tuning_batch22; branch fund32).
"""

from __future__ import annotations

import re

_FOUNDED_AND = re.compile(
    r"\b(?:founded|fond[ée]e?s?|cré[ée]e?s?|fundad[ao]s?|criad[ao]s?|gegründet|fondat[ao])\b[^.;:]{0,60}?"
    r"\s(?:and|et|y|e|und)\s(?:is\s|est\s|es\s|é\s|ist\s)?$",
    re.IGNORECASE,
)


# "Ribbit Capital, dirigido por el inversionista venezolano Micky Malka" (b22-enter-co-somos-internet-18m): a phrase
# set off by a comma right after a firm's name says who runs the firm, not who led the round.
_FIRM_COMMA = re.compile(
    r"(?-i:[A-Z][\w&.'’-]*\s)+(?-i:Capital|Ventures?|Partners|Fund|Investments?|Management|Holdings|VC|Labs),\s$"
)


# "A empresa portuguesa DefinedCrowd, liderada pela portuense Daniela Braga, que fornece dados ..." (b28-tsf-
# definedcrowd-50m-pt): a company noun of a Romance language, its adjectives and the company's name, then a comma: the
# phrase set off after it says who runs the company (its founder), as after a firm's name.
_COMPANY_COMMA = re.compile(
    r"\b(?i:empresa|companhia|compañía|compania|sociedade|sociedad|société|società|azienda)\s(?:[a-zà-ÿ-]+\s){0,2}?"
    r"(?-i:[A-Z][\w&.'’-]*)(?:\s(?-i:[A-Z][\w&.'’-]*)){0,3},\s$"
)


# "También participó NFDG, una sociedad de inversión dirigida por Nat Friedman y el Consejero Delegado de SSI, Daniel
# Gross" (hs19-momentocorporativo-ssi-1bn-reuters-es, fund82): an indefinite firm noun set off after a name, with its
# "of investment" / "of capital", describes the firm, and who directs it runs the firm; a round's noun ("una ronda
# dirigida por") is no firm. The English "NFDG, an investment firm led by" is the same appositive.
_FIRM_APPOSITIVE = re.compile(
    r",\s(?i:una?|uma|an?|une?)\s(?:[\w-]+\s){0,2}?(?i:sociedad|sociedade|société|società|firma|firm|empresa|gestora|"
    r"compañía|companhia|company|fondo|fundo|fonds|fund|vehicle|vehículo|veículo)"
    r"(?:\s(?:de|da|do|di|d['’]|of)\s?(?:[\w-]+\s?){1,2})?\s?$"
)


def runs_company(before: str) -> bool:
    """The words before a "led by" / "dirigée par" are a company's founding clause ("fondée en 2014 et "), a firm's
    name and a comma ("Ribbit Capital, dirigido por ...") or a company noun, its name and a comma ("A empresa
    portuguesa DefinedCrowd, liderada pela ...")."""
    return bool(
        _FOUNDED_AND.search(before)
        or _FIRM_COMMA.search(before)
        or _COMPANY_COMMA.search(before)
        or _FIRM_APPOSITIVE.search(before)
    )
