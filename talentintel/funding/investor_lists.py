"""Investor names from the clauses that carry them: "led by", "co-led by", "with participation from"..."""

from __future__ import annotations

import re

from talentintel.funding import lead_list_bounds as lb
from talentintel.funding import lead_phrases as lp
from talentintel.funding.from_list_tail import list_goes_on
from talentintel.funding.investor_names import MONEY_ITEM, clip, investor_like, split_names, stop
from talentintel.funding.investors import dedupe_investors
from talentintel.funding.lead_along_with import along_with_leads
from talentintel.funding.lead_backing import with_backing
from talentintel.funding.lead_extra import deal_subject
from talentintel.funding.lead_partner import partner_firm
from talentintel.funding.lead_round_subject import subject_clip
from talentintel.funding.lead_runs_company import runs_company
from talentintel.funding.lead_sole_split import split_sources
from talentintel.funding.names import (
    CONNECTORS,
    clean_name,
    strip_parentheticals,
    trailing_name,
)
from talentintel.funding.participant_phrases import PARTICIPANTS, SUBJECT_PARTICIPATED

_FROM_WITH = re.compile(
    r"\b(?:from|by)\s(.{2,200}?),?\s(?:with|and)\s(?-i:(?:[a-z]+\s){0,2})participation\s(?:from|by)\s", re.IGNORECASE
)
_SOLE_FROM = re.compile(
    # Indian sums too: "raised Rs 250 Crore from the Torrent Group" (b40-et-puro-wellness-250cr-torrent).
    r"(?:\b(?i:investment|funding|financing|round|raise|capital|million|billion|mn|bn|millions|millones|milhões|"
    r"millionen|crores?|cr|lakhs?)|[$€£][\d.,]+\s?(?i:[mbk]n?)?)"
    # "lève 15 millions d'euros auprès de Partech", "10 Millionen Euro von Earlybird"
    # "avoir levé 100 millions de dollars, une opération record dans la région, auprès du laboratoire allemand
    # BioNTech" (b46-webdo-instadeep-100m-biontech-fr): French "auprès du/des", after an aside set off by commas.
    r"[^\S\n](?:\S+[^\S\n]){0,3}?(?:(?=[^,.;\n]{1,60},[^\S\n]auprès\s)[^,.;\n]{1,60},[^\S\n])?(?i:from(?!\sstealth\b)|auprès\sde|auprès\sd['’]|auprès\sd(?:u|es)\b|von|(?:feit|realizad|aportad)[oa]s?\s(?:por|pel[oa]))\s?(.{2,120}?)(?=\.(?!\d)|[;\n]|,\s(?:[a-z]|TechCrunch)|\sas\sthe\s(?:latter|former)\b|$"
    # "Rs 1,675 crore from SoftBank in a fresh round of funding, PTI reported on Friday" (b17-scroll-ola-softbank):
    # the round's words end the investor, or the list runs on to the report's "Friday".
    r"|\sin\s(?:a|an|its|the)\s(?:[\w-]+\s){0,2}?(?i:round|funding|financing)\b)",
)
# The lender of a loan leads it: "secured $300 million in green loans with Societe Generale, one of Europe's ...".
_LENDER = re.compile(
    r"\b(?i:loans?|credit\s(?:facility|line)|debt\s(?:financing|facility)|facility)\s(?:agreement\s)?(?i:with|from)\s"
    r"(.{2,120}?)(?=[.;\n]|,\s(?:[a-z]|one\sof)|$)"
)
_PRIOR = re.compile(
    r"\b(after|previous(?:ly)?|prior|earlier|last\syear|el\saño\spasado|anteriormente|en\saquella\socasión|"
    r"naquela\socasião|précédemment|l['’]an\sdernier|zuvor|im\sVorjahr|in\s(?:early\s|late\s|mid-?|(?-i:[A-Z][a-z]{2,8})\s)?20\d\d|consortium|syndicate|group\sof|angel\sfund"
    r"|(?:round|financing)\sin\s(?:January|February|March|April|May|June|July|August|September|October|November|December))\b[^.]{0,40}$"
    r"|\b(?:years?|months?)\safter\b(?:[^.]|\.(?=\d)){0,100}$"
    # "The Financial Times reported earlier this year that Crusoe was in talks to raise roughly $500 million in a
    # funding round led by Peter Thiel’s Founders Fund" (hs17-whatthefuture-crusoe-686m-of-818m): talks told in the
    # past are an earlier report's round, not the one the text announces.
    r"|\b(?:was|were)\s(?:reportedly\s)?in\s(?:early\s|advanced\s|initial\s)?talks\sto\s(?:raise|secure)\b(?:[^.]|\.(?=\d)){0,100}$"
    # "Earlier, English learning app ELSA ... at the Series B round co-led by ...", "EigenLabs has since also raised an A
    # led by ...": a sentence about another round, before or after this one.
    r"|(?:^|[.!?]\s|\n)(?:Earlier(?:\s(?:in|this|last)\s\w+)?|Previously|Before\sthat|Prior\sto\s(?:that|this)),\s[^.\n]{0,200}$|\bhas\ssince\s(?:also\s)?raised\b[^.]{0,60}$",
    re.IGNORECASE,
)


