"""Which company an announcement is about: the subject of the raise, not its investors."""

from __future__ import annotations

import re
from difflib import SequenceMatcher

from talentintel.funding import company_grammar as grammar
from talentintel.funding import company_headings as headings
from talentintel.funding import company_nonnames as nonnames
from talentintel.funding import company_object_phrases as phrases
from talentintel.funding import company_objects as objects
from talentintel.funding import company_persons as people
from talentintel.funding import company_salience as salience
from talentintel.funding import company_voice as voice
from talentintel.funding.company_opening import opening_candidates
from talentintel.funding.company_raise_verbs import RAISE_VERB as _VERB
from talentintel.funding.company_raise_verbs import WHEN as _WHEN
from talentintel.funding.company_sector_tail import trim_sector_tail
from talentintel.funding.company_sources import not_raiser
from talentintel.funding.company_stage_words import STAGE_WORDS as _STAGE_WORDS
from talentintel.funding.investors import is_known_investor
from talentintel.funding.names import clean_name, is_name_token, strip_parentheticals

_NAME = grammar.NAME
_LEGAL = r"(?:,?\s(?:Inc|Ltd|LLC|Corp|Co|GmbH|PLC|S\.A|AG|Pte|Pvt)\.?)?"
_SUBJECT_VERB = re.compile(rf"(?<![\w$])({_NAME}){_LEGAL},?\s{_WHEN}{_VERB}")
_RAISED_BY = re.compile(
    rf"(?<![\w$])({_NAME}){_LEGAL},?\s(?i:(?:has\s)?(?:(?:rais|secur|clos)(?:ed|es)|sign(?:ed|s)|obtain(?:ed|s))\s(?:an?\s)?[$€£])"
)
_APPOSITIVE = re.compile(
    rf"(?<![\w$])({_NAME}){_LEGAL},\s(?:a|an|the|which|that|whose|one|developers?|makers?|providers?|creators?|"
    r"operators?|builders?|owners?)\b"
    rf"(?!\s(?:raise|round|funding|financing|deal|investment|proceeds|capital|{grammar.ATTRIBUTION})\b)"
)
_POSSESSIVE = re.compile(
    rf"(?<![\w$])({_NAME})['’]s?\s(?:(?:[a-z][\w-]*\s){{0,2}}(?:[$€£][\d.,]+\s?\w*\s|[\d.,]+\s?(?:million|billion|M|B)\s))?"
    r"(?:(?:first|second|third|new|initial|fresh|maiden|swollen|expanded|extended|latest|recent|biggest|largest|oversubscribed)\s){0,2}"
    rf"(?i:(?:pre-)?seed|series\s[a-h]|[a-h]\sround|funding|financing|round|raise|fundraise|investment)\b",
)
_OBJECT = re.compile(
    rf"\b(?i:investment|investing|round|raise|funding|fundraising|financing|stake|series\s[a-h]|seed)\s(?:in|for|into)\s"
    rf"(?:(?:the\s|an?\s)?(?:(?:[a-z][\w-]*|[A-Z][A-Z0-9]{{1,4}}|[A-Z]\d[A-Z])\s){{0,3}}?(?:startup|company|protocol|platform|studio|firm),?\s)?({_NAME})"
)
# The investor is the headline's subject and the company its object: "Sequoia leads $25M Series A in Acme",
# "Sequoia Capital invests $14M in Acme", "Paradigm backs Acme with $8M", "a16z leads Acme's seed round".
_INVESTED_IN = re.compile(
    r"\b(?i:(?:co-)?leads?|led|invests?|invested|backs?|backed|commits?|puts?)\s(?:(?i:a|an|the)\s)?"
    r"(?:[$€£]\s?[\d.,]+\s?(?i:[mbk]n?|million|billion)?\s)?(?:(?i:pre-)?(?i:seed|series\s[a-h]\+?|strategic)\s)?"
    # "Norfund and KLP invest equity in CrossBoundary Energy" (tuning_batch24 africacapitaldigest): equity, capital
    r"(?:(?i:round|investment|funding|financing|extension|equity|capital)\s)?(?i:in|into|for)\s"
    rf"(?:(?i:the\s)?(?:(?i:[a-z][\w-]*)\s){{0,3}}?(?i:startup|company|protocol|platform|studio)\s)?({_NAME})"
)
# "a decentralized computing network built on Solana, known as io.net, has raised": the name after "known as".
_KNOWN_AS = re.compile(
    rf"\b(?i:known as|called|named|dubbed|se chama|se llama|s'appelle|heißt)\s(?:the\s)?({_NAME}|[a-z][a-z0-9-]*\.[a-z]{{2,6}})"
    r"(?:,|\.\s|\s(?:has|is|raised))"
)
_BACKS = re.compile(
    rf"\b(?i:(?:co-)?leads|backs)\s({_NAME})(?:['’]s?\s|\s(?i:with|in)\s|\s(?=(?i:(?:pre-)?seed|series|round|funding)\b)"
    r"|(?=\n|$))"
)
# German: "Der Robo-Advisor Scalable Capital hat in einer Series-D-Finanzierungsrunde 50 Millionen Euro eingesammelt".
_HAT_RAISED = re.compile(
    rf"(?<![\w$])({_NAME})\shat\s(?:[^.\n]|\.(?=\d)|(?<=Mio|Mrd)\.){{0,100}}?\b(?:{grammar.DE_PARTICIPLE})\b"
)
# "Circle Pharma Inc., of South San Francisco, said it raised": the subject before its place and "said it".
_SAID_IT = re.compile(
    rf"(?<![\w$])({_NAME}){_LEGAL},\s(?:of|based in)\s[^,.]{{2,40}}(?:,\s[A-Z][\w.]{{1,10}})?,\s(?i:said|says|announced)\s"
    r"(?:\w+day\s)?(?:that\s)?it\s(?:has\s|had\s)?(?:raised|closed|secured|completed)\b"
)
# "In a statement, Acme said it had raised $12 million", "Cainiao has confirmed that it had attracted investment"
# (b17-valuewalk-cainiao): the subject of the report of a raise; "SiMa.ai on Tuesday said it raised" (b34 sima).
_SAYS_IT = re.compile(
    rf"(?<![\w$])({_NAME}){_LEGAL}\s(?:(?:on\s)?\w+day\s)?{grammar.REPORTED}\s(?:on\s)?(?:\w+day\s)?(?:that\s)?it\s"
    r"(?:has\s|had\s|have\s)?(?:now\s)?(?:raised|closed|secured|completed|landed|bagged|attracted|received|brought\sin|"
    # "Hut 8 said it will receive a $150 million convertible note investment" (hs17-datacenternews-hut8-...: its spun
    # copy "revealed that it might obtain"; Core Scientific, named later, was read): the sum to come is still its.
    r"obtained|(?:will|would|might|may|is\sto|is\sset\sto)\s(?:receive|obtain|get|secure))\b"
)
# "The Series A round of $15 million was led by Andreessen Horowitz, Acme said.": the source named last.
_SAID_LAST = re.compile(rf",\s({_NAME})\s(?:said|says|announced|confirmed)(?:\s(?:on\s)?\w+day)?[.,]")
_DESCRIBED = re.compile(
    rf"\b(?:startup|company|protocol|platform|plateforme|firm|lab|maker|provider|developer|unicorn|fintech|exchange|service|studio|"
    rf"operator|network|brand|lender|bank|app|empresa|compañía|compañia|société|entreprise|jeune\spousse),?\s({_NAME})(?:,|\s(?:has|have|is|raised|raises|announced|secured|raked|"
    rf"closed|landed|bagged|pulled|said|says|recently)\b|\s{_VERB})"
)
# "The Bucharest-founded FlowX.ai that helps businesses ..., has raised $35 million": a subject with a relative clause.
# The Romance languages write it the same way: "A Leaft Foods que produz proteína vegetal ..., conquistou um
# investimento de US$ 15 milhões" (b30-veganbusiness-leaft-foods-15m-khosla-pt).
_RELATIVE = re.compile(
    rf"(?<![\w$])({_NAME}),?\s(?:that|which|who|que|qui|che)\s[^,.]{{3,140}},\s(?:has\s|have\s|a\s|ha\s)?"
    r"(?:raised|secured|closed|landed|conquistou|conquistó|obteve|obtuvo|captou|captó|levantou|levantó|recebeu|"
    r"recibió|arrecadou|recaudó|garantiu|aseguró|levé|obtenu|décroché|raccolto|ottenuto)(?!\w)"
)
# The subject of a clause that ends "after/by raising": "Mobility startup Rapido recently turned unicorn after raising
# $120 million", "when Digital Asset silenced rumors by raising upwards of $50m".
_AFTER_RAISING = re.compile(
    r"(?:\b(?:startup|company|firm|exchange|platform|protocol|developer|maker|provider)\s|\bwhen\s)"
    rf"({_NAME})\s[^.;:\n]{{0,100}}?\b(?:after|by|following)\s(?:raising|securing|closing|landing|bagging)\b"
)
# "Anduril Industries made headlines earlier this month when it raised another $1.5 billion"; "Unconventional AI,
# barely six months old, closed a $475 million seed round": the subject before an aside.
_ASIDE_SUBJECT = re.compile(
    rf"(?<![\w$])({_NAME})(?:\s(?:[a-z][\w-]*\s){{1,8}}?when\sit|,\s[^,.;]{{3,60}},)\s(?:has\s|have\s)?"
    r"(?:raised|closed|secured|landed|bagged|raises|closes|secures)\b"
)
# What sits right around a name that makes it a backer, not the raiser: "Tim Draper-backed", "billionaire investor,
# Tim Draper, has raised" (the project he backs raised), "arm of the global cryptocurrency exchange Binance".
_BACKER_AFTER = re.compile(
    r"^-(?:backed|funded|led|owned|supported)\b|^['’]s\s(?:venture|investment|corporate)\s", re.I
)
_BACKER_BEFORE = re.compile(
    r"\b(?:investors?|backers?|VCs?|billionaires?|angels?|venture\scapitalists?)\s?,?\s$"
    r"|\b(?:of|by|from|with|at)\s(?:the\s|a\s|an\s)?(?:[\w-]+\s){0,4}?"
    r"(?:exchange|firm|fund|giant|group|bank|investor|platform),?\s$"  # ",": "led by the London-based ... firm, DPI,"
    # the last of a "by A, B and C" list: "set up last year by Punit K Goyal, ... and Anmol Singh Jaggi, has raised"
    r"|\b(?:by|from)\s[A-Z][^.;]{0,60}?,[^.;]{0,60}?\sand\s$"
    # "Wombo, respaldado por Nvidia, anuncia" (b44-lowcostfly-wombo): a backing participle and its agent, in Spanish,
    # Portuguese, French, Italian or German, before the name (the "backed by" the pattern above reads in English).
    r"|\b(?:respaldad|apoyad|financiad|apoiad|sostenut|finanziat)[oa]s?\s(?:por|pel[oa]|da|dal|dalla)\s(?:[\w'’-]+\s){0,5}?$"
    r"|\b(?:soutenue?s?|financée?s?|appuyée?s?|unterstützt|finanziert)\s(?:par|von)\s(?:[\w'’-]+\s){0,5}?$",
    re.I,
)
_SECTOR = r"defi|ai|fintech|crypto|web3|blockchain|insurtech|proptech|healthtech|edtech|regtech|saas|nft|dao"
_MONEY_OR_ROUND_NOUN = re.compile(
    r"(?i)(?:\d[\d.,]*\s(?:Millionen|Milliarden|Mio|Mrd|millions?|milliards?|milioni|miliardi|millones|milhões|bilhões)\b"
    r"|[\wäöüß-]*(?:runde|finanzierung|kapital|investment|investition)$)"
)
_INVESTOR_WORDS = re.compile(r"\b(Ventures?|Capital|Partners|VC|Fund|Investments?|Investors|Management|Holdings)$")


