"""Which company an announcement is about: the subject of the raise, not its investors."""

from __future__ import annotations

import re
from difflib import SequenceMatcher

from talentintel.funding.investors import is_known_investor
from talentintel.funding.names import clean_name, is_name_token, strip_parentheticals

_TOKEN = r"(?:[A-Z0-9][\w.&'’+-]*|[a-z][a-z0-9]*[A-Z][\w.&'’+-]*|a16z)"
_NAME = rf"{_TOKEN}(?:\s(?:of\s|de\s|&\s|for\s)?{_TOKEN}){{0,5}}"
_LEGAL = r"(?:,?\s(?:Inc|Ltd|LLC|Corp|Co|GmbH|PLC|S\.A|AG|Pte|Pvt)\.?)?"
_VERB = (
    r"(?i:(?:has\s|have\s|had\s)?(?:now\s|today\s|just\s|officially\s|also\s|reportedly\s)?"
    r"(?:rais(?:ed|es|e)|secur(?:ed|es)|clos(?:ed|es)|complet(?:ed|es)|announc(?:ed|es)|land(?:s|ed)|nab(?:s|bed)|"
    r"snag(?:s|ged)|bag(?:s|ged)|banks|scores|snares|inks|emerged|emerges|launch(?:ed|es)|receiv(?:ed|es)|gets|"
    r"lands|picks\sup|pulls\sin|is\snow\svalued|is\s(?:excited|thrilled|pleased|proud)\sto\sannounce)\b)"
)
_SUBJECT_VERB = re.compile(rf"(?<![\w$])({_NAME}){_LEGAL},?\s{_VERB}")
_APPOSITIVE = re.compile(rf"(?<![\w$])({_NAME}){_LEGAL},\s(?:a|an|the|which|that|whose|one|developer|maker|provider)\b")
_POSSESSIVE = re.compile(
    rf"(?<![\w$])({_NAME})['’]s?\s(?:[$€£][\d.,]+\s?\w*\s|[\d.,]+\s?(?:million|billion|M|B)\s)?"
    rf"(?i:(?:pre-)?seed|series\s[a-h]|funding|financing|round|raise|fundraise|investment)\b",
)
_OBJECT = re.compile(
    rf"\b(?:investment|investing|round|raise|funding|financing|stake)\s(?:in|for|into)\s(?:(?:the\s)?(?:startup|company|protocol|platform)\s)?({_NAME})"
)
_DESCRIBED = re.compile(
    rf"\b(?:startup|company|protocol|platform|firm|lab|maker|provider|developer|unicorn|fintech|exchange),?\s({_NAME})(?:,|\s(?:has|have|is|raised|raises|announced))"
)
_DATELINE = re.compile(
    r"^[^\n]{0,120}?(?:/PRNewswire/|\(GLOBE NEWSWIRE\)|\(BUSINESS WIRE\)|/CNW/|\(Newsfile Corp\.\)|"
    r"\b20\d\d\b\s?(?:--|—|–|-)|\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z.]*\s\d{1,2}\b[^\n]{0,10}?(?:--|—|–))\s*"
)
_DESCRIPTOR_WORDS = frozenset(
    {
        "insurer",
        "startup",
        "start-up",
        "platform",
        "protocol",
        "bank",
        "app",
        "exchange",
        "company",
        "firm",
        "fintech",
        "provider",
        "lab",
        "maker",
        "developer",
        "unicorn",
        "neobank",
        "wallet",
        "marketplace",
    }
)
_NOT_COMPANY = frozenset(
    {
        "we",
        "he",
        "she",
        "they",
        "it",
        "today",
        "exclusive",
        "the company",
        "the startup",
        "the round",
        "this",
        "techcrunch",
        "story",
        "on",
        "in",
        "news",
        "update",
        "breaking",
        "report",
    }
)
_INVESTOR_WORDS = re.compile(r"\b(Ventures?|Capital|Partners|VC|Fund|Investments?|Management|Holdings|Labs Fund)$")


def _acceptable(name: str) -> str | None:
    name = clean_name(re.sub(r"^(?:Exclusive|EXCLUSIVE|Today|Breaking|Update):?\s+", "", name))
    name = re.sub(r"['’]s?$", "", name)
    tokens = name.split()
    # "Business DeFi Insurer Nexus Mutual" -> "Nexus Mutual": keep what follows the last descriptor word.
    for i in range(len(tokens) - 1, -1, -1):
        if tokens[i].lower() in _DESCRIPTOR_WORDS and i < len(tokens) - 1:
            tokens = tokens[i + 1 :]
            break
    name = " ".join(tokens)
    if not name or name.lower() in _NOT_COMPANY or not is_name_token(name.split()[0]):
        return None
    if re.match(r"(?i)(?:on|in|by|at|for|from|as|this|last|to)\s", name):
        return None
    if _INVESTOR_WORDS.search(name):
        return None
    if is_known_investor(name, strict=True):
        return None  # "a16z leads ...": the investor is the sentence's subject, not the company
    return name


def _candidates(text: str) -> list[tuple[int, str]]:
    found: list[tuple[int, str]] = []
    for pattern in (_APPOSITIVE, _SUBJECT_VERB, _POSSESSIVE, _OBJECT, _DESCRIBED):
        for m in pattern.finditer(text):
            before = text[max(0, m.start(1) - 12) : m.start(1)]
            if pattern is not _OBJECT and re.search(r"\b(?:in|of|at|from|near|across)\s$", before):
                continue  # "... based in Colombia, has raised": a place, not the subject
            name = _acceptable(m.group(1))
            if name:
                found.append((m.start(1), name))
    # A body that opens on a name ("spektr, the Copenhagen-based ...", "Valar Atomics is ...").
    if found:
        return found
    lead = re.match(
        r"\s*(?:Today,\s|On\s\w+,\s)?([\w][\w.&'’+-]*(?:\s[A-Z0-9][\w.&'’+-]*){0,3})(?:,|\s(?:is|has|was)\b)", text
    )
    if lead:
        name = _acceptable(lead.group(1))
        if name:
            found.append((lead.start(1), name))
    return found


def find_company(header: str, body: str) -> str | None:
    """The raising company, from the body's first subject, reconciled with the headline's.

    When one reading contains the other ("Talem Health" / "Talem Health Analytics", "aliu" / "Valiu"),
    the longer one is the name. Near-identical readings are a typo in one of them ("Franction" /
    "Fraction"): the body wins. Unrelated readings mean the body opened on something else (a list of
    investors, a place): the headline's "X raises $Y" wins.
    """
    body = _DATELINE.sub("", strip_parentheticals(body.strip()), count=1)
    body_c = min(_candidates(body), default=None)
    head_c = None
    if header and not header.lstrip().startswith("http"):
        head_c = min(_candidates(strip_parentheticals(header.strip())), default=None)
    if body_c and head_c:
        a, b = body_c[1], head_c[1]
        if a.lower() in b.lower() or b.lower() in a.lower():
            return a if len(a) >= len(b) else b
        return a if SequenceMatcher(None, a.lower(), b.lower()).ratio() >= 0.75 else b
    if body_c:
        return body_c[1]
    return head_c[1] if head_c else None