# "Paradigm, a venture capital (VC) firm that focuses on cryptocurrencies, is leading a funding round of $225 million"
# (b30-bitgpt-monad-225m-paradigm-mezo): the subject is the name before a descriptive appositive, whose own relative
# clause ("that focuses on ...") would otherwise be taken for the clause that names the lead.
_APPOSITIVE_SUBJECT = re.compile(
    r"^\s*(?P<name>[A-Z][\w&.'’-]*(?:\s(?:&\s)?[A-Z][\w&.'’-]*){0,4}),\s(?:a|an|the|one\sof)\s[^,;:]{3,160},\s*$"
)


def _subject_before(text: str, verb_start: int) -> str:
    """The names written just before a verb: from the last clause boundary to the verb."""
    sent_start = max(text.rfind(". ", 0, verb_start), text.rfind("\n", 0, verb_start)) + 1
    clause = text[sent_start:verb_start]
    described = _APPOSITIVE_SUBJECT.match(clause)
    if described:
        return described.group("name")
    for sep in (" that ", ": ", " -- ", " with ", "With "):
        if sep in clause:
            clause = clause.rsplit(sep, 1)[1]
    return clause.strip()


def _led_by(text: str) -> list[str]:
    found: list[str] = []
    for trigger in lp.LEAD_TRIGGERS:
        for m in trigger.finditer(text):
            if _PRIOR.search(text[max(0, m.start() - 130) : m.start()]):
                continue  # "after a seed round led by Sequoia" names an earlier round
            if re.search(
                r"\b(?:firm|fund|company|team|lab|(?<!from\sa\s)group|business|which\sis)\s$",
                text[max(0, m.start() - 20) : m.start()],
            ) or runs_company(text[max(0, m.start() - 90) : m.start()]):
                continue  # "a San Francisco firm helmed by veteran venture capitalist Yida Gao" runs the firm
            found += split_names(subject_clip(text, m.start(), clip(text, m.end())))  # lead_round_subject
    return found


def lead_investors(text: str) -> list[str]:
    """Names the text says led (or co-led) the round, in order of mention."""
    text = strip_parentheticals(text)
    found = _led_by(text)
    # "led by A along with B": B co-leads when no comma sets it off (lead_along_with).
    found += along_with_leads(text, lambda pos: bool(_PRIOR.search(text[max(0, pos - 130) : pos])))
    for m in lp.SUBJECT_LED.finditer(text):
        subject = _subject_before(text, m.start())
        if lp.OTHER_COMPANY.match(text[m.end() : m.end() + 60]):
            continue
        if firm := partner_firm(subject):
            found.append(firm)  # "X, the Altimeter partner who co-led" (lead_partner)
        elif lp.ANAPHOR.match(subject):
            found += _antecedents(text, m.start())
        elif lp.FIRM_ANAPHOR.match(subject):
            found += _firm_antecedent(text, m.start())
        elif not lp.RELATIVE_SUBJECT.search(subject):
            found += split_names(subject)
    for m in lp.SUBJECT_LEADS.finditer(text):
        if m.group(0).startswith("\n"):
            continue  # "Investment Overview\n\nLeading the round ... was X" (b38-mashviral): a heading is no subject
        subject = _subject_before(text, m.start())
        if (
            len(subject.split()) <= 8
            and not lp.OTHER_COMPANY.match(text[m.end() : m.end() + 60])
            and not deal_subject(subject)
        ):
            found += split_names(subject)
    for m in lp.VON_GELEITET.finditer(text):
        # "Der Dax-Konzern Delivery Hero führt die Runde an": a German compound before the name describes it.
        found += split_names(re.sub(r"^(?:\S+-[A-ZÄÖÜ][a-zäöüß]+\s)+", "", next(g for g in m.groups() if g)))
    for pattern in (
        lp.OUR_LEAD,
        lp.PROUD_TO_LEAD,
        lp.WERE_LEADS,
        lp.WITH_LEADING,
        lp.WE_AT,
        lp.OTHER_LEADS,
        lp.WHICH_LED,
        *lp.MORE_LEADS,
    ):
        for m in pattern.finditer(text):
            found += split_names(next((g for g in m.groups() if g), ""))
    for m in lp.CO_ALONGSIDE.finditer(text):
        found += split_names(clip(text, m.end()))
    for m in lp.AS_LEAD.finditer(text):
        found += split_names(trailing_name(m.group(1)))
    for m in lp.DASH_LED.finditer(text):
        name = trailing_name(m.group(1))
        if name:
            found.append(clean_name(name))
    names = [_fullest(name, text) for name in found or _unsaid_leads(text)]
    # "SoftBank leads $15M round ... led by SoftBank Ventures Asia": the shorter form is the same investor.
    return dedupe_investors(
        [n for n in names if not any(o.startswith(n + " ") and o.split()[-1] not in CONNECTORS for o in names)]
    )