def _trim_tokens(tokens: list[str]) -> list[str]:
    # "Business DeFi Insurer Nexus Mutual" -> "Nexus Mutual": keep what follows the last descriptor word.
    for i in range(len(tokens) - 1, -1, -1):
        if (
            tokens[i].lower() in grammar.DESCRIPTOR_WORDS
            and not grammar.NAME_SUFFIX.fullmatch(" ".join(tokens[i + 1 :]))
            and tokens[i + 1 : i + 2] != ["of"]
        ):  # "The Bank of London": a descriptor before "of" names
            tokens = tokens[i + 1 :]
            break
    # "Raumfahrt-Startup Isar Aerospace": a German compound description before the name.
    for i in range(len(tokens) - 1, -1, -1):
        if grammar.DE_COMPOUND_DESCRIPTOR.match(tokens[i]) and i < len(tokens) - 1:
            tokens = tokens[i + 1 :]
            break
    # "Founders Fund-backed Acme", "Paradigm Leads Acme", "2026. Acme": what precedes is not part of the name.
    for i in range(len(tokens) - 1, 0, -1):
        if grammar.NOT_NAME_PREFIX.search(tokens[i - 1]):
            tokens = tokens[i:]
            break
    # "Synthetix DeFi Platform": a headline's description after the name.
    if len(tokens) > 1 + (tokens[-1:] == ["App"]) and re.fullmatch(r"(?i)platform|startup|start-up|app", tokens[-1]):
        tokens.pop()
        while len(tokens) > 1 and re.fullmatch(_SECTOR, tokens[-1], re.IGNORECASE):
            tokens.pop()
    return tokens


