"""A fund's manager named in phrases the manager rules had not read: a role in Italian or German ("gestito dal Fondo
Italiano d'Investimento SGR", "Das Fondsmanagement übernimmt die Mittelständische Beteiligungsgesellschaft
Baden-Württemberg"), the subject announcing a close in French ("Amiral Gestion annonce le premier closing"), the firm
whose close is told ("reach the first close of Eir Ventures"), the firm inside the fund's numbered name ("First Closing
für Wellington Partners IV Life Science"), the subject setting a fund up ("The Federation of Thai Industries is
establishing a 1 billion baht fund", "Kungliga Tekniska Högskolan, KTH, startar en egen riskkapitalfond") and the
institution whose board approved it ("The University of Michigan Board of Regents has approved a ... fund").

`deals` reads `phrase_manager` after the role rules (fund_roles) and before the others. Seen on tuning_funds17, whose
fund_company was 0.300 at its one score (those seven texts' managers were a fund's name, "Debt", "First", "Obviously"
or none).
"""

from __future__ import annotations

import re

# A proper name: capitalised words, with "of", "de", "di", "d'" between them ("Federation of Thai Industries",
# "Fondo Italiano d’Investimento SGR").
# A point inside a name only ("B.V"), never a sentence's end ("... SGR. Secondo").
_W = r"(?:[\w&'’-]|\.(?=\w))*"
_NAME = r"((?-i:[A-ZÄÖÜÅÉ])" + _W + r"(?:(?:\s(?:of|de|di|del|för)\s|\sd['’]|\s)(?-i:[A-ZÄÖÜÅÉ])" + _W + r"){0,5})"
_FIRM = r"(?:Ventures|Capital|Partners|Gestion|Investments?|Management|Advisors|Equity)"

_PHRASES = (
    # Italian and German roles.
    re.compile(r"\bgestit[oa]\sda(?:l|lla|llo)?\s" + _NAME, re.IGNORECASE),
    # French, Spanish, Italian, Portuguese: managed by "the company" X ("Géré par la société Demeter investment
    # managers", hs11-letoutlyon-lyon-st-etienne-seed-fund-fr, fund49: Allianz France, an LP, was read).
    re.compile(
        r"\b(?i:gérée?|gestionad[oa]|gestit[oa]|gerid[oa])\s(?:par\sla|par\sle|por\sla|dalla|pela)\s(?:société|sociedad|"
        r"società|gestora|sociedade)\s(?:de\sgestion\s)?" + _NAME
    ),
    # Croatian, Serbian, Bosnian: the fund "which X will manage" ("fond rizičnog kapitala kojim će, odlučio je
    # Europski investicijski fond (EIF), upravljati Fil Rouge Capital", hs11-poslovni-fil-rouge-42m-vc-fund-hr).
    re.compile(r"\bkojim\s(?:će\s(?:[^.\n]{0,80}?\s)?upravljati|upravlja)\s" + _NAME),
    re.compile(r"\bDas\sFondsmanagement\s(?:übernimmt|übernehmen|liegt\sbei)\s(?:die|der|das|den)\s" + _NAME),
    # French: the subject announces the close ("Amiral Gestion annonce le premier closing").
    re.compile(
        r"(?:^|\n)" + _NAME + r"\s(?:annonce|a\sannoncé)\s(?:le|la|son|sa)\s(?:premier|deuxième|second|dernier|"
        r"final|troisième)\s?(?:closing|clôture)\b"
    ),
    # The firm whose close it is: "reach the first close of Eir Ventures".
    re.compile(
        r"\b(?:first|final|second|third)\sclos(?:e|ing)\sof\s((?-i:[A-Z])[\w.&'’-]*(?:\s[A-Z][\w.&'’-]*){0,3}\s"
        + _FIRM
        + r")\b"
    ),
    # The firm inside the fund's numbered name: "First Closing für Wellington Partners IV Life Science".
    re.compile(
        r"\b(?:[Cc]losing|[Cc]lose)\s(?:für|for|of|pour|du)\s(?:the\s|den\s|le\s)?((?:[A-Z][\w.&'’-]*\s){0,3}"
        + _FIRM
        + r")\s(?:[IVX]{1,4}|\d{1,2})\b"
    ),
    # The subject setting a fund up: "The Federation of Thai Industries is establishing a 1 billion baht fund".
    re.compile(r"(?:^|\n|\.\s)(?:The\s)?" + _NAME + r"\s(?:is|are)\sestablishing\s(?:a|an)\s[^.\n]{0,40}?\bfund\b"),
    # Swedish: "Kungliga Tekniska Högskolan, KTH, startar en egen riskkapitalfond".
    re.compile(
        r"(?:^|\n)" + _NAME + r"(?:,\s[A-ZÄÖÅ]{2,8},)?\s(?:startar|lanserar|bildar)\s(?:en\s)?(?:ny\s|egen\s)*\w*fond\b"
    ),
    # A French headline's subject raising money ("Montefiore lève 240 millions d’euros"), read on the fund path only.
    re.compile(r"^\s*" + _NAME + r"\s(?:lève|a\slevé|boucle|a\sbouclé)\s(?:plus\sde\s)?\d"),
    # The institution whose board approved the fund: "The University of Michigan Board of Regents has approved".
    re.compile(
        r"\bThe\s" + _NAME + r"\sBoard\sof\s(?:Regents|Trustees|Directors|Governors)\s(?:has\s|have\s)?approved\b"
    ),
)


# A manager that speaks as "we" ("We're pleased to announce today the first closing of 47 million euros of our new
# 100 million euro seed entry capital fund") is named where its partner is quoted ("Juho Risku, co-founder and partner
# of Butterfly Ventures comments").
_OUR_FUND = re.compile(r"\bour\s(?:new\s)?(?:[\w$€£.,-]+\s){0,6}?fund\b", re.IGNORECASE)
_PARTNER_OF = re.compile(
    r"\b(?:(?:co-)?founder\sand\s)?(?:managing\s|general\s|founding\s)?(?:partner|director)\s(?:of|at)\s"
    r"((?-i:[A-Z])[\w.&'’-]*(?:\s[A-Z][\w.&'’-]*){0,3}\s" + _FIRM + r")\b"
)


def phrase_manager(part: str) -> str | None:
    """The manager one of the phrases names, the first phrase that holds in the part."""
    for pattern in _PHRASES:
        match = pattern.search(part)
        if match:
            return match.group(1).strip().rstrip(".,")
    if _OUR_FUND.search(part[:400]):
        partner = _PARTNER_OF.search(part)
        return partner.group(1) if partner else None
    return None
