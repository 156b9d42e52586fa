"""Company candidates of one deal's text and their features, for the learned ranker (`company_ranker`).

A candidate is any name-like span the rules could pick: runs of capitalised tokens (and their shorter ends, so
"Singapore-based Acme" and "Kenya's OkHi" also offer "Acme" and "OkHi"), plus the rules' own choice. Features
describe where and how a span is used (headline, first sentence, subject of a raise verb, ", a ... startup",
after "led by"/"backed by", distance to the amount), what its shape is (suffixes, case, length) and whether other
tables call it an investor or a place. No feature names a company: the ranker learns the language, not the names.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, field

from talentintel.funding.company_words import relative_features, word_features
from talentintel.funding.investor_lists import all_investors, lead_investors
from talentintel.funding.investors import is_known_investor, normalize_company
from talentintel.funding.money import find_money
from talentintel.funding.names import clean_name, is_name_token, sentence_end, strip_parentheticals
from talentintel.tagging.gazetteer import fold, gazetteer

_TOKEN = re.compile(r"[^\s,;:()\"“”]+")
_VERB_TOKEN = re.compile(
    r"^(?:Rais|Secur|Clos|Land|Bag|Nab|Snag|Complet|Receiv|Get|Pull|Bank|Scor|Announc|Lead|Back)(?:e|es|ed|s|ing)?$"
)
_RUN_BREAK = re.compile(r"(?:[!?]|(?<![A-Z])\.|['’]s?|-(?:based|backed|led|founded|headquartered))$")
_MONEY_TOKEN = re.compile(r"^(?:US|A|C|HK|S)?[$€£¥₹]|^\d[\d.,]*(?:[mbk]n?|mm)?$", re.IGNORECASE)
_CALENDAR = re.compile(
    r"^(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day$|^(?:January|February|March|April|May|June|July|August|September|"
    r"October|November|December|Q[1-4])$"
)
_DESCRIPTOR_AFTER = re.compile(
    r"^[\s-](?:startup|start-up|company|firm|fintech|platform|protocol|unicorn|developer|maker|provider|"
    r"entrepreneur|founder|investor|VC|government|market|startups|companies)\b",
    re.IGNORECASE,
)
_CONNECT = frozenset({"of", "de", "&", "for", "and", "the", "la", "du", "von", "van", "der"})
_RAISE_VERB = re.compile(
    r"^(?:,?\s(?:has|have|had|now|today|just|officially|also|reportedly|on\s\w+day|this\sweek|said\sit|announced\sit))*"
    r",?\s(?:rais|secur|clos|land|bag|nab|snag|complet|receiv|get|pull|bank|scor|announc)\w*\b",
    re.IGNORECASE,
)
_APPOSITIVE = re.compile(r"^,\s(?:a|an|the|which|that|whose|one|developer|maker|provider)\b", re.IGNORECASE)
_BACKER_BEFORE = re.compile(
    r"\b(?:led|co-led|backed|supported|joined|funded)\sby\s(?:[^.;]{0,80}?)$|\b(?:from|including|with|and|by|"
    r"participation\sof)\s$",
    re.IGNORECASE,
)
_PLACE_BEFORE = re.compile(r"\b(?:in|of|at|near|across|to|based\sin|headquartered\sin)\s$", re.IGNORECASE)
_OBJECT_BEFORE = re.compile(
    r"\b(?:invest(?:s|ed|ment)?|round|funding|financing|stake|backs|leads|led)\s(?:\S+\s){0,4}?(?:in|into|for)\s"
    r"(?:the\s)?(?:startup\s|company\s|protocol\s|platform\s)?$|\b(?:backs|leads)\s$",
    re.IGNORECASE,
)
_DESCRIBED_BEFORE = re.compile(
    r"\b(?:startup|start-up|company|protocol|platform|firm|lab|maker|provider|developer|unicorn|fintech|exchange|"
    r"network|app|neobank|insurer|lender|operator)\s$",
    re.IGNORECASE,
)
_PRODUCT_SUFFIX = re.compile(
    r"\s(?:AI|Labs?|Protocol|Network|Finance|Technologies|Technology|Bio|Health|Robotics|Systems|Therapeutics|"
    r"Pharma|Energy|Security|Software|Data|Cloud|Pay|Money|Exchange|Markets|Games|Studios?)$"
)
_FUND_SUFFIX = re.compile(
    r"\b(?:Capital|Ventures|Partners|Fund|Funds|Investments?|Holdings|Management|Equity|Advisors|VC|Bank|Group)$"
)
_PERSON_AFTER = re.compile(
    r"^(?:,\s(?:the\s|its\s)?(?:co-?founder|founder|CEO|chief|president|partner|managing|general\spartner|head)|"
    r"\s(?:said|says|told|added|explained|wrote)\b)",
    re.IGNORECASE,
)
_PERSON_BEFORE = re.compile(
    r"\b(?:CEO|founder|co-founder|cofounder|chief\s\w+\sofficer|president|partner|Mr\.|Ms\.|Dr\.)\s$", re.IGNORECASE
)
_LEGAL_AFTER = re.compile(r"^,?\s(?:Inc|Ltd|LLC|Corp|Co|GmbH|PLC|S\.A|AG|Pte|Pvt|SAS|BV)\b\.?")
_FUNCTION_WORDS = frozenset(
    [
        "a",
        "an",
        "the",
        "this",
        "that",
        "these",
        "those",
        "it",
        "its",
        "we",
        "our",
        "they",
        "their",
        "he",
        "she",
        "his",
        "her",
        "i",
        "you",
        "today",
        "yesterday",
        "meanwhile",
        "however",
        "also",
        "but",
        "and",
        "or",
        "so",
        "then",
        "now",
        "new",
        "exclusive",
        "breaking",
        "update",
        "how",
        "why",
        "what",
        "when",
        "where",
        "who",
        "which",
        "while",
        "after",
        "before",
        "with",
        "without",
        "from",
        "by",
        "on",
        "in",
        "at",
        "for",
        "of",
        "to",
        "as",
        "per",
        "via",
        "under",
        "over",
        "according",
    ]
)


@dataclass
class Candidate:
    name: str
    key: str
    features: dict[str, float] = field(default_factory=dict)


def _spans(text: str) -> list[tuple[int, int, int]]:
    """(start, end, edges) of every run of name tokens and its shorter parts (up to 4 tokens); edges counts
    the run's ends the span reaches (2 = the whole run)."""
    runs: list[list[tuple[int, int]]] = []
    current: list[tuple[int, int]] = []
    for m in _TOKEN.finditer(text):
        tok = m.group()
        gap = text[current[-1][1] : m.start()] if current else " "
        # "Kenya's OkHi", "London-based Builder.ai": the owner or the place ends a run; the name starts anew.
        broken = bool(current) and bool(_RUN_BREAK.search(text[current[-1][0] : current[-1][1]]))
        # Title-case headlines run the verb into the name ("Applied Compute Raises"): a raise verb ends a run.
        namelike = is_name_token(tok) and not _MONEY_TOKEN.match(tok) and not _VERB_TOKEN.match(tok)
        joins = gap == " " and not broken and (namelike or (current and tok.lower() in _CONNECT))
        if joins and len(current) < 7:
            current.append((m.start(), m.end()))
        else:
            if current:
                runs.append(current)
            current = [(m.start(), m.end())] if namelike else []
    if current:
        runs.append(current)
    spans: set[tuple[int, int, int]] = set()
    for run in runs:
        while run and text[run[-1][0] : run[-1][1]].lower() in _CONNECT:
            run = run[:-1]
        for i in range(len(run)):
            for j in range(i, min(len(run), i + 4)):
                if text[run[i][0] : run[i][1]].lower() not in _CONNECT:
                    spans.add((run[i][0], run[j][1], int(i == 0) + int(j == len(run) - 1)))
    return sorted(spans)


