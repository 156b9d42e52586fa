"""Which of the names a text's clauses offer is the one it is about: the name in a sentence that tells the raise, and,
when no clause names a raiser, the name the headline and the opening share and the text keeps writing.

Listing pages and newsletters open on other news ("Marlborough women's health firm Hologic has partnered with ...",
"Citi expands medium-sized business operations"): the first subject is not the raiser. News written around a
description ("Turkish e-commerce giant Trendyol has become the country's first decacorn") has a raise no clause
attaches to a name, yet names the company in its headline, its first sentence and four times more (tuning_batch11).
"""

from __future__ import annotations

import re

from talentintel.funding.company_grammar import NAME
from talentintel.funding.company_persons import is_person, person_spans

# A sentence that tells a raise: an amount, or a round's or a raise's word, in the languages the grammar reads.
_RAISE_SIGNAL = re.compile(
    r"[$€£¥₹]\s?\d|\d\s?(?:[$€£]|US\$)|\b\d[\d.,]*\s?(?:million|billion|mn|bn|[MB]\b|Mio|Mrd|millions?|milliards?|"
    r"millones|milhões|milioni|crore|lakh)"
    r"|\b(?i:series\s[a-h]\b|seed\s(?:round|funding)|pre-seed|funding|financing|fundrais\w*|raise[sd]?\b|raising|"
    r"round\b|finanzierung\w*|\w*runde\b|levée|lève|a\slevé|ronda|rodada|financement|finanziamento|investimento|"
    r"inversión|investment\sround"
    # "Norfund and KLP invest equity in CrossBoundary Energy" (tuning_batch24): investors putting money in tell a raise
    r"|invest(?:s|ed|ing)?\s(?:equity|capital)\sin(?:to)?\b)"
)
# A sentence's end with the space after it ("developed.\n" is one end, not two).
_SENTENCE_END = re.compile(r"(?<=[a-z0-9)”\"’])[.!?]+(?:\s+(?=[A-Z“\"‘(])|[^\S\n]*(?:\n+|$))|\n+")


def _sentence(text: str, at: int) -> str:
    starts = [m.end() for m in _SENTENCE_END.finditer(text, 0, at)]
    start = starts[-1] if starts else 0
    end = _SENTENCE_END.search(text, at)
    return text[start : end.end() if end else len(text)]


def sentence_of(text: str, at: int) -> str:
    """The sentence of `text` around position `at`."""
    return _sentence(text, at)


def tells_raise(text: str, at: int) -> bool:
    """The sentence of `text` around position `at` tells a raise (an amount, a round, a raise verb)."""
    return bool(_RAISE_SIGNAL.search(_sentence(text, at)))


def raising_first(text: str, cands: list[tuple[int, str]]) -> tuple[int, str] | None:
    """The earliest candidate whose sentence tells the raise, or whose name a raise's sentence writes again; else the
    earliest. "Citi expands ... . Kasikornbank ... complete a Series A funding round for Ion Energy" -> Ion Energy."""
    ordered = sorted(cands)
    for pos, name in ordered:
        if tells_raise(text, pos):
            return pos, name
        again = [m.start() for m in re.finditer(rf"(?<!\w){re.escape(name)}(?!\w)", text) if m.start() != pos]
        if any(tells_raise(text, at) for at in again):
            return pos, name
    return ordered[0] if ordered else None


# Indonesian and Malay deny the same way: "Elon Musk Bantah Laporan Pendanaan ... untuk xAI", "membantah laporan"
# (b38-voi-xai-denies-500m-commitment-id, read as a round before).
_DENIAL = re.compile(
    r"\b(?i:denie[sd]|deny|refute[sd]?|dementi\w*|niega|nega|dément\w*|bestreitet|dementiert|"
    r"(?:mem|di)?bantah|menampik|ditampik|menyangkal|disangkal)\b"
)
_NAME_SPAN = re.compile(rf"(?<![\w$])({NAME})")
# A headline that calls the raiser by its kind instead of its name, in the singular: one company. A scene report's plural
# ("Österreich Start-Ups starten durch", hs11-dmn-austria; "flood gates open for startups in Finland") names no raiser.
_KIND_HEADLINE = re.compile(
    r"(?i)\b(?:start-?up|scale-?up|unicorn|unicórnio|unicornio|empresa|company|fintech|healthtech|edtech|insurtech)\b"
)


def denies_raise(header: str, body: str) -> bool:
    """The headline or the opening tells a denial ("Binance Labs denies participation in SkyArk Chronicles' $15M
    funding round", vcpcrypto-skyark-denial): news of a denial names no raiser."""
    return bool(_DENIAL.search(f"{header}\n{body[: _nth_sentence_end(body, 2)]}"))