def _not_a_company(name: str, fund_words: bool, investor_ok: bool = False) -> bool:
    """A round word, an adverb, a place, a sector, a description, an investor: not who raised."""
    bare = re.sub(r"['’](?:ve|re|ll|m|d)$", "", name.lower()) if name else ""
    if (
        not name
        or name.lower() in grammar.NOT_COMPANY
        or bare in grammar.NOT_COMPANY
        or not is_name_token(name.split()[0])
    ):
        return True
    if re.match(
        r"(?i)(?:on|in|by|at|for|from|as|per|this|last|to|im|am|seit|nach|vor|mit|für|bei|zum|zur|laut|em|en|dans|nel|"
        r"desde|depuis|após|après|dopo)\s",
        name,
    ):
        return True  # "On Monday ...", "Im April sammelt Acme": a time or place opens the clause
    if _STAGE_WORDS.match(name) or _MONEY_OR_ROUND_NOUN.match(name):
        return (
            True  # "10 Millionen Euro erhält das Startup Acme", "Acme schließt Finanzierungsrunde ab": money, a round
        )
    if re.match(r"(?i)(?:announced|founded|launched|according|headquartered)\b", name):
        return True
    if (
        grammar.MONEY_OR_DATE.fullmatch(name)
        or nonnames.not_a_name(name)
        or re.fullmatch(_SECTOR, name, re.IGNORECASE)
        or re.search(r"[.!?]\s", name)
        or grammar.GENERIC_PLURAL.search(name)
    ):
        return True
    if re.search(r"(?i)-(?:plattform|platform|startup|start-up|app|anbieter|dienst|unternehmen)$", name):
        return True
    if re.search(r"(?i)\b(?:co-?founder|founder|CEO|chairman|president)$|^(?-i:CEO|CTO|COO|CFO|CPO)\s", name):
        return True  # "Blur Founder Launches ...": a person, described by the company
    if _INVESTOR_WORDS.search(name) and not fund_words:
        return True
    return not investor_ok and is_known_investor(name, strict=True)  # "a16z leads ...": the investor is the subject


