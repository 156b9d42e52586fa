"""Fund closes said in forms the opening grammar of `fund_raise` does not read, and the manager each names.

- A vehicle introduced by name: "The new venture capital fund, called Alliance Ventures, will support ..." (a
  corporate fund is often announced this way; the name is the manager the text gives).
- An anaphor a paragraph on, after a headline that names the firm: "The firm, which was founded by a trio of recent
  graduates ..., have raised a $5 million inaugural fund" (the firm is the last one named before it).
- A German descriptor before the firm and a raise of money, not of a named "Fonds": "Der heimische
  Risikokapitalgeber Speedinvest hat 500 Millionen Euro an neuen Geldern eingesammelt".
- An anchor investor that "assisted Partech Ventures launch the fund" names the launcher.
- A total of many firms' funds is none of them: "VCs raise combined $4.1 billion", "56 venture capital firms ... raised".
"""

from __future__ import annotations

import re

from talentintel.funding.fund_firm_sets_up import firm_sets_up_fund
from talentintel.funding.fund_programs import announces_program, passive_close
from talentintel.funding.fund_vehicles import (
    digest_fund_lead_in,
    headline_fund_launch,
    named_fund_closes,
    owner_of_new_fund,
    round_for_own_fund,
)

_NAME = r"((?:[A-Z][\w&.'’-]*)(?:\s(?:[A-Z][\w&.'’-]*|&)){0,3})"
# "The new venture capital fund, called Alliance Ventures", "a new corporate venture fund named Acme Ventures"; the
# size and a stage may come first: "a new $10 million seed fund called Tech Square Ventures run by" (funds14).
_CALLED = re.compile(
    r"\b(?:new|the|a)\s(?:[\w$.,-]+\s){0,3}?(?:venture capital|venture|VC|investment|corporate venture(?: capital)?|"
    r"corporate venturing|seed|pre-seed)\s(?:fund|vehicle|arm),?\s(?:called|named|dubbed)\s" + _NAME
)
# "A new venture capital fund of funds, The Historic Fund, recently formally launched its inaugural $10 million
# effort": a new fund named in an appositive and launched (capitaloutlook).
_NEW_FUND_NAMED = re.compile(
    r"\b(?:A|The)\snew\s(?:[\w-]+\s){0,4}?(?:fund|vehicle)(?:\sof\sfunds)?,\s" + _NAME + r",\s(?:[a-z]+\s){0,3}?"
    r"(?:launched|closed|raised|announced|completed|unveiled|debuted)\b"
)
# A public programme's fund with its manager chosen: "La gestora española elegida es Mundi Ventures"
# (f11-cronicaeconomica), "The chosen manager is Kembara Partners".
_CHOSEN_MANAGER = re.compile(
    r"\b(?:[Tt]he\s(?:[\w-]+\s)?(?:chosen|selected|appointed)\s(?:fund\s)?manager\s(?:is|will\sbe)|"
    r"(?:[Ll]a|[Ee]l)\sgestora?\s(?:[a-záéíóúñü]+\s)?(?:elegida|seleccionada|escogida|designada)\ses)\s" + _NAME
)
# "Called Screendoor, the fund is a $50 million-plus investment vehicle" (biosciencela): the name said before the fund.
_CALLED_FRONTED = re.compile(
    r"\b(?:Called|Named|Dubbed)\s" + _NAME + r",\sthe\s(?:new\s)?(?:[\w-]+\s){0,2}?(?:fund|vehicle)\b"
)
# Corporations that "are to invest as much as $1bn to fund electromobility startups", and a later sentence that names
# the vehicle: "The fund, called Alliance Ventures, will finance ..." (a corporate fund announced as a programme).
_INVEST_TO_FUND = re.compile(
    r"\b(?:to|will|plan to|plans to)\sinvest\s(?:as much as\s|up to\s|about\s|around\s|more than\s)?"
    r"(?:[$€£¥]|US\$)[\d.,]+\s?\w*\s(?:[\w-]+\s){0,4}?to\s(?:fund|back|invest in|support)\s(?:[\w-]+\s){0,3}?"
    r"(?:startups|start-ups|companies)\b"
)
_CALLED_LATER = re.compile(
    r"\b[Tt]he\s(?:new\s)?(?:[\w-]+\s){0,2}?(?:fund|vehicle),\s(?:called|named|dubbed)\s" + _NAME
)
# "The firm, which was founded by ..., have raised a $5 million inaugural fund".
_ANAPHOR = re.compile(
    r"\b[Tt]he\s(?:VC\s|venture\s|investment\s)?firm(?:,[^.;]{0,160}?,)?\s(?:has\s|have\s|had\s)?"
    r"(?:raised|closed|launched)\s(?:[^.;\n]|\.(?=\d)){0,40}?\bfund\b"
)
_FIRM = re.compile(
    r"\b(?:[A-Z][\w&'’.-]*\s){0,3}(?:Capital|Ventures|Venture Partners|Partners|VC|Investments|Fund)\b(?!\s[A-Z])"
)
_ROUND_WORDS = re.compile(r"\b(?:series [a-h]|seed round|funding round|round|led by|last year|in 20\d\d)\b", re.I)
# "Der heimische Risikokapitalgeber Speedinvest hat 500 Millionen Euro ... eingesammelt".
_DE_DESCRIBED = re.compile(
    r"\b(?:Risikokapitalgeber|Risikokapitalfirma|Risikokapitalgesellschaft|Wagniskapitalgeber|Wagniskapitalfirma|"
    r"Frühphasen-Investor|VC-Investor|VC-Firma|Venture-Capital-(?:Firma|Gesellschaft|Geber))\s" + _NAME + r"\s"
    r"(?:hat|sammelt|schließt|schloss)\b[^.]{0,100}?(?:eingesammelt|eingeworben|geschlossen|sammelt)"
)
# "IFC ... has assisted Partech Ventures launch the fund": the launcher an anchor investor helped.
_HELPED_LAUNCH = re.compile(r"\b(?:helped|assisted|helping|assisting)\s" + _NAME + r"\s(?:to\s)?launch\b")
# Spanish, French, Portuguese: "El nuevo fondo de capital para crecimiento Bicycle Capital estará enfocado" (the fund
# is named for its manager; a person may be said to launch it), "Se trata de la empresa europea-israelí Cardumen
# Capital" (the firm a first sentence described).
_ROMANCE_NAMED = re.compile(
    r"\b(?:(?:nuevo|nouveau|novo)\sfon(?:do|ds)|[Ss]e trata de (?:la|el))\s(?:[a-záéíóúàèçãõ-]+\s){0,6}?" + _NAME
)
# "Una importante compañía de capitales de riesgo recaudó 120 millones de dólares para invertir en startups".
_ROMANCE_FIRM_RAISES = re.compile(
    r"\b(?:compañía|firma|empresa|gestora|sociedad)\sde\s(?:capital(?:es)?\s(?:de\s)?riesgo|venture capital)\b"
    r"[^.]{0,80}?\b(?:recaudó|ha recaudado|levantó|ha levantado|captó|ha captado|cerró|ha cerrado)\b[^.]{0,60}?"
    r"\bpara invertir en\b"
)
# "Elaia's third deep-tech fund, DTS3, is a case in point ... With a first close of €60 million": the owner of a fund
# whose close the next words report.
_OWNER_CLOSE = re.compile(
    r"\b([A-Z][\w&.-]*(?:\s[A-Z][\w&.-]*){0,3})['’]s\s(?:[\w-]+\s){0,3}?fund\b(?:[^.]|\.(?=\d)){0,200}?"
    r"(?:\.\s(?:[^.]|\.(?=\d)){0,40}?)?\b(?:first|final|second) clos(?:e|ing)\b"
)
# "Second fund raised by NYC-based Notation Capital": the manager after a passive verb.
_PASSIVE = re.compile(r"\b(?:fund|vehicle)\s(?:raised|closed|launched)\sby\s(?:[\w-]+-based\s)?(?!the\b)" + _NAME)
# "Fund III's investors include CalSTRS ...", "Limited partners include Macquarie Bank": a fund's LPs make it a fund story.
_FUND_LPS = re.compile(
    r"\bFund\s(?:[IVX]+|\d+)['’]s\s(?:investors|limited partners|LPs)\s(?:include|includes|included)\b|"
    r"\b(?:[Ll]imited partners|LPs)\s(?:in the (?:new\s)?fund\s)?(?:include|includes|included)\b"
)
# Many firms' money: "VCs raise combined $4.1 billion", "56 venture capital firms across the United States raised",
# "European venture capital funds raised €17.1B in 2023" (plural funds or firms with no name before them).
_MANY_FIRMS = re.compile(
    r"\brais(?:e|es|ed)\s(?:a\s)?combined\b|"
    r"(?<![A-Z]\w)(?<![A-Z]\w\w)\s(?:venture(?:\scapital)?|VC)\s(?:funds|firms)\s(?:have\s|has\s)?raised\b|"
    r"\b\d+\s(?:[\w-]+\s){0,2}?(?:venture capital|VC|venture|private equity)\s(?:firms|funds)\b[^.]{0,80}?"
    r"\b(?:raised|closed|collected)\b|"
    # "Plus a pair of venture capital firms close their second funds" (hs5-heatmap-redwood-e: a digest's subheading
    # over a company's round; the firms are not named there).
    r"\b(?:a\spair\sof|two|three|four|five|several|a\shandful\sof)\s(?:[\w-]+\s){0,2}?(?:venture(?:\scapital)?|VC)\s"
    r"(?:firms|funds)\s(?:\w+\s)?(?:close|closed|raise|raised|announce|announced)\b",
    re.IGNORECASE,
)


