"""The manager of a fund close told through its people or its fund's name, where `fund_raise` finds no subject.

A general partner's own post says "we": "my partners at August Capital and I have raised a new fund", "Last week we
quietly closed our third OATV fund" (the firm is a place the writer works at, or a word inside the fund's name); a
quote names the firm after a title: "..., said Jane Doe, General Partner at Acme Ventures"; a headline may carry only
the fund's name: "OATV Fund III". And a headline writes a descriptor in title case before the firm, which a
subject-verb reading takes as part of the name: "Multicoin Backer L1 Digital Raises $152M for Second Crypto VC Fund".
(tuning_funds13: the ventureblog, startuproar and markets.businessinsider pages.) A name read may also carry the
fund's numeral ("Kite Capital Partners III") or a plural possessive's mark ("Ember Ventures'"), or be the fund itself
("its Growth Fund II has achieved its initial close"); and when nothing else names the manager, a plural possessive
owns the headline's fund ("500 Startups’ latest move in Asia is a $10M micro-fund", tiranetwork) or the first firm in
a sentence that tells a close is it ("Southeast Minnesota Capital Fund, LLC , ... closed fundraising for its second
fund", postbulletin): fund company over the tuning files 0.904 -> 0.953 with `fund_programs` and the CJK rules.
"""

from __future__ import annotations

import re

from talentintel.funding.investor_names import investor_like

_NAME = r"((?:[A-Z][\w&.'’-]*|\d+[A-Za-z][\w&.'’-]*)(?:\s(?:[A-Z][\w&.'’-]*|&)){0,3})"
_RAISE_WORDS = r"(?:rais(?:ed|es|e)|clos(?:ed|es|e)|launch(?:ed|es)?|final close|first close)"
# "my partners at August Capital and I have raised a new fund", "our team at Acme Ventures has closed Fund II".
_WE_AT = re.compile(
    r"\b(?:[Mm]y|[Oo]ur)\s(?:partners|colleagues|team|teammates|co-founders)\s(?:at|of)\s"
    + _NAME
    + r"\s(?:and\s(?:I|me)\s)?(?:have\s|has\s|had\s|just\s)*"
    + _RAISE_WORDS
    + r"\b"
)
# "we quietly closed our third OATV fund", "we have raised our second Acme Capital fund".
_OUR_NAMED_FUND = re.compile(
    r"\b(?:closed|raised|launched|announc(?:ed|ing))\sour\s(?:first|second|third|fourth|fifth|sixth|seventh|eighth|"
    r"ninth|tenth|new|latest|next|debut|inaugural)\s" + _NAME + r"\s(?:fund|vehicle)\b"
)
# "said Jane Doe, General Partner at Acme Ventures", "Acme Ventures General Partner Jane Doe said": the title's firm,
# read only in a sentence that reports the fund's raise.
_TITLE_AT = re.compile(r"\b(?:General|Managing|Founding)\s(?:Partner|Director)\s(?:at|of)\s" + _NAME + r"(?=[\s,.;]|$)")
_FUND_SENTENCE = re.compile(r"\b(?:new|latest|debut|inaugural|\w+th|second|third|first)\s(?:[\w$.,-]+\s){0,3}?fund\b")
# "OATV Fund III", "Acme Seed Fund 2": the words before "Fund <numeral>" name the firm when they are not a kind of fund.
_NAMED_BY_FUND = re.compile(r"^((?:[A-Z][\w&.'’-]*\s){0,2}[A-Z][\w&.'’-]*)\sFund\s(?:[IVX]+|\d+)$")
_FUND_KIND_WORDS = re.compile(
    r"^(?:The|New|Our|Growth|Seed|Opportunity|Opportunities|Venture|Ventures|Early|Select|Flagship|Innovation|"
    r"Technology|Tech|Crypto|Blockchain|AI|Impact|Climate|Startup|Start-up|Angel|Debut|Inaugural)$"
)
# A headline's title-case descriptor: "Multicoin Backer L1 Digital", "Coinbase Alum Acme Capital".
_DESCRIPTOR_PREFIX = re.compile(
    r"^(?:[A-Z][\w&.'’-]*\s){1,3}(?:Backer|Backers|Alum|Alums|Alumni|Veteran|Veterans|Spinout|Spin-off|Investor|"
    r"Investors)\s(?=[A-Z0-9])"
)


def _we_firm(text: str) -> str | None:
    head = text[:1500]
    m = _WE_AT.search(head) or _OUR_NAMED_FUND.search(head)
    if m:
        return m.group(1)
    for sentence in re.split(r"(?<=[.!?])\s+|\n", head):
        title = _TITLE_AT.search(sentence)
        if title and _FUND_SENTENCE.search(sentence) and re.search(_RAISE_WORDS, sentence):
            return title.group(1)
    return None


def _named_by_fund(fund_name: str | None) -> str | None:
    m = _NAMED_BY_FUND.match(fund_name or "")
    if not m or all(_FUND_KIND_WORDS.match(word) for word in m.group(1).split()):
        return None
    return m.group(1)