def salient_company(header: str, body: str) -> str | None:
    """The name the headline and the body's first three sentences share (or, with no headline, the first three
    sentences name) that the text writes most, at least three times; None when no name stands out."""
    from talentintel.funding.company import acceptable_name  # that module imports this one

    text = f"{header}\n{body}" if header else body
    opening_end = _nth_sentence_end(body, 3)
    if _DENIAL.search(f"{header}\n{body[:opening_end]}"):
        return None  # "Binance Labs denies participation in SkyArk Chronicles' $15M funding round": news of a denial
    opening = body[:opening_end]
    spans, persons = person_spans(text)
    counts: dict[str, tuple[int, int]] = {}
    in_header: dict[str, tuple[int, int]] = {}
    for m in _NAME_SPAN.finditer(opening):
        name = acceptable_name(m.group(1))
        if not name or len(name) < 3 or is_person(name, m.start(1), spans, persons):  # "R", "5G": no name
            continue
        written = len(re.findall(rf"(?<![\w-]){re.escape(name)}(?![\w-])", text))
        counts.setdefault(name, (written, -m.start(1)))
        if not header or re.search(rf"(?<!\w){re.escape(name)}(?!\w)", header):
            in_header.setdefault(name, (written, -m.start(1)))
    # A headline that names the raiser only by its kind ("Startup aposta em IA colaborativa para transformar o futuro do
    # trabalho", b45-gazetamercantil-humans-480m-pt) leaves the choice to the opening: the name it keeps writing. A
    # headline with no such noun (a market report's) keeps the rule above.
    if not in_header and header and _KIND_HEADLINE.search(header):
        in_header = counts
    best = max(in_header.items(), key=lambda kv: kv[1], default=None)
    return best[0] if best and best[1][0] >= 3 else None


def _nth_sentence_end(text: str, n: int) -> int:
    ends = [m.end() for m in _SENTENCE_END.finditer(text)]
    return ends[n - 1] if len(ends) >= n else len(text)


# "IA factory : evroc lève 50,6 M€ pour ses projets": a brand written in lower case, the headline's subject before its
# raise verb and the amount (sophianet-evroc-a); the grammar reads only capitalised names.
_LOWER_BRAND_RAISES = re.compile(
    r"^(?:[^:\n]{1,40}\s?:\s)?([a-z][a-z0-9]{2,24})\s(?:raises|lands|secures|closes|bags|nets|gets|lève|boucle|obtient|"
    r"sammelt|holt\ssich|erhält|capta|levanta|recauda|raccoglie)\s[^\n]{0,40}?(?:[$€£]\s?\d|\d[\d.,]*\s?(?:[$€£]|M|Mio|"
    r"million|millions|milliards?|billion))"
)


# A sentence never opens in lower case but on a brand written so: "spektr, the Copenhagen-based company building AI
# infrastructure ..., today announced it has raised $20 million" (dd-spektr), "orbly has raised": the subject of a
# raise, or of an appositive that describes a company.
_LOWER_BRAND_OPENS = re.compile(
    r"(?:\A|(?<=\n)|(?<=[.!?]\s))([a-z][a-z0-9]{2,24}),?\s(?:(?:the|a|an)\s[^,.\n]{0,80}?\b(?:company|startup|start-up|"
    r"platform|fintech|provider|maker|developer|marketplace|app)\b|(?:has\s|have\s|just\s|today\s)*(?:raised|raises|"
    r"closed|closes|secured|secures|lands|landed|announced|announces)\b)"
)


# A lower-case brand after the description that precedes a name: "India’s largest model portfolios platform smallcase
# raised $50 million in its Series D" (newsstreetlive-india-week); not a verb's helper ("company has raised").
_LOWER_AFTER_DESCRIPTION = re.compile(
    r"\b(?:startup|start-up|company|platform|fintech|app|brand|scale-up|marketplace|provider|maker|developer)\s"
    r"([a-z][a-z0-9]{2,24}(?:\.[a-z]{2,6})?)\s(?:has\s|have\s|just\s)?(?:raised|raises|closed|closes|secured|secures|"
    r"lands|landed)\b"
)
_FUNCTION_WORDS = frozenset(
    {
        "has",
        "have",
        "had",
        "also",
        "just",
        "that",
        "which",
        "who",
        "officially",
        "recently",
        "reportedly",
        "today",
        "now",
        "then",
        "itself",
        "ecosystem",
        "sector",
        "industry",
        "founders",
        "behind",
        "previously",
        "successfully",
    }
)