def _clean(raw: str) -> str:
    name = re.sub(r"['’]s?$", "", clean_name(raw))
    name = re.sub(r"^[\w.&-]+-(?:based|backed|led|founded)$", "", name)
    return clean_name(name)


def _is_place(name: str) -> bool:
    g = gazetteer()
    key = fold(name)
    return key in g.countries or key in g.subdivisions or key in g.cities or key in g.region_words


def _log(x: float) -> float:
    return math.log1p(max(0.0, x))


def _context(text: str, start: int, end: int, first_end: int, money_at: list[int]) -> dict[str, float]:
    """Features of one mention at text[start:end]."""
    before, after = text[max(0, start - 100) : start], text[end : end + 80]
    verb = _RAISE_VERB.search(after)
    near_money = min((abs(p - end) for p in money_at), default=2000)
    return {
        "in_first_sentence": float(start < first_end),
        "subject_of_raise": float(verb is not None and _LEGAL_AFTER.sub("", after)[:1] != "."),
        "appositive": float(bool(_APPOSITIVE.match(_LEGAL_AFTER.sub("", after)))),
        "after_backer_words": float(bool(_BACKER_BEFORE.search(before))),
        "after_place_prep": float(bool(_PLACE_BEFORE.search(before))),
        "object_of_investment": float(bool(_OBJECT_BEFORE.search(before))),
        "after_descriptor": float(bool(_DESCRIBED_BEFORE.search(before))),
        "possessive": float(bool(re.match(r"['’]s?\s", after))),
        "hyphen_based": float(bool(re.match(r"-(?:based|backed|led)", after))),
        "describes_next": float(bool(_DESCRIPTOR_AFTER.match(after))),
        "person_cue": float(bool(_PERSON_AFTER.match(after) or _PERSON_BEFORE.search(before))),
        "sentence_start": float(start == 0 or bool(re.search(r"(?:[.!?]\s|\n)$", before))),
        # A real name recurs inside sentences; an opener ("Desde", "Meanwhile") only ever starts them.
        "mid_sentence": float(start > 0 and not re.search(r"(?:[.!?:]\s*|\n\s*|^\s*)$", before)),
        "log_chars_to_money": _log(near_money) / 8,
    }


