"""The employer's self-description among a posting's first sentences or under its intro header ("Acme is a crypto
exchange", "我们是一家…公司", "…를 만드는 스타트업입니다"): core terms there describe the company, not a passing mention."""

from __future__ import annotations

import functools
import re

from talentintel.tagging.ai_firms import BE_MARKERS, calls_itself_ai
from talentintel.tagging.ai_firms import CUES as _FIRM_CUES
from talentintel.tagging.ai_products import names_product
from talentintel.tagging.cjk_terms import cjk_hits
from talentintel.tagging.field_lists import plays_in_ai
from talentintel.tagging.matcher import text_hits
from talentintel.tagging.named_openings import named_openings
from talentintel.tagging.romance_gerunds import gerund_clause
from talentintel.tagging.sections import INTRO, parts_and_kinds, split_sentences
from talentintel.tagging.sentence_memo import kept_per_line
from talentintel.tagging.taglines import tagline_sectors
from talentintel.tagging.taxonomy import SECTORS, Taxonomy, taxonomy, tokens
from talentintel.tagging.text import lowered

# Romance and German self-descriptions put the company noun first and what it does after a preposition ("uma das 10
# empresas mais relevantes de blockchain"): the sector word stands further from the marker than in English.
# The first person of work ("trabajamos con ...", "desenvolvemos ..."): what follows is the employer's work.
_ROMANCE_WORK = frozenset({"trabajamos", "desarrollamos", "construimos", "trabalhamos", "desenvolvemos", "construímos"})
_ROMANCE_ALTERNATIVES = (
    r"somos|é uma|é um|e uma|e um|es una|es un|est une|est un|nous sommes|wir sind|ist ein|ist eine"
    r"|uma das|um dos|una de las|uno de los|l['’]une des|l['’]un des|eine der|einer der|"
    + "|".join(sorted(_ROMANCE_WORK))
)
_ROMANCE = r"\b(?:" + _ROMANCE_ALTERNATIVES + r")\b"
_ROMANCE_MARKER = re.compile(_ROMANCE)
ROMANCE_WORDS = 6
ROMANCE_WORK_WORDS = 14
# ...up to a relative clause, which says what the company does with something, not what it is ("somos uma empresa de
# software que usa IA")
_RELATIVE = frozenset({"que", "qui", "quien", "cuyo", "dont", "die", "welche", "which", "that"})

# A sentence in which the employer says what it is or builds ("Acme is a crypto exchange", "我们是一家…公司",
# "…를 만드는 스타트업입니다"): its core terms describe the company, not a passing mention.
# The employer's first person and a verb of making, an adverb between them or not ("We proudly build the most widely
# used open source infrastructure tools: the OpenZeppelin smart contracts library...", unseen_hs5): what follows is
# the thing it makes, read to the end of its noun phrase (_object_words), not only its first words. Tried first, so
# "we are building" is read as making, not as "we are".
_BUILDER = (
    r"we(?:['’]re| are|['’]ve been| have been|['’]ve| have)?(?: [a-z]+ly| also| now| currently)?"
    r" (?:build|building|built|develop|developing|developed|make|making|create|creating|created)"
)
_ENGLISH = _BUILDER + r"|we are|we['’]re|is a|is an|is the|are a|are an|builds|is building|develops"
BUILDER_MARKER = re.compile(_BUILDER)
_SELF_DESCRIPTION = re.compile(
    r"\b(?:" + _ENGLISH + r")\b"
    r"|是一家|我们是|致力于|专注于|是全球|입니다|하는 회사|하는 기업|스타트업|を開発|を作って|を作る|の会社|企業です"
    # Japanese "our own development's X" names what the employer makes after it: "自社開発のAI-SaaS「i Producer」"
    # (unseen_hs18, Eye Universe)
    r"|自社開発の"
    # Portuguese, Spanish, French and German: "Somos uma fábrica de software voltada para blockchain", "Uma das 10
    # empresas mais relevantes de Blockchain do país" (unseen15), "es una empresa de…", "nous sommes…", "wir sind…"
    r"|" + _ROMANCE
)


