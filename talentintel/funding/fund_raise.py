"""Tell a fund raise ("Polychain raises $200M for its fourth fund", "X launches $100M Fund III") from a round.

A venture firm raising its own fund is news in the same feeds as company rounds and in the same words (raises,
closes, $N million), but it is not a round of a portfolio company: stored as one, it would make the fund a company
with a bogus round. The test: in the headline or the first sentence, a raising verb whose object is a fund
("new fund", "fourth fund", "$850M fund", "Fund III"), with no lead-investor, round or verb-"to fund" words in the phrase, and no
round named in that sentence.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from talentintel.funding import fund_appositive, fund_cjk, fund_forms, fund_lp, fund_people
from talentintel.funding.fund_eu import eu_fund_manager
from talentintel.funding.fund_named_close import NAMED_FUND_CLOSES as _NAMED_FUND_CLOSES
from talentintel.funding.fund_opening import opening_sentences as _opening
from talentintel.funding.fund_subjects import after_figure, lead_trimmed
from talentintel.tagging.gazetteer import fold, gazetteer

# "target" after an article or a noun is the noun ("the first direct investment target in ... Growth Fund").
_VERB = (
    r"\b(?:rais(?:es|ed|ing|e)|clos(?:es|ed|ing|e)|launch(?:es|ed|ing)?|achiev(?:es|ed|e)|start(?:s|ed|ing)|form(?:s|ed)|announc(?:es|ed|ing|e|ement of)|unveil(?:s|ed|ing)?|"
    r"debut(?:s|ed|(?=\s(?:a|an|its|their|[$€£¥]|US\$)))|secur(?:es|ed|e)|hits?|reach(?:es|ed)?|complet(?:es|ed|e)|finaliz(?:es|ed|e)|"
    r"wrap(?:s|ped)?(?: up)?|(?<!investment )(?<!the )(?<!an )(?<!a )target(?:s|ed|ing)?|amass(?:es|ed)?|h(?:e|o)lds?|"
    # A fund set up or a firm "back with" one: "Accel has established a new $650 million fund", "Toyota ... is back
    # with another $100 million fund".
    # "successfully concluded fundraising for its second fund" (ludiz TLcom).
    r"establish(?:es|ed)?|(?:is|are) back with|conclud(?:es|ed|ing)|"
    # "has attracted a total of $51.1m for its Accelerator IV fund", "Ten Leading VCs Team Up On A $50 Million Fund".
    # "will be leading a $50 million fund" (the verb alone: "will" is a veto word of the phrase).
    r"attract(?:s|ed)|land(?:s|ed)|team(?:s|ed)?\sup\s(?:on|for)|(?<=will\sbe\s)leading)\b"
)
_ADJ = (
    r"(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+(?:st|nd|rd|th)|new|debut|inaugural|"
    r"maiden|latest|flagship|oversubscribed|early-stage|late-stage|growth|opportunity|opportunities|venture|vc|"
    r"crypto|web3|blockchain|ai|seed|ecosystem|token|two|three|several)"
)
# "$850M", "100 billion yen", "€1.5bn", "Rs 400 crore": the amount of a fund in any currency.
_AMOUNT = (
    r"(?:(?:(?:us|a|c|s|hk)?\$|€|£|¥|₹|rs\.?|usd|eur)\s?[\d.,]+\s*(?:mm|[mbk]n?|million|billion|mln|crore)?|"
    r"[\d.,]+\s*(?:million|billion|bn|mn|crore)\s(?:yen|euros?|pounds|dollars|won|yuan|rupees))"
)
# A firm word and a Roman numeral name a fund: "the $10.1 billion Lexington Capital Partners VIII", "Altas Partners
# Holdings II". An amount may carry its restatement in brackets: "300 million euro ($325 million) fund".
_FUND = (
    rf"(?:\bfund\s+(?-i:[IVX]+|\d+)\b|\b(?:largest|biggest)\s(?:[\w-]+\s){{0,2}}funds?\b|"
    rf"\b(?-i:Capital|Partners|Ventures|Holdings|Associates|Opportunities)\s(?-i:[IVX]{{1,4}})\b|"
    rf"\b(?:first|final|interim|initial|second|third)(?: and final)? close\b|\b{_ADJ}\s+(?:[\w$.,-]+\s+){{0,3}}?funds?\b|"
    rf"{_AMOUNT}(?:\s\([^()]{{1,40}}\))?\s+(?:[\w-]+\s+){{0,3}}?funds?\b|"
    # The firm's own fund by its pronoun: "$51.1m for its Accelerator IV fund" (biohealthinnovation).
    rf"\bfor\s(?:its|their)\s(?:[\w-]+\s){{0,3}}?fund\b)"
)
_RAISE = re.compile(rf"{_VERB}(?:[^.;:\n]|\.(?=\d)){{0,90}}?{_FUND}", re.IGNORECASE)
# Words that make the fund someone's investor ("led by Sequoia's growth fund") or the money a company's round.
_NOT_OWN = re.compile(
    # "Series" unless it names the fund's stage ("a $765 million Series A fund").
    r"\b(?:led|by|from|with|participation|backed|round|series(?!\s[a-h]\s+funds?\b)|that|which|to|will|would|"
    r"investors?|in fresh funds?)\b",
    re.IGNORECASE,
)
_ROUND = re.compile(
    r"\b(?:series [a-h](?!\s+funds?\b)|(?:pre-?)?seed round|funding round|financing round|round of funding)\b",
    re.IGNORECASE,
)
_VERB_RE = re.compile(_VERB, re.IGNORECASE)
# The fund itself as the subject: "Acme Partners Fund IV closes at $300M", "Venrock Associates III wraps on $650M".
_FUND_SUBJECT = re.compile(
    r"\b((?:(?!Fund\b)[A-Z][\w.&'’-]*\s){1,4})(?:Fund\s(?:[IVX]+|\d+)|(?:II|III|IV|V|VI|VII|VIII|IX|X))\b"
    r"(?:,[^,.]{0,60},)?\s(?:has\s)?"
    r"(?i:clos(?:es|ed)|rais(?:es|ed)|hits?|reach(?:es|ed)|wrap(?:s|ped))\b"
)
# A fund named without an ordinal as the subject of its close: "For startups, Portland Seed Fund closing is a very good
# thing", "OpenAI Startup Fund closes $15M tranche"; a round word after the verb makes it an investor's deal.


# "VC firm CoinFund has raised $158 million to back early-stage crypto startups": a firm's money for startups.
_FIRM_RAISES_TO_INVEST = re.compile(
    r"\b(?:VC|venture(?: capital)?|investment|capital|crypto(?:-focused)?|early-stage) (?:firm|investor|fund)s?\b"
    r"(?:[^.;]|\.(?=\d)){0,80}\b(?:rais(?:ed|es)|clos(?:ed|es)|launch(?:ed|es)|secur(?:ed|es))\b(?:[^.;]|\.(?=\d)){0,40}?[$€£][\d.,]+\s?\w*"
    r"\s(?:to (?:back|invest in|fund|support) (?:\w+\s){0,3}(?:startups|start-ups|companies|founders|projects)|"
    r"for (?:its|a|their) (?:new |first |second |third |fourth |fifth )?(?:\w+\s)?(?:fund|vehicle))",
    re.IGNORECASE,
)


# "The prominent venture capital firm Andreessen Horowitz ... has announced the successful raising of more than $15
# billion", "Radical Ventures, the venture capital firm that helped to launch ... Cohere, has raised nearly $800mn":
# an investing firm is the subject of the raise. A crypto or AI "firm" raising is a company round, so only
# investing firms count, and a round word in the sentence ("Series A", "funding round", "led by") vetoes.
_INVESTOR_RAISES = re.compile(
    # "Newly-established investment fund Africa Tech Ventures has raised US$7.5 million from the AfDB".
    # The described firm must be the subject: "backed by investment fund X, Acme raised $20M" is Acme's round.
    r"(?<!by )(?<!from )(?<!with )(?<!and )\b(?:venture capital|VC|venture|investment|private equity|growth equity)\s"
    r"(?:firm|investor|manager|fund)\b"
    r"(?:[^.;]|\.(?=\d)){0,130}?\b(?:rais(?:ed|es|ing)|clos(?:ed|es)|(?:first |final )?close of|closure of|secur(?:ed|es)|"
    r"collect(?:ed|s))\b(?:[^.;]|\.(?=\d)){0,60}?(?:[$€£¥]|US\$|USD\s)\s?[\d.,]+|"
    # German, Italian, Spanish, French, Portuguese: "So viel hat Atomico, die Risikokapitalgesellschaft von ...,
    # gerade ... eingesammelt", "Atomino, nuovo fondo di venture capital ..., ha raccolto 820 milioni di dollari".
    r"\b(?:Risikokapitalgesellschaft|Wagniskapitalgeber|VC-Firma|Beteiligungsgesellschaft|fondo di venture capital|"
    r"société de capital-risque|gestora de capital riesgo|gestora de venture capital)\b[^.;]{0,130}?"
    r"\b(?:eingesammelt|sammelt|ha raccolto|raccolto|a levé|lève|ha captado|captó|levantó|captou|levantou)\b",
    re.IGNORECASE,
)
_ROUND_WORDS = re.compile(
    r"\b(?:series [a-h]|seed|round|funding|financing|led by|valuation|stake|equity in)\b", re.IGNORECASE
)


# "Acme Capital raises $100 million to back AI infrastructure startups": money raised to invest in others.
_RAISES_TO_INVEST = re.compile(
    r"\b(?:rais(?:ed|es)|clos(?:ed|es)|launch(?:ed|es))\s(?:[^.;]|\.(?=\d)){0,30}?[$€£¥][\d.,]+\s?\w*\s"
    # "(about Sh22 billion) for investing in promising tech start-ups": a restatement may come between.
    r"(?:\([^()]{1,30}\)\s)?(?:\w+\s){0,3}?(?:to (?:back|invest in)|for investments? in|for investing in) "
    r"(?:[\w-]+\s){0,4}?(?:startups|start-ups|founders|"
    r"companies|entrepreneurs)\b",
    re.IGNORECASE,
)
# "Multicoin Capital's new $430 million venture fund closes": the manager's fund as the subject.
_OWN_FUND_SUBJECT = re.compile(
    r"\b((?:[A-Z][\w.&-]*\s){0,3}[A-Z][\w.&-]*)['’]s\s(?:(?:new|latest|debut|first|second|third|fourth|fifth|"
    r"[$€£¥][\d.,]+\s?\w*|[\w-]+)\s){0,4}?fund\s(?:(?-i:[IVX]+)\s)?(?i:closes|closed|raises|raised|hits|reaches|tops)\b"
)

# An investor launching a firm of their own is a new fund manager: "Nigerian early-stage angel investor, Olumide
# Soyombo, launched Voltron Capital" (ripples-technigeria-0731).
_INVESTOR_LAUNCHES_FIRM = re.compile(
    r"\b(?:investors?|VCs?|venture capitalists?|angels?)\b[^.]{0,60}\blaunch(?:es|ed)\s"
    r"((?:[A-Z][\w&.-]*\s){0,3}(?:Capital|Ventures|VC|Partners))\b(?!['’]s)"
)


def is_fund_raise(text: str) -> bool:
    """True when the text announces a venture firm raising (closing, launching) a fund, not a company round."""
    if fund_forms.many_firms_total(_opening(text)):
        return False
    if eu_fund_manager(text) or fund_lp.lp_named_manager(_opening(text)):
        return True
    for sentence in _opening(text):
        if _FIRM_RAISES_TO_INVEST.search(sentence) or _RAISES_TO_INVEST.search(sentence):
            return True
        if _OWN_FUND_SUBJECT.search(sentence) or _INVESTOR_LAUNCHES_FIRM.search(sentence):
            return True
        if _NAMED_FUND_CLOSES.search(sentence) and not _ROUND.search(sentence):
            return True
        investor = _INVESTOR_RAISES.search(sentence)
        if investor and not _ROUND_WORDS.search(sentence, investor.start()):
            return True
        if _ROUND.search(sentence):
            continue
        if _FUND_SUBJECT.search(sentence):
            return True
        # Every verb is tried, overlapping: "announced that it closed Fund II" fails on "that" from "announced"
        # but holds from "closed".
        for verb in _VERB_RE.finditer(sentence):
            match = _RAISE.match(sentence, verb.start())
            if match and not _NOT_OWN.search(match.group(0)):
                return True
    return fund_forms.announces_fund(text, _opening(text))


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
    r"(?:,\s(?:a|an|the|formerly|previously|now|which|who|that|whose)\s[^,.;]{2,120}?,|"
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
)
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
    subject = next((m for m in map(_FUND_SUBJECT.search, _opening(text)) if m and "Fund" in m.group(0)), None)
    subject = subject or next((m for m in map(_OWN_FUND_SUBJECT.search, _opening(text)) if m), None)
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
            # "Vertex Ventures Southeast Asia and India closed": a place after "and" ends the name it follows.
            joined = _PLACE_JOIN.search(sentence[: m.start(1)])
            if joined and _is_place(m.group(1)):
                return joined.group(1) + "and " + m.group(1)
            # "Polychain Capital, Coinfund raises $350M for new crypto fund": of a joint subject, the first named
            # is deal 1 (the body gives each its figure, "respectively").
            first = _JOINT_FIRST.match(sentence[: m.start(1)])
            if first and _FIRM_TAIL.search(first.group(1)):
                return first.group(1)
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