def headline_brand(header: str, body: str) -> str | None:
    """A lower-case brand the headline makes raise money, when the body writes it again; or one that opens a body
    sentence as the subject of a raise or of a company's description."""
    from talentintel.funding.company_grammar import DESCRIPTOR_WORDS
    from talentintel.funding.company_nonnames import not_a_name

    m = _LOWER_BRAND_RAISES.match(header.strip())
    if not m:
        opens = _LOWER_BRAND_OPENS.search(body) or _LOWER_AFTER_DESCRIPTION.search(body)
        found = opens.group(1) if opens and opens.group(1) not in DESCRIPTOR_WORDS | _FUNCTION_WORDS else None
        return found if found and not not_a_name(found) and tells_raise(body, opens.start(1) if opens else 0) else None
    brand = m.group(1)
    if brand in DESCRIPTOR_WORDS or not_a_name(brand) or not re.search(rf"(?<![\w-]){brand}(?![\w-])", body):
        return None
    return brand


def named_in_body(name: str, body: str) -> str:
    """A headline's name the body never writes, whose last words it does, was described in the headline:
    "Franklin Templeton backs Bitcoin L2 Bitlayer" over "First up is Bitlayer" (blockworks-bitlayer-wrap)."""
    from talentintel.funding.company import acceptable_name  # that module imports this one

    tokens = name.split()
    heads = (name, tokens[0]) if tokens[0].isupper() else (name,)  # "WM Motor" over "WM's ...": an acronym head
    if len(tokens) < 2 or any(re.search(rf"(?<!\w){re.escape(n)}(?!\w)", body) for n in heads):
        return name
    for i in range(1, len(tokens)):
        tail = " ".join(tokens[i:])
        if re.search(rf"(?<!\w){re.escape(tail)}(?!\w)", body) and acceptable_name(tail):
            return tail
    return name


# A name spelled out before its acronym: "Pioneer Square Labs (PSL) launched today" (b12-feld-psl). The grammar took
# "Pioneer" for a description ("AI pioneer Acme") and kept "Square Labs"; the initials say the three words are one name.
_SPELLED_OUT = re.compile(r"((?:[A-Z][\w&'’.-]*\s(?:(?:of|and|&|for)\s)?){1,5}[A-Z][\w&'’.-]*)\s\(([A-Z]{2,6})\)")


def spelled_out(name: str, text: str) -> str:
    """`name`, or the longer name ending in it that the text spells out before an acronym of its initials."""
    for m in _SPELLED_OUT.finditer(text):
        words = m.group(1).split()
        for i in range(len(words) - 1):  # "Today Pioneer Square Labs (PSL)": the words the initials cover
            phrase = " ".join(words[i:])
            initials = "".join(w[0] for w in words[i:] if w not in ("of", "and", "&", "for"))
            if initials.upper() == m.group(2) and phrase.endswith(f" {name}"):
                return phrase
    return name


def title_cased(name: str, body: str) -> bool:
    """A headline reading the body writes in lower case is a description in title case, not a name.

    "Malaysian Healthy Snacks E-commerce Platform Receives Funding" over "Signature Market, a Malaysian healthy snacks
    e-commerce retail platform, has raised" (b17-orissa-signature-market): the body spells the same words with
    lower-case initials, so the headline's words describe the company the body names.
    """
    if " " not in name or name in body:
        return False
    found = re.search(rf"(?<!\w){re.escape(name)}(?!\w)", body, re.IGNORECASE)
    if not found:
        return False
    written = found.group(0).split()
    return any(w[:1].islower() and n[:1].isupper() for w, n in zip(written, name.split(), strict=False))


def longer_reading(body_name: str, head_name: str, body: str) -> str:
    """Of two readings where one holds the other, the longer, unless its extra words are a description.

    "Talem Health" / "Talem Health Analytics": the longer one is the name. "Jungle Gaming Studio Raises $6M" over
    "Jungle, a Web3 game publisher ... its gaming studio's development team" (b12-raritysniper-jungle-seed): the
    headline's extra words are ones the body writes in lower case, and it never writes the longer form.
    """
    short, long = sorted((body_name, head_name), key=len)
    extra = long[len(short) :].strip() if long.lower().startswith(short.lower()) else ""
    if extra and long not in body and re.search(rf"(?<![\w-]){re.escape(extra.lower())}(?![\w-])", body):
        return short
    return long


def headline_appositive(name: str, reading: str, header: str) -> bool:
    """The headline's reading is set off by commas after the body's name: a description in apposition, not a name.

    "KUN, Global Digital Payment Service Provider, Secures Multi-Million Dollar Seed Round Funding" over "KUN, a
    trusted global digital payment provider, has successfully closed" (b41-globenewswire-kun-seed-bai-capital): the
    headline's nearest subject to its verb describes the name that opens it.
    """
    return re.search(rf"(?:^|\n)\s*{re.escape(name)},\s{re.escape(reading)},\s", header) is not None