def _antecedents(text: str, pos: int) -> list[str]:
    """The names a "the two funds led" subject points back to: the list ending the sentence before."""
    start = max(text.rfind(". ", 0, pos), text.rfind("\n", 0, pos))
    before = text[max(text.rfind(". ", 0, start), text.rfind("\n", 0, start)) + 1 : start]
    cut = max(before.rfind(": "), before.rfind(" from "))
    names = split_names(stop(before[cut:].split(" ", 1)[-1])) if cut >= 0 else []
    return names if len(names) >= 2 else []


def _firm_antecedent(text: str, pos: int) -> list[str]:
    """The investor a "The VC firm led" subject points back to: the last one named in the sentence before."""
    start = max(text.rfind(". ", 0, pos), text.rfind("\n", 0, pos))
    before = text[max(text.rfind(". ", 0, start), text.rfind("\n", 0, start)) + 1 : start]
    names = [
        n
        for n in re.findall(r"(?:[A-Z]|[a-z]+\d)[\w&.'’-]*(?: (?:[A-Z0-9]|[a-z]+\d)[\w&.'’-]*)*", before)
        if investor_like(n)
    ]
    return names[-1:]


def _unsaid_leads(text: str) -> list[str]:
    """Leads the text implies without saying "led": "from X, with participation from Y"; a loan's one lender;
    a round from one investor."""
    from_with = _FROM_WITH.search(text)
    if from_with and _PRIOR.search(text[max(0, from_with.start() - 130) : from_with.start()]):
        from_with = (
            None  # "was in talks to raise ... in a round led by X with participation from Y" (an earlier report)
        )
    if from_with and split_names(from_with.group(1)):
        return split_names(from_with.group(1))
    for m in _LENDER.finditer(text):
        lenders = split_names(stop(m.group(1)))
        if len(lenders) == 1:
            return lenders
    return _sole_investor(text)


_FIRM_TAIL = r"\s(?:Capital|Ventures?|Venture\sPartners|Partners|Group|Fund|Investments?|Management|Holdings)\b"


def _fullest(name: str, text: str) -> str:
    """The investor's fullest form in the text: "led by WestBridge" where it also says "WestBridge Capital"."""
    if re.search(_FIRM_TAIL + "$", name):
        return name
    m = re.search(rf"\b{re.escape(name)}((?:{_FIRM_TAIL})+)", text)
    return name + m.group(1) if m else name


def _sole_investor(text: str) -> list[str]:
    """A round that names exactly one investor, "from X", is led by X; so are the two or three it is "from" when the
    others are said to have joined: "a series B round from Vertex Growth Fund and Orion Fund. FMO ... also
    participated in the funding round"."""
    joined = re.search(r"\balso\s(?:participated|joined|took\spart|invested)\b", text)
    if split_sources(text):
        return []  # "100 billion won from A, 30 billion won from B": no one investor (lead_sole_split)
    for m in _SOLE_FROM.finditer(text):
        names = split_names(stop(m.group(1)))
        if re.search(r"\b(?:investors?|backers|shareholders)\b", m.group(1), re.I):
            return []  # "from a total of 69 investors including ...", "from its big tech backers like Tencent": several
        if MONEY_ITEM.match(m.group(1)) or lb.EARLIER_FROM.search(text, 0, m.start()) or lb.REST_FROM.search(text):
            continue
        if with_backing(text[m.start() : m.start(1)]):
            continue  # "raises $3.8M with backing from FTX Ventures": a backer, no lead (lead_backing)
        # ... or past the list's stop: "from Rasmal Ventures in Qatar and Joa Capital in Saudi Arabia" (fund49).
        if list_goes_on(text[m.end(1) :]) or list_goes_on(text[m.start(1) + len(stop(m.group(1))) :]):
            return []  # "from Japanese SoftBank, the most powerful fund ..., and US investment firm Tiger" (from_list_tail)
        if re.match(r",?\s(?:and\s)?(?:others|other\sinvestors|among\sothers)\b", text[m.end(1) :]):
            continue  # "Symphony raises $100 mn from Google, others" (b19-domainb-symphony-100m): one of several
        if len(names) == 1 or (joined and 1 < len(names) <= 3 and joined.start() > m.end()):
            return names
    return []


def all_investors(text: str, leads: list[str]) -> list[str]:
    """Every investor named: the leads, then participants from the participation clauses."""
    text = strip_parentheticals(text)
    found = list(leads)
    for trigger in PARTICIPANTS:
        for m in trigger.finditer(text):
            found += split_names(clip(text, m.end()))
    for m in SUBJECT_PARTICIPATED.finditer(text):
        subject = _subject_before(text, m.start())
        if len(subject.split()) <= 12 and not re.search(r"(?i)\b(?:which|who|that|when|where|after|before)\b", subject):
            found += split_names(subject)
    from_with = _FROM_WITH.search(text)
    if from_with:
        found += split_names(from_with.group(1))
    for m in _SOLE_FROM.finditer(text):
        found += split_names(stop(m.group(1)))
    return dedupe_investors(found)
