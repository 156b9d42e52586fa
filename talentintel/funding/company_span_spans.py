"""Every name-like span of a deal's opening, for the span scorer (`company_span`): the scorer proposes its own
candidates instead of reranking the rules' ones.

Four kinds of span, each with its shorter parts so a run that swallowed a place or an opener still offers the name:
- Latin runs of capitalised tokens ("Lumora Labs", "Singapore-based Acme" -> "Acme"), joined by "of", "&", "de"...;
- lowercase brands where a name stands: the headline's first word or a word right before a raise verb ("bunq raises");
- Chinese and Japanese runs of Han and katakana, cut at the function words that surround a name ("宣布", "完成",
  "获得", "的"), offered as each suffix of 2-10 characters (Chinese writes no spaces, so the name's start is unknown);
- Hangul words without their particle ("쏘카는" -> "쏘카"), and quoted names (“X”, 「X」).
A span is (start, end, kind, edges): edges counts the run's ends it reaches (2 = the whole run).
"""

from __future__ import annotations

import re
from typing import NamedTuple

_TOKEN = re.compile(r"[^\s,;:()\[\]\"“”「」『』«»|/\u3000-\u303f\uff01-\uff0f\uff1a-\uff20]+")
_CONNECT = frozenset({"of", "de", "&", "for", "and", "the", "la", "du", "von", "van", "der", "del", "y", "et"})
# A title-case headline runs the verb into the name ("Applied Compute Raises"): a raise verb ends a run. Only the
# verb's own forms: matched as a prefix, the stems also cut the names "Securitize", "Getir", "Netris", "Lead School"
# and "Northmill Bank" out of every span (spans had no right answer on 138 of 1,395 tuning rounds, 2026-12-06).
_VERB = re.compile(
    r"^(?:(?:Rais|Secur|Clos|Complet|Receiv|Announc)(?:e|es|ed|ing)|Obtain(?:s|ed|ing)?|Attract(?:s|ed|ing)?|"
    r"(?:Land|Pull|Bank|Back|Lock|Invest|Fund|Win|Lead)(?:s|ed|ing)|Wins|Won|Leads|Led|Bags|Bagged|Nabs|Nabbed|"
    r"Snags|Snagged|Gets|Got|Nets|Netted|Scores|Scored|Takes|Took|Lève|Levé|Leva|Levanta|Levantó|Levou|Recauda|"
    r"Recaudó|Capta|Captó|Cierra|Cerró|Sammelt|Erhält|Raccoglie|Ottiene|Haalt|Zbiera|Get|Raise|Secure|Close)$"
)
_MONEY = re.compile(r"^(?:US|A|C|HK|S|R|NZ)?[$€£¥₹₩]|^\d[\d.,]*(?:[mbk]n?|mm|%)?$", re.IGNORECASE)
_SUFFIX_BREAK = re.compile(r"-(?:based|backed|led|founded|headquartered|owned|focused)$", re.IGNORECASE)
_POSSESSIVE = re.compile(r"['’]s?$")
_LOWER_BRAND = re.compile(r"^[a-z][a-z0-9]*(?:\.[a-z]{2,6}|[A-Z0-9][\w]*)?$")
_RAISE_NEXT = re.compile(
    r"^\s(?:has\s|have\s|just\s|today\s|now\s)?(?:rais|secur|clos|land|bag|nab|snag|complet|receiv|get|lock|"
    r"announc|lève|recaud|levant|capt|sammel|erhält|raccogl)",
    re.IGNORECASE,
)
_LATIN_PIECE = re.compile(r"[^\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af\uf900-\ufaff\u3005\uff00-\uffef]+")
_CJK_RUN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\u30a0-\u30ff\u3005\uf900-\ufaff]+")
# Words around a Chinese or Japanese name that never belong to it: the raise verbs, dates, "the", "is", "announced".
_CJK_CUT = re.compile(
    r"宣布|宣佈|完成|获得|獲得|获投|獲投|拿下|融资|融資|调达|調達|出资|出資|表示|近日|日前|今日|今天|本月|正式|再次|"
    r"最新|已经|已經|旗下|昨日|株式会社|再|又|也|共|累计|累計|投资|投資|领投|領投|增资|增資|的|是|已|于|於|在|与|與|和|及|由|获|獲|称|稱|将|將|为|為|对|對"
)
_HANGUL_WORD = re.compile(r"[\uac00-\ud7af]{2,}")
_HANGUL_PARTICLE = re.compile(r"(?:은|는|이|가|의|에|와|과|로|으로|을|를|도|에서|측은|측이)$")
_QUOTED = re.compile(r"[“「『\"]([^“”「」『』\"\n]{2,30})[”」』\"]")
MAX_TOKENS = 5
MAX_HAN = 10


