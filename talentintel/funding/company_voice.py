"""Who raised, when the text says it in the first person or in the passive.

A company's own post names itself beside "we" ("we've (Reevoo) received $5m", "raising a seed round of capital at
Automattic", "a $4.5M seed round for our company Encord"); an overview writes the raiser after the money
("the US$50 million raised by Credgenics").
"""

from __future__ import annotations

import re

from talentintel.funding import company_grammar as grammar
from talentintel.funding import company_persons as people
from talentintel.funding.investors import is_known_investor

NAME = grammar.NAME
_RAISE = r"(?:rais|clos|complet|receiv|secur)\w*"
_ROUND = r"(?:round|capital|funding|financing|investment)"
# "we've (Reevoo) received $5m in funding": the name the writer glosses "we" with.
_WE_GLOSSED = re.compile(rf"\b[Ww]e(?:['’](?:ve|re|d))?\s\(({NAME})\)\s(?:have\s|has\s)?{_RAISE}")
# "We've been working towards raising a seed round of capital at Automattic".
_WE_AT = re.compile(
    rf"\b[Ww]e(?:['’](?:ve|re)|\shave|\sare)?\s(?:been\s)?(?:\w+\s){{0,3}}?{_RAISE}\s[^.\n]{{0,50}}?\b{_ROUND}"
    rf"(?:\sof\s\w+)?\s(?:at|for)\s({NAME})"
)
# "I recently closed a $4.5M seed round for our company Encord": the writer's own company.
_OUR_COMPANY = re.compile(
    rf"\b{_RAISE}\s[^.\n]{{0,50}}?\b{_ROUND}\s(?:for|at)\sour\s(?:company|startup|start-up)\s({NAME})"
)
# "the US$50 million raised by Credgenics", "$12M secured by Acme": the raiser after a passive raise of money, its
# description between: "the Series D round of $250 million raised by Nigerian unicorn Flutterwave in February"
# (b37-technext-nigeria-top5-2022-flutterwave, fund67: "Nigerian" alone was no name, so no raiser was read).
PASSIVE_RAISED_BY = re.compile(
    rf"(?:US)?\$\s?[\d.,]+\s?(?:million|billion|[MmBb]n?)\b[^.\n]{{0,20}}?\b(?:raised|secured|closed)\sby\s"
    r"(?:(?:the\s)?(?:[\w-]+\s){0,3}?(?:unicorn|startup|start-up|company|firm|fintech|platform|provider|developer|"
    rf"maker|lender|protocol)\s)?({NAME})"
)
# "Two Vietnam-based logistics startups, Logivan and EcoTruck, had successfully raised": the first of the companies
# a plural subject lists.
# "Three AI chip startups - MatX, SambaNova, and Axelera - raised a combined $1.1 billion" (b13-awesomeagents-...):
# the list set off by dashes too.
_PLURAL_LISTED = re.compile(
    rf"\b(?i:startups|start-ups|companies|firms)(?:,|\s[-–—])\s({NAME})(?:,\s{NAME})*,?\sand\s{NAME}(?:,|\s[-–—])\s"
    r"(?:[a-z]+\s){0,3}?(?:raised|secured|closed|received|bagged)\b"
)
# An investor's own post: "We at Greenfield are excited to lead Drosera’s $3.25M seed round" (madewithtea-drosera),
# "we're thrilled to back Acme in its seed round": the company the writer backs.
_EXCITED_TO_BACK = re.compile(
    r"\b(?i:excited|thrilled|proud|delighted|happy|pleased)\sto\s(?:(?i:co-)?lead|back|invest\sin|support|partner\swith|"
    rf"welcome)\s({NAME})"
)
# An investor's post in the present or past: "We are investing in Symbiotic alongside Cyber.Fund, a collaborator of
# ours" (b42-cointime-paradigm-symbiotic-investing, fund75: the essay's first name, "Proof of Work", was read), "we
# invested in Acme", "we're leading Acme's seed": the object of the writer's own investing verb.
_WE_INVEST_IN = re.compile(
    r"\b[Ww]e(?:['’]re|['’]ve|\sare|\shave)?\s(?:(?:also|now|proudly|happily)\s)?(?:investing|invested|(?:co-)?leading)\s"
    rf"(?:in\s)?({NAME})"
)
# "SkillSlate released the closing of its first round of institutional capital of $1.1 million" (taylorrockette-
# skillslate): the subject that makes public the close of its own round, with any verb of telling.
_CLOSE_OF_ITS = re.compile(
    rf"(?<![\w$])({NAME})\s(?:has\s|had\s)?(?:released|unveiled|revealed|disclosed|confirmed|celebrated|marked|"
    r"announced|reported)\s(?:the\s)?(?:closing|close|completion|final\sclose|first\sclose)\sof\s(?:its|their)\b"
)
# "Lydia et Qonto ... viennent de lever respectivement 40 et 104 millions d'euros" (optionfinance-lydia-qonto): two
# raisers told with "respectively", the first named first; in the languages the parser reads.
_RESPECTIVELY = re.compile(
    rf"(?<![\w$])({NAME})\s(?:and|et|y|e|und|en)\s{NAME}[^.;\n]{{0,160}}?\b(?i:respectively|respectivement|"
    r"respectivamente|rispettivamente|beziehungsweise|respectievelijk)\b"
)
# "Mind Robotics, a Rivian spinout ..., led the pack with a $500 million Series A", "One of these, Cellulant, took the
# lions' share of funds": the round an overview puts first.
_LED_THE_PACK = re.compile(
    rf"(?<![\w$])({NAME}),\s(?:[^,.\n]{{3,70}},\s)?(?:led\sthe\spack|topped\sthe\slist|took\sthe\slions?['’]s?\sshare)\b"
)
# "A fine aprile StartupItalia ha deliberato un nuovo aumento di capitale da 7,3 milioni di euro".
_IT_CAPITAL_INCREASE = re.compile(
    rf"(?<![\w$])({NAME})\sha\s(?:deliberato|approvato|chiuso|completato|annunciato|perfezionato)\s(?:un|una|il)\s"
    r"(?:nuov[oa]\s)?(?:aumento\sdi\scapitale|round|finanziamento)\b"
)
# "Tubulis konnte sich 128 Millionen Euro in seiner Series-B sichern": a German modal raise.
_DE_MODAL = re.compile(
    rf"(?<![\w$])({NAME})\s(?:konnte|kann|konnten)\s(?:sich\s)?[^.\n]{{0,60}}?\b(?:sichern|einsammeln|einwerben|holen)\b"
)
# "des 250 millions levés par le géant OVH": the French passive raise.
_FR_LEVES_PAR = re.compile(
    rf"\b(?:millions?|milliards?|M€|Md€)\s(?:d['’]euros\s|de\sdollars\s)?(?:levés|levée|récoltés|réunis|obtenus)\spar\s"
    rf"(?:l[ea]\s(?:[a-zéèêà-]+\s){{0,2}})?({NAME})"
)
# "a closer look at the recent fundraising rounds of Matr1x, a Web3 gaming platform" (trendingcrypto-matr1x): the
# round's owner after "of" ("of" before a name otherwise reads as a place); not a currency or an amount after it.
_ROUND_OF = re.compile(
    rf"\b(?i:(?:fundraising|funding|financing|investment)\srounds?|series\s[a-h]\sround|seed\sround)\sof\s"
    rf"(?!(?:[A-Z]{{3}}|US)\b)({NAME})(?![\w.]*\s?[$€£\d])"
)
# "La nueva recaudación de SenseTime regogió US$ 600 millones en una ronda de financiación serie C" (b42-merca20-
# sensetime-600m-series-c-es, fund75): the Spanish or Portuguese raise "of" its owner, the subject of a past verb.
_ES_RAISE_OF = re.compile(
    r"\b(?i:(?:la|a)\s(?:nueva\s|nova\s|última\s|reciente\s)?(?:recaudación|captación|captação|ronda|rodada|"
    rf"financiación|financiamiento))\sde\s({NAME})(?=\s(?-i:[a-záéíóú]+(?:ó|ou))\b)"
)
PATTERNS = (
    PASSIVE_RAISED_BY,
    _PLURAL_LISTED,
    _RESPECTIVELY,
    _EXCITED_TO_BACK,
    _CLOSE_OF_ITS,
    _LED_THE_PACK,
    _IT_CAPITAL_INCREASE,
    _DE_MODAL,
    _FR_LEVES_PAR,
    _ROUND_OF,
    _ES_RAISE_OF,
)
AFTER_NAME = (
    PASSIVE_RAISED_BY,
    _FR_LEVES_PAR,
    _ROUND_OF,
    _EXCITED_TO_BACK,
    _CLOSE_OF_ITS,
    _ES_RAISE_OF,
)  # a name after 'by'/'par'/'of' is not a place or a backer
# Scraping glues a name to the next word when a dash or a space is lost ("our company Encordfocused on building",
# a newsletter's table row "RoboEatzUndisclosed, Strategic investment round").
_GLUED = re.compile(r"(?<=[a-z]{3})(?:focused|based|backed|Undisclosed)$")


