"""Investor names from the clauses that carry them: "led by", "co-led by", "with participation from"..."""

from __future__ import annotations

import re

from talentintel.funding import lead_phrases as lp
from talentintel.funding.amp_names import split_ampersand
from talentintel.funding.from_list_tail import list_goes_on
from talentintel.funding.investors import dedupe_investors, is_known_investor
from talentintel.funding.lead_extra import deal_subject
from talentintel.funding.lead_runs_company import runs_company
from talentintel.funding.names import (
    CONNECTORS,
    LEGAL,
    clean_name,
    is_name_token,
    sentence_end,
    strip_parentheticals,
    trailing_name,
)
from talentintel.funding.participant_phrases import PARTICIPANTS, SUBJECT_PARTICIPATED
from talentintel.tagging.locations import locate

_FROM_WITH = re.compile(
    r"\b(?:from|by)\s(.{2,200}?),?\s(?:with|and)\s(?-i:(?:[a-z]+\s){0,2})participation\s(?:from|by)\s", re.IGNORECASE
)
_SOLE_FROM = re.compile(
    r"(?:\b(?i:investment|funding|financing|round|raise|capital|million|billion|mn|bn|millions|millones|milhões|"
    r"millionen)|[$€£][\d.,]+\s?(?i:[mbk]n?)?)"
    # "lève 15 millions d'euros auprès de Partech", "10 Millionen Euro von Earlybird"
    r"[^\S\n](?:\S+[^\S\n]){0,3}?(?i:from(?!\sstealth\b)|auprès\sde|auprès\sd['’]|von|(?:feit|realizad|aportad)[oa]s?\s(?:por|pel[oa]))\s?(.{2,120}?)(?=\.(?!\d)|[;\n]|,\s(?:[a-z]|TechCrunch)|\sas\sthe\s(?:latter|former)\b|$)",
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
    # "Earlier, English learning app ELSA ... at the Series B round co-led by ...", "EigenLabs has since also raised an A
    # led by ...": a sentence about another round, before or after this one.
    r"|(?:^|[.!?]\s|\n)(?:Earlier(?:\s(?:in|this|last)\s\w+)?|Previously|Before\sthat|Prior\sto\s(?:that|this)),\s[^.\n]{0,200}$|\bhas\ssince\s(?:also\s)?raised\b[^.]{0,60}$",
    re.IGNORECASE,
)
_LEADING_NOISE = re.compile(
    r"^(?:and|or|&|plus|including|includes|such as|from|by|with|also|both|then|pela|pelo|por|par|von|le|la|les)\s+"
    r"|^(?:(?:new|existing|returning|previous|current|other|strategic|lead)\s)+(?:investors?|backers?)\s(?:including\s|such\sas\s|like\s)?"
    r"|^(?:investors?|backers?)\s(?:including|such\sas|like)\s|^[ld]['’](?=[A-Z])|^(?-i:der|die|das|dem|den)\s(?:(?-i:[a-zäöüß]+e[nrs]?)\s)?"
    r"|^(?:new|existing|returning)\s+investors?\s"
    # "..., and in August Point72 Ventures and Goldman Sachs ... led a $42 million Series B" (b18-americanbanker-credijusto)
    r"|^(?:in|since|during)\s(?:early\s|late\s|mid-)?(?-i:January|February|March|April|May|June|July|August|September|"
    r"October|November|December)(?:\s(?:19|20)\d\d)?,?\s(?=[A-Z])",
    re.IGNORECASE,
)
_LOCATION_PREFIX = re.compile(
    r"\b[A-Z][\w.]*(?:\s[A-Z][\w.]*)?,\s[A-Z][\w.]*(?:\s[A-Z][\w.]*)?-(?:based|headquartered)\s"
)
# "We led the round" (a fund's own blog): the text does not name the fund.
_PRONOUNS = frozenset({"we", "us", "our team", "they", "it", "he", "she", "i"})
_HONORIFIC = re.compile(r"^(?:Mr|Mrs|Ms|Dr|Prof|Sir)\.?\s+")
_MONEY_ITEM = re.compile(r"^(?:US)?[$€£¥₹]|^(?-i:R)?\d[\d.,]*-?\s?(?:[mbk]|mn|bn|million|billion)\b", re.IGNORECASE)
_ROLE = (
    r"(?:(?:co-?)?founders?|ceo|cto|coo|cfo|cpo|chief\s\w+\sofficer|chair(?:man|woman|person)?|president|"
    r"(?:general|managing|founding|venture|investment)\spartner|partner|principal|head\sof\s\w+|director|"
    r"vice\spresident|vp|board\smember|executive\schairman)"
)
_ROLE_ONLY = re.compile(
    rf"^(?:(?:former|the|a|an|its|their)\s)?(?:[\w&-]+\s)?{_ROLE}(?:\s(?:and|&)\s{_ROLE})?\s(?:of|at)\s", re.I
)
_ROLE_PREFIX = re.compile(rf"^(?:.*?\s)?{_ROLE}\s(?=\S+\s\S)", re.IGNORECASE)
_PERSON_OF = re.compile(r"^(.+?)\s(?:of|at|from)\s(?!the\s)(.+)$")
_FUND_WORD = re.compile(
    r"\b(?:Capital|Ventures?|Partners|VC|Fund|Funds|Labs|DAO|Foundation|Investments?|Holdings|Management|Crypto|"
    r"Digital|Group|Associates|Equity|Angels?|Syndicate|Collective)$"
)