def many_firms_total(opening: list[str]) -> bool:
    """The opening totals the funds of many firms (a market total, not one fund)."""
    return any(_MANY_FIRMS.search(sentence) for sentence in opening)


def _anaphor_firm(text: str, opening: list[str]) -> str | None:
    """The firm an anaphoric fund raise refers to, when the opening names no round."""
    if any(_ROUND_WORDS.search(sentence) for sentence in opening):
        return None
    m = _ANAPHOR.search(text[:1500])
    if not m or _ROUND_WORDS.search(m.group(0)):
        return None
    firms = [f.group(0) for f in _FIRM.finditer(text[: m.start()])]
    return firms[-1] if firms else None


def _owner_close(text: str, opening: list[str]) -> str | None:
    """The owner of a fund an opening sentence names, when a close follows within the next sentence."""
    for sentence in opening:
        start = text.find(sentence[:80])
        if start < 0:
            continue
        m = _OWNER_CLOSE.search(text, start, start + len(sentence) + 240)
        if m and m.start() < start + len(sentence):
            return m.group(1)
    return None


def _programme_fund(text: str, opening: list[str]) -> str | None:
    """The vehicle a later sentence names when the opening commits money to fund startups, or None."""
    if not any(_INVEST_TO_FUND.search(sentence) for sentence in opening):
        return None
    m = _CALLED_LATER.search(text[:800])
    return m.group(1) if m else None


