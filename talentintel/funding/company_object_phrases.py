"""More sentences whose subject is the investor and whose object is the company that raised, and one whose subject
raised after an aside and a report verb.

Met on tuning_batch23 (first score company 0.571 on 28 unseen rounds):
- "Goldman Sachs and Standard Chartered raised their investment in the developer of e-wallet MoMo by US$28 million"
  (aseaneconomist): the company after "investment/stake in" and "the developer of <product kind>".
- "A company called Paradigm gave $150 million to help another company called Farcaster make a new kind of social
  media" (squawk): the company the money was given to.
- "Krealo, el Corporate Venture Capital de Credicorp, invirtió en la fintech colombiana Welli" (noticiashoy): the
  Romance/German "invested in" with the company's description before it.
- "Farcaster, founded by two Coinbase alumni, has announced that it has closed a $150 million fundraise"
  (stockstash): the subject before an aside and "has announced that it has closed".
"""

from __future__ import annotations

import re

from talentintel.funding import company_by_appositive as by_appositive
from talentintel.funding import company_grammar as grammar

NAME = grammar.NAME

# "Alphabet Inc. and Nvidia Corp. have taken stakes in Safe Superintelligence Inc. (SSI), ... Their participation anchors
# a substantial $2 billion funding round" (hs16-winbuzzer-ssi-2bn-greenoaks-alphabet-nvidia): stakes taken in it.
_STAKE_IN = re.compile(
    r"\b(?:(?i:raised|raises|increased|increases|upped|ups|doubled|boosted|topped\sup)\s(?i:their|its|his|her)\s"
    r"(?:[\w-]+\s)?(?i:investments?|stakes?|holdings?)|(?i:(?:have|has)\staken|took|takes|(?:have|has)\sacquired)\s"
    r"(?:(?i:a|an|their|its)\s)?(?:[\w-]+\s)?(?i:stakes?))\s(?i:in|into)\s(?:(?i:the)\s(?i:developer|maker|operator|owner|"
    rf"parent|creator|company|firm|startup)\s(?i:of|behind)\s)?(?:[a-z][\w-]*\s){{0,3}}?({NAME})"
)
_GAVE_TO = re.compile(
    r"\b(?i:gave|gives|handed|hands|provided|provides|wired)\s(?:(?i:a|an|the)\s)?[$€£]\s?[\d.,]+\s?"
    r"(?i:million|billion|[mbk]n?)?\s(?i:to|for)\s(?:(?i:help|support|fund|back)\s)?"
    rf"(?:(?i:another|a|an|the)\s(?:[\w-]+\s){{0,3}}?(?i:company|startup|firm|project|team)\s(?i:called|named)\s)?({NAME})"
)
# "British International Investment (BII), the UK’s development finance institution, has committed $7.5 million
# (₦11.4 billion) in debt funding to Nigerian agri-tech firm Babban Gona" (b30-techparley-babban-gona-7-5m-bii-debt):
# money committed, extended or injected to a company, with its restatement and its kind between, then a description.
_COMMITTED_TO = re.compile(
    r"\b(?i:committed|commits|extended|extends|injected|injects|pumped|pumps|disbursed|lent|loaned|granted)\s"
    r"(?:(?i:a|an|the)\s)?(?:(?i:US|USD|EUR)\s?)?[$€£₦₹]\s?[\d.,]+\s?(?i:million|billion|[mbk]n?)?\s"
    r"(?:\([^)]{1,40}\)\s)?(?:(?i:in|of)\s(?:[\w-]+\s){0,2}?(?i:funding|financing|capital|debt|equity|investment|loans?)\s)?"
    r"(?i:to|into|for)\s(?:(?i:the\s)?(?:(?:[A-Z][a-z]+|[a-z][\w-]*)\s){0,4}?"
    r"(?i:firm|startup|start-up|company|platform|lender|provider|operator|maker|developer|business)\s)?"
    rf"({NAME})"
)
_ROMANCE_INVESTED_IN = re.compile(
    r"\b(?:invirtió|invierte|ha\sinvertido|han\sinvertido|investiu|investe|investiram|a\sinvesti|ont\sinvesti|investit|"
    r"ha\sinvestito|hanno\sinvestito|investierte|investiert|hat\sinvestiert)\s(?:[^.\n]{0,40}?\s)?"
    r"(?:en|em|dans|in|na|no)\s(?:(?:la|el|los|las|a|o|le|l['’]|les|il|lo|die|das|den|der)\s?)?"
    rf"(?:[a-zéèáíóúàâçãõäöü][\w-]*\s){{0,3}}?({NAME})"
)
# "HEAL Partners has made a further play into Indonesian telehealth start-up Halodoc as part of a $US80 million ...
# Series C" (b18-afr-halodoc-c): an investor's "play/bet/investment into" the company, whose place and description
# come before it; the name is the one a preposition or a stop follows.
_PLAY_INTO = re.compile(
    r"\b(?i:made|makes|make|placed|places|took|takes|has\smade)\s(?i:a|an)\s(?:[\w-]+\s)?"
    r"(?i:play|bet|punt|wager|investment)\s(?i:into|in|on)\s(?:(?:[A-Z][a-z]+|[a-z][\w-]*)\s){0,4}?"
    rf"({NAME})(?=\s(?:as|with|in|for|at|via|through|and)\b|[,.;])"
)
# "Former FTX U.S. president Brett Harrison has successfully raised $5 million ... to launch his new crypto venture,
# Architect" (b18-coincitrus-architect): a founder raises to launch a venture the text names after its description.
# "Ilya Sutskever ... has raised USD 1 billion in funding for his new artificial intelligence venture, Safe
# Superintelligence (SSI)" (hs16-bwdisrupt-safe-superintelligence-1bn): money raised "for" the founder's new venture.
_TO_LAUNCH = re.compile(
    r"\b(?:to\s(?i:launch|build|start|found|fund)\s(?i:his|her|their|a|the)|(?i:for)\s(?i:his|her|their)(?=\s(?i:new|own)\s))"
    r"\s(?:(?i:new|own)\s)?(?:[\w-]+\s){0,2}?"
    rf"(?i:venture|startup|start-up|company|firm|project|protocol|business),?\s(?i:called\s|named\s)?({NAME})"
)
# "A ... company in the Triangle ... has raised $35 million. The funding, which came in a Series A round, will
# accelerate the development of Tellus Therapeutics' lead program" (b18-bizj-tellus-a): the company the money will
# serve, when the raise itself was told of a description.
_FUNDING_SERVES = re.compile(
    r"\b(?i:the)\s(?:(?i:new|fresh|additional)\s)?(?i:funding|capital|proceeds|financing|investment|money|cash)\b"
    r"[^.\n]{0,60}?\b(?i:will|would|is\sexpected\sto|is\sset\sto)\s(?:(?i:be\sused\sto)\s)?"
    r"(?i:help|allow|enable|support|accelerate|fund|fuel|boost)\s(?:(?i:the)\s[a-z]+\s(?i:of)\s)?"
    rf"({NAME})(?=['’]s?\s|\s(?:to|in|as|expand|grow|scale|build|hire)\b)"
)
# "Ele é um dos fundadores da The Bot Company, uma startup de robótica agora avaliada em US$ 2 bilhões"
# (noticiasinstantaneas-botcompany): a Romance appositive that calls the name a startup or a company.
_ROMANCE_APPOSITIVE = re.compile(
    rf"(?<![\w$])({NAME}),\s(?:uma?|una|une)\s(?i:startup|start-up|empresa|companhia|compañía|société|entreprise|"
    r"fintech|plataforma|plateforme|scale-up|jeune\spousse|azienda)\b"
)
# "iConnect Corp. in Cedar Rapids closed an investment round of about $2.4 million" (hs4-clayandmilk-iconnect): the
# subject, its legal form and its town before the verb of the raise.
_SUBJECT_IN_TOWN = re.compile(
    rf"(?<![\w$])({NAME})(?:,?\s(?:Inc|Ltd|LLC|Corp|Co|GmbH|PLC|AG)\.?)?\s(?:in|of|from)\s"
    r"[A-Z][\w.]*(?:\s[A-Z][\w.]*){0,2}(?:,\s[A-Z][\w.]*)?\s(?:has\s|have\s)?"
    r"(?:raised|closed|secured|landed|completed|raises|closes|secures|lands)\b"
)
_ASIDE_REPORTED = re.compile(
    rf"(?<![\w$])({NAME}),\s[^,.;\n]{{3,80}},\s(?:has\s|have\s)?(?:announced|said|confirmed|revealed|disclosed)\s"
    r"(?:today\s|on\s\w+day\s)?(?:that\s)?it\s(?:has\s|had\s)?(?:raised|closed|secured|completed|landed)\b"
)