def _investor_like(name: str) -> bool:
    return bool(is_known_investor(name) or _FUND_WORD.search(name.strip()))


def _is_person(phrase: str) -> bool:
    """Two or three capitalised words and no organisation word: "Kyle Samani", not "Digital Assets"."""
    words = phrase.split()
    return (
        2 <= len(words) <= 3 and all(w[:1].isupper() and w[1:].islower() for w in words) and not _investor_like(phrase)
    )


def _strip_role(item: str) -> str:
    """ "General Partner Chris Dixon" -> "Chris Dixon"; "Figma CEO Dylan Field" -> "Dylan Field"."""
    stripped = _ROLE_PREFIX.sub("", item)
    return stripped if stripped != item and _is_person(stripped) else item


def _clip(text: str, start: int) -> str:
    """The list text from `start` to where the list stops (clause change or sentence end)."""
    end = sentence_end(text, start)
    segment = text[start:end]
    stop = lp.LIST_STOP.search(segment)
    return segment[: stop.start()] if stop else segment


def _stop(segment: str) -> str:
    stop = lp.LIST_STOP.search(segment)
    return segment[: stop.start()] if stop else segment


def _clean_item(raw: str) -> str | None:
    """One list item without leading noise, places, honorifics and owners; None when it names no investor."""
    item = raw.strip()
    if lp.DESCRIBES_PREVIOUS.match(item):
        return None  # "UOB Venture Management, part of ...", "Lux Capital, known for ...": describes the name before
    owned_by = re.match(r"^(.+?\S)\s(?:of|de|di|von)\s([A-Z][a-z]+\s[A-Z][a-z]+)$", item)
    person = owned_by and _is_person(owned_by.group(2)) and not locate(owned_by.group(2)).countries
    if owned_by and person and _investor_like(owned_by.group(1)):
        item = owned_by.group(1)  # "le Founders Fund de Peter Thiel": the fund, then the person who runs it
    place_of = re.match(r"^(.+?\S)\sof\s([A-Z][\w.]*(?:\s[A-Z][\w.]*)?)$", item)
    firm = place_of.group(1) if place_of else ""
    if (
        place_of
        and _investor_like(firm)
        and not lp.GENERIC_FIRM.fullmatch(firm)
        and locate(place_of.group(2)).countries
    ):
        item = place_of.group(1)  # "SG Capital Partners of New York": the firm, then its city
    while True:
        stripped = _LEADING_NOISE.sub("", item)
        if stripped == item:
            break
        item = stripped
    item = re.sub(r"^\S+-(?:based|focused|backed|headquartered)\s+", "", item)
    # "Orion Fund managed by K3 Venture Partners": the manager describes the investor named first.
    item = re.sub(r"\s(?:managed|advised|owned|run|operated|controlled|sponsored)\sby\s.*$", "", item)
    item = _HONORIFIC.sub("", item)
    fund_of = re.match(r"^(?:the\s)?[A-Z][\w&.-]*(?:\s[A-Z][\w&.-]*){0,3}\sFund\sof\s(.+)$", item)
    if fund_of and _investor_like(fund_of.group(1)):
        item = fund_of.group(1)
    # "TPG's The Rise Fund", "Xiaomi's Changjiang fund": the owner's possessive is not part of the investor.
    owner = re.match(r"^([A-Z][\w.&-]*(?:\s[A-Z][\w.&-]*){0,2})['’]s\s(?=[A-Z])", item)
    # An owner is a firm the reader knows, an acronym or several words: "Monk's Hill Ventures" is one name.
    known_owner = owner and (is_known_investor(owner.group(1)) or owner.group(1).isupper() or " " in owner.group(1))
    if owner and locate(owner.group(1)).countries and not _is_person(item[owner.end() :]):
        item = item[owner.end() :]  # "China's Transsion": the place describes the investor
        owner = None
    if owner and known_owner and _investor_like(item[owner.end() :]) and not _is_person(item[owner.end() :]):
        item = item[owner.end() :]
    if re.search(r"['’]s\s(?:leading|largest|biggest|top|oldest)\b", item):
        return None  # "one of Europe's leading investment banks" describes the investor named before it
    if item.startswith("the ") and all(is_name_token(w) or w in CONNECTORS for w in item.split()[1:]):
        item = item[4:]  # "the Witkoff Group"; "the Swedish investment company controlled by ..." describes
    if (
        not item
        or item.lower().strip(".") in LEGAL | {"the", "a", "an"}
        or _MONEY_ITEM.match(item)
        or item.lower() in _PRONOUNS
        or item.lower() in CONNECTORS
        or re.fullmatch(r"(?:19|20)\d\d", item)
        or lp.TIME_ITEM.fullmatch(item)
    ):
        return None
    return item