def _acceptable(name: str, *, fund_words: bool = False, investor_ok: bool = False) -> str | None:
    """`name` cleaned to a company name, or None. `fund_words` admits names ending "Capital", "Ventures"..."""
    # "raccolto da Genenta Science. Il round ...": a name ends with its sentence.
    # A list number before it is not part of it either: "1. Kenya's OkHi raises".
    name = re.sub(r"^\d{1,2}[.)]\s", "", name)
    name = re.split(r"(?<=[a-z0-9])[.!?]\s(?=[A-Z])", name)[0]
    name = clean_name(re.sub(r"^(?:Exclusive|EXCLUSIVE|Today|Breaking|Update|How|Why|When|Where|What):?\s+", "", name))
    # "Sail Research's Series A": the company's own round after its possessive (not "Kenya's OkHi", an owner).
    name = re.sub(r"['’]s\s(?:Pre-)?(?:Seed|Series\s[A-H]\+?|Strategic)(?:\s(?:Round|Funding|Financing))?$", "", name)
    name = voice.unglue(re.sub(r"['’]s?$", "", name))
    # "Kenya's OkHi", "Michael Novogratz's Galaxy Asset Management", "China's Tencent": the owner or the place
    # before a possessive is not the name.
    name = nonnames.OWNER.sub("", name)
    # "Das Münchner KI-Startup Acme": the article, place adjective and "-Startup" compound describe the name.
    name = grammar.DE_DESCRIPTION.sub("", name)
    # "A Trampay ainda recebeu", "La Satispay": Romance articles before a company's name.
    name = re.sub(r"^(?:A|O|La|El|Il|Lo)\s(?=[A-Z])", "", name)
    # "la plateforme de collaboration IA Sentient": the French/German word for AI before the name is its sector.
    name = re.sub(r"^(?:IA|KI)\s(?=[A-Z])", "", name)
    name = " ".join(_trim_tokens(nonnames.strip_descriptors(name).split()))
    name = nonnames.OWNER.sub("", name)
    # "Polychain Leads Paradigm Seed Round": the round's words after the name.
    name = re.sub(r"\s(?:Pre-)?(?:Seed|Series\s[A-H]|Strategic)(?:\s(?:Round|Funding|Financing))?$", "", name)
    return None if _not_a_company(name, fund_words, investor_ok) else name