# "Kite Capital Partners III closes at $1.2 billion": the fund's numeral after a firm word is not the firm's name
# ("Peak XV" is a firm: its numeral follows no firm word).
_FUND_NUMERAL = re.compile(
    r"\b(Capital|Partners|Ventures|Associates|Holdings|Opportunities|Equity)\s(?:II|III|IV|V|VI|VII|VIII|IX|X|XI|XII)$"
)
# "Ember Ventures' Fund IV hit its hard cap": a plural possessive's apostrophe is not part of the name.
_POSSESSIVE_END = re.compile(r"(?<=s)['’]$|['’]s$")
# "500 Startups’ latest move in Asia is a $10M micro-fund in Vietnam": a plural possessive owns the headline's fund.
_PLURAL_OWNER = re.compile(
    r"^((?:\d+\s)?(?:[A-Z][\w&.-]*\s){0,3}[A-Z][\w&.-]*s)['’]\s(?:[\w$.,-]+\s){0,8}?(?:[\w-]+-)?funds?\b"
)
# "The Med City-based Southeast Minnesota Capital Fund, LLC , which was formed by ..., recently announced ... that it
# has closed fundraising for its second fund": the first firm named in a sentence that tells a fund's close.
_FIRM_NAME = re.compile(
    r"(?:[A-Z][\w&'’.-]*\s){0,4}(?:Capital|Ventures|Partners|VC|Investments)(?:\sFund)?\b|(?:[A-Z][\w&'’.-]*\s){1,4}Fund\b"
)
# "its Growth Fund II has achieved its initial close": a fund of kind words and a numeral is the fund, not its manager.
_FUND_ONLY = re.compile(
    r"^(?:(?:Growth|Seed|Opportunity|Opportunities|Venture|Early[- ]Stage|Select|Flagship|Innovation|Climate|Impact)\s)*"
    r"Fund(?:\s(?:[IVX]+|\d+))?$"
)
_CLOSE_TOLD = re.compile(
    r"\b(?:achieved|held|reached)\s(?:its|the|a)\s(?:first|initial|final|interim|second|third)\sclose\b|"
    r"\b(?:closed|raised|completed)\s(?:[\w-]+\s){0,3}?(?:for\s)?(?:its|their|a|the)\s(?:[\w$.,-]+\s){0,3}?fund\b"
)


def _headline_owner(text: str) -> str | None:
    m = _PLURAL_OWNER.match(text.strip())
    return m.group(1) if m else None


def _first_firm_in_close(text: str) -> str | None:
    for sentence in re.split(r"(?<=[.!?])\s+(?=[A-Z\"“])|\n", text[:1000]):  # "Inc. , recently" is one sentence
        close = _CLOSE_TOLD.search(sentence)
        firm = _FIRM_NAME.search(sentence, 0, close.start()) if close else None
        if firm:
            return re.sub(r"^(?:The\s)?(?:[\w.]+\s){0,3}?\S+-(?:based|headquartered)\s", "", firm.group(0)).strip()
    return None


# "Katie Haun Launches a Crypto Fund", "... launching her own fund, named Haun Ventures" (hs16-dlvrit-haun-ventures-1-5bn-
# debut-fund): a founder read as the manager stands for the firm that carries her surname, when the text names it.
_PERSON = re.compile(r"(?:[A-Z][a-z]+\s){1,2}(?P<surname>[A-Z][a-z]+)")
# No "Fund": "Ridgewood Infrastructure ... Strategic Infrastructure Fund II" (f21-irei-ridgewood-fund-ii-1-2bn-final-close)
# read the fund's name as the firm of a "surname" Infrastructure; a founder's firm is a firm word, a fund is the fund.
_FIRM_WORDS = r"(?:Ventures|Capital|Partners|Investments|Management|Holdings|Group|Labs)"


def _founders_firm(manager: str, text: str) -> str | None:
    person = _PERSON.fullmatch(manager)
    if person is None or investor_like(manager):
        return None  # "Theta Capital", "Altas Partners": a firm already
    if re.search(rf"(?<![\w-]){re.escape(manager)}\s{_FIRM_WORDS}\b", text):
        return None  # "Thomson Reuters Ventures", "Venture Highway Fund": the name read is the firm's own
    firm = re.search(rf"(?<![\w-]){person.group('surname')}(?:\s[A-Z][\w&-]*)?\s{_FIRM_WORDS}\b", text)
    return firm.group(0) if firm else None


def refine(manager: str | None, text: str, fund_name: str | None) -> str | None:
    """The manager `fund_raise` read, with a headline descriptor, a fund numeral or a possessive mark cut, or one
    told through people or the fund's name."""
    if manager and _FUND_ONLY.match(manager):
        manager = None
    if manager and (founders := _founders_firm(manager, text)):
        return founders
    if manager:
        cut = _POSSESSIVE_END.sub("", _FUND_NUMERAL.sub(r"\1", _DESCRIPTOR_PREFIX.sub("", manager)))
        return cut or manager
    return _we_firm(text) or _named_by_fund(fund_name) or _headline_owner(text) or _first_firm_in_close(text)