def _person_name(item: str) -> str | bool | None:
    """The investor a person phrase stands for; False when the item is no person phrase, None to drop it."""
    if _ROLE_ONLY.match(item):
        return None  # "CEO of Foo", "co-founder at Bar": describes the person named before it
    person_of = _PERSON_OF.match(item)
    if person_of and _is_person(_strip_role(person_of.group(1))):
        # "General Partner Chris Dixon of a16z crypto" invests for the fund; "Jane Doe of Zeta" for herself.
        acts_for_fund = _strip_role(person_of.group(1)) != person_of.group(1) and _investor_like(person_of.group(2))
        return clean_name(person_of.group(2) if acts_for_fund else _strip_role(person_of.group(1)))
    poss = re.match(r"^(.+?)['’]s?\s(.+)$", item)
    if poss and _is_person(poss.group(1)) and is_name_token(poss.group(2).split()[0]):
        return clean_name(poss.group(2))  # "Nick Tomaino's 1confirmation": the person's fund
    if poss and _is_person(_strip_role(poss.group(2))):
        # "Multicoin Capital's Kyle Samani" is the fund's money; "Figma's Dylan Field" invests his own.
        return clean_name(poss.group(1) if _investor_like(poss.group(1)) else _strip_role(poss.group(2)))
    if poss and not any(ch.isupper() for ch in poss.group(2)[:1]) and not poss.group(2)[:1].isdigit():
        # "Andreessen Horowitz's digital assets arm": a description, the name follows it; "TPG’s global impact
        # investing platform TPG Rise": the name ends it.
        return clean_name(trailing_name(poss.group(2))) or None
    return False


# An item opening with "the" or an indefinite article and going on in lower case describes the name before it
# ("une société de capital-risque ...").
_ARTICLES = frozenset(["the", "a", "an", "un", "une", "una", "uno", "um", "uma", "ein", "eine"])


def _plain_name(item: str, names: list[str]) -> str | None:
    item = clean_name(_strip_role(item)) or item  # "IP Group plc": a legal tail is no lower-case description
    words = [w for w in item.split() if w.lower() not in CONNECTORS]
    has_lower = any(not (w[0].isupper() or w[0].isdigit() or w.lower() in {"a16z"}) for w in words if w)
    if item.split()[0].lower() in _ARTICLES and has_lower:
        if names:
            return None  # "the Swedish investment company controlled by ...": describes the previous name
        item = trailing_name(item)
    elif has_lower:
        item = _drop_place(trailing_name(item), item)
    item = clean_name(item)
    return item if item and len(item) > 1 else None


def _drop_place(name: str, phrase: str) -> str:
    """ "la compañía de inversiones de Singapur Temasek" -> "Temasek": a place just after "de"/"of" belongs to the
    description before the name, not to the name."""
    tokens = name.split()
    before = phrase[: len(phrase) - len(name)].strip()
    if len(tokens) > 1 and re.search(r"\b(?:de|of|from|aus|du|da|do|des|in)$", before) and locate(tokens[0]).countries:
        return " ".join(tokens[1:])
    return name


