"""Fund news that raises nothing: a merger of funds, an LP's money into one named fund, an old fund wound up, a token
treasury handed back, a shutdown said in Spanish, Portuguese or Italian, and a fund only sought, aimed for or licensed.

`kind` reads each pattern as a trigger before the opening's first completed raise, like its other triggers. Seen on
tuning_funds17 (kind 0.292 at its one score):
"Covington Fund II Inc. said Thursday it won approval to combine with five VenGrowth Asset Management funds" (a merger),
"FMO ... has invested US$20 million in Ezdehar Mid-Cap Fund II" (an LP), "fechou o FIEP, um fundo de private equity
criado em 2004" (a 2004 fund wound up), "will return 26,877 Ether (ETH) ($7.5 million at press time) to holders of its
CPT token" (a token project's shutdown), "liquida el primer 'venture capital' en IA de España" (a liquidation),
"busca recaudar US$ 200 millones" and "fará oferta pública" (sought), "Veteran-led VC Aims for $50M Fund" and
"Targeting a sum of $50M" (a target), "Minister Gabriel will Millionenfonds für Start-ups" (a plan), "belum memproses
perizinan Merah Putih Fund" (a licence not yet given).
"""

from __future__ import annotations

import re

_FUND = r"(?:funds?|fundos?|fondos?|fonds)"
_MONEY = r"(?:US|USD|A|C|S)?[$€£]\s?[\d.,]+\s?(?:[MBK]|mn|bn|mm|million|billion)?"

# A fund merged into another: "won approval to combine with five VenGrowth Asset Management funds".
FUND_MERGER = re.compile(
    r"\b(?:combin|merg)(?:e|es|ed|ing)\s(?:with|into)\s(?:[\w&.'’-]+\s){0,5}?" + _FUND + r"\b",
    re.IGNORECASE,
)
# One investor's money into a named fund: "has invested US$20 million in Ezdehar Mid-Cap Fund II" (an LP). A fund's
# own name carries "Fund" after capitalised words; a company's round names no fund there.
LP_INTO_FUND = re.compile(
    r"\b(?:has|have|had)\s(?:invested|committed|pledged)\s" + _MONEY + r"\s(?:in|into|to)\s(?:the\s)?"
    r"(?:[A-Z][\w.&'’-]*\s){1,5}Fund\b(?!\s(?-i:[A-Z])[a-z])"
)
# A fund made years ago closed now is wound up: "fechou o FIEP, um fundo de private equity criado em 2004",
# "closed the XYZ Fund, a fund launched in 2006".
FUND_WOUND_UP = re.compile(
    r"\b(?:fechou|encerrou|closed|shut|wound\sup|cerró|cerrado|ferm[ée])\s[^.\n]{0,40}?,\s(?:um|uma|a|an|un|une)\s"
    + _FUND
    + r"\b[^.\n,]{0,60}?\b(?:criad[oa]|created|launched|set\sup|established|créée?|cread[oa]|lancée?)\s(?:em|in|en)\s"
    r"(?:19|20)\d\d\b",
    re.IGNORECASE,
)
# A token project hands its treasury back: "will return 26,877 Ether ... to holders of its CPT token".
TOKEN_RETURN = re.compile(
    r"\b(?:return|refund)(?:s|ed|ing)?\s(?:[^.\n]|\.(?=\d)){0,80}?\bto\s(?:its\s|the\s)?(?:token\s?)?holders\b",
    re.IGNORECASE,
)
# A shutdown in Spanish, Portuguese, Italian: "liquida el primer 'venture capital'", "disuelve el fondo".
ROMANCE_SHUTDOWN = re.compile(
    r"\b(?:liquida|liquidó|liquidou|liquidado|liquidada|liquidación|liquidação|liquidazione|disuelve|disolvió|"
    r"dissolve|dissolveu|cierra\ssus\spuertas|encerra\sas\sportas)\b",
    re.IGNORECASE,
)
# Sought, aimed at or planned, not closed.
FUND_SOUGHT = re.compile(
    # Spanish and Portuguese: "busca recaudar US$ 200 millones", "pretende captar", "fará oferta pública"; a fund
    # launched that seeks its money is launched ("lanzó el fondo que busca recaudar US$ 500 millones", iupana).
    r"(?<!fondo\sque\s)(?<!fundo\sque\s)\b(?:busca|buscan|buscará|pretende|pretenden|quiere|quieren|quer|espera|esperan)\s(?:recaudar|captar|levantar|"
    r"reunir|arrecadar)\b|\bfar[áã]o?\s(?:uma\s)?oferta\b|"
    # A target as the news: "Aims for $50M Fund", "Targeting a sum of $50M".
    r"\baims?\sfor\s(?:a\s)?" + _MONEY + r"\s(?:[\w-]+\s){0,2}?fund\b|"
    r"\btarget(?:s|ing)\s(?:a\s)?(?:sum|total|size|raise)\sof\b|"
    # German: a fund someone wants or plans ("will Millionenfonds für Start-ups", "plant einen neuen Fonds").
    r"(?-i:\b(?:will|wollen|soll|sollen|plant|planen)\s(?:[^\s.]+\s){0,3}?(?:\w+fonds|(?:einen|ein|neuen)\s"
    r"(?:[\w-]+\s){0,2}Fonds)\b)|"
    # A licence not yet given: "belum memproses perizinan" (Indonesian), "has yet to receive a licence".
    r"\bbelum\s(?:\w+\s){0,2}(?:izin|perizinan)\b|\b(?:has|have)\syet\sto\s(?:receive|obtain|get)\s(?:a\s|an\s|its\s|the\s)?"
    r"(?:regulatory\s)?(?:licen[cs]e|approval|permit)\b",
    re.IGNORECASE,
)

TRIGGERS = (
    ("acquisition", FUND_MERGER),
    ("lp commitment", LP_INTO_FUND),
    ("shutdown", FUND_WOUND_UP),
    ("shutdown", TOKEN_RETURN),
    ("shutdown", ROMANCE_SHUTDOWN),
    ("not closed", FUND_SOUGHT),
)
