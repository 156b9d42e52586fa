"""Features of every span of a deal's opening (`company_span_spans`), for the span scorer (`company_span`).

The opening is the headline and the body's first ~700 characters (where announcements name the raiser); how often a
span recurs is counted over the whole part. Features say where a span stands (headline, sentence opener, position),
what comes after it (a raise verb: raise/secure/close/land/bag, 获得/完成/調達/유치; ", a ... startup"; "-backed"; a
topic particle), what comes before it (led by/from = an investor list; in/at = a place; "startup"/"-based"/公司 = a
description of the raiser; invests in = the object of an investment), and its shape. No feature names a company.
The same cues in the other languages the rules read, and the text-level ones, are `company_span_intl`'s; where a span
stands against its sentence's raise cue, amount and round mention in any language, legal forms, investor cues of many
languages, headline-and-body recurrence and script shape are `company_span_neutral`'s (session 22, figures there).
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, field

from talentintel.funding.company_span_intl import capital_share, intl_context, intl_shape, mid_sentence
from talentintel.funding.company_span_neutral import headline_and_body, neutral_context, script_shape
from talentintel.funding.company_span_spans import Span, all_spans
from talentintel.funding.company_span_subject import text_features, undone_raise_after
from talentintel.funding.company_words import relative_features, word_features
from talentintel.funding.investor_lists import all_investors, lead_investors
from talentintel.funding.investors import is_known_investor, normalize_company
from talentintel.funding.money import find_money
from talentintel.funding.names import clean_name
from talentintel.tagging.gazetteer import fold, gazetteer

WINDOW = 700
_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]")
_RAISE_AFTER = re.compile(
    r"^(?:,?\s(?:has|have|had|now|today|just|officially|also|reportedly|successfully|said\sit|announced\sit|"
    r"on\s\w+day|this\sweek))*,?\s(?:rais|secur|clos|land|bag|nab|snag|complet|receiv|get|got|pull|bank|scor|"
    r"announc|lock|net|attract|obtain|lève|lev[ée]|boucl|recaud|levant|capt|cierr|sammel|erhält|erhielt|raccogl|"
    r"ottien|chiud|haal|zbier|pozysk|consigu|obtien|fecha|conclu)\w*",
    re.IGNORECASE,
)
_RAISE_WORD = re.compile(
    r"\b(?:rais|secur|clos|land|bag|nab|snag|complet|receiv|lock|attract|obtain|lève|recaud|sammel|raccogl|pozysk)\w*",
    re.IGNORECASE,
)
_CJK_RAISE = re.compile(
    r"宣布|宣佈|完成|获得|獲得|获投|獲投|拿下|融资|融資|调达|調達|資金|资金|유치|투자를|투자\s?유치|조달"
)
_PARTICLE_AFTER = re.compile(r"^(?:은|는|이|가|は|が|측은|側は)")
_CJK_INVESTOR_AFTER = re.compile(
    r"^(?:领投|領投|跟投|参投|參投|等机构|等機構|が出資|等|이\s투자|로부터|から|资本|資本)"
)
_CJK_DESCRIBED_BEFORE = re.compile(
    r"(?:公司|企业|企業|平台|初创|初創|品牌|独角兽|獨角獸|厂商|廠商|スタートアップ|ベンチャー|기업|스타트업|업체|社)$"
)
_CJK_ALIAS_BEFORE = re.compile(r"(?:简称|簡稱|下称|下稱|以下、|以下|약칭)\W{0,2}$")
_CJK_COMPANY_SUFFIX = re.compile(
    r"(?:公司|科技|智能|集团|集團|技术|技術|株式会社|テクノロジー\w*|기업|바이오|로보틱스)$"
)
_BACKER_BEFORE = re.compile(
    r"\b(?:led|co-led|backed|supported|joined|funded|headed|participation)\s(?:by|from|of)\s(?:[^.;]{0,80}?)$|"
    r"\b(?:from|including|with|and|by|as\swell\sas|investors?|participation\sof|such\sas)\s$",
    re.IGNORECASE,
)
_PLACE_BEFORE = re.compile(r"\b(?:in|at|of|near|across|to|based\sin|headquartered\sin|en|à|nach|aus)\s$", re.IGNORECASE)
_OBJECT_BEFORE = re.compile(
    r"\b(?:invest(?:s|ed|ment)?|round|funding|financing|stake|backs|leads|led|bets?)\s(?:\S+\s){0,4}?(?:in|into|for)"
    r"\s(?:the\s)?(?:\w+\s)?(?:startup\s|company\s|protocol\s|platform\s)?$|\b(?:backs|leads|funds)\s$",
    re.IGNORECASE,
)
_DESCRIBED_BEFORE = re.compile(
    r"(?:\b(?:startup|start-up|company|protocol|platform|firm|lab|maker|provider|developer|unicorn|fintech|"
    r"exchange|network|app|neobank|insurer|lender|operator|biotech|entreprise|empresa|société)|-based)\s$",
    re.IGNORECASE,
)
_APPOSITIVE = re.compile(
    r"^(?:\s\([^)]{1,40}\))?,\s(?:a|an|the|which|that|whose|one|une?|el|la|die|der)\b", re.IGNORECASE
)
_BACKED_AFTER = re.compile(r"^-(?:backed|led|owned)\b|^['’]s\s(?:\w+\s)?(?:fund|venture|investment)", re.IGNORECASE)
_PERSON = re.compile(r"^,?\s(?:said|says|told|added|explained|wrote|co-?founder|founder|CEO|chief)\b", re.IGNORECASE)
_PERSON_BEFORE = re.compile(r"\b(?:CEO|founder|co-founder|cofounder|president|partner|Mr\.|Ms\.|Dr\.)\s$", re.I)
_LEGAL_AFTER = re.compile(r"^,?\s(?:Inc|Ltd|LLC|Corp|Co|GmbH|PLC|S\.A|SAS|AG|Pte|Pvt|BV|SpA|SL)\b")
_PRODUCT_SUFFIX = re.compile(
    r"(?:\s|^)(?:AI|Labs?|Protocol|Network|Finance|Technologies|Technology|Bio|Health|Robotics|Systems|"
    r"Therapeutics|Pharma|Energy|Security|Software|Data|Cloud|Pay|Exchange|Games|Studios?|\.ai|\.io|\.com)$"
)
_FUND_SUFFIX = re.compile(r"\b(?:Capital|Ventures|Partners|Fund|Funds|Investments?|Holdings|Management|Equity|VC)$")
_SENTENCE_END = re.compile(r"(?:[.!?]\s|[。！？]|\n)")


@dataclass
class SpanCandidate:
    name: str
    key: str
    features: dict[str, float] = field(default_factory=dict)


def _log(x: float) -> float:
    return math.log1p(max(0.0, x))


def _is_place(name: str) -> bool:
    g = gazetteer()
    key = fold(name)
    return key in g.countries or key in g.subdivisions or key in g.cities or key in g.region_words


def _context(
    text: str, span: Span, head_end: int, sentence_starts: list[int], money: list[int], subject: bool = True
) -> dict[str, float]:
    """Features of one mention: what stands around it."""
    near = min((p - span.end for p in money if p >= span.end), default=1000)
    before, after = text[max(0, span.start - 100) : span.start], text[span.end : span.end + 80]
    sentence_at = max((s for s in sentence_starts if s <= span.start), default=0)
    sentence = text[sentence_at : next((s for s in sentence_starts if s > span.start), len(text))]
    rest = sentence[span.end - sentence_at :]
    opener = not text[sentence_at : span.start].strip(" \"“'«「(")
    return {
        **intl_context(before, after, span.start, min(money, default=None)),
        **neutral_context(before, after, text[sentence_at : span.start], rest),
        "mid_sentence": mid_sentence(opener, span.start < head_end),
        "in_headline": float(span.start < head_end),
        "text_opener": float(span.start < 3),
        "sentence_opener": float(opener),
        "raise_after": float(bool(_RAISE_AFTER.match(_LEGAL_AFTER.sub("", after)))),
        "raise_later": float(bool(_RAISE_WORD.search(rest[:120]) or _CJK_RAISE.search(rest[:30]))),
        "raise_before": float(bool(_RAISE_WORD.search(sentence[: span.start - sentence_at]))),
        "cjk_raise_near": float(bool(_CJK_RAISE.search(after[:12]))),
        "particle_after": float(bool(_PARTICLE_AFTER.match(after))),
        "cjk_investor_after": float(bool(_CJK_INVESTOR_AFTER.match(after))),
        "cjk_described_before": float(bool(_CJK_DESCRIBED_BEFORE.search(before))),
        "cjk_alias_before": float(bool(_CJK_ALIAS_BEFORE.search(before))),
        "cjk_possessive_after": float(after[:1] == "的"),
        "backer_before": float(bool(_BACKER_BEFORE.search(before))),
        "place_before": float(bool(_PLACE_BEFORE.search(before))),
        "object_before": float(bool(_OBJECT_BEFORE.search(before))),
        "described_before": float(bool(_DESCRIBED_BEFORE.search(before))),
        "appositive_after": float(bool(_APPOSITIVE.match(_LEGAL_AFTER.sub("", after)))),
        "backed_after": float(bool(_BACKED_AFTER.match(after))),
        "possessive_after": float(bool(re.match(r"['’]s?\s", after))),
        "person_cue": float(bool(_PERSON.match(after) or _PERSON_BEFORE.search(before))),
        "legal_after": float(bool(_LEGAL_AFTER.match(after))),
        "paren_after": float(after[:2] in (" (", "(", "（")),
        "money_soon": float(near < 60),
        "money_after_in_sentence": float(near < len(rest)),
        "whole_run": float(span.edges == 2),
        "run_end": float(span.edges >= 1),
    } | ({"undone_raise_after": undone_raise_after(_LEGAL_AFTER.sub("", after))} if subject else {})


def _shape(name: str, kind: str) -> dict[str, float]:
    tokens = name.split()
    cjk = kind in ("han", "hangul") or bool(_CJK.search(name))
    return {
        f"kind_{kind}": 1.0,
        "tokens": min(len(tokens), 6) / 6,
        "one_token": float(len(tokens) == 1),
        "log_chars": _log(len(name)) / 4,
        "cjk_chars_2": float(cjk and len(name) == 2),
        "cjk_chars_3_5": float(cjk and 3 <= len(name) <= 5),
        "cjk_chars_6_plus": float(cjk and len(name) >= 6),
        "cjk_company_suffix": float(bool(_CJK_COMPANY_SUFFIX.search(name))),
        "product_suffix": float(bool(_PRODUCT_SUFFIX.search(name))),
        "fund_suffix": float(bool(_FUND_SUFFIX.search(name))),
        "all_caps_short": float(name.isupper() and len(name) <= 4),
        "inner_capital": float(any(c.isupper() for c in name[1:]) and " " not in name),
        "has_digit": float(any(c.isdigit() for c in name)),
        "lowercase": float(name[:1].islower()),
        "known_investor": float(is_known_investor(name)),
        "place": float(not cjk and _is_place(name)),
        **intl_shape(name),
        **({} if cjk else word_features(name)),
    }


def _mentions(part: str, name: str, kind: str) -> int:
    """How often `name` recurs in the part (a Latin name as a whole word; str.find, as a regex per span cost ~15 ms
    a text in compiling)."""
    if kind in ("han", "hangul", "quoted") or _CJK.search(name):
        return part.count(name)
    count, at = 0, part.find(name)
    while at >= 0:
        end = at + len(name)
        left = part[at - 1] if at else " "
        right = part[end] if end < len(part) else " "
        count += not (left.isalnum() or left == "." or right.isalnum())
        at = part.find(name, end)
    return count


def _maximal(part: str, window: str, span: Span, count: int) -> dict[str, float]:
    """A Chinese name's substring recurs exactly as often as the name ("動紀元" in "星動紀元"): a span that can grow
    by its neighbour character without losing a mention is part of something longer."""
    name = window[span.start : span.end]
    left = window[span.start - 1 : span.start] if span.start else ""
    right = window[span.end : span.end + 1]
    grows_left = bool(left) and _CJK.match(left) is not None and part.count(left + name) == count and count > 1
    grows_right = bool(right) and _CJK.match(right) is not None and part.count(name + right) == count and count > 1
    return {"grows_left": float(grows_left), "grows_right": float(grows_right)}


def _key(name: str) -> str:
    try:
        return normalize_company(name)
    except ValueError:
        return ""


def _opening(header: str, body: str) -> tuple[str, int]:
    window = f"{header}\n{body[:WINDOW]}" if header else body[:WINDOW]
    return window, (len(header) + 1 if header else 0)


def span_candidates(header: str, body: str, *, subject: bool = True) -> list[SpanCandidate]:
    """Every distinct span of the opening with its features (context features: the most telling of its mentions;
    position: its first). `subject=False` skips `company_span_subject`'s features, which a model trained without them
    never reads (they cost about 1% of a parse)."""
    window, head_end = _opening(header, body)
    part = f"{header}\n{body}"
    starts = [0, head_end] + [m.end() for m in _SENTENCE_END.finditer(window)]
    sentence_starts = sorted(set(starts))
    money = [m.start for m in find_money(window)[:8]]
    leads = {_key(n) for n in lead_investors(window)}
    backers = {_key(n) for n in all_investors(window, [])} | leads
    found: dict[str, SpanCandidate] = {}
    first_at: dict[str, int] = {}
    counts: dict[str, int] = {}
    for span in all_spans(window, cjk=bool(_CJK.search(window))):
        raw = window[span.start : span.end]
        name = raw if span.kind in ("han", "hangul") else clean_name(raw)
        key = _key(name) if name else ""
        if not key or len(name) > 80:
            continue
        ctx = _context(window, span, head_end, sentence_starts, money, subject)
        cand = found.get(key)
        if cand is None:
            counts[key] = _mentions(part, name, span.kind)
            body_sentence = sum(1 for s in sentence_starts if head_end < s <= span.start)
            cand = found[key] = SpanCandidate(
                name, key, {**_shape(name, span.kind), **script_shape(name, window), **ctx}
            )
            cand.features["headline_and_body"] = headline_and_body(header, body, name)
            cand.features |= _maximal(part, window, span, counts[key]) if span.kind == "han" else {}
            cand.features["sentence_index"] = 0.0 if span.start < head_end else min(body_sentence + 1, 6) / 6
            cand.features["log_position"] = _log(max(0, span.start - head_end)) / 7
            cand.features["rank"] = min(len(found), 30) / 30
            first_at[key] = span.start
        else:
            if len(name) > len(cand.name):
                cand.name = name  # "Lumora" and "Lumora Labs" share a key: the fuller spelling is the name
            for k, v in ctx.items():
                cand.features[k] = max(cand.features.get(k, 0.0), v)
    relative_features(((c.features, counts[k], first_at[k]) for k, c in found.items()), head_end)
    capitals = capital_share(window[head_end:])
    cues = text_features(window) if subject else {}
    for key, cand in found.items():
        cand.features |= cues
        cand.features["capital_share"] = capitals
        cand.features["mentions"] = _log(counts[key]) / 3
        cand.features["listed_lead"] = float(key in leads)
        cand.features["listed_investor"] = float(key in backers)
        first = cand.name.split()[0] if cand.name.split() else ""
        # The first word also written in lower case ("Today", "Le", "Technologies"): a common word, not a brand.
        cand.features["lowercase_elsewhere"] = float(first[:1].isupper() and f" {first.lower()} " in window)
    return list(found.values())
