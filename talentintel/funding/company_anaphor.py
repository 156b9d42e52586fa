"""The company a text names once and then calls "the startup": when no clause has it as the raiser's subject.

"Felt, co-founded by ... . Today, the collaborative software startup tells TechCrunch that it recently closed a $15
million Series A"; "from TRLab, a web3 arts startup. The company raised $5 million"; "Unternehmen Orderbird ...
2,7 Millionen Euro in das Jungunternehmen gesteckt"; "Uber ha estrenado ... La startup más famosa del mundo ha vuelto
a levantar". The raise is told of a description; the name is the one the text keeps writing.
"""

from __future__ import annotations

import re

from talentintel.funding.company import acceptable_name
from talentintel.funding.company_grammar import NAME
from talentintel.funding.company_persons import is_person, person_spans
from talentintel.funding.company_voice import first_person_company

# A description standing for the company, as the subject or the object of the raise.
_ANAPHOR = re.compile(
    r"\b(?:(?i:the|this)\s(?:[\w-]+\s){0,3}?(?:startup|start-up|company|firm|business|platform|fintech|maker)"
    r"|(?:[Dd]as|[Dd]ie|[Dd]em|[Dd]er)\s(?:[\w-]+\s)?(?:Jungunternehmen|Startup|Start-up|Unternehmen|Firma|Fintech)"
    r"|(?:[Ll]a|[Ee]l|[Aa]|[Oo]|[Ll]e|[Ll]')\s?(?:[\w-]+\s)?(?:startup|start-up|start\sup|empresa|compañía|"
    r"companhia|azienda|società|société|entreprise|jeune\spousse|plataforma|piattaforma|plateforme)"
    # The demonstrative does the same: "Hugging Face. Opérant entre Paris et New York, cette entreprise tricolore née en
    # 2016 a récemment clôturé une levée de fonds" (hs18-clubi-hugging-face-235m-salesforce-fr).
    r"|(?:[Cc]ette|[Ee]st[ae]|[Ee]ss[ae]|[Qq]uest[ao]|[Dd]iese[sr]?)\s(?:startup|start-up|entreprise|société|jeune\spousse|"
    r"empresa|compañía|companhia|azienda|società|Unternehmen|Firma|Startup|Start-up)"
    r"|(?i:its|seine[nm]?|ihre[nm]?|sus?|seus?|suas?|ses|sa|son|sua|suoi)\s(?:[\w-]+\s)?(?:investors|backers|"
    r"investoren|inversores|investidores|investisseurs|investitori|round|runde|ronda|rodada|tour|finanziamento))\b"
)
# Where a text names its subject: at a sentence's start, after a description ("Unternehmen Orderbird", "startup
# Acme"), or before one ("TRLab, a web3 arts startup", "Horus Technology, startup").
_OPENING = re.compile(rf"(?:\A|(?<=\n)|(?<=[.!?:]\s))\s*({NAME})(?=,|\s[a-zäöüéèàáíóú]|\s[A-Z][a-z]+\s)")
# A one-name fragment after a discourse marker puts the company on stage: "First, Baseten. The company, which provides
# ..., just closed a $1.5 billion Series F round" (hs15-centrerobotics-baseten-1-5bn-series-f-altimeter).
_TOPIC_FRAGMENT = re.compile(
    rf"(?:\A|(?<=\n)|(?<=[.!?:]\s))(?:First|Second|Third|Next|Then|Finally|Lastly|Meanwhile|Next\sup),\s({NAME})\.(?=\s)"
)
_AFTER_DESCRIPTION = re.compile(
    r"\b(?i:startup|start-up|company|unternehmen|empresa|azienda|società|société|entreprise|plattform|plataforma)"
    rf"\s({NAME})"
)
_BEFORE_DESCRIPTION = re.compile(
    rf"(?<![\w$])({NAME}),\s(?:(?:a|an|the|una?|uma?|une?)\s)?(?:[\w-]+\s){{0,2}}?"
    r"(?i:startup|start-up|company|firm|platform|empresa|azienda|società|société|unternehmen)\b"
)

# A description, then the name closing the sentence: "ont décidé d'investir dans le champion français de l'intelligence
# artificielle (IA) open source, Hugging Face." (hs18-clubi-hugging-face-235m-salesforce-fr), "backing the Paris-based
# maker of robots, Acme." The article opens the description.
_DESCRIPTION_THEN_NAME = re.compile(
    rf"\b(?i:the|le|la|l'|l’|el|il|lo|o|a|der|die|das|dem|den)\s[^,.;:!?\n]{{3,80}},\s({NAME})\.(?=\s|$)"
)