def acceptable_name(name: str) -> str | None:
    """`name` as a company name, or None: not a place, a round word, an adverb, an investor or a person's role."""
    return _acceptable(name)


def _is_backer(text: str, start: int, end: int) -> bool:
    before = _BACKER_BEFORE.search(text[max(0, start - 80) : start])
    backer = not_raiser(text, start, end)  # an investor by its appositive or predicate, a source, a speaker
    return bool(_BACKER_AFTER.match(text, end) or before or backer)


_PEOPLE_OF = grammar.BEHIND_PRODUCT
_AFTER_NAME = (
    _OBJECT,
    _INVESTED_IN,
    _KNOWN_AS,
    grammar.ROMANCE_AGENT,
    grammar.FOR_THEIR_STARTUP,
    grammar.THAT_RAISED,
    grammar.DE_MONEY_FOR,
    grammar.FOR_RAISING,
    *voice.AFTER_NAME,
    *objects.AFTER_NAME,
    *phrases.AFTER_NAME,
)
# Patterns whose name is the subject of what follows it: a sentence end inside the name starts the subject.
_SUBJECT_FIRST = (_HAT_RAISED, _SAID_IT, _SAYS_IT, _RELATIVE, _APPOSITIVE, _SUBJECT_VERB, _POSSESSIVE, _ASIDE_SUBJECT)