def unglue(name: str) -> str:
    """ "Encordfocused" -> "Encord": a single-token name ending in a glued participle."""
    return _GLUED.sub("", name) if " " not in name and name[:1].isupper() else name


# A first-person post that tells its own raise ("Our Series A Round", "we have ... raising an additional $21M") and
# names the writer's company beside "we": "In the first few years of Living Carbon, we were hyper-focused on R&D"
# (livingcarbon-series-a), "Here at Acme, we". Without the raise, "of X, we" is any company's blog.
# A founder's post may announce the money rather than say it was raised: "Today we're announcing a $31 million
# investment from Blossom Capital" (b33-vespa-31m-series-a-blossom), "we are announcing our $20M Series B".
WE_RAISED = re.compile(
    r"\b(?i:(?:we|we['’]ve|we\shave|we\shad)\s(?:\w+\s){0,8}?(?:rais|clos|secur)(?:ed|ing)|our\s(?:[\w$.,]+\s){0,4}?"
    r"(?:series\s[a-h]|seed|pre-seed)\s(?:round|raise|fundraise|funding|financing)|"
    r"we(?:['’]re|\sare)\s(?:\w+\s){0,2}?announcing\s(?:a|an|our)\s[^.\n]{0,40}?"
    r"(?:investment|round|funding|financing|raise))\b"
)
# A line that opens on a gerund and goes on in lower case is a heading's verb ("Announcing our ...", "Introducing the ...",
# "Backing the team at ..."), never the post's company.
_GERUND_HEAD = re.compile(r"[A-Z][a-z]{2,}ing\s[a-z]")
_OF_US = re.compile(rf"\b(?:of|at)\s({NAME}),\s(?:we|our)\b")
_NAME_SPAN = re.compile(rf"(?<![\w$])({NAME})")


