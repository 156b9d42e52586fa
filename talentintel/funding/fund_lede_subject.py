"""The subject of a fund lede, when no other reader of `deals_fund` named a manager.

The fund readers each know one construction ("X has raised $N for Fund III", "launched by X", "X's new fund closes");
a fund told in any other sentence shape gave no manager at all. On the session holdouts as first scored (fund85
catalog, docs/funding_fund_catalog.md) 9 of 51 funds had a manager of None with the fund found, and every one of them
opens with the manager as the sentence's subject in a shape no reader knew:
- a place or a descriptor before the name: "Lagos-based Ventures Platform , one of Africa’s most active early-stage
  investors, has raised $64 million so far for its second fund" (hs14-localnewswave), "Nigeria’s Ventures Platform
  rallied investors ... to conclude a first close of a $40m fund" (hs14-timeslive), "Indian VC firm HealthKois";
- an appositive of any kind between the name and its verb: "3C AGI Partners, founded by former SenseTime executive
  Esther Wong, is targeting up to $100m for the fund by March, following a $50m first close" (hs17-peinsights);
- a verb outside the readers' lists ("rallied", "vient de réunir", "is targeting");
- a definition with a dash: "QuantumLight — венчурный фонд, который ..." (hs16-thebell, Russian).
The reading is the grammar of a lede, not a phrase: a sentence among the first of the text that speaks of a fund
(fund/fonds/fondo/fundo/фонд/closing/vehicle) and opens with a capitalised name (after a place's possessive, an
"X-based" or a descriptor ending in an agent noun) followed by a predicate or a dash. It runs last, so it only ever
replaces a None.
"""

from __future__ import annotations

import re

from talentintel.funding.company_nonnames import not_a_name
from talentintel.funding.fund_opening import SENTENCE_END
from talentintel.tagging.gazetteer import fold, gazetteer

# The sentences read: the first lines and the first sentences of the body, within this many characters.
_WINDOW = 900
_MAX_SENTENCES = 5

# Words that tell a sentence speaks of a fund, in the languages the fund readers know.
_FUND_WORD = re.compile(
    r"(?i:\bfunds?\b|\bfonds\b|\bfondo\b|\bfundo\b|фонд|\bfirst\sclose\b|\bclosing\b|\bvehicle\b|\bFondsvolumen)"
)
# What may stand before the subject's name and is not part of it.
_PLACE_BASED = re.compile(r"^(?:[A-Z][\w.]*\s){0,2}?\S+-(?:based|headquartered)\s")
# "The well-known Digital Currency Group has created a venture capital fund": an article and its adjectives.
_ARTICLE_ADJECTIVES = re.compile(r"^The\s(?:[a-z][\w-]*\s){1,3}(?=[A-Z0-9])")
_POSSESSOR = re.compile(r"^((?:[A-Z][\w.-]*\s){0,2}[A-Z][\w.-]*)['’]s\s(?=[A-Z0-9])")
# "Indian VC firm HealthKois", "French VC agency Daphni", "Enterprise capital agency Andreessen Horowitz".
_DESCRIPTOR = re.compile(
    r"^(?:[\w-]+\s){0,4}?(?:firm|agency|company|investor|manager|house|exchange|group|platform|arm|office)\s(?=[A-Z0-9])"
)
# The name: capitalised tokens (a name may start with a digit: "3C AGI Partners", "500 Global").
_NAME = re.compile(r"^((?:[A-Z0-9][\w&.'’-]*)(?:\s(?:[A-Z0-9][\w&.'’-]*|&)){0,5})")
# After the name: a bracketed short form, an appositive, then a predicate or a dash.
# Not the manager's verb: speech ("Hajjar says the first fund ..." is a partner speaking), an LP's investing ("Ohio
# Capital has invested in four funds", "Banca Mediolanum ha investito ... nel primo fondo di United Ventures"), a
# copula's description ("Blake is an experienced operator") and a plural noun after a modifier ("Venture funds
# predominate", "Super funds back", "Impact investors unite").
_NOT_VERB = (
    r"(?!(?:says|said|saying|tells|told|telling|explains|explained|adds|added|notes|noted|reveals|revealed|"
    r"invest\w*|back(?:s|ed|ing)?|commit\w*|anchor\w*|contribut\w*|particip\w*|subscrib\w*|join\w*|assist\w*|"
    r"help\w*|support\w*|has|have|had|is|was|are|were|does|goes|"
    r"a|an|the|among|one|part|not|funds|investors|firms|startups|companies|partners|backers|managers|groups)\b)"
)
_PREDICATE = re.compile(
    r"(?:\s\([^()]{1,30}\))?"
    r"(?:\s?,\s[^,;]{2,160}?,)?"
    # A definition by a dash: "QuantumLight — венчурный фонд" (a dateline's "ROCHESTER — " is followed by no fund).
    r"(?:\s[—–-]\s(?:\S+\s){0,2}(?i:fund|фонд|fonds|fondo|fundo|venture|венчур)|"
    # After an auxiliary any verb form ("has raised", "is targeting", "vient de réunir"); alone, a finite verb
    # ("rallied", "launches"), not a gerund that is a noun's modifier ("AI funding boom").
    r"\s(?:(?:has|have|had|is|was|are|were|will|just|now|officially|recently|today|also|vient|a|hat|ha)\s){1,3}"
    rf"(?:de\s)?{_NOT_VERB}[a-zà-ÿ][a-zà-ÿ-]*\b|"
    rf"\s{_NOT_VERB}[a-zà-ÿ][a-zà-ÿ-]*(?:ed|es|s)\b)"
)
# After a short form in brackets, an irregular past too: "The Business Development Bank of Canada (BDC) came out with
# a new, $400 million climate-tech fund" (not after any name: "Dow Jones VentureSource took a look", hs9-gerbsman).
_IRREGULAR_PAST = re.compile(r"\s\([^()]{1,30}\)\s(?:came|made|took|began|held|won|set)\s")
# "The Business Development Bank of Canada (BDC) came out with" (zebeth), "Der High-Tech Gründerfonds (HTGF) hat am 31.
# Mai das First Closing des HTGF III ... verkündet" (stbweb): an article, a name that may hold "of"/"für", and its short
# form in brackets, whose first letter is the name's. Only this shape lifts the article and the lower-case connector.
_ABBREVIATED = re.compile(
    r"^(?:The|Der|Die|Das)\s([A-Z][\w&.'’-]*(?:\s(?:(?:of|for|für|de|der|des)\s)?[A-Z][\w&.'’-]*){0,6})"
    r"(?=\s\(([A-Z][A-Za-z0-9&-]{1,7})\)\s)"
)
_DAY_CUT = re.compile(r"\s\d{1,2}\.$")
_MONTH = re.compile(
    r"(?:Januar|Februar|März|April|Mai|Juni|Juli|August|September|Oktober|November|Dezember|January|February|March|"
    r"June|July|October|December)\b"
)
# A fund's own name ("Partech Africa II, launched by ... Partech, has"): the fund, whose manager is named elsewhere.
_FUND_NUMERAL = re.compile(r"\s(?:[IVX]{1,4}|Fund|Fonds)$")
# Who invests in funds, in the plural: "Black LPs gas a16z’s third ... Fund" (f12-adviserpk).
_PLURAL_AGENT = re.compile(r"\s(?:LPs|Investors|Funds|VCs|Backers)$")
# A wire's dateline in capitals before its bracket or dash: "JERUSALEM (Reuters) – Venture capital investor ...".
_DATELINE = re.compile(r"[A-Z]{4,}(?:\s[A-Z]{2,}){0,2}\s(?:\(|[—–-]\s)")
# A first word that opens no name: an article, a pronoun, a preposition or a connective.
_NOT_NAME = re.compile(
    r"^(?:The|A|An|This|That|These|Those|Its|Their|Our|His|Her|According|From|For|As|At|By|Of|To|On|In|With|After|"
    r"Before|While|Since|Despite|Here|There|Last|Next|Every|Some|Many|Most|Other|Another|Both|If|When|But|And|So|"
    r"Bloomberg|Reuters|CNBC|Ce|Cette|Cet|Il|Elle|On)\b"
)


