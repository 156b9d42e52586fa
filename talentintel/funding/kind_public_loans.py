"""A loan from a development lender to a government: public debt, no company's raise.

`kind` reads SOVEREIGN_LOAN as a "public loan" trigger (before the opening's first completed raise, through
kind_more_intl). Seen on tuning_batch57 (kind_f24, read as rounds of a ministry or a country at its one score in the
rules and hybrid modes), both labelled other: "Ministry Signs $200m Agreement with World Bank" (Ethiopia's finance
ministry, addisfortune.news), "The World Bank approved a loan of 149.7 million dollars for Pakistan" (dawntv.co.uk).
The lenders named are the multilateral banks that lend to states (World Bank, IMF, IDA, IBRD, ADB, AfDB, AIIB); the
World Bank Group's private-sector arm (IFC) lends to companies, so a possessive ("World Bank's IFC") is not read.
SOVEREIGN_LOAN_INTL reads the same news in Spanish, Portuguese, French, German and Chinese, with the Latin American
lenders (IDB/BID, CAF): seen on tuning_batch60 (kind_f25), "El Salvador recibió dos préstamos ... por parte del Banco
Interamericano de Desarrollo (BID)" (ieconomia.com, read as a round in the model mode) and "CAF ... anunció hoy el
otorgamiento de un crédito al Gobierno colombiano" (semana.com, read as a round in the rules and shipped modes). The
lenders' private-sector arms (IDB Invest, BID Invest, CAF's equity funds) invest in companies, so they are not read.
"""

from __future__ import annotations

import re

_LENDER = (
    r"(?:(?-i:World\sBank)|International\sMonetary\sFund|(?-i:IMF|IDA|IBRD|ADB|AfDB|AIIB)|International\sDevelopment\s"
    r"Association|(?:Asian|African|Inter-American)\sDevelopment\sBank|Asian\sInfrastructure\sInvestment\sBank)"
    r"(?!(?:\sGroup)?['’]s\b)"
)
SOVEREIGN_LOAN = re.compile(
    # "The World Bank approved a loan of ...", "the IMF agreed a $3bn credit".
    rf"\b{_LENDER}\s(?:has\s|had\s|have\s)?(?:approv|sign|agre|extend|grant|disburs|sanction)\w*\s[^.\n]{{0,40}}?"
    r"\b(?:loans?|credits?|financing|bailout)\b|"
    # "Signs $200m Agreement with World Bank", "a 200-million-dollar loan from the World Bank".
    rf"\b(?:loans?|credits?|financing|agreements?)\s(?:with|from)\s(?:the\s)?{_LENDER}",
    re.IGNORECASE,
)

_LENDER_INTL = (
    r"(?:Banco\sInteramericano\sde\sDesarrollo|Banco\sMundial|Banque\smondiale|Banco\sde\sDesarrollo\sde\sAmérica\sLatina|"
    r"Banco\s(?:Africano|Asiático)\sde\sDesarrollo|Banque\s(?:africaine|asiatique)\sde\sdéveloppement|Fondo\sMonetario\s"
    r"Internacional|Fundo\sMonetário\sInternacional|Fonds\smonétaire\sinternational|Weltbank|Internationalen?\s"
    r"Währungsfonds?|(?-i:BID|CAF|FMI|IWF)|世界银行|世界銀行|国际货币基金组织|國際貨幣基金組織|亚洲开发银行|亞洲開發銀行|亚投行)"
    r"(?!\s(?:Invest|Ventures?|Lab)\b)"
)
_LOAN_INTL = r"(?:préstamos?|créditos?|empréstimos?|financiamientos?|prêts?|crédits?|Kredite?|Darlehen|贷款|貸款)"
SOVEREIGN_LOAN_INTL = re.compile(
    # "El Salvador recibió dos préstamos ... por parte del Banco Interamericano de Desarrollo", "un prêt de la Banque
    # mondiale", "世界银行批准...贷款": the lender and its loan in one sentence, either order.
    rf"{_LENDER_INTL}[^.。\n]{{0,120}}?{_LOAN_INTL}|{_LOAN_INTL}[^.。\n]{{0,120}}?{_LENDER_INTL}",
    re.IGNORECASE,
)