def announces_fund(text: str, opening: list[str]) -> bool:
    """A fund close in one of the forms above (a launcher an investor helped names a manager, not a close)."""
    named = any(
        _CALLED.search(sentence)
        or _DE_DESCRIBED.search(sentence)
        or _ROMANCE_FIRM_RAISES.search(sentence)
        or _PASSIVE.search(sentence)
        or _FUND_LPS.search(sentence)
        or _NEW_FUND_NAMED.search(sentence)
        for sentence in opening
    )
    if named or _programme_fund(text, opening) or _CHOSEN_MANAGER.search(text[:1500]):
        return True
    if announces_program(opening) or passive_close(opening):
        return True
    if round_for_own_fund(opening) or named_fund_closes(opening) or headline_fund_launch(text):
        return True
    if owner_of_new_fund(text, opening) or digest_fund_lead_in(text) or firm_sets_up_fund(text):
        return True
    return _owner_close(text, opening) is not None or _anaphor_firm(text, opening) is not None


def manager(text: str, opening: list[str]) -> str | None:
    """The manager a fund close in one of the forms above names, or None."""
    for sentence in opening:
        m = (
            _CALLED.search(sentence)
            or _DE_DESCRIBED.search(sentence)
            or _ROMANCE_NAMED.search(sentence)
            or _PASSIVE.search(sentence)
            or _NEW_FUND_NAMED.search(sentence)
        )
        if m:
            return m.group(1)
    named = named_fund_closes(opening) or headline_fund_launch(text) or owner_of_new_fund(text, opening)
    named = named or digest_fund_lead_in(text)
    if named:
        return named
    owner = _owner_close(text, opening)
    if owner:
        return owner
    programme = _programme_fund(text, opening)
    if programme:
        return programme
    chosen = _CHOSEN_MANAGER.search(text[:1500])
    if chosen:
        return chosen.group(1)
    fronted = _CALLED_FRONTED.search(text[:1500])
    if fronted:
        return fronted.group(1)
    helped = _HELPED_LAUNCH.search(text[:800])
    if helped:
        return helped.group(1)
    return _anaphor_firm(text, opening)