def _by_first_character(alternatives: list[str]) -> str:
    """The alternation of the alternatives (each opening with a literal character), those opening with the same one
    grouped, in their order. At a place only the alternatives opening with its character can match, and they are
    tried in the same order, so the matches are the same; the regex engine moves a group's first character out of it
    and rejects a group on one comparison, where it compared each of ~35 alternatives at every word boundary (the
    pattern below: 2.0 -> 1.4 us a bench sentence)."""
    groups: dict[str, list[str]] = {}
    for alternative in alternatives:
        groups.setdefault(alternative[0], []).append(alternative)
    return "|".join("(?:" + "|".join(group) + ")" for group in groups.values())


# The same matches in an ASCII sentence, where no CJK marker can stand and \b need not look up Unicode categories;
# English and Romance markers in one group keep the order they are tried in (48 -> 24 us a bench posting).
_SELF_DESCRIPTION_ASCII = re.compile(
    r"\b(?:"
    + _by_first_character([_BUILDER, *_ENGLISH[len(_BUILDER) + 1 :].split("|"), *_ROMANCE_ALTERNATIVES.split("|")])
    + r")\b",
    re.ASCII,
)
# Korean and Japanese put the verb last: what the company is comes before the marker ("AI 기반 교육 서비스를 만드는
# 스타트업입니다", "生成AIを開発"), not after it as in English and Chinese.
_VERB_FINAL = frozenset(
    {"입니다", "하는 회사", "하는 기업", "스타트업", "を開発", "を作って", "を作る", "の会社", "企業です"}
)
INTROSENTENCES = 3
INTRO_WORDS = 4  # the sector word must come within this many words of "is a" / "we build"...
INTRO_CHARS = 12  # ...or this many characters in a script without spaces
INTRO_CHARS_BEFORE = 30  # ...or this many characters before a verb-final marker (Korean words carry spaces)
# ...or right after a relative clause on what the product powers: "we're building low-latency, event-driven services
# that power centralized cryptocurrency exchange" (unseen13): the head noun is generic, the clause names the business.
_POWERS = re.compile(r"\b(?:that|which) (?:powers?|runs?|drives?|underpins?)\b")
INTRO_CLAUSE_CHARS = 80
# ...or after a participle naming what the product runs on: "Socious is an impact gig marketplace powered by blockchain
# and AI", "a community app for social change, powered by AI and blockchain" (unseen_hs19: the head noun is generic,
# the technologies come six and nine words after "is a"; both postings read one sector, the other's 3.5 points short)
_RUNS_ON = re.compile(r"\b(?:powered by|built on|running on|runs on)\b")


INTRO_SECTIONSENTENCES = 8  # sentences read under a company-intro header (公司介绍, 회사소개, About us)


def _intro_parts(text: str) -> list[str]:
    """The first sentences, and those under a company-intro header wherever it stands (posts often end with one)."""
    low = lowered(text)
    # low[:800] is text[:800].lower() save where lowercasing changes a length or reads the context: "İ" -> "i̇" and "Σ"
    # (final "ς"), the only such characters in Unicode (every code point tried)
    head = low[:800] if "\u0130" not in text and "\u03a3" not in text else text[:800].lower()
    first = split_sentences(head, INTROSENTENCES)[:INTROSENTENCES]  # no need to split further
    parts, kinds = parts_and_kinds(low)
    under = [p for p, kind in zip(parts, kinds, strict=True) if kind == INTRO]
    named = named_openings(text)  # "Socious is a ..." opening a later paragraph (named_openings.py)
    return first + under[:INTRO_SECTIONSENTENCES] + named


def intro_sectors(text: str) -> set[str]:
    """Sectors with core evidence in a self-description among the description's first sentences or its intro."""
    tax = taxonomy()
    out: set[str] = set()
    for part in _intro_parts(text):
        out |= _kept_sectors(tax, part)
    if "ai" not in out and makes_ai(text):
        out.add("ai")
    return out | tagline_sectors(text)