def _written_most(text: str) -> str | None:
    """The name a first-person post writes most, at least three times ("Polymer cofounders", "investors in Polymer",
    "Polymer's place": polymer-series-a-recap), not a person or an investor; None when none stands out."""
    from talentintel.funding.company import acceptable_name  # that module imports this one

    spans, persons = people.person_spans(text)
    names = [
        acceptable_name(m.group(1))
        for m in _NAME_SPAN.finditer(text)
        if not people.is_person(m.group(1), m.start(1), spans, persons)
    ]
    written = [n for n in names if n and len(n) > 2 and not is_known_investor(n)]
    # "Polymer Labs" once and "Polymer" four times are five writings of "Polymer".
    counts = {n: sum(w == n or w.startswith(f"{n} ") for w in written) for n in set(written)}
    ranked = sorted(counts.values(), reverse=True)
    best = max(counts.items(), key=lambda kv: kv[1], default=None)
    return best[0] if best and best[1] >= 3 and ranked[1:2] != [best[1]] else None


def own_company(text: str) -> str | None:
    """The company a first-person post names as the raiser, from its opening (None when the post names none)."""
    head = text[:600]
    patterns = (_WE_GLOSSED, _WE_AT, _OUR_COMPANY, *((_OF_US,) if WE_RAISED.search(head) else ()))
    for pattern in patterns:
        m = pattern.search(head)
        if m:
            name = unglue(m.group(1).strip(" ,.;:"))
            if name and name.lower() not in grammar.NOT_COMPANY:
                return name
    # An investor's post may set out its thesis for a paragraph or two before "We are investing in X" (606 characters
    # in on the Paradigm/Symbiotic post): that clause is read further in than the raiser's own "we".
    invested = _WE_INVEST_IN.search(text[:1200])
    backed = unglue(re.sub(r"['’]s$", "", invested.group(1).strip(" ,.;:"))) if invested else None  # "Acme's seed"
    return backed if backed and backed.lower() not in grammar.NOT_COMPANY and not is_known_investor(backed) else None


def first_person_company(text: str) -> str | None:
    """When no clause names the raiser, a first-person raise post is about the name it writes most, else the first
    name of its opening (called after the grammar's reading, which it must not overrule)."""
    head = text[:600]
    raises = list(WE_RAISED.finditer(head))
    if not raises:
        return None
    # Only a raise with its sum ("Why we raised$17mm") names the post's company by its first name; an essay on raising
    # ("when we raised our seed, we learned ...") does not. Any of the opening's raise clauses may carry the sum: a title
    # "Announcing our series A funding" and then "we're announcing a $31 million investment" (b33 vespa).
    sized = any(
        re.search(r"[$€£]\s?\d|\d\s?(?:million|mm|m|k)\b", head[max(0, r.start() - 80) : r.end() + 80]) for r in raises
    )
    return _written_most(text[:3000]) or (_first_named(head) if sized else None)


def _first_named(head: str) -> str | None:
    """The first company name a first-person raise post's opening writes: "Why we raised$17mm / While the core purpose
    of MindMixer has remained consistent ..." (hackerfall-mindmixer-17m); not a person, an investor or a place."""
    from talentintel.funding.company import acceptable_name  # that module imports this one

    spans, persons = people.person_spans(head)
    for m in _NAME_SPAN.finditer(head):
        # "Since 2021": a span whose first word is no name ("Since", "When") opens a clause, it names nothing
        name = acceptable_name(m.group(1)) if acceptable_name(m.group(1).split()[0]) else None
        if name and _GERUND_HEAD.match(head, m.start(1)) and (m.start(1) == 0 or head[m.start(1) - 1] == "\n"):
            continue  # "Announcing our series A funding": a title's opening verb, not a name
        if (
            name
            and len(name) > 2
            and not is_known_investor(name)
            and not people.is_person(name, m.start(1), spans, persons)
        ):
            return name
    return None
