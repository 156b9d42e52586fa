"""Cut a funding text into one part per deal, so that a roundup's investors and amounts stay with their deal.

A text is read as units: its headline line and then sentences. A unit opens a new deal when it reports a raise of
its own (a raise verb with an amount or a round word) by a company other than the current part's, and is not a
look back ("previously raised", "in 2021") or a sentence that continues the deal ("The round was led by ...").
Everything else stays with the part before it, so a single announcement is one part: the whole text.
"""

from __future__ import annotations

import itertools
import re
from difflib import SequenceMatcher

from talentintel.funding import cjk
from talentintel.funding.company import find_company
from talentintel.funding.company_named_kind import named_kind_company
from talentintel.funding.dateline import without_dateline
from talentintel.funding.fund_raise import is_fund_raise
from talentintel.funding.investors import normalize_company
from talentintel.funding.kind_market import is_market_total
from talentintel.funding.money import find_money
from talentintel.funding.names import name_core
from talentintel.funding.segment_cjk_clauses import told_sum
from talentintel.funding.segment_clauses import KO_DATIVE_SUM, joined_clauses
from talentintel.funding.segment_items import bullet_subject, headline_deal_told, item_raise
from talentintel.funding.segment_ledes import is_prize, market_lede
from talentintel.funding.segment_turns import numbered_deal_item