class Span(NamedTuple):
    start: int
    end: int
    kind: str  # latin, lower, han, hangul, quoted
    edges: int


def _namelike(tok: str) -> bool:
    head = tok[0]
    # "dForce", "iGenius": a brand's capital may stand second.
    inner = head.islower() and any(c.isupper() for c in tok[1:3])
    return (head.isupper() or inner or (head.isdigit() and any(c.isalpha() for c in tok))) and not _MONEY.match(tok)


def _tokens(text: str) -> list[tuple[int, int]]:
    """Latin-ish tokens, with "-based" and "'s" cut off so the owner or place stands alone."""
    out = []
    for m in _TOKEN.finditer(text):
        tok, start = m.group(), m.start()
        # "人形机器人Apptronik获3.5亿美元融资", "PayPal押注KiteAI", "DeepLは": Chinese, Japanese and Korean write a
        # Latin name against the script around it; its Latin pieces are tokens of their own.
        for piece in _LATIN_PIECE.finditer(tok):
            word = _SUFFIX_BREAK.sub("", _POSSESSIVE.sub("", piece.group())).rstrip(".!?")
            if word:
                out.append((start + piece.start(), start + piece.start() + len(word)))
    return out


def _runs(text: str, toks: list[tuple[int, int]]) -> list[list[tuple[int, int]]]:
    runs: list[list[tuple[int, int]]] = []
    current: list[tuple[int, int]] = []
    for start, end in toks:
        tok = text[start:end]
        gap = text[current[-1][1] : start] if current else " "
        name = _namelike(tok) and not _VERB.match(tok)
        joins = gap == " " and (name or (current and tok.lower() in _CONNECT)) and len(current) < 8
        if joins:
            current.append((start, end))
            continue
        if current:
            runs.append(current)
        current = [(start, end)] if name else []
    if current:
        runs.append(current)
    return runs


def latin_spans(text: str) -> list[Span]:
    toks = _tokens(text)
    spans: set[Span] = set()
    for run in _runs(text, toks):
        while run and text[run[-1][0] : run[-1][1]].lower() in _CONNECT:
            run = run[:-1]
        for i in range(len(run)):
            if text[run[i][0] : run[i][1]].lower() in _CONNECT:
                continue
            for j in range(i, min(len(run), i + MAX_TOKENS)):
                spans.add(Span(run[i][0], run[j][1], "latin", int(i == 0) + int(j == len(run) - 1)))
    for k, (start, end) in enumerate(toks):
        tok = text[start:end]
        opener = k == 0 and start < 5
        if _LOWER_BRAND.match(tok) and (opener or _RAISE_NEXT.match(text[end : end + 30])):
            spans.add(Span(start, end, "lower", 2))
    return sorted(spans)


def _han_spans(text: str) -> set[Span]:
    spans: set[Span] = set()
    for run in _CJK_RUN.finditer(text):
        pieces, at = [], run.start()
        for cut in _CJK_CUT.finditer(run.group()):
            pieces.append((at, run.start() + cut.start()))
            at = run.start() + cut.end()
        pieces.append((at, run.end()))
        for start, end in pieces:
            for length in range(2, min(MAX_HAN, end - start) + 1):
                spans.add(Span(end - length, end, "han", 1 + int(end - length == start)))
    return spans


def _hangul_spans(text: str) -> set[Span]:
    spans: set[Span] = set()
    for m in _HANGUL_WORD.finditer(text):
        stem = _HANGUL_PARTICLE.sub("", m.group())
        if len(stem) >= 2:
            spans.add(Span(m.start(), m.start() + len(stem), "hangul", 2))
    return spans


def cjk_spans(text: str) -> list[Span]:
    spans = _han_spans(text) | _hangul_spans(text)
    spans |= {Span(m.start(1), m.end(1), "quoted", 2) for m in _QUOTED.finditer(text)}
    return sorted(spans)


def all_spans(text: str, *, cjk: bool) -> list[Span]:
    """Every span of `text` (the CJK kinds only when the text has CJK script: they cost time and mean nothing
    elsewhere)."""
    return latin_spans(text) + (cjk_spans(text) if cjk else [])