def _skip(pattern: re.Pattern[str], m: re.Match[str], text: str, context: str = "", start: int = -1) -> bool:
    start = m.start(1) if start < 0 else start
    before = text[max(0, start - 12) : start]
    if pattern not in _AFTER_NAME and (
        re.search(r"\b(?:in|of|at|from|near|across|by|to|buy|acquire)\s$", before)
        or grammar.ROMANCE_PLACE_BEFORE.search(before)
    ):
        return True  # "... based in Colombia, has raised": a place; "backed by Sequoia, raises": an investor
    # "The creators of the open source project vLLM have announced that ... a startup, Inferact, raising": the name
    # inside "the people of/behind X" is not the clause's subject (dd-inferact-tc).
    if pattern not in _AFTER_NAME and _PEOPLE_OF.search(text[max(0, start - 60) : start]):
        return True
    # "Niemberg also announced that Yield Protocol has received ...": the reporter, not the raiser.
    # "Movinga: Investoren pumpen ..." names the company only if the text goes on to name it again ("China VC Weekly:",
    # "The Protocol:" are the newsletter's title).
    if pattern is grammar.HEADLINE_COLON and (text + context).count(m.group(1)) < 2:
        return True
    if pattern is _SUBJECT_VERB and (
        phrases.launches_products(text, m.end()) or phrases.raises_a_figure(text, m.end())
    ):
        return True  # "Binance Launchpool has launched two restaking projects", "raised its bull case to": no raise
    if pattern is _BACKS and nonnames.place_possessive(m.group(1)):
        return True  # "British Investor Backs Nigeria’s Agri-Tech Future": a place's sector (company_nonnames)
    reporter = pattern is _SUBJECT_VERB and re.search(r"(?i)(?:announc\w*|said)$", m.group(0))
    return bool(reporter and grammar.REPORTS_THAT.match(text, m.end())) or _is_backer(text, start, m.end(1))


# An investor that raises itself: "Blockchain gaming outfit Animoca Brands has announced another $50 million of
# funding" (its own round, not a fund: a fund raise was told apart before, by fund_raise).
_OWN_ROUND = re.compile(r"[^.\n]{0,60}?\b(?i:funding|financing|round|series\s[a-h])\b")


def _investor_raising(pattern: re.Pattern[str], m: re.Match[str], text: str) -> str | None:
    if pattern is not _SUBJECT_VERB or not _OWN_ROUND.match(text, m.end()):
        return None
    if re.match(r"[^.\n]{0,60}?\b(?i:fund|funds|vehicle)\b(?!ing)", text[m.end() :]):
        return None
    return _acceptable(m.group(1), investor_ok=True)


def _candidates(text: str, context: str = "") -> list[tuple[int, str]]:
    found: list[tuple[int, str]] = []
    spans, persons = people.person_spans(text)
    for pattern in (
        _HAT_RAISED,
        _SAID_IT,
        _SAYS_IT,
        _SAID_LAST,
        _KNOWN_AS,
        _RELATIVE,
        _APPOSITIVE,
        grammar.ORIGIN_APPOSITIVE,
        grammar.DE_INVERTED,
        grammar.DE_DESCRIBED,
        grammar.DE_MONEY_FOR,
        grammar.FOR_RAISING,
        grammar.LIST_ITEM,
        grammar.HEADLINE_COLON,
        grammar.ROMANCE_DESCRIBED,
        grammar.ROMANCE_ASIDE,
        grammar.ROMANCE_AGENT,
        grammar.FOR_THEIR_STARTUP,
        grammar.THAT_RAISED,
        grammar.SUBJECT_RAISED,
        _SUBJECT_VERB,
        _POSSESSIVE,
        _OBJECT,
        _DESCRIBED,
        _AFTER_RAISING,
        _ASIDE_SUBJECT,
        _INVESTED_IN,
        _BACKS,
        *voice.PATTERNS,
        *objects.PATTERNS,
        *phrases.PATTERNS,
    ):
        for m in pattern.finditer(text):
            start = m.start(1) + (grammar.last_sentence_offset(m.group(1)) if pattern in _SUBJECT_FIRST else 0)
            if _skip(pattern, m, text, context, start):
                continue
            # "Polychain Leads Paradigm Seed Round": the object of "leads"/"backs" raised, a known investor or not.
            investor_ok = pattern in (_BACKS, _INVESTED_IN)
            start, end = headings.past_place_description(text, start, m.end(1))  # "in Bengaluru-based ... EarlySalary"
            end = trim_sector_tail(text, start, end)  # "in Applied Digital AI data centers" (company_sector_tail)
            name = _acceptable(text[start:end], investor_ok=investor_ok) or _investor_raising(pattern, m, text)
            if name and not people.is_person(name, start, spans, persons):
                found.append((start, name))
    found = phrases.drop_founders(text, found)  # "X has raised $3M to build her own startup, Acme": not X
    # A body that opens on a name, else a fund-like name that raised (`company_opening`).
    return found or opening_candidates(text, spans, persons, _acceptable, _RAISED_BY, _is_backer)