def _full_name(best: str, counts: dict[str, tuple[int, int, int]]) -> str:
    """The longer name of which the best is the first words, when the text writes it twice too: "Mistral AI" over
    "Mistral" (hs15-newstextarea-mistral-385m-eur-a16z-de: the short form is written more, as the text's alias)."""
    longer = [n for n, c in counts.items() if n.startswith(f"{best} ") and c[0] >= 2]
    return max(longer, key=len) if longer else best


def anaphor_company(header: str, body: str) -> str | None:
    """The name the text writes most often among those it opens on or describes, when a description raised."""
    text = f"{header}\n{body}" if header else body
    if not _ANAPHOR.search(text):
        return None
    spans, persons = person_spans(text)
    counts: dict[str, tuple[int, int, int]] = {}
    patterns = (_DESCRIPTION_THEN_NAME, _TOPIC_FRAGMENT, _OPENING, _BEFORE_DESCRIPTION, _AFTER_DESCRIPTION)
    for rank, pattern in enumerate(patterns):
        for m in pattern.finditer(text):
            name = acceptable_name(m.group(1))
            if not name or is_person(name, m.start(1), spans, persons):
                continue
            written = len(re.findall(rf"(?<![\w-]){re.escape(name)}(?![\w-])", text))
            counts[name] = max(counts.get(name, (0, 0, 0)), (written, rank, -m.start(1)))
    # A name written once is as likely a sentence's first word ("Via libera del governo") as the company.
    best = max(counts.items(), key=lambda kv: kv[1], default=None)
    return _full_name(best[0], counts) if best and best[1][0] >= 2 else None


# The raise's own sentence names the raiser by a definite noun: "Lelapa develops AI models for other businesses and
# nonprofits. The company has raised $2.5 million from institutions including Mozilla Ventures"
# (b46-deeplearning-lelapa-2-5m read a nonprofit named later, Masakhane): the noun refers back to the text's company.
_DEFINITE_RAISER = re.compile(
    r"(?:The|This)\s(?:company|startup|start-up|firm|lab|venture|business)\s(?:has\s|have\s|had\s)?"
    r"(?:raised|secured|closed|landed)\b"
)


def definite_raiser(joined: str, amount_end: int | None, company: str | None, header: str, body: str) -> str | None:
    """The name "The company has raised $N" refers back to, when the reading is not in that sentence."""
    if not company or amount_end is None:
        return company
    dot, newline = joined.rfind(". ", 0, amount_end), joined.rfind("\n", 0, amount_end)
    start = max(dot + 2 if dot >= 0 else 0, newline + 1)
    sentence = joined[start:amount_end]
    # The sentence before may name the reading as the round's owner ("... the most recent fundraising round of
    # Applied XL, a real-time information company", hs6-statnews-applied-xl-seed): the noun refers to it.
    before = joined[max(0, start - 300) : start]
    if not _DEFINITE_RAISER.match(sentence.strip()) or company in sentence or company in before:
        return company
    return anaphor_company(header, body) or company


# "Nigerian fintech startup FairMoney operates this model. Today, it is announcing a $42 million Series B raise": the
# raise told of "it", whose sentence follows the one naming the company (brandmoiahora-fairmoney-b).
_IT_RAISES = re.compile(
    r"(?:\A|(?<=[.!?])\s+)(?:(?:Today|Now|This week|On \w+),\s)?[Ii]t\s(?:is\sannouncing|announced|has\sannounced|"
    r"(?:has\s|had\s)?(?:raised|closed|secured|landed|completed)|is\sraising)\b[^.!?]{0,60}?(?:[$€£]\s?\d|\d[\d.,]*\s?"
    r"(?:million|billion|[mb]n?)\b)"
)
_SENTENCE = re.compile(r"[^.!?]*[.!?]\s*$")
# The pronoun in a coordinated clause of the sentence that opens on the name: "Lightning Labs specialises in technology
# that promises to make Bitcoin cheaper and faster to use, and it has raised seed funding of $2.5 million"
# (b48-cryptonewsreview-lightning-labs-2-5m-seed; "Acme builds X, and it has now raised $5M" is the wire's and the
# blog's same turn). The subject opens the sentence; "it" refers to it.
_AND_IT_RAISED = re.compile(
    rf"(?:\A|(?<=\n)|(?<=[.!?]\s))\s*({NAME})\s(?-i:[a-z])[^.!?\n]{{0,200}}?,\s(?:and|but)\sit\s(?:has\s|had\s)?(?:now\s)?"
    r"(?:raised|closed|secured|landed|completed)\b[^.!?]{0,60}?(?:[$€£]\s?\d|\d[\d.,]*\s?(?:million|billion|[mb]n?)\b)"
)


