"""A fund raise's name, manager and the manager's fullest name, once `fund_raise.is_fund_raise` has told a fund.

Moved out of `fund_raise` (396 lines) in session 9, unchanged: "Polychain Capital closes $200M Fund III" -> manager
"Polychain Capital", fund "Fund III"; the readers run in order (named fund's owner, subject of the fund verb, forms,
LP-named managers, appositives, European closes) and `fund_people.refine` replaces a person by the firm.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from talentintel.funding import fund_appositive, fund_cjk, fund_forms, fund_lp, fund_people
from talentintel.funding.fund_eu import eu_fund_manager
from talentintel.funding.fund_opening import opening_sentences as _opening
from talentintel.funding.fund_raise import FUND_SUBJECT, OWN_FUND_SUBJECT
from talentintel.funding.fund_subjects import after_figure, lead_trimmed
from talentintel.tagging.gazetteer import fold, gazetteer

_FUND_NAME = re.compile(
    r"\b((?:[A-Z][\w.&'’-]*\s){0,4}(?:Fund|Funds)\s(?:[IVX]+|\d+)\b(?:\sLP)?|"
    r"(?:Fund|Seed|Growth|Opportunity)\s(?:[IVX]+|\d+)\b|"
    r"(?:[A-Z][\w.&'’-]*\s){1,3}(?:Fund|Ventures Fund)(?=[,.\s]))"
)
_MANAGER = re.compile(
    r"(?:(?:VC|venture capital|venture|investment|crypto(?:-focused)?|private equity|PE)\s(?:firm|fund|investor)s?,?\s)?"
    # A name may start with digits: "8VC", "1kx", "3one4 Capital", "500 Global".
    r"((?:[A-Z][\w.&'’-]*|a16z(?:\scrypto)?|\b[a-z]{1,4}[A-Z][\w.&'’-]*|(?<![$\d.,])\d+[a-zA-Z][\w.&'’-]*|"
    r"(?<![$\d.,])\d+(?=\s[A-Z]))"
    r"(?:\s(?:[A-Z][\w.&'’-]*|&|[a-z](?=\s[A-Z]))){0,6})(?:['’]s\s[^.]{0,60}?)?"
    # "Acme Ventures (AV) has closed": a short form in parentheses.
    r"(?:\s\([^()]{1,30}\))?"
    # "X, an Australia-based early stage venture firm, has closed": the appositive says what the subject is.
    # "X, which backed Coinbase, said": a relative clause describes the subject too.
    # An initial's period belongs to the appositive: "Ridgewood Infrastructure, an investor in essential infrastructure
    # in the U.S. lower middle market, has completed the final closing" (f21-irei-ridgewood-fund-ii-1-2bn-final-close).
    r"(?:,\s(?:a|an|the|formerly|previously|now|which|who|that|whose)\s(?:[^,.;]|(?<=\b[A-Z])\.){2,120}?,|"
    # "SEED Capital, one of Denmark's most prolific seed investment funds announced": the appositive may run into
    # the verb with no closing comma (thenordicweb).
    # "Borderless Capital, a Miami-based venture-capital firm will be leading a $50 million fund" (wallstreetpride).
    r",\s(?:one\sof|a|an)\s[^,.;]{2,120}?(?=\s(?:announced|raised|closed|launched|unveiled|completed|will\sbe\sleading)\b))?"
    # "X at the end of June held", "X on Tuesday closed": when, between the subject and its verb.
    r"(?:\s(?:at\s(?:the\s)?(?:end|start|beginning)\sof\s\w+|on\s\w+day|(?:this|last)\s(?:week|month)|today|"
    r"in\s(?:mid-|early\s|late\s)?(?:January|February|March|April|May|June|July|August|September|October|November|"
    r"December)|"
    r"earlier\sthis\s\w+))?"
    r",?\s(?:said\s(?:on\s)?(?:\w+day\s)?(?:that\s)?it\s)?(?:has\s|have\s|had\s|is\s)?(?:officially\s|just\s|reportedly\s|in the midst of\s|today\s|now\s|successfully\s)?"
    r"(?i:rais(?:ed|es|e)|clos(?:ed|es)|launch(?:ed|es)?|announc(?:ed|es)|complet(?:ed|es)|secur(?:ed|es)|"
    r"unveil(?:ed|s)|set(?:s)? up|is starting|debut(?:ed|s)|reached|hits?|raising|closing|announcing|launching|held|holds|achieved|establish(?:ed|es)|"
    r"conclud(?:ed|es)|attract(?:ed|s)|land(?:ed|s)|will\sbe\sleading)\b"
)
_NOT_MANAGER = re.compile(
    r"^(?:The|A|An|This|Its|Their|Our|According|Bloomberg|Reuters|Forbes|On|In|Last|Today|We|We['’]ve|We['’]re|I|It|"
    r"They|He|She|After|Before|While|Since|Despite|With|Here|There)\b"
    # "Big Raises for VCs": a title-case headline's lone adjective before a plural noun names nobody.
    r"|^(?:Big|Bigger|Biggest|Huge|Major|Massive|Mega|Record|Large|Largest|Top|More|Most)$"
    # A close's ordinal alone: "hat ... das First Closing des HTGF III ... verkündet" (stbweb) named "First".
    r"|^(?:First|Second|Third|Final|Initial|Interim)$"
)
# "two big VC raises that were announced", "Big Raises for VCs": "raises" a plural noun (a relative clause or a
# copula after it, or "for" and the plural of who raised), not the verb.
_NOUN_RAISES = re.compile(r"\s(?:that|which|were|are|for\s(?:VCs|venture\sfirms|investors|startups)\b)")
# "Niklas Zennström’s venture capital firm Atomico released ...": a descriptor names the firm that follows it.
_DESCRIBED_FIRM = re.compile(
    r"\b(?:venture capital|VC|venture|investment|private equity)\s(?:firm|investor|manager)\s"
    r"((?:[A-Z][\w&'’.-]*)(?:\s(?:[A-Z][\w&'’.-]*|&)){0,4})"
)
# "Atomico, die Risikokapitalgesellschaft von ...", "Atomino, nuovo fondo di venture capital": the appositive says it.
_EU_APPOSITIVE_FIRM = re.compile(
    r"([A-Z][\w&.-]*(?:\s[A-Z][\w&.-]*){0,3}),\s(?:(?:die|der|das|la|le|el|il|une?|o|a|nuovo|nuova)\s)?"
    r"(?:Risikokapitalgesellschaft|Wagniskapitalgeber|VC-Firma|fondo di venture capital|société de capital-risque|"
    r"gestora de capital riesgo|gestora de venture capital)\b"
)


# Words that name a fund's strategy, between the manager and "Fund IV": "Horizon Capital Growth Fund IV".
_FUND_TYPE_TAIL = re.compile(
    r"(?:\s(?:Growth|Opportunit(?:y|ies)|Seed|Early[- ]Stage|Select|Expansion|Special Situations|Flagship))+$"
)


def fund_details(text: str) -> tuple[str | None, str | None]:
    """(manager, fund name) of a fund-raise text: the firm that raised, closed or launched the fund."""
    manager = fund_people.refine(_manager(text), text, _fund_name(text))
    return (fullest_name(manager, text) if manager else None), _fund_name(text)


def _fund_name(text: str) -> str | None:
    name_m = _FUND_NAME.search(text)
    fund_name = name_m.group(1).strip() if name_m else None
    if fund_name:
        # "The Galaxy Ventures Fund I LP": article and legal form are not part of the fund's name.
        fund_name = re.sub(r"^The\s|,?\s(?:LP|L\.P\.|SCSp|SCA|Ltd\.?)$", "", fund_name).strip() or None
    if fund_name:
        # "Announcing Fund III": a headline's verb is not part of the name.
        fund_name = re.sub(
            r"^(?:Announcing|Introducing|Announces|Closes|Closing|Launches|Launching|Raises)\s", "", fund_name
        )
    return fund_name


def _manager(text: str) -> str | None:
    subject = next((m for m in map(FUND_SUBJECT.search, _opening(text)) if m and "Fund" in m.group(0)), None)
    subject = subject or next((m for m in map(OWN_FUND_SUBJECT.search, _opening(text)) if m), None)
    named = re.sub(r"^The\s", "", subject.group(1).strip()) if subject else None
    if named:
        # "SoftBank's Vision Fund 2 raised": the owner named in the possessive manages the fund.
        named = re.split(r"['’]s\s", named, maxsplit=1)[0] if re.search(r"['’]s\s", named) else named
        named = _FUND_TYPE_TAIL.sub("", named) or named
    readers = (
        lambda: fund_forms.manager(text, _opening(text)),
        lambda: fund_lp.lp_named_manager(_opening(text)),
        lambda: fund_appositive.around_grammar(_opening(text), lambda: _verb_manager(text)),
        lambda: eu_fund_manager(text),
        lambda: cjk_fund_manager(text),
        lambda: _described_firm(text),
        lambda: _possessive_owner(text),
    )
    # "Africa’s five largest private capital fund closes": a place owns no fund; a continent is not a manager.
    verb_manager = next((name for read in readers if (name := read()) and not _is_place(name)), None)
    if named and _is_place(named):
        named = None
    # "Venrock Fund III Wraps" / "Venrock Associates ... held a close": the fuller reading of one name wins.
    if named and not _NOT_MANAGER.match(named):
        if verb_manager and verb_manager.startswith(named) and "Fund" not in verb_manager[len(named) :]:
            return verb_manager
        return named
    return verb_manager


# Words a firm's full name adds to its short one: "Polychain" -> "Polychain Capital", "Sequoia India" -> "Sequoia
# Capital India", "Peak XV" -> "Peak XV Partners". A fund's words ("Fund", "IV") are not among them.
_FIRM_WORDS = {
    "Capital", "Ventures", "Venture", "Partners", "Management", "Asset", "Group", "Investment", "Investments",
    "Holdings", "Associates", "Advisors", "Advisers", "Equity", "Crypto", "Digital",
}  # fmt: skip
# A name does not run across a line: "Accelerator\nAccelerator Corporation, ..." is a headline word, then the firm.
_NAME_SPAN = re.compile(r"[A-Z][\w&'’.-]*(?:[ \t](?:[A-Z][\w&'’.-]*|&))*")


def fullest_name(manager: str, text: str) -> str:
    """The longest name in the text that is the manager's name with firm words added (labels name the firm in
    full when the headline shortens it)."""
    short = manager.split()
    best = manager
    for m in _NAME_SPAN.finditer(text):
        tokens = [t.rstrip(".") for t in m.group(0).split()]
        if tokens[:1] != short[:1] or len(tokens) <= len(best.split()):
            continue
        rest = iter(tokens)
        if all(t in rest for t in short) and all(t in short or t in _FIRM_WORDS for t in tokens):
            best = " ".join(tokens)
    return best


_PLACE_JOIN = re.compile(r"((?:[A-Z][\w&'’.-]*\s){2,6})and\s$")


def _is_place(name: str) -> bool:
    g = gazetteer()
    key = fold(name)
    return key in g.countries or key in g.region_words


# "Investors ... have backed Blackstone's second global infrastructure-focused secondary fund": the owner of the fund.
_POSSESSIVE_FUND = re.compile(
    r"\b((?:[A-Z][\w&.-]*\s){0,3}[A-Z][\w&.-]*)['’]s\s(?:new\s|latest\s|first\s|second\s|third\s|fourth\s|fifth\s)"
    r"(?:[\w$.,-]+\s){0,5}?funds?\b"
)


def _possessive_owner(text: str) -> str | None:
    for sentence in _opening(text):
        m = _POSSESSIVE_FUND.search(sentence)
        if m and not _NOT_MANAGER.match(m.group(1)):
            return m.group(1)
    return None


def _described_firm(text: str) -> str | None:
    """The firm a descriptor or an appositive names in the opening (or the first 600 characters), if any."""
    for sentence in [*_opening(text), text[:600]]:
        m = _DESCRIBED_FIRM.search(sentence) or _EU_APPOSITIVE_FIRM.search(sentence)
        if m and not _NOT_MANAGER.match(m.group(1)):
            return m.group(1)
    return None


_JOINT_FIRST = re.compile(r"^((?:[A-Z][\w&.'’-]*\s){0,3}[A-Z][\w&.'’-]*)(?:,|\sand|\s&)\s$")
_BOTH_FIRST = re.compile(r"\b[Bb]oth\s((?:[A-Z][\w&.'’-]*\s){0,3}[A-Z][\w&.'’-]*)\sand\s$")
_FIRM_TAIL = re.compile(r"\b(?:Capital|Ventures|Partners|VC|Fund|Investments|Group)$")


# "Abu Dhabi's sovereign fund Mubadala launches", "Google's venture arm GV raised": an owner's descriptor, then the
# name that is the verb's subject.
_OWNER_DESCRIBES = re.compile(
    r"['’]s\s(?:[a-z][\w-]*\s){0,3}(?:fund|firm|arm|investor|company|manager|vehicle|unit)\s"
    r"((?:[A-Z][\w&.'’-]*\s){1,4})(?=(?:has\s|have\s|is\s|just\s|officially\s|today\s|now\s)?[a-z]+$)"
)


def _verb_manager(text: str) -> str | None:
    """The subject of the raising verb in the opening (or the first 600 characters)."""
    for sentence in [*_opening(text), text[:600]]:
        for m in _manager_matches(sentence):
            if after_figure(sentence, m.start(1)):
                continue  # "$5M Climate Impact Fund launches": "M" is the figure's unit (fund_subjects)
            if m.group(0).lower().endswith("raises") and _NOUN_RAISES.match(sentence, m.end()):
                continue  # "two big VC raises that were announced": the plural noun, no verb
            # "Vertex Ventures Southeast Asia and India closed": a place after "and" ends the name it follows.
            joined = _PLACE_JOIN.search(sentence[: m.start(1)])
            if joined and _is_place(m.group(1)):
                return joined.group(1) + "and " + m.group(1)
            # "Polychain Capital, Coinfund raises $350M for new crypto fund": of a joint subject, the first named
            # is deal 1 (the body gives each its figure, "respectively").
            first = _JOINT_FIRST.match(sentence[: m.start(1)])
            if first and _FIRM_TAIL.search(first.group(1)):
                return first.group(1)
            # "both Multicoin and Lightspeed announced two new funds": "both" joins two subjects, the first is deal 1.
            both = _BOTH_FIRST.search(sentence[: m.start(1)])
            if both and not _is_place(both.group(1)):
                return both.group(1)
            described = _OWNER_DESCRIBES.match(m.group(0), len(m.group(1)))
            if described:
                return described.group(1).strip()
            manager = lead_trimmed(m.group(1))
            manager = re.sub(r"['’]s$", "", manager).strip()
            # A name does not run across a line break: "... and Northwestern University.\nCongruent Ventures, a ...".
            manager = manager.rsplit("\n", 1)[-1]
            # "Boulder-based Foundry Group", "San Francisco-based Acme Capital"
            manager = re.sub(r"^(?:[A-Z][\w.]*\s){0,3}?\S+-(?:based|headquartered)\s", "", manager)
            # "Early-stage VC Acme Capital", "Korean VC Acme Investment": a descriptor ending in VC; "Hack VC" stays.
            manager = re.sub(r"^(?:[A-Z][\w-]*\s){0,2}?VC\s(?=[A-Z])", "", manager)
            # "Michael Novogratz's Galaxy Asset Management": the owner's possessive is not the manager's name.
            # "Zhongke Chuangxing's Xian Dao Venture Capital Fund successfully raised": the owner of a fund manages it.
            owner = re.match(r"((?:[A-Z][\w.&-]*\s){0,2}[A-Z][\w.&-]*)['’]s\s(?=[A-Z])", manager)
            owned_fund = owner and re.search(r"\bFunds?(?:\s(?:[IVX]+|\d+))?$", manager)
            # "Saudi Arabia's Public Investment Fund launches": a place owns no fund; the fund is the actor.
            if owner and owned_fund and _is_place(owner.group(1)):
                manager = manager[owner.end() :]
            else:
                manager = owner.group(1) if owner and owned_fund else manager[owner.end() :] if owner else manager
            if _is_place(manager):
                continue
            # "The Firestarter Fund raised ... contributions": a named fund is its own manager (the article is not
            # part of the name); "The firm raised" stays out.
            manager = re.sub(r"^The\s(?=(?:[A-Z][\w&'’-]*\s){1,3}Fund$)", "", manager)
            if manager and not _NOT_MANAGER.match(manager) and not re.fullmatch(r"(?:Fund|Funds)(?:\s\w+)?", manager):
                return manager
    return None


def _manager_matches(sentence: str) -> Iterator[re.Match[str]]:
    """Every subject-verb match; after a place the search goes on inside it: "one of Mexico’s most aggressive VC
    firms Alta Ventures Mexico announced" reads "Mexico" first, then "Alta Ventures Mexico"."""
    pos = 0
    while m := _MANAGER.search(sentence, pos):
        yield m
        pos = m.start(1) + len(m.group(1)) + 1 if _is_place(m.group(1)) else m.end()


def is_cjk_fund(text: str) -> bool:
    """A fund close in the headline or first sentence ("470억 규모 '2호 XR 콘텐츠펀드' 결성")."""
    return fund_cjk.closes_fund(_opening(text))


def cjk_fund_manager(text: str) -> str | None:
    """The manager named in the opening of a Chinese, Japanese or Korean fund close, or None."""
    return fund_cjk.manager(_opening(text), text)