# A country's flag after a name, as emoji or as its UTF-8 bytes read as Greek ("Frota 162 π§π· raised"): not a word.
_FLAG = re.compile(r"[^\S\n](?:[\U0001F1E6-\U0001F1FF]{2}|(?:π[\x80-\xff]){2})(?=[^\S\n]|$)", re.M)


def find_company(header: str, body: str, exclude: str | None = None) -> str | None:
    """The raising company (`_find_company`), whole where the text spells it out before its acronym."""
    found = None if salience.denies_raise(header, body) else _find_company(header, body, exclude)
    return salience.spelled_out(found, f"{header}\n{body}") if found else None


def _find_company(header: str, body: str, exclude: str | None = None) -> str | None:
    """The raising company, from the body's first subject, reconciled with the headline's.

    When one reading contains the other ("Talem Health" / "Talem Health Analytics", "aliu" / "Valiu"),
    the longer one is the name. Near-identical readings are a typo in one of them ("Franction" /
    "Fraction"): the body wins. Unrelated readings mean the body opened on something else (a list of
    investors, a place): the headline's "X raises $Y" wins.
    """
    header, body = _FLAG.sub("", header), _FLAG.sub("", body)
    body = grammar.DATELINE.sub("", strip_parentheticals(body.strip()), count=1)
    body_c = salience.raising_first(body, [c for c in _candidates(body) if c[1] != exclude])
    head_c = None
    if header and not header.lstrip().startswith("http"):
        header = strip_parentheticals(header.strip())
        head_c = salience.raising_first(header, [c for c in _candidates(header, body) if c[1] != exclude])
    if head_c:
        head_c = (head_c[0], salience.named_in_body(head_c[1], body))
    if body_c and head_c:
        a, b = body_c[1], head_c[1]
        if a.lower() in b.lower() or b.lower() in a.lower():
            return salience.longer_reading(a, b, body)
        if SequenceMatcher(None, a.lower(), b.lower()).ratio() >= 0.75:
            return a
        # A headline reading the body never writes, over a body whose subject raised, is a description in title
        # case ("Blockchain Gaming Startup Raises Round" / "OpenBlox has raised its seed round"): the body wins.
        raised = re.search(re.escape(a) + r"[^.]{0,40}?\b(?:has\s|have\s)?" + grammar.RAISED_VERB, body)
        # "Sequoia, Tiger Global Boost Crypto Bet With Chinese Lender Babel": a headline opening on a known investor,
        # over a body whose subject is no investor, names the backer (bloombergquint-babel-a).
        backer = is_known_investor(b) and not re.search(rf"{re.escape(b)}{_LEGAL},?\s{_WHEN}{_VERB}", header)
        # A headline line that tells no raise, over a body sentence that does, is another item of a listing page.
        listing = not salience.tells_raise(header, head_c[0]) and salience.tells_raise(body, body_c[0])
        described = salience.title_cased(b, body) or salience.headline_appositive(a, b, header)
        return a if (raised and b not in body) or backer or listing or described else b
    if body_c:
        return body_c[1]
    return head_c[1] if head_c else None