PATTERNS = (
    _STAKE_IN,
    _GAVE_TO,
    _COMMITTED_TO,
    _ROMANCE_INVESTED_IN,
    _PLAY_INTO,
    _TO_LAUNCH,
    _FUNDING_SERVES,
    _ROMANCE_APPOSITIVE,
    _SUBJECT_IN_TOWN,
    _ASIDE_REPORTED,
    *by_appositive.PATTERNS,  # "Variance, co-founded by A and B, has emerged" (company_by_appositive)
)
AFTER_NAME = PATTERNS[:8]  # through _ROMANCE_APPOSITIVE: the name follows "in"/"to", not a place or a backer


def drop_founders(text: str, found: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """Without the subjects of a sentence that raised "to launch his/her/their new venture, X": the subject is the
    founder, not the company ("Former Stripe engineer Dana Cole has raised $3 million to build her own payments
    startup, Ledgerline", SYNTHETIC, after b18-coincitrus-architect)."""
    for m in _TO_LAUNCH.finditer(text):
        if not re.match(r"(?i)to\s\w+\s(?:his|her|their)\s", m.group(0)):
            continue
        start = max(text.rfind(". ", 0, m.start()), text.rfind("\n", 0, m.start())) + 1
        found = [(s, n) for s, n in found if not start <= s < m.start(1)]
    return by_appositive.drop_listed(text, found)


# "Within one month, Binance Launchpool has launched two consecutive restaking projects, Etherfi and Renzo"
# (b15-odaily-puffer-yieldnest): "launched" is a raise verb of the subject grammar ("launches a $50M fund"), but a
# launch of products or projects tells no raise.
_LAUNCHED_PRODUCTS = re.compile(
    r"\s(?:(?i:a|an|the|its|their|two|three|four|several|multiple|new|first|second|\d+)\s){0,3}(?:[\w-]+\s){0,3}?"
    r"(?i:projects?|products?|features?|apps?|applications?|tokens?|services?|campaigns?|programs?|programmes?|pools?|"
    r"events?|games?|models?|chatbots?|tools?|versions?|devices?|collections?)\b"
)


def launches_products(text: str, verb_end: int) -> bool:
    """True when the launch verb ending at `verb_end` launched products or projects, not a round or a fund."""
    return re.search(r"(?i)launch(?:ed|es)?$", text[max(0, verb_end - 9) : verb_end]) is not None and bool(
        _LAUNCHED_PRODUCTS.match(text, verb_end)
    )


# "Cathie Wood’s Ark Invest just raised its Bitcoin bull case to $2.4 million per BTC by 2030" (hs18-cryptonuggs, a
# newsletter whose round is its next item): "raise" of a forecast, a target, a price or a stake moves a figure, it is
# no funding; the same verb of an analyst's note, a central bank or a shareholder.
_RAISED_FIGURE = re.compile(
    r"\s(?i:its|the|their|his|her|our)\s(?:[\w$.’'-]+\s){0,3}?(?i:case|forecast|target|estimates?|guidance|outlook|"
    r"projections?|predictions?|stake|prices?|rates?|dividend|bid|offer|bar|ceiling|cap|limit)\b"
)


def raises_a_figure(text: str, verb_end: int) -> bool:
    """True when the raise verb ending at `verb_end` raised a forecast, price or stake, not money for the subject."""
    return re.search(r"(?i)raise[ds]?$", text[max(0, verb_end - 7) : verb_end]) is not None and bool(
        _RAISED_FIGURE.match(text, verb_end)
    )