def split_names(segment: str) -> list[str]:
    """Split "A, B, and C" into names, dropping appositives and descriptions."""
    segment = lp.drop_appositives(_LOCATION_PREFIX.sub("", strip_parentheticals(segment)))
    parts = [p for p in re.split(r",\s*|\s+(?:and|et|y|e|und)\s+|\s+or\s+", segment) if p.strip()]
    # "Sequoia Capital & Accel" is two investors; "Allen & Company" and "Green Park & Golf Ventures" are one.
    parts = [q for p in parts for q in split_ampersand(p, _investor_like, is_known_investor)]
    names: list[str] = []
    for raw in parts:
        item = _clean_item(raw)
        if item is None:
            continue
        if is_known_investor(item):
            names.append(clean_name(item))
            continue
        person = _person_name(item)
        if person is False:
            person = _plain_name(item, names)
        if isinstance(person, str):
            names.append(person)
    return names


def _subject_before(text: str, verb_start: int) -> str:
    """The names written just before a verb: from the last clause boundary to the verb."""
    sent_start = max(text.rfind(". ", 0, verb_start), text.rfind("\n", 0, verb_start)) + 1
    clause = text[sent_start:verb_start]
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
            found += split_names(_clip(text, m.end()))
    return found


def lead_investors(text: str) -> list[str]:
    """Names the text says led (or co-led) the round, in order of mention."""
    text = strip_parentheticals(text)
    found = _led_by(text)
    for m in lp.SUBJECT_LED.finditer(text):
        subject = _subject_before(text, m.start())
        if lp.OTHER_COMPANY.match(text[m.end() : m.end() + 60]):
            continue
        if lp.ANAPHOR.match(subject):
            found += _antecedents(text, m.start())
        elif lp.FIRM_ANAPHOR.match(subject):
            found += _firm_antecedent(text, m.start())
        elif not lp.RELATIVE_SUBJECT.search(subject):
            found += split_names(subject)
    for m in lp.SUBJECT_LEADS.finditer(text):
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
        found += split_names(_clip(text, m.end()))
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
    names = split_names(_stop(before[cut:].split(" ", 1)[-1])) if cut >= 0 else []
    return names if len(names) >= 2 else []


def _firm_antecedent(text: str, pos: int) -> list[str]:
    """The investor a "The VC firm led" subject points back to: the last one named in the sentence before."""
    start = max(text.rfind(". ", 0, pos), text.rfind("\n", 0, pos))
    before = text[max(text.rfind(". ", 0, start), text.rfind("\n", 0, start)) + 1 : start]
    names = [
        n
        for n in re.findall(r"(?:[A-Z]|[a-z]+\d)[\w&.'’-]*(?: (?:[A-Z0-9]|[a-z]+\d)[\w&.'’-]*)*", before)
        if _investor_like(n)
    ]
    return names[-1:]


def _unsaid_leads(text: str) -> list[str]:
    """Leads the text implies without saying "led": "from X, with participation from Y"; a loan's one lender;
    a round from one investor."""
    from_with = _FROM_WITH.search(text)
    if from_with and split_names(from_with.group(1)):
        return split_names(from_with.group(1))
    for m in _LENDER.finditer(text):
        lenders = split_names(_stop(m.group(1)))
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
    for m in _SOLE_FROM.finditer(text):
        names = split_names(_stop(m.group(1)))
        if re.search(r"\b(?:investors?|backers|shareholders)\b", m.group(1), re.I):
            return []  # "from a total of 69 investors including ...", "from its big tech backers like Tencent": several
        if _MONEY_ITEM.match(m.group(1)) or lp.EARLIER_FROM.search(text, 0, m.start()) or lp.REST_FROM.search(text):
            continue
        if list_goes_on(text[m.end(1) :]):
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
            found += split_names(_clip(text, m.end()))
    for m in SUBJECT_PARTICIPATED.finditer(text):
        subject = _subject_before(text, m.start())
        if len(subject.split()) <= 12 and not re.search(r"(?i)\b(?:which|who|that|when|where|after|before)\b", subject):
            found += split_names(subject)
    from_with = _FROM_WITH.search(text)
    if from_with:
        found += split_names(from_with.group(1))
    for m in _SOLE_FROM.finditer(text):
        found += split_names(_stop(m.group(1)))
    return dedupe_investors(found)