_TRIGGER = re.compile(
    r"\b(?:rais(?:ed|es)|secur(?:ed|es)|clos(?:ed|es)|land(?:s|ed)|bag(?:s|ged)|nab(?:s|bed)|snag(?:s|ged)|clinch(?:es|ed)|"
    r"pulled in|pulls in|brought in|brings in|raked in|rakes in|scoop(?:s|ed)|fetch(?:es|ed)|net(?:s|ted)|grab(?:s|bed)|picked up|receiv(?:ed|es)|gets|got|"
    r"attracted|locked up|has drawn|tops up|co-led|complet(?:ed|es) (?:a|an|its|the) (?:[\w$.,-]+ ){0,4}?(?:round|financing|raise|funding)|completion of (?:a|an|its|the) (?:[\w$.,-]+ ){0,4}?(?:round|financing|raise)|bekommt|erhält|erhielt|led (?:a|an|the)\s[^.]{0,50}?(?:round|investment)\s(?:in|into)|"
    r"invest(?:ed|s)\s[^.]{0,30}?\bin\b|levanta|recauda|arrecadou|captou|captaram|lève|levée|sammelt|capta|obtuvo|"
    # European Portuguese: "angariava um total de 30 milhões", "anunciava o investimento de €6 milhões" (fund49,
    # hs11-expresso-sword-health-30m-oscar-pt: the second raise of the paragraph was no deal of its own).
    r"angari(?:ou|ava|aram)|anunci(?:ou|ava)\s(?:o|um)\s(?:investimento|financiamento)|"
    r"has (?:also )?raised|launch(?:ed|es) (?:a |an |its |their |with a )?[^.]{0,40}?\bfund|"
    r"(?:first|final) close|"
    # "The seed financing for Eyexora was led by ClavystBio" (b15-newsflashasia-eyexora-vantage): a section's round
    # told by its lead, so the next section's "Vantage Data Centres secures $1.6b" opens a deal of its own.
    r"(?:round|financing|funding|investment)\s(?:for|in|into)\s(?-i:[A-Z])[\w.-]*(?:\s(?-i:[A-Z])[\w.-]*){0,3}"
    r"\s(?:was|is)\s(?:co-)?led\sby"
    r")\b|融资|融資|투자를?\s?유치|資金調達|调达|調達を実施|수혈"
    # An investor's "<company>에 100억원을 투자했다", or a clause of one shared verb cut at its comma (segment_clauses).
    rf"|{KO_DATIVE_SUM}(?:,$|\s(?:각각\s)?투자(?:했|한|하))",
    re.IGNORECASE,
)
_ROUND_WORD = re.compile(
    r"\b(?:seed|pre-seed|series [a-h]|funding|financing|round|investment)\b|轮|輪|시리즈|シリーズ", re.IGNORECASE
)
_CJK_AMOUNT = re.compile(r"\d[\d,.]*\s?(?:万|萬|亿|億|억|천만)")
_HISTORY = re.compile(
    r"\b(?:previously|earlier|prior|last year|had raised|has raised a total|to date|so far|bringing (?:its|the) "
    r"total|total funding|initially|in (?:19|20)\d\d(?! (?:seed|series|round))|before that|back in|by contrast|"
    r"(?:which|that|who) (?:has |have |had )?(?:also |already )?(?:raised|secured|closed))\b|此前|이전|지난해|以前",
    re.IGNORECASE,
)
_CONTINUE = re.compile(
    r"^(?:The (?:round|funding|investment|financing|raise|deal|new (?:capital|funding|round))|It |The company|"
    r"The startup|The firm|Other investors|Participation|Existing investors|This (?:round|funding|investment)|"
    r"Investors (?:in|include)|The capital|Proceeds|投资方"
    # "彭博社稱,本輪融資由阿里巴巴集團領投", "특히, 이번 시리즈C 투자 유치에는 ...": this round, after a reporting verb or a
    # discourse adverb, is the deal already open.
    r"|(?:[^,，。]{1,8}(?:稱|称|表示|指出|透露)[,，:：]?|(?:특히|또한|한편),?\s)?"
    r"(?:本轮|本輪|此轮|此輪|该轮|該輪|이번\s(?:\S+\s)?(?:투자|라운드)|今回の?(?:ラウンド|資金調達|調達|投資)))",
    re.IGNORECASE,
)
# A semicolon also ends a unit when a new clause starts on a name ("DeepL ... raised $300M; Scale AI ... secured
# $1B; and H ... raised $220M"): one-sentence roundups keep each deal's amount with its company.
# So does a comma before another company's raise: "Sendy raised a US$20 million funding round ..., agri-tech startup
# Twiga Foods secured US$29.4 million in debt funding ..., and B2B e-commerce platform Sokowatch raised US$14 million".
_SENTENCE = re.compile(
    r"(?<=[.!?。！？])\s+(?=[A-Z\"“‘'(\u3040-\u9fff\uac00-\ud7af])|(?<=;)\s+(?:and\s)?(?=[A-Z])"
    # "CityMall ... got $47 million led by Accel; and digital credit firm FinBox secured $40 million" (newsbytes).
    r"|(?<=;)\s+(?:and\s)?(?=(?:[\w&-]+\s){0,3}?(?:startup|start-up|platform|company|firm|app|provider|maker|developer)\s"
    r"[A-Z])"
    r"|(?<=,)\s+(?:and\s)?(?=(?:[\w&-]+\s){0,3}?(?:startup|start-up|platform|company|firm|app|provider|maker|developer)\s"
    r"[A-Z][\w.&-]*(?:\s[A-Z][\w.&-]*){0,3}\s(?:has\s)?(?:raised|secured|closed|landed|bagged|got|received|netted)\s"
    r"(?:a\s|an\s)?(?:US|CA|A)?[$€£]\s?\d)"
    # "First, on April 16, ... Puffer completed a $18 million Series A ..., and then on April 23, the ... YieldNest
    # completed a new round of financing of $5.2 million" (b15-odaily-puffer-yieldnest): a dated "then" is the next deal.
    r"|(?<=,)\s+(?:and\s)?then,?\s(?=(?:on|in)\s(?:[A-Z][a-z]+\s\d{1,2}|\d{1,2}\s[A-Z][a-z]+)\b)"
)
# "Calif.", "Aug.", "Inc.", "U.S.", "T. Rowe": a period that ends an abbreviation ends no sentence.
_ABBREV = re.compile(
    r"(?:\b[A-Z]|\b(?:Inc|Co|Corp|Ltd|Jr|Sr|St|Mr|Ms|Mrs|Dr|No|vs|U\.S|Calif|Mass|Fla|Wash|Aug|Sept?|Oct|Nov|Dec|"
    r"Jan|Feb|Mar|Apr|Jun|Jul|approx|est|Bros|Gov|Sen|Rep))\.$"
)


