"""Fund raises said in a round's words or named by the fund itself, which the raise grammar of `fund_raise` refuses
because a round word or a non-English verb stands where it looks.

- A round for the firm's own fund: "Vida Ventures said on Thursday it had raised $825 million in an oversubscribed
  funding round for its third fund" (hs5-newsbreak-vida-iii; `fund_raise` vetoes every sentence with "funding
  round"). LPs' money for "its third fund" is no company's round.
- A fund named as the subject, with an appositive and a verb in any of the feeds' languages: "O OpenAI Startup Fund,
  um fundo de risco relacionado ... do OpenAI ..., fechou discretamente uma tranche de US$ 15 milhões"
  (hs5-comentatech-openai-startup-fund-spv). The named fund is its own manager.
- A headline that launches a name the body defines as a fund: "Project Europe Launches to Boost Startups" ...
  "Harry Stebbings of 20VC announced the launch of “Project Europe,” a €10 million fund" (hs5-selfemployed-project-
  europe). The firm the announcer speaks for manages it; else the fund's name stands for it.
- An opening about "the new fund", named with its owner a few sentences on: "the new fund will “play a pivotal role
  ...”" then "With the new a16z fund, named “Games Fund One” the team plans ..." (hs5-cryptohotnews-a16z-games-fund,
  a page stored from its second paragraph). The owner manages it.
- A digest's lead-in that closes a named fund, as the first raise the digest tells: "Sofinnova Partners closes Capital
  XI: The Paris-based venture capital firm announced the final close of its "Capital XI" fund at €650 million"
  (hs5-nelsonadvisors-sofinnova-xi, whose opening is the newsletter's title and a regulatory item).
"""

from __future__ import annotations

import re

_ORDINAL = (
    r"(?:new|debut|inaugural|maiden|latest|next|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|"
    r"\d+(?:st|nd|rd|th))"
)
_ROUND_FOR_FUND = re.compile(
    r"\b(?:funding|fundraising|financing|capital)?\s?round\s(?:of\s(?:funding|fundraising)\s)?for\s"
    rf"(?:its|their|the\sfirm['’]s)\s(?:[\w-]+\s){{0,2}}?{_ORDINAL}\s(?:[\w-]+\s){{0,2}}?(?:fund|vehicle)\b",
    re.IGNORECASE,
)
# The verbs of a close or a raise in English, Portuguese, Spanish, French and Italian.
_CLOSE_VERB = (
    r"(?:closed|raised|secured|completed|fechou|levantou|captou|arrecadou|concluiu|cerró|recaudó|levantó|captó|"
    r"a\s(?:levé|clôturé|bouclé)|ha\s(?:chiuso|raccolto))"
)
_FUND_NAMED_SUBJECT = re.compile(
    r"(?:^|\.\s|\n)(?:(?:The|O|A|El|La|Le|Il)\s)?((?:[A-Z][\w&'’-]*\s){1,3}Fund),\s"
    # The appositive says what the fund is; it may hold commas and dashes of its own.
    r"(?:an?|the|um|uma|un|una|le|la|o|el)\s[^.;\n]{0,240}?,\s"
    rf"(?:\w+(?:ly|mente|ment)\s)?{_CLOSE_VERB}\s(?:[^.;\n]|\.(?=\d)){{0,60}}?"
    r"(?:US\$|R\$|\$|€|£|USD|EUR)\s?[\d.,]+"
)
_ROUND_WORDS = re.compile(r"\b(?:series\s[a-h]|seed\sround|led\sby|liderad[oa]\spor|rodada|ronda)\b", re.IGNORECASE)


def round_for_own_fund(opening: list[str]) -> bool:
    """The opening says a round was raised for the firm's own (new, third ...) fund."""
    return any(_ROUND_FOR_FUND.search(sentence) for sentence in opening)


def named_fund_closes(opening: list[str]) -> str | None:
    """The fund an opening sentence names as the subject of a close with money, or None."""
    for sentence in opening:
        m = _FUND_NAMED_SUBJECT.search(sentence)
        if m and not _ROUND_WORDS.search(sentence):
            return m.group(1).strip()
    return None


