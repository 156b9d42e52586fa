"""Tell a fund raise ("Polychain raises $200M for its fourth fund", "X launches $100M Fund III") from a round.

A venture firm raising its own fund is news in the same feeds as company rounds and in the same words (raises,
closes, $N million), but it is not a round of a portfolio company: stored as one, it would make the fund a company
with a bogus round. The test: in the headline or the first sentence, a raising verb whose object is a fund
("new fund", "fourth fund", "$850M fund", "Fund III"), with no lead-investor, round or verb-"to fund" words in the phrase, and no
round named in that sentence.
"""

from __future__ import annotations

import re

from talentintel.funding import fund_forms, fund_lp
from talentintel.funding.fund_eu import eu_fund_manager
from talentintel.funding.fund_firm_round import FIRM_FUNDING_ROUND
from talentintel.funding.fund_named_close import NAMED_FUND_CLOSES as _NAMED_FUND_CLOSES
from talentintel.funding.fund_opening import opening_sentences as _opening
from talentintel.funding.kind_opening import opening

# "target" after an article or a noun is the noun ("the first direct investment target in ... Growth Fund").
_VERB = (
    r"\b(?:rais(?:es|ed|ing|e)|clos(?:es|ed|ing|e)|launch(?:es|ed|ing)?|achiev(?:es|ed|e)|start(?:s|ed|ing)|form(?:s|ed)|announc(?:es|ed|ing|e|ement of)|unveil(?:s|ed|ing)?|"
    r"debut(?:s|ed|(?=\s(?:a|an|its|their|[$€£¥]|US\$)))|secur(?:es|ed|e)|hits?|reach(?:es|ed)?|complet(?:es|ed|e)|finaliz(?:es|ed|e)|"
    r"wrap(?:s|ped)?(?: up)?|(?<!investment )(?<!the )(?<!an )(?<!a )target(?:s|ed|ing)?|amass(?:es|ed)?|h(?:e|o)lds?|"
    # A fund set up or a firm "back with" one: "Accel has established a new $650 million fund", "Toyota ... is back
    # with another $100 million fund".
    # "successfully concluded fundraising for its second fund" (ludiz TLcom).
    r"establish(?:es|ed)?|(?:is|are) back with|conclud(?:es|ed|ing)|"
    # "The well-known Digital Currency Group has created a venture capital fund" (hs17-cryptocoinspy-dcg-metaverse-
    # ventures-fund, kind83 catalog: read as a round of the Coindesk it quotes).
    r"creat(?:es|ed|e)|"
    # "Khazanah getting RM1b to kick off ‘national fund of funds’" (tuning_funds20 yahoo).
    r"kick(?:s|ed|ing)?\soff|"
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
    rf"(?:\bfund\s+(?-i:[IVX]+|\d+)\b|\b(?:largest|biggest)\s(?:[\w-]+\s){{0,2}}funds?\b|\bfund[\s-]of[\s-]funds\b|"
    rf"\b(?-i:Capital|Partners|Ventures|Holdings|Associates|Opportunities)\s(?-i:[IVX]{{1,4}})\b|"
    rf"\b(?:first|final|interim|initial|second|third)(?: and final)? close\b|\b{_ADJ}\s+(?:[\w$.,-]+\s+){{0,3}}?funds?\b|"
    rf"{_AMOUNT}(?:\s\([^()]{{1,40}}\))?\s+(?:[\w-]+\s+){{0,3}}?funds?\b|"
    # The firm's own fund by its pronoun: "$51.1m for its Accelerator IV fund" (biohealthinnovation).
    rf"\bfor\s(?:its|their)\s(?:[\w-]+\s){{0,3}}?fund\b)"
)
_RAISE = re.compile(rf"{_VERB}(?:[^.;:\n]|\.(?=\d)){{0,90}}?{_FUND}", re.IGNORECASE)
# The wire's fund sentence names its backers between the sum and the fund, which the veto words ("from", "investors")
# of _RAISE stop at: "Jungle Ventures said ... it has raised $240 million from investors, including Temasek Holdings,
# for a third fund designed to back Southeast Asian startups" (hs13-dailybuzzoffers-jungle-ventures-240m-third-fund).
_RAISED_FROM_FOR_FUND = re.compile(
    rf"\brais(?:es|ed)\s{_AMOUNT}\sfrom\s(?:[^.;\n]|\.(?=\d)){{0,90}}?\bfor\s(?:a|an|its|their)\s"
    rf"(?:{_ADJ}\s)?(?:[\w-]+\s){{0,2}}?fund\b",
    re.IGNORECASE,
)
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
FUND_SUBJECT = re.compile(
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
# A market's state is no round ("to support the region's next generation of entrepreneurs amid a funding slump"), nor
# is a firm "led by the founders of some of Europe's best-known startups" (hs7-theelitetimes-plural-400m): who runs
# the firm, not who led a round.
_ROUND_WORDS = re.compile(
    r"\b(?:series [a-h]|seed|round|funding(?!\s(?:slump|drought|winter|downturn|crunch|squeeze|environment|climate))|"
    r"financing|led by(?!\s(?:the\s|its\s)?(?:(?:co-)?founders?|former|partners|veterans)\b)|valuation|stake|equity in)\b",
    re.IGNORECASE,
)


# A firm the text calls an investor, raising a sum that is a fund's, in the lede paragraph's later sentences: "The
# crypto industry continues to grow rapidly ... As evidence of this: The VC firm Paradigm just raised a $2.5 billion
# fund", "Good day. ... Scenic Management, a late-stage, private growth equity investment manager, has raised a $150
# million sophomore fund" (tuning_funds20 taizihuang, koggie). The descriptor, the verb and "a $N ... fund" together are
# a fund raise wherever a newsletter's greeting or a podcast's scene-setting put them; a round word vetoes.
_INVESTOR_FUND_RAISE = re.compile(
    r"\b(?:VC|venture(?: capital)?|investment|private equity|growth equity)\s(?:firm|manager|investor)\b"
    r"[^.;\n]{0,60}?\b(?:just\s|has\s|have\s|recently\s)?(?:rais(?:ed|es)|clos(?:ed|es))\s(?:a|an|its|their)\s"
    rf"{_AMOUNT}\s(?:[\w-]+\s){{0,2}}?fund\b|"
    # A limited partner leading a named fund's raise: "In March, the International Finance Corporation (IFC) led a
    # $25 million fundraising for the Savannah Fund" (tuning_funds20 environmental-finance).
    rf"\b(?:led|anchored)\s(?:a|an|the)\s{_AMOUNT}\s(?:fundraising|fundraise|raise)\sfor\s(?:the\s)?"
    r"(?-i:(?:[A-Z][\w&'’-]*\s){1,5}Fund)\b",
    re.IGNORECASE,
)


def investor_raised_fund(text: str) -> bool:
    """One of the first six sentences says an investing firm raised a fund of a stated size, with no round word."""
    for sentence in opening(text, 6).split(" \n"):
        if _INVESTOR_FUND_RAISE.search(sentence) and not _ROUND_WORDS.search(sentence):
            return True
    return False


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
OWN_FUND_SUBJECT = re.compile(
    r"\b((?:[A-Z][\w.&-]*\s){0,3}[A-Z][\w.&-]*)['’]s\s(?:(?:new|latest|debut|first|second|third|fourth|fifth|"
    r"[$€£¥][\d.,]+\s?\w*|[\w-]+)\s){0,4}?fund\s(?:(?-i:[IVX]+)\s)?(?i:closes|closed|raises|raised|hits|reaches|tops)\b"
)

# An investor launching a firm of their own is a new fund manager: "Nigerian early-stage angel investor, Olumide
# Soyombo, launched Voltron Capital" (ripples-technigeria-0731).
_INVESTOR_LAUNCHES_FIRM = re.compile(
    r"\b(?:investors?|VCs?|venture capitalists?|angels?)\b[^.]{0,60}\blaunch(?:es|ed)\s"
    r"((?:[A-Z][\w&.-]*\s){0,3}(?:Capital|Ventures|VC|Partners))\b(?!['’]s)"
)


# A headline's kicker names the news a fund and the clause after the colon says who raised it: "New leaders, new fund:
# Sequoia has raised $7B to expand its AI bets" (f22-tcdigest-sequoia-7b-new-fund); the raise grammar wants the fund
# after the verb.
_KICKER_FUND = re.compile(
    r"^[^:\n]{0,40}\b(?:new|fresh|another|next|latest|debut|mega)[\s-]fund\b[^:\n]{0,20}:\s+"
    r"(?:(?-i:[A-Z])[\w&.'’-]*\s){1,4}(?:has\s|have\s|just\s)?(?i:rais(?:ed|es)|clos(?:ed|es)|secur(?:ed|es))\s"
    r"(?:a\s|an\s|about\s|nearly\s|over\s|more\sthan\s)?(?:US)?[$€£¥]\s?\d",
    re.IGNORECASE,
)


# A named fund launched, its name capitalised before "Fund": "Anthropic partners with Menlo Ventures to launch
# Anthology Fund", "We’re launching the Anthology Fund in partnership with Menlo Ventures" (f22-claudewiki-anthology-
# fund-menlo-100m, read as a round of "Jul 17"). Only launch verbs: "secures $3M from the Ohio Innovation Fund" is a
# company's round with the fund as its investor.
_LAUNCHES_NAMED_FUND = re.compile(
    r"\b(?:launch(?:es|ed|ing)?|unveil(?:s|ed|ing)?|introduc(?:es|ed|ing)|debut(?:s|ed))\s(?:the\s|a\s|its\s|their\s)?"
    r"(?:new\s)?(?:[$€£][\d.,]+\s?(?:[mb]n?|million|billion)\s)?(?:(?-i:[A-Z])[\w&'’-]*\s){1,4}(?-i:Fund)\b(?![-‑]backed)"
)


# "the closure of a $5 million seed fund raising for its P2E mobile game" (b28-investingcube-blast-royale-5m): "fund
# raising" in two words is fundraising, the act of raising, not a seed fund.
_FUND_RAISING = re.compile(r"\bfund[\s-]raising\b", re.IGNORECASE)


def is_fund_raise(text: str) -> bool:
    """True when the text announces a venture firm raising (closing, launching) a fund, not a company round."""
    text = _FUND_RAISING.sub("fundraising", text)
    if fund_forms.many_firms_total(_opening(text)):
        return False
    if eu_fund_manager(text) or fund_lp.lp_named_manager(_opening(text)):
        return True
    for sentence in _opening(text):
        if _FIRM_RAISES_TO_INVEST.search(sentence) or _RAISES_TO_INVEST.search(sentence):
            return True
        if OWN_FUND_SUBJECT.search(sentence) or _INVESTOR_LAUNCHES_FIRM.search(sentence):
            return True
        if FIRM_FUNDING_ROUND.search(sentence):
            return True  # "venture capital firm Dragonfly Capital has ... closed its fourth funding round" (fund_firm_round)
        if _NAMED_FUND_CLOSES.search(sentence) and not _ROUND.search(sentence):
            return True
        investor = _INVESTOR_RAISES.search(sentence)
        if investor and not _ROUND_WORDS.search(sentence, investor.start()):
            return True
        if _ROUND.search(sentence):
            continue
        if FUND_SUBJECT.search(sentence) or _RAISED_FROM_FOR_FUND.search(sentence) or _KICKER_FUND.search(sentence):
            return True
        if _LAUNCHES_NAMED_FUND.search(sentence):
            return True
        # Every verb is tried, overlapping: "announced that it closed Fund II" fails on "that" from "announced"
        # but holds from "closed".
        for verb in _VERB_RE.finditer(sentence):
            match = _RAISE.match(sentence, verb.start())
            if match and not _NOT_OWN.search(match.group(0)):
                return True
    return fund_forms.announces_fund(text, _opening(text)) or investor_raised_fund(text)