# "... supplier Denso Corp. Separately, Sakana AI said it raised ¥20 billion" (b15-newsx-turing-sakana): after an
# abbreviation, a roundup's turn word with its comma still opens a sentence.
_TURN = re.compile(r"(?:Separately|Elsewhere|Meanwhile|Additionally|In other (?:funding )?news|Also),\s")


def _sentences(line: str) -> list[str]:
    out, start = [], 0
    for m in _SENTENCE.finditer(line):
        abbreviation = _ABBREV.search(line[max(0, m.start() - 8) : m.start()]) and not _TURN.match(line, m.end())
        if abbreviation or re.fullmatch(r"\s*\d{1,2}\.", line[start : m.start()]):
            continue  # an abbreviation, or a list number ("1. Kenya's OkHi raises ...")
        out.append(line[start : m.start()])
        start = m.end()
    out.append(line[start:])
    return [clause for s in out if s.strip() for clause in joined_clauses(s)]


def units(text: str) -> list[tuple[int, str]]:
    """(line number, sentence) of every sentence; sentences of one line are rejoined with a space."""
    out = []
    for number, line in enumerate(text.split("\n")):
        out += [(number, s) for s in _sentences(line)]
    return out


def join_units(part: list[tuple[int, str]]) -> str:
    text = part[0][1]
    for (prev, _), (line, sentence) in itertools.pairwise(part):
        text += (" " if line == prev else "\n") + sentence
    return text


# "VC firm Hummingbird is the other co-led, with Northzone ... participating" (hs4-eualternatives-monumental): an
# investor's role in the round already told, not another company's raise.
_LEAD_ROLE = re.compile(r"\b(?:is|was|are|were)\s(?:the\s|a\s)?(?:other\s|second\s|fellow\s)?co-?le(?:a)?d\b", re.I)
# "Separately, Minneapolis-based Flywheel announced it is using $22 million in fresh capital ..."
# (hs4-startribune-francis-flywheel): a roundup's turn to another company, whatever verb follows.
_ASIDE = re.compile(r"^(?:Separately|Elsewhere|In other (?:funding )?news|In a separate (?:deal|announcement)),\s")


# "closed a $2.3 million seed funding, bringing its total funding to over $2.9 million" (ripples-technigeria-0319):
# a running total told after the raise ("..., bringing ... to date") does not make the raise history.
# So does "..., with its total funding now at $85m" (b14-siliconrepublic-crowdstrike-levelup).
_TOTAL_TAIL = re.compile(r",?\s(?:bringing|taking|which\sbrings|with\s(?:its|their|the)\stotal)\b", re.IGNORECASE)
# "PLAI Labs, founded by ... (who previously co-founded Myspace), has recently raised a $32 million seed round"
# (b14-partyzonepa-ruckus-plai): a look back inside brackets tells a founder's past, not the raise's.
_BRACKETS = re.compile(r"\([^()]{0,120}\)")


def _history(unit: str, trigger: re.Match[str] | None) -> bool:
    tail = _TOTAL_TAIL.search(unit, trigger.end()) if trigger else None
    return bool(_HISTORY.search(_BRACKETS.sub("", unit[: tail.start()] if tail else unit)))


# A digest's clipped sentence opens on the company and a raise in the gerund: "Babylon Labs securing $15 million from
# a16z ... ZenChain closing $8.5 million for its EVM-compatible Bitcoin L1." (blockeden-cryptovc-jan). Only at the
# sentence's start, with the sum next: "is raising $50 million" elsewhere is a round sought.
_GERUND_RAISE = re.compile(
    r"(?-i:[A-Z])[\w.&-]*(?:\s(?-i:[A-Z0-9])[\w.&-]*){0,3}\s(?:securing|closing|raising|landing|bagging|netting)\s"
    r"(?:a\s|an\s)?(?:about\s|nearly\s|over\s)?(?:US)?[$€£]\s?\d"
)