def _is_place(name: str) -> bool:
    g = gazetteer()
    key = fold(name)
    return key in g.countries or key in g.region_words


def _sentences(text: str) -> list[str]:
    out: list[str] = []
    for line in text[:_WINDOW].split("\n"):
        pieces = [s.strip() for s in SENTENCE_END.split(line) if s.strip()]
        # "hat am 31. Mai das First Closing": a day's number before a month name ends no sentence (stbweb).
        while pieces:
            piece = pieces.pop(0)
            while pieces and _DAY_CUT.search(piece) and _MONTH.match(pieces[0]):
                piece = f"{piece} {pieces.pop(0)}"
            out.append(piece)
    return out[:_MAX_SENTENCES]


def _unprefixed(sentence: str) -> str:
    """The sentence less a place's "X-based", a place's possessive and a descriptor before the name."""
    sentence = _PLACE_BASED.sub("", _ARTICLE_ADJECTIVES.sub("", sentence))
    owner = _POSSESSOR.match(sentence)
    if owner and _is_place(owner.group(1)):
        sentence = sentence[owner.end() :]
    return _DESCRIPTOR.sub("", sentence) if _DESCRIPTOR.match(sentence) else sentence


def _subject(sentence: str) -> str | None:
    if (short := _ABBREVIATED.match(sentence)) and short.group(2)[0] == short.group(1)[0]:
        tail = sentence[short.end() :]
        told = _PREDICATE.match(tail) or _IRREGULAR_PAST.match(tail)
        if told and _FUND_WORD.search(tail) and not not_a_name(short.group(1)):
            return short.group(1)
    rest = _unprefixed(sentence)
    m = _NAME.match(rest)
    if not m or _NOT_NAME.match(m.group(1)):
        return None
    if _DATELINE.match(rest):
        return None
    name = m.group(1).rstrip(".")
    if (
        _PLURAL_AGENT.search(name)
        or _is_place(name)
        or not_a_name(name)
        or not_a_name(name.split()[0])
        or _FUND_NUMERAL.search(name)
    ):
        return None
    tail = rest[m.end() :]
    if not _PREDICATE.match(tail) or not _FUND_WORD.search(tail):
        return None
    return name


def _named_elsewhere(name: str, text: str) -> bool:
    """A one-word subject is a name only when the text writes it capitalised again, or its shape is a name's (an
    inner capital or digit: "QuantumLight", "HealthKois"): "Cryptocurrencies are booming" and "Defying a deepening
    downturn" open sentences with a common word (hs17-sivegame, hs19-supercryptonews)."""
    if " " in name or re.search(r"[A-Z0-9]", name[1:]):
        return True
    return len(re.findall(rf"(?<![.!?]\s)(?<!\n)(?<!^)\b{re.escape(name)}\b", text)) >= 1


def lede_subject(text: str) -> str | None:
    """The capitalised subject of the first opening sentence that speaks of a fund, or None."""
    for sentence in _sentences(text):
        if _FUND_WORD.search(sentence) and (name := _subject(sentence)) and _named_elsewhere(name, text):
            return name
    return None
