"""A fund's manager named by the grammar of management, not by the subject of the sentence: the agent of the fund's
launch or promotion ("FoF Growth II, launched by Finnish Industry Investment (FII), has completed ...", "Promosso da
Primomiglio SGR, il fondo ..."), the firm the management is entrusted to ("La gestion de ce fonds a été confiée à CDC
Entreprises", "وسيتولى إدارة الصندوق شركة "ميراك كابيتال""), and a firm described as a fund manager ("Pearl Capital
Partners (PCP), a specialised African agricultural investment fund manager based in Kampala, ... will invest").

Why: a fund's story often opens on the fund's own name or on an LP ("Finnish pension funds ... have committed",
"Impact investors unite to create $25m fund", "أعلن الصندوق الثقافي"), so the subject readers take the fund or the LP;
the manager is the one the text puts in the manager's role, in any language. `deals_fund._rule_manager` reads
`grammar_manager` with the role rules, before the subject readers' choice. Seen on tuning_funds19 (its one score:
fund_company 0.333, 21 funds): eunews ("Primo Space" for Primomiglio SGR), ipe ("FoF Growth II" for FII),
webmanagercenter and socialenterpriselive (no manager) and sabq (no manager).
"""

from __future__ import annotations

import re

_W = r"(?:[\w&'’+-]|\.(?=\w))*"
# A proper name in a Latin script: capitalised words, with "de", "di", "d'", "of", "&" between them, at most six.
_NAME = (
    r"((?-i:[A-ZÀ-ÖØ-Þ])" + _W + r"(?:(?:\s(?:of|de|di|del|du|des|&)\s|\sd['’]|\s)(?-i:[A-ZÀ-ÖØ-Þ])" + _W + r"){0,5})"
)
# The words that make a name a firm's, for the agent of "launched by" and "promosso da" (a ministry can promote a fund
# it does not run, a person can run one).
_FIRM = re.compile(r"\b(?:SGR|Sgr|sgr|Capital|Ventures?|Partners|Gestion|Invest\w*|Management|Asset|Equity|Fund)\b")

_AGENT = (
    # English: the fund "launched by" or "managed by" a firm, in an apposition or a clause.
    re.compile(r"\b(?:launched|sponsored|established|set\sup|managed|run)\sby\s(?:the\s)?" + _NAME),
    # Italian: "Promosso da Primomiglio SGR" (a firm only).
    re.compile(r"\b[Pp]romoss[oa]\sda(?:l|lla)?\s" + _NAME),
    # French: "La gestion de ce fonds a été confiée à CDC Entreprises".
    re.compile(r"\bgestion\sd[eu]\s(?:ce\s|du\s|le\s)?fonds\s(?:a\sété\s|sera\s|est\s)?confiée?\sà\s" + _NAME),
    # A firm described as the fund manager: "Pearl Capital Partners (PCP), a specialised ... fund manager".
    re.compile(_NAME + r"(?:\s\([A-Z]{2,6}\))?,\s(?:a|an|the)\s[^,.\n]{0,80}?\bfund\smanager\b"),
    # The firm an investor descriptor names as the one that raised: "The VC firm Paradigm just raised a $2.5 billion
    # fund", "Scenic Management, a late-stage, private growth equity investment manager, has raised a $150 million
    # sophomore fund" (tuning_funds20: the fund's title words and its name were read).
    re.compile(
        r"\b(?:VC|venture(?:\scapital)?|investment|private\sequity|growth\sequity)\sfirm\s"
        + _NAME
        + r"\s(?:just\s|has\s|have\s|recently\s)?(?:raised|closed|launched)\s(?:a|an|its|their)\s"
    ),
    re.compile(
        _NAME + r",\s(?:a|an)\s[^.\n]{0,80}?\b(?:investment|asset|fund)\smanager,\s(?:has\s|have\s)?"
        r"(?:raised|closed|launched)\s(?:a|an|its|their)\s"
    ),
    # The investor a sum is allocated to for investing: "an initial RM1 billion allocation for sovereign wealth fund
    # Khazanah Nasional Berhad to invest in innovative high growth Malaysian companies" (tuning_funds20: the Prime
    # Minister who announced it was read).
    re.compile(
        r"\b(?:allocation|mandate|capital)\sfor\s(?:the\s)?(?:sovereign\swealth\sfund|state\sinvestor|investment\sfirm|"
        r"asset\smanager|fund\smanager)\s" + _NAME + r"\sto\sinvest\b"
    ),
    # The fund an LP led a raise for, when the text names no other firm: "IFC led a $25 million fundraising for the
    # Savannah Fund ... Savannah Fund's managing partner" (tuning_funds20: no manager was read).
    re.compile(
        r"\b(?:led|anchored)\s(?:a|an|the)\s[^.\n]{1,30}?\s(?:fundraising|fundraise)\sfor\s(?:the\s)?" + _NAME + r"\b"
    ),
    # The agent described as a firm before its name: "Partech Africa II, launched by Paris-headquartered technology
    # investment firm Partech" (hs20-alhadath-partech-africa-ii-final-close-305m, fund84: an LP named earlier, Dubai
    # Future District Fund, was read); the descriptor says firm, so the name need not.
    re.compile(
        r"\b(?:launched|sponsored|established|set\sup|managed|run)\sby\s(?:the\s)?(?:[\w-]+\s){0,4}?"
        r"(?:firm|fund\smanager|asset\smanager|investment\smanager|investor)\s" + _NAME
    ),
)
# Arabic: "سيتولى إدارة الصندوق شركة "ميراك كابيتال"", "ويدير الصندوق شركة X".
_ARABIC = re.compile(
    r"(?:يتولى|تتولى|سيتولى|ستتولى)\sإدارة\sالصندوق\s(?:شركة\s)?"
    r"(?:[\"“«]([^\"”»\n]{2,40})[\"”»]|([^\"،,.\n]{2,40}?)(?=[،,.]))"
)


def grammar_manager(part: str) -> str | None:
    """The manager the grammar of management names in the part, or None."""
    for number, pattern in enumerate(_AGENT):
        found = pattern.search(part)
        if not found:
            continue
        name = found.group(1).strip().rstrip(".,")
        if number < 2 and not _FIRM.search(name):
            # "promosso dal Ministero", "run by Blake Patton", "launched by Hong Kong-based investors": a sponsor, a
            # person or an adjective, not the firm that runs the fund (tuning_funds14, tuning_batch19 texts).
            continue
        if len(name) >= 2:
            return name
    found = _ARABIC.search(part)
    return (found.group(1) or found.group(2)).strip() if found else None