def _reports_raise(unit: str) -> bool:
    if numbered_deal_item(unit):
        return True  # "3. Teamworks - $235M (Durham) ... founded in 2004": the item is a deal whatever it recalls
    aside = bool(_ASIDE.match(unit.strip()))
    trigger = _TRIGGER.search(unit) or item_raise(unit) or _GERUND_RAISE.match(unit.strip())
    if not (aside or trigger) or _history(unit, trigger):
        return False
    if _CONTINUE.match(unit.strip()):
        return False
    if _LEAD_ROLE.search(unit):
        return False
    return bool(find_money(unit) or _CJK_AMOUNT.search(unit) or _ROUND_WORD.search(unit))


# A raise a pronoun retells with no sum of its own: "Sankaet Pathak, founder of ... Synapse, has secured $11 million
# ...", then "Pathak told reporters this week that he has raised the seed round capital from ... Tribe Capital ... for
# his new Boston-based company called Foundation" (b46-thenorthlines-foundation-11m-seed was cut in two).
_PRONOUN_RAISE = re.compile(r"\b(?:he|she|they|we)\s(?:has\s|have\s|had\s)?(?:raised|secured|closed|landed)\b")


def _retold(part: list[tuple[int, str]], unit: str) -> bool:
    """The unit retells the part's raise: a pronoun raised, the unit states no amount and the part states one."""
    return bool(_PRONOUN_RAISE.search(unit)) and not find_money(unit) and any(find_money(s) for _, s in part)


def _same(key: str, current: str | None) -> bool:
    if current is None:
        return False
    key, current = name_core(key), name_core(current)  # two "... Therapeutics" are not one company
    return key in current or current in key or SequenceMatcher(None, key, current).ratio() >= 0.75


def _key(name: str | None) -> str | None:
    return normalize_company(name) if name else None


def _company_of(unit: str) -> str | None:
    """The raiser a unit names: Chinese, Japanese and Korean sentences are read by their own rules."""
    if cjk.has_cjk(unit):
        return cjk.extract(unit).company
    unit = without_dateline(unit)  # "New Delhi, March 29 (IANS) The ... ecosystem secured": the place raised nothing
    return find_company("", unit) or named_kind_company(unit) or bullet_subject(unit)


def _amounts_agree(part: list[tuple[int, str]], unit: str) -> bool:
    """The headline states no amount, or the unit restates one of its amounts (within 2%)."""
    head = [m.amount for line, s in part for m in find_money(s) if line == part[0][0]]
    if not head:
        return True
    return any(abs(m.amount - h) <= 0.02 * h for m in find_money(unit) for h in head)


def _new_amount(part: list[tuple[int, str]], unit: str) -> bool:
    """The unit states an amount and the part states none within 2% of it."""
    said = [m.amount for _, s in part for m in find_money(s)]
    return bool(find_money(unit)) and not any(abs(m.amount - h) <= 0.02 * h for m in find_money(unit) for h in said)


def _headline(part: list[tuple[int, str]]) -> bool:
    """The part opens on a headline line (short, no closing period), not on a paragraph that is itself a deal."""
    first = " ".join(s for line, s in part if line == part[0][0]).strip()
    return len(first) < 200 and not first.endswith((".", "。"))