_NAME = r"(?:[A-Z][\w&'’.-]*(?:\s(?:[A-Z][\w&'’.-]*|of|for)){0,4})"
# "the launch of “Project Europe,” a €10 million fund", "unveiled Foo Growth, a new $50 million fund".
_DEFINED_FUND = re.compile(
    rf"\b(?:launch\sof|launched|unveiled|unveiling\sof|debuted)\s[“\"‘']?({_NAME})[,.]?[”\"’']?,?\s(?:a|an)\s"
    r"(?:new\s)?(?:(?:US\$|[$€£¥])\s?[\d.,]+\s?(?:million|billion|[mb]n?)?\s|[\d.,]+\s(?:million|billion)\s"
    r"(?:euros?|dollars|pounds)\s)(?:[\w-]+\s){0,2}?fund\b"
)
_LAUNCHES = r"\s(?:Launches|Launched|Debuts|Unveiled|Is\sLaunched|launches|launched|debuts)\b"
# "Harry Stebbings of 20VC announced the launch of": the firm the announcer is "of".
_ANNOUNCER_FIRM = re.compile(
    r"\s(?:of|at|from)\s([A-Z0-9][\w&.-]*(?:\s[A-Z][\w&.-]*){0,2})\s(?:has\s)?(?:announced|unveiled|revealed)\s"
    r"(?:on\s\w+\s)?the\slaunch\sof\s"
)


def headline_fund_launch(text: str) -> str | None:
    """The manager of a fund the headline launches by the name the body defines as a fund, or None."""
    headline = text.strip().split("\n", 1)[0]
    for m in _DEFINED_FUND.finditer(text[:4000]):
        name = m.group(1).strip()
        if not re.search(re.escape(name) + _LAUNCHES, headline):
            continue
        firm = _ANNOUNCER_FIRM.search(text, max(0, m.start() - 120), m.start() + 20)
        return firm.group(1) if firm else name
    return None


_NEW_FUND_TOPIC = re.compile(
    r"\b(?:the|this|its)\s(?:new|latest)\s(?:[\w-]+\s)?fund\b(?!\s(?:of|for)\s)", re.IGNORECASE
)
_OWNER_FUND_NAMED = re.compile(
    r"\b(?:the|a|its)\snew\s([A-Za-z0-9][\w&.'’-]*(?:\s[A-Z][\w&.'’-]*){0,2})(?:['’]s)?\s(?:[a-z]+\s)?fund,?\s"
    rf"(?:called|named|dubbed)\s[“\"‘']?({_NAME})"
)


def owner_of_new_fund(text: str, opening: list[str]) -> str | None:
    """The owner of the new fund a later sentence names, when the opening is about "the new fund"; or None."""
    if not any(_NEW_FUND_TOPIC.search(sentence) for sentence in opening[:2]):
        return None
    if any(_ROUND_WORDS.search(sentence) for sentence in opening):
        return None  # "Lumora raised $8 million in a seed round led by Kestrel. The cheque came from the new ... fund"
    m = _OWNER_FUND_NAMED.search(text[:1500])
    return m.group(1) if m else None


_LEAD_IN_CLOSE = re.compile(
    r"(?m)^(?:\d{1,2}[.)][ \t])?([A-Z][\w&.'’-]*(?:[ \t][A-Z][\w&.'’-]*){0,3})[ \t](?:closes|raises|launches|completes)\s"
    r"(?:its\s)?(?:[“\"]?(?:[A-Z][\w-]*\s){0,3}(?:Fund\s)?(?-i:[IVX]{1,5})[”\"]?|(?:US\$|[$€£])[\d.,]+\s?(?:[mbk]n?|million|"
    r"billion)?\s(?:[\w-]+\s){0,2}?fund)\s?:\s"
)
# A raise told before the lead-in makes the digest's first deal that one, not the fund.
_EARLIER_RAISE = re.compile(
    r"\b(?:rais(?:ed|es)|secur(?:ed|es)|clos(?:ed|es))\s(?:[^.\n]|\.(?=\d)){0,40}?(?:US\$|[$€£]\s?\d)|"
    r"\b(?:series\s[a-h]|seed\sround|funding\sround)\b",
    re.IGNORECASE,
)


def digest_fund_lead_in(text: str) -> str | None:
    """The manager of a fund a digest's lead-in closes ("X closes Capital XI: ..."), when no raise is told before it."""
    m = _LEAD_IN_CLOSE.search(text[:6000])
    if not m or _EARLIER_RAISE.search(text, 0, m.start()):
        return None
    return m.group(1)