# Cached per text: intro_sectors asks it, then sector._score_field asks again of the same description when the
# self-description's "ai" has no core term yet (the cheap gates and the head's split ran twice).
@functools.lru_cache(maxsize=4)
def makes_ai(text: str) -> bool:
    """AI as what the employer makes (_MADE_AI), said in the description's first 800 characters, whether or not the
    sentence is among the first three ("Tandem Healthでは、…コパイロットを開発してるんだ" comes after "フルタイム。")."""
    low = lowered(text)
    head = low[:800] if "\u0130" not in text and "\u03a3" not in text else text[:800].lower()
    if not any(cue in head for cue in _HEAD_CUES) or not _ai_word(head):
        return False  # cheap tests first (a regex scan of 800 characters costs ~12 us, str.find well under one)
    return _kept_head(head)  # an employer's postings open alike: the head is read once


def _head_makes_ai(head: str) -> bool:
    for part in split_sentences(head):
        for marker in (_SELF_DESCRIPTION_ASCII if part.isascii() else _SELF_DESCRIPTION).finditer(part):
            said = marker.group(0)
            if (said in _MAKING or BUILDER_MARKER.fullmatch(said)) and _MADE_AI.search(_tail(part, marker)):
                return True
            if said in BE_MARKERS and calls_itself_ai(said, _tail(part, marker)):
                return True  # the employer says it is an AI firm, as good as making AI (ai_firms.py)
    return False


_kept_head = kept_per_line(_head_makes_ai)
_OWN_DEVELOPMENT = "自社開発の"
# where the noun after 自社開発の ends: "自社開発のECサイトでは、AIを活用" makes an EC site, not AI
_PARTICLE = re.compile(r"[をがはでにとも、。,.]")
_MAKING = frozenset({"を開発", "を作って", "を作る", _OWN_DEVELOPMENT})
# every making marker holds one
_MAKING_VERBS = ("build", "built", "develop", "mak", "creat", "を開発", "を作", "自社開発")
_HEAD_CUES = (*_MAKING_VERBS, *_FIRM_CUES)  # ...and every AI-firm self-description one of the latter (ai_firms.py)


def _ai_word(low: str) -> bool:
    """_MADE_AI.search(low) is not None, by str.find: "ai" with no ASCII letter or digit on either side, or a copilot."""
    at = low.find("ai")
    while at >= 0:
        before, after = low[at - 1 : at] if at else " ", low[at + 2 : at + 3]
        if not (before.isascii() and before.isalnum()) and not (after.isascii() and after.isalnum()):
            return True
        at = low.find("ai", at + 1)
    return "copilot" in low or "コパイロット" in low


def _described_sectors(tax: Taxonomy, part: str) -> frozenset[str]:
    """A sentence's self-described sectors: a function of the sentence alone."""
    core = tax.decision["core_weight"]
    out: set[str] = set()
    for marker in (_SELF_DESCRIPTION_ASCII if part.isascii() else _SELF_DESCRIPTION).finditer(part):
        tail = _tail(part, marker)
        hits = text_hits(tax, tail) or []
        if not tail.isascii():
            hits += cjk_hits(tax, tail, contexts=True)
        out |= {s for t in hits if t.weight >= core for s in (SECTORS if t.kind == "both" else (t.kind,))}
        if BUILDER_MARKER.fullmatch(marker.group(0)) and names_product(tail):
            out.add("ai")  # "we're building Vy — an AI app": the employer makes an AI product (ai_products.py)
        if calls_itself_ai(marker.group(0), tail):
            out.add("ai")  # "Aarki is an AI-driven company": the employer names its kind (ai_firms.py)
    if plays_in_ai(part):
        out.add("ai")  # "AXIOM, a leading player in AI, DeFi, and Institutional Finance" (field_lists.py)
    return frozenset(out)


# AI as the thing the employer makes: "パーソナルAIを作ってるんだ", "コパイロットを開発してるんだ" (unseen41), "we are
# building AI that...". Only after a verb of making: what an employer is ("Amplitude is the leading AI analytics
# platform", a dev-set none) keeps the weak "ai" term weak, and a tail of use ("AIを活用して", "using AI") is cut by
# _tail.
_MADE_AI = re.compile(r"(?<![a-z0-9])(?:ai|copilots?)(?![a-z0-9])|コパイロット")


# Kept per sentence (as sentence_memo.py keeps the per-sentence rules): an employer's postings open with the same
# self-description, and a sentence is read once.
_kept_sectors = kept_per_line(_described_sectors)