def split_deals(text: str) -> list[str]:
    """The text's deal parts, in order; the first holds the headline."""
    parts: list[list[tuple[int, str]]] = []
    current_key: str | None = None
    part_keys: set[str] = set()  # every name the current part was read under (headline's and body's)
    body_raise_seen = False
    owners: list[str | None] = []  # each part's company as written, to send a later sentence about it back
    target = 0
    for line, unit in units(text):
        if parts and _reports_raise(unit) and _retold(parts[target], unit):
            parts[target].append((line, unit))
            continue
        if parts and _reports_raise(unit):
            name = _company_of(unit)
            key = _key(name)
            # The headline and the body's first raise are one deal told twice (the headline may name it by an
            # investor or a typo); after that, or after a market total, a raise by another company is a new deal.
            first_body_raise = len(parts) == 1 and not body_raise_seen and line > 0 and _headline(parts[0])
            # ... unless it names another company with another amount ("Binance Leads $60M Round for Multichain",
            # then "Interlay Raises $6.5 Million"): a headline over a roundup.
            first_body_raise = first_body_raise and (
                not key or not current_key or _same(key, current_key) or _amounts_agree(parts[0], unit)
            )
            first_body_raise = first_body_raise and not (
                key and current_key and not _same(key, current_key) and headline_deal_told(parts[0], owners[0])
            )
            background = first_body_raise and _invested_in_other(parts[0], key)
            # A nameless first part that states the period's total is the market's: its first raise is a deal.
            lede = len(parts) == 1 and current_key is None and bool(key and told_sum(unit)) and not is_prize(unit)
            lede = lede and market_lede([s for _, s in parts[0]])
            first_body_raise = first_body_raise and not background and not lede
            body_raise_seen = body_raise_seen or first_body_raise
            opens = (current_key is not None and not first_body_raise) or is_market_total(join_units(parts[-1]))
            opens = opens or background or lede
            # A part whose raise named no company ("The layer-2 blockchain raised $11 million") ends where a named
            # company raises another amount ("Kintsu ... raised $4 million").
            opens = opens or (
                current_key is None
                # ... and a fund's part ends where a company raises ("launched Voltron Capital ... Julaya, closed a
                # US$2 million"), not where the fund's own close is told again ("Fund IV closed ... at $300M").
                and (
                    # "A London-based fintech company raised a seed round:" then "Kennek has raised $12.5 million":
                    # a raise without name or amount is the named one told first, not a deal of its own.
                    (body_raise_seen and not first_body_raise and any(find_money(s) for _, s in parts[-1]))
                    or (is_fund_raise(join_units(parts[-1])) and not is_fund_raise(unit) and not FUND_WORD.search(unit))
                )
                and _new_amount(parts[-1], unit)
            )
            earlier = _earlier_part(key, owners)
            if opens and earlier is not None and _told_again(parts[earlier], unit):
                # "Viela Bio ... raised $250m" after a roundup's other deal: the raise the headline told, told again.
                target = earlier
                parts[target].append((line, unit))
                continue
            if opens and key and not any(_same(key, k) for k in part_keys | {current_key or ""} if k):
                parts.append([(line, unit)])
                owners.append(name)
                target = len(parts) - 1
                current_key = key
                part_keys = {key}
                continue
            if key:
                owners[-1] = owners[-1] or name
                part_keys.add(key)  # "Blockchain Gaming Startup Raises Round" then "OpenBlox has raised": one deal
        if not parts:
            parts.append([(line, unit)])
            owners.append(_company_of(unit) if _reports_raise(unit) or find_money(unit) else None)
            current_key = _key(owners[0])
            part_keys = {current_key} if current_key else set()
            continue
        if _fund_after_round(parts[-1], unit, current_key):
            parts.append([(line, unit)])
            owners.append(_company_of(unit))
            target, current_key = len(parts) - 1, _key(owners[-1])
            part_keys = {current_key} if current_key else set()
            continue
        target = _owner_of(unit, owners, target)
        parts[target].append((line, unit))
        if current_key is None and _reports_raise(unit):
            owners[-1] = owners[-1] or _company_of(join_units(parts[-1]))
            current_key = _key(owners[-1])
            part_keys |= {current_key} if current_key else set()
    return [join_units(p) for p in parts] or [text]