def _shape(name: str, text: str) -> dict[str, float]:
    tokens = name.split()
    first = re.split(r"['’]", tokens[0].lower())[0]
    return {
        "tokens": min(len(tokens), 6) / 6,
        "one_token": float(len(tokens) == 1),
        "product_suffix": float(bool(_PRODUCT_SUFFIX.search(name))),
        "fund_suffix": float(bool(_FUND_SUFFIX.search(name))),
        "all_caps_short": float(name.isupper() and len(name) <= 4),
        "inner_capital": float(any(c.isupper() for c in name[1:]) and " " not in name),
        "has_digit": float(any(c.isdigit() for c in name)),
        "domain_like": float(bool(re.search(r"\.[a-z]{2,6}$", name))),
        "function_word": float(first in _FUNCTION_WORDS),
        "calendar_word": float(bool(_CALENDAR.match(tokens[0]))),
        # The first word also written in lower case ("Le", "Today", "Technologies"): a common word, not a brand.
        "lowercase_elsewhere": float(
            first != tokens[0][: len(first)]
            and first in text  # a substring test first: the pattern is new for every name and compiling it cost ~15%
            and bool(re.search(rf"(?<![\w.]){re.escape(first)}(?!\w)", text))
        ),
        "only_suffix_words": float(
            all(_FUND_SUFFIX.search(" " + t) or _PRODUCT_SUFFIX.search(" " + t) for t in tokens)
        ),
        "known_investor": float(is_known_investor(name)),
        "place": float(_is_place(name)),
    }


def candidates(header: str, body: str, rule_choice: str | None) -> list[Candidate]:
    """Every candidate of the deal text (headline + body), features aggregated over its mentions."""
    body = strip_parentheticals(body)
    header = strip_parentheticals(header)
    joined = f"{header}\n{body}" if header else body
    offset = len(header) + 1 if header else 0
    first_end = offset + sentence_end(body)
    money_at = [m.start for m in find_money(joined)[:6]]
    leads = {normalize_company(n) for n in lead_investors(joined)}
    backers = {normalize_company(n) for n in all_investors(joined, [])} | leads
    rule_key = normalize_company(rule_choice) if rule_choice else ""
    found: dict[str, Candidate] = {}
    first_at: dict[str, int] = {}
    order = 0
    for start, end, edges in _spans(joined):
        name = _clean(joined[start:end])
        key = normalize_company(name) if name else ""
        if not key or len(name) > 80:
            continue
        ctx = _context(joined, start, end, first_end, money_at)
        ctx["in_headline"] = float(start < offset)
        ctx["whole_run"] = float(edges == 2)
        ctx["run_end"] = float(edges >= 1)
        cand = found.get(key)
        if cand is None:
            order += 1
            cand = found[key] = Candidate(name, key, {**_shape(name, joined), **word_features(name), **ctx})
            first_at[key] = start
            cand.features["log_first_pos"] = _log(max(0, start - offset)) / 8
            cand.features["rank_in_text"] = min(order, 20) / 20
            cand.features["mentions"] = 0.0
        else:
            if len(name) > len(cand.name):
                cand.name = name  # "Lumora" and "Lumora Labs" share a key; the fuller spelling is the name
            for k, v in ctx.items():
                cand.features[k] = max(cand.features[k], v)
        cand.features["mentions"] += 1.0
    if rule_choice and rule_key and rule_key not in found:
        found[rule_key] = Candidate(
            rule_choice, rule_key, {**_shape(rule_choice, joined), **word_features(rule_choice), "mentions": 0.0}
        )
        first_at[rule_key] = len(joined)
    relative_features(((c.features, int(c.features["mentions"]), first_at[k]) for k, c in found.items()), offset)
    for cand in found.values():
        f = cand.features
        f["mentions"] = _log(f["mentions"])
        f["is_rule_choice"] = float(cand.key == rule_key)
        f["overlaps_rule_choice"] = float(
            bool(rule_key) and cand.key != rule_key and (cand.key in rule_key or rule_key in cand.key)
        )
        f["lead_investor"] = float(cand.key in leads)
        f["listed_investor"] = float(cand.key in backers)
    return list(found.values())