# A person's role names the company, and the raise is told of "his/her/their startup": "Rob Royer, CEO of Interior
# Define, talks about how his furniture startup raised $8M" (b14-cheddar-interior-define).
# An interview's "Jane's company recently closed a $20 million round" ties the raise to the person as "his" does; the
# company's description does so only in the sentence of the role: "Jane Doe, founder and CEO of Acme, sat down with us
# to talk about the startup's $20 million Series A" (not "founded by Groupon co-founder Eric Lefkofsky, the company has
# raised", ipm-tempus-g2: a former company's role, in another reading's text).
_THEIR_STARTUP_RAISED = re.compile(
    r"\b(?:his|her|their|[A-Z][a-z]+['’]s)\s(?:[\w-]+\s){0,2}?(?:startup|start-up|company|firm|business|venture)\s"
    r"(?:has\s|had\s|have\s)?(?:just\s|now\s|recently\s)?(?:raised|closed|secured|landed|bagged)\b"
)
_ITS_RAISE = re.compile(
    r"\bthe\s(?:startup|start-up|company|firm)(?:['’]s\s(?:[\w$.,-]+\s){0,4}?(?i:series\s[a-h]|seed\sround|round|raise|"
    r"funding)|\s(?:has\s|had\s|just\s|recently\s)*(?:raised|closed|secured|landed))\b"
)
_ROLE_OF = re.compile(
    r"\b(?:CEO|co-?founder|founder|chief\sexecutive(?:\sofficer)?|president|chairman)\s(?:and\s(?:co-?founder|founder|CEO)\s)?"
    rf"(?:of|at)\s({NAME})"
)


# "Jane Doe, Acme's CEO, said the $20 million will fund hiring": the company only in its person's possessive role, in a
# sentence that tells the raise ("Stephen Rowe, InfiMed's chief executive", pharmaletter-infimed-b).
_POSSESSIVE_ROLE = re.compile(
    rf"(?<![\w$])({NAME})['’]s\s(?:co-?founder\sand\s)?(?:CEO|co-?founder|founder|chief\sexecutive(?:\sofficer)?|president)\b"
)


def _possessive_role_company(text: str) -> str | None:
    from talentintel.funding.company_salience import tells_raise

    for m in _POSSESSIVE_ROLE.finditer(text):
        name = acceptable_name(m.group(1))
        if name and tells_raise(text, m.start(1)):
            return name
    return None


def _role_company(text: str) -> str | None:
    """The company a person's role names before "his startup raised", within the 300 characters before it; or in the
    sentence where "the startup's round" is told."""
    from talentintel.funding.company_salience import sentence_of

    m = _THEIR_STARTUP_RAISED.search(text)
    if m:
        roles = [r for r in _ROLE_OF.finditer(text, max(0, m.start() - 300), m.start()) if acceptable_name(r.group(1))]
        return acceptable_name(roles[-1].group(1)) if roles else None
    for r in _ROLE_OF.finditer(text):
        former = re.search(r"(?i)\b(?:former|ex-|then-)\s?\S*\s?$", text[max(0, r.start() - 20) : r.start()])
        if not former and acceptable_name(r.group(1)) and _ITS_RAISE.search(sentence_of(text, r.start())):
            return acceptable_name(r.group(1))
    return None


def pronoun_company(text: str) -> str | None:
    """The company named in the sentence before "it raised $X": after its description, else the sentence's first name;
    or the company a person's role names before "his startup raised"; or a first-person raise post's own company."""
    m = _IT_RAISES.search(text)
    if not m:
        coordinated = _AND_IT_RAISED.search(text)
        name = acceptable_name(coordinated.group(1)) if coordinated else None
        if coordinated and name and not is_person(name, coordinated.start(1), *person_spans(text)):
            return name
        return _role_company(text) or first_person_company(text) or _possessive_role_company(text)
    before = text[: m.start()].rstrip()
    prior = _SENTENCE.search(before)
    offset = prior.start() if prior else 0
    sentence = before[offset:]
    spans, persons = person_spans(text)
    for pattern in (_AFTER_DESCRIPTION, _BEFORE_DESCRIPTION, _OPENING):
        for n in pattern.finditer(sentence):
            name = acceptable_name(n.group(1))
            if name and not is_person(name, offset + n.start(1), spans, persons):
                return name
    return None