def _fund_after_round(part: list[tuple[int, str]], unit: str, current_key: str | None) -> bool:
    """A fund's launch told after a named company's round is a deal of its own: "PLAI Labs ... has recently raised a
    $32 million seed round. Animoca Brands has announced a new $2 billion metaverse-focused fund"
    (b14-partyzonepa-ruckus-plai) kept the fund in the round's part, which then read as a fund."""
    if current_key is None or len(part) == 0 or not find_money(unit):
        return False
    return bool(_FUND_LAUNCH.search(unit)) and not is_fund_raise(join_units(part)) and _new_amount(part, unit)


# A fund's launch verb: "enabled Concept Art House to raise $25 million and Galaxy Interactive to raise a $325
# million fund" (toptech-animoca-65m) is a list of raises the roundup rules already read, not a launch.
_FUND_LAUNCH = re.compile(
    r"\b(?:announc|unveil|launch|introduc|debut)\w*\s(?:a\s|an\s|its\s|their\s)?(?:new\s)?[^.;]{0,40}?\bfund\b", re.I
)


# "Earlier this year, Meta invested in Scale AI ..." then "Manus raised $75 million ... led by Benchmark"
# (b15-sipoch-manus): a body that already told an investment in another company is that company's deal, so the
# raise is a deal of its own and its amount and lead never land on the company told first.
_INVESTED_IN = re.compile(
    r"\b(?:invest(?:ed|s)|put money|took a stake|backed)\s(?:[^.;]{0,30}?\s)?(?:in|into)\s(?-i:[A-Z])", re.I
)


def _invested_in_other(part: list[tuple[int, str]], key: str | None) -> bool:
    body = [s for line, s in part if line > part[0][0] and _INVESTED_IN.search(s)]
    other = _key(find_company("", " ".join(body))) if body and key else None
    return bool(other) and key is not None and not _same(key, other or "")


def _earlier_part(key: str | None, owners: list[str | None]) -> int | None:
    """The part before the last whose company is `key`'s, if any."""
    for index, name in enumerate(owners[:-1]):
        if key and name and _same(key, normalize_company(name)):
            return index
    return None


def _told_again(part: list[tuple[int, str]], unit: str) -> bool:
    """The unit restates one of a round part's amounts (a fund piece that names two managers is not one deal)."""
    said = [m.amount for _, s in part for m in find_money(s)]
    restated = any(abs(m.amount - h) <= 0.02 * h for m in find_money(unit) for h in said)
    return restated and not is_fund_raise(join_units(part))


def _owner_of(unit: str, owners: list[str | None], target: int) -> int:
    """The part a sentence belongs to: the one whose company opens it ("Francis Medical has now raised $80 million
    since ..." after "Separately, ... Flywheel ...": hs4-startribune-francis-flywheel), else the part being read.
    The first part's company is its first raise's (the headline may name it otherwise)."""
    if len(owners) < 2:
        return target
    for index, name in enumerate(owners):
        # "Tokyo-based Turing's valuation ... after the Series A" (b15-newsx-turing-sakana): a place descriptor first.
        if name and re.match(rf"(?:[A-Z][\w.]*(?:\s[A-Z][\w.]*)?-based\s)?{re.escape(name)}(?:['’]s)?\b", unit.strip()):
            return index
    # "The lead investor in Noetix Robotics' $140M Series B is CD Capital" after "..., while GALBOT raised nearly ¥5B"
    # (dailyscout-noetix-galbot): a sentence about one part's round, named by its possessive, belongs to that part.
    owned = {i for i, name in enumerate(owners) if name and re.search(rf"\b{re.escape(name)}['’]s?\s", unit)}
    return owned.pop() if len(owned) == 1 else target


# A fund word in a unit: a roundup's fund sentence is a fund's own deal (split_deals; headline_lift).
FUND_WORD = re.compile(r"\b(?:funds?|vehicle|fundraise)\b|基金|펀드|ファンド", re.IGNORECASE)