def _tail(part: str, marker: re.Match[str]) -> str:
    """The words that say what the company is or makes, next to one self-description marker ("" when the employer
    only uses the thing: "we are using AI tools", "私たちはAIを活用して…")."""
    said = marker.group(0)
    if said in _VERB_FINAL:
        return part[max(0, marker.start() - INTRO_CHARS_BEFORE) : marker.start()]
    # What the company is comes right after the marker: "is a decentralized AI network", not "is a payments company
    # that recently started exploring blockchain".
    rest = part[marker.end() :]
    if said == _OWN_DEVELOPMENT:  # "自社開発のAI-SaaS「i Producer」を中心とした": the noun up to its particle
        return _PARTICLE.split(rest[:INTRO_CHARS], 1)[0]
    if not rest[:1].isascii():
        return _unless_used(rest[:INTRO_CHARS])
    words = first_tokens(rest, INTRO_WORDS)
    if words[:1] and words[0] in _USES:
        return ""
    tail = " ".join(words)
    if _ROMANCE_MARKER.fullmatch(said):
        # the first person of work reads further: "Trabajamos con clientes internacionales dedicados a brindar
        # soluciones profesionales de trading de criptomonedas" (unseen_hs19, Fantommers: the 12th word)
        size = ROMANCE_WORK_WORDS if said in _ROMANCE_WORK else ROMANCE_WORDS
        tail = " ".join(_until_relative(first_tokens(rest, size)))
        tail += " " + gerund_clause(rest)  # "somos um grupo ..., promovendo ... criptomoedas" (romance_gerunds.py)
    elif BUILDER_MARKER.fullmatch(said):
        if not _TEAM.isdisjoint(words[:3]):
            return ""  # "we are building a team of ... engineers" is hiring: who they are is no product (_ROSTER)
        tail += " " + _object_words(rest)
    for clause_rule in (_POWERS, _RUNS_ON):
        clause = clause_rule.search(rest, 0, INTRO_CLAUSE_CHARS)
        if clause:
            tail += " " + " ".join(first_tokens(rest[clause.end() :], INTRO_WORDS))
    return tail


# Where the thing an employer makes ends: a clause break or a word that turns to its buyers or its means ("we build
# tools for banks", "we develop apps using AI").
_OBJECT_END = re.compile(
    r"[,;.()!?:]|\s[–—-]\s|\b(?:for|to|with|that|which|who|using|by|so|while|where|and help|helping)\b"
)
OBJECT_WORDS = 12  # "the most widely used open source infrastructure tools" is 9 words long
OBJECT_CHARS = 160
_TEAM = frozenset({"team", "teams"})
_ELABORATION = frozenset({":", "-", "–", "—"})  # "...tools: the OpenZeppelin smart contracts library powers..."
# A first word that says the employer uses or tries the thing, not that it makes it
_USES = frozenset({"using", "use", "leveraging", "leverage", "exploring", "explore", "adopting", "utilizing"})
_CJK_USES = ("活用", "利用", "使用", "활용", "이용", "借助", "运用")


def _unless_used(tail: str) -> str:
    return "" if not tail.isascii() and any(w in tail for w in _CJK_USES) else tail


def _object_words(rest: str) -> str:
    """The object of "we build ...", to the end of its noun phrase (OBJECT_WORDS at most), and after a colon or dash
    the first words of what it names."""
    window = rest[:OBJECT_CHARS]
    end = _OBJECT_END.search(window)
    words = first_tokens(window[: end.start()] if end else window, OBJECT_WORDS)
    if end is not None and end.group(0).strip() in _ELABORATION:
        words += first_tokens(window[end.end() :], INTRO_WORDS + 1)
    return " ".join(words)


def first_tokens(text: str, count: int) -> list[str]:
    """tokens(text)[:count], read from a stretch at the start twice as long while it may cut a token that counts: a
    sentence can repeat "we are" across 60k characters, and tokenizing the rest after each took seconds."""
    size = 64
    while True:
        found = tokens(text[:size])
        if size >= len(text) or len(found) > count:  # the last one may be cut: more than count are whole
            return found[:count]
        size *= 2


def _until_relative(words: list[str]) -> list[str]:
    for i, word in enumerate(words):
        if word in _RELATIVE:
            return words[:i]
    return words
