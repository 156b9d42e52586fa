"""Candidates and features for the lead-investor ranker (`lead_ranker`): every investor the rules found for a round.

A candidate's features read the words around each place the text names it, in its own sentence: the nearest cue
before it ("led by", "co-led by", "with participation from", "joined by", "existing investors", "including", "from")
and the first cue after it ("led the round", "participated", "invested", 领投/跟投/주도/참여), its place in the order
the investors are named, the headline, the sentence it first appears in, whether it is the only investor, and (hybrid
only) whether the rules chose it. The words are the world's phrasing of a lead, not names: the rules' own lead phrases
(`lead_phrases.LEAD_TRIGGERS`) are read as one more "lead before" cue.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass

from talentintel.funding.extract import clean_text, split_headline
from talentintel.funding.investors import is_known_investor, normalize_investor
from talentintel.funding.lead_phrases import LEAD_TRIGGERS

# Nearest cue before a name, in its sentence: the last one wins ("led by A, with participation from B": B is a
# participant, A a lead). Order matters only for ties at one position.
_BEFORE = {
    "colead": r"\bco-?(?:led|lead(?:ing|s)?|lidera\w*|men[ée]e?s?)\b(?:\s+by)?|\bcoliderad\w*|\bcodirig\w*",
    # Pointing forward at the names after it: "led by", "lead investors", "liderada por", "领投方为".
    "lead": r"\b(?:led|headed|spearheaded|anchored|helmed|steered)\s+(?:\w+\s+)?by\b|\blead\s+(?:investors?|backers?)\b"
    r"|\blidera\w*\s+(?:por|pela|pelo)\b|\bmen[ée]e?s?\s+par\b|\bdirig\w+\s+(?:par|por|pela|pelo)\b|\bangeführt\s+von\b"
    r"|\bguidat\w\s+da\w*|\bgeleid\s+door\b|\bFührung\b|\bfederführend\b|\bencabezad\w*|\bcapitanead\w*"
    r"|\bführende\w*\s+Rolle\b|领投方|領投方|领投机构|領投機構|由|リードしたのは|リード投資家|주도한\s?곳은",
    # A bare lead verb before a name points back at its subject ("Behold Ventures led the round, with Lifelike ...").
    "lead_verb": r"\b(?:led|leads|leading|lead)\b",
    "participation": r"\b(?:participa|partecipa)\w*(?:\s+(?:from|of|by|de|da|do|des|von|di))?|\bjoined\s+by\b"
    r"|\balong(?:side|\s+with)\b|\btogether\s+with\b|\bas\s+well\s+as\b|\bfollowed\s+by\b|\bbeteilig\w*"
    r"|\bBeteiligung\b|\bainsi\s+que\b|\bas[íi]\s+como\b|\bjunto\s+(?:a|con|com)\b|\bplus\b|\bwith\b"
    r"|\bother\s+(?:investors|backers|participants)\b|跟投方?|参投方?|參投方?|其他投资方|参与方",
    "existing": r"\b(?:existing|previous|returning|current|prior|earlier)\s+(?:\w+\s+)?(?:investors?|backers?|"
    r"shareholders?)\b|\bbestehende\w*|\bexist(?:entes|ants)\b|\bactuales\b|\batuais\b|老股东|老股東",
    "including": r"\binclud\w*|\bsuch\s+as\b|\bamong\s+(?:them|others)\b|\bnamely\b|\bdarunter\b|\btra\s+cui\b"
    r"|\bentre\s+(?:ellos|eles|otros)\b|\bnotamment\b|\bdont\b|\bcomo\b|包括",
    "from": r"\b(?:from|(?:backed|funded|financed|provided|supported)\s+by|von|de|da|par|por|pela|pelo|dal|dalla)\b",
}
_BEFORE_RE = {k: re.compile(v, re.IGNORECASE) for k, v in _BEFORE.items()}
# First cue after a name, in its sentence ("A led the round", "A and B also participated", "A invested $2M").
_AFTER = {
    "lead": r"^[^.;]{0,60}?\b(?:(?:co-)?(?:led|leads|leading|lead|headed|spearheaded|anchored)\b|as\s+(?:the\s+)?(?:co-)?"
    r"lead\b|took\s+the\s+lead\b|(?:co-)?lidera\w*|führt\w*)",
    # The verb, not the noun: "from A and B, with participation from C" says nothing of B.
    "participation": r"^[^.;]{0,60}?\b(?:participated|participating|participates|participate|joined(?!\s+by)|"
    r"also\s+(?:invested|backed)|took\s+part|partecip\w+|particip(?:aram|aron|ou|ó)|beteiligt\w*)\b",
    "invested": r"^[^.;]{0,40}?\b(?:invested|invests|has\s+invested|backed|backs|funded|invirti\w+|investiu|"
    r"investiert\w*|a\s+investi)\b",
}
# Later in the name's sentence, the others' phrase: "from A and B, with participation from C" (A and B the principals).
_LATER_OTHERS = re.compile(
    r"\b(?:with\s+participation|participation\s+(?:from|of|by)|joined\s+by|alongside|along\s+with|with\s+(?:additional"
    r"\s+)?(?:support|backing)|with\s+(?:existing|other|new|returning)\b|com\s+(?:a\s+)?participa|con\s+(?:la\s+)?"
    r"participa|avec\s+(?:la\s+)?participation|unter\s+Beteiligung|mit\s+Beteiligung)",
    re.IGNORECASE,
)
# A lead verb later in the sentence, past a list of names: "with Dragonfly, Brevan Howard Digital, and ... Maelstrom
# leading the investment".
_LATER_LEAD = re.compile(r"\b(?:co-)?(?:led|leading|leads|lead)\s+(?:the|this|its|a|an)\s(?!\w+\s+by\b)", re.IGNORECASE)
# A person introduced by a role ("founder RJ Scaringe", "Tim Draper, the co-founder of ...") is an angel, rarely a lead.
_ROLE_BEFORE = re.compile(
    r"\b(?:founder|co-?founder|CEO|chairman|president|partner|executive|chief)\s*$", re.IGNORECASE
)
_ROLE_AFTER = re.compile(r"^,?\s*(?:the\s+)?(?:co-?founder|founder|CEO|chairman|president|former|partner)\b", re.I)
# The sentence tells a round: money or a round word ("In March, Credijusto closed a credit facility with Goldman Sachs").
_ROUND_WORDS = re.compile(
    r"[$€£¥]|\b(?:million|billion|round|series|seed|funding|financing|raise[ds]?|investment|Runde|ronda|rodada|"
    r"tour\s+de\s+table|milh|millones|Millionen)|融资|融資|轮|輪|투자|調達",
    re.IGNORECASE,
)
_AFTER_RE = {k: re.compile(v, re.IGNORECASE) for k, v in _AFTER.items()}
# The CJK marks right after a name: "红杉中国领投", "카카오벤처스가 주도", "ジャフコがリード"; and the followers' marks.
_CJK_LEAD = re.compile(r"^.{0,12}?(?:领投|領投|牵头|牽頭|领衔|領銜|주도|リード|리드)")
_CJK_FOLLOW = re.compile(r"^.{0,12}?(?:跟投|参投|參投|参与|參與|참여|参加)")
_ABBREVIATED = re.compile(r"(?:\b(?:Inc|Corp|Ltd|Co|LLC|Mr|Mrs|Ms|Dr|St|Jr|Sr|No|vs|etc|approx)|\b[A-Z])\.$")
_SENTENCE = re.compile(r"(?<=[.!?。！？])\s+|\n+|(?<=[。！？])")
_ORG_WORD = re.compile(
    r"\b(?:Capital|Ventures?|Partners|Fund|Funds|VC|Investments?|Holdings?|Group|Equity|Management|Labs|Advisors)\b"
    r"|资本|資本|创投|創投|基金|投资|投資|벤처|인베스트|파트너스|キャピタル|ベンチャーズ",
    re.IGNORECASE,
)
_ANY_LEAD_CUE = re.compile(r"\b(?:co-)?(?:led|lead)\b|领投|領投|주도|リード", re.IGNORECASE)


@dataclass(frozen=True)
class LeadCandidate:
    name: str
    features: dict[str, float]


def _sentences(text: str) -> list[tuple[int, int]]:
    """Sentence spans; a stop after an abbreviation or an initial, or before a small letter, ends none ("SoftBank Group
    Corp. y el gigante chino Tencent" is one sentence)."""
    spans, start = [], 0
    for m in _SENTENCE.finditer(text):
        inline = m.group().strip() == "" and m.end() < len(text) and "\n" not in m.group()
        if inline and (_ABBREVIATED.search(text, 0, m.start()) or text[m.end()].islower()):
            continue
        if m.start() > start:
            spans.append((start, m.start()))
        start = m.end()
    if start < len(text):
        spans.append((start, len(text)))
    return spans


def _mentions(text: str, name: str) -> list[int]:
    found = [m.start() for m in re.finditer(re.escape(name), text)]
    if not found:
        found = [m.start() for m in re.finditer(re.escape(name), text, re.IGNORECASE)]
    return found


def _before_cues(prefix: str) -> dict[str, int]:
    """Where each cue family last ends before a name in its sentence (the rules' lead phrases count as `lead`)."""
    last: dict[str, int] = {}
    for family, pattern in _BEFORE_RE.items():
        for m in pattern.finditer(prefix):
            last[family] = max(last.get(family, -1), m.end())
    for trigger in LEAD_TRIGGERS:
        for m in trigger.finditer(prefix):
            last["lead"] = max(last.get("lead", -1), m.end())
    return last


def _before_features(prefix: str) -> dict[str, float]:
    """The nearest cue's family (ties: the more specific family, in `_BEFORE`'s order), and which of a lead phrase and
    a participation phrase governs the name: "led by existing investor GV" (lead), "led by A with B" (participation)."""
    last = _before_cues(prefix)
    if not last:
        return {}
    order = [*_BEFORE, "lead"]
    nearest = max(last, key=lambda f: (last[f], -order.index(f)))
    feats = {f"before_{nearest}": 1.0}
    # "including" after a lead phrase lists the leads ("联合领投方包括A、B", "guidato da ... tra cui A, B").
    lead, other = last.get("lead", -1), last.get("participation", -1)
    if lead > other:
        feats["lead_governs"] = 1.0
    elif other > lead >= 0:
        feats["participation_after_lead"] = 1.0
    if last.get("including", -1) > lead >= 0:
        feats["including_after_lead"] = 1.0
    return feats


def _after_cue(suffix: str) -> str | None:
    hits = [(m.end(), family) for family, pattern in _AFTER_RE.items() if (m := pattern.search(suffix))]
    return min(hits)[1] if hits else None


def _mention_features(text: str, at: int, name: str, sentences: list[tuple[int, int]]) -> dict[str, float]:
    index, (s, e) = next(((i, sp) for i, sp in enumerate(sentences) if sp[0] <= at < sp[1]), (0, (0, len(text))))
    prefix, suffix = text[s:at][-200:], text[at + len(name) : e][:120]
    feats = {f"sentence_{min(index, 3)}": 1.0, **_before_features(prefix)}
    after = _after_cue(suffix)
    if after:
        feats[f"after_{after}"] = 1.0
    if _CJK_LEAD.match(suffix):
        feats["cjk_lead_mark"] = 1.0
    if _CJK_FOLLOW.match(suffix):
        feats["cjk_follow_mark"] = 1.0
    if _LATER_OTHERS.search(suffix):
        feats["later_others"] = 1.0
        feats["from_then_others"] = feats.get("before_from", 0.0)
    if _LATER_LEAD.search(text[at + len(name) : e][:250]):
        feats["later_lead"] = 1.0
    if _ROLE_BEFORE.search(prefix[-40:]) or _ROLE_AFTER.match(suffix):
        feats["person_role"] = 1.0
    if _ROUND_WORDS.search(text[s:e]):
        feats["round_sentence"] = 1.0
    return feats


def _name_features(name: str) -> dict[str, float]:
    feats = {"org_word": float(bool(_ORG_WORD.search(name))), "known_investor": float(is_known_investor(name))}
    words = name.split()
    feats["person_like"] = float(not feats["org_word"] and 2 <= len(words) <= 3 and all(w[:1].isupper() for w in words))
    feats["one_word"] = float(len(words) == 1)
    feats["has_digit"] = float(any(ch.isdigit() for ch in name))
    feats["short_caps"] = float(len(name) <= 3 and name.isupper())
    return feats


def _one(text: str, header: str, name: str, sentences: list[tuple[int, int]]) -> tuple[int, dict[str, float]]:
    """The first position of `name` (len(text) when the text never names it) and its mention features (any mention)."""
    at = _mentions(text, name)
    feats = _name_features(name)
    feats["in_headline"] = float(bool(header) and name.lower() in header.lower())
    feats["mentions_log"] = math.log1p(len(at))
    feats["not_found"] = float(not at)
    for pos in at:
        for key, value in _mention_features(text, pos, name, sentences).items():
            feats[key] = max(feats.get(key, 0.0), value)
    first = _mention_features(text, at[0], name, sentences) if at else {}
    feats.update({f"first_{k}": v for k, v in first.items() if k.startswith(("before_", "after_"))})
    return (at[0] if at else len(text)), feats


_LEAD_MARKS = ("before_lead", "before_colead", "lead_governs", "after_lead", "cjk_lead_mark", "later_lead")


def _lead_marked(feats: dict[str, float]) -> bool:
    return any(feats.get(k) for k in _LEAD_MARKS)


def lead_candidates(part: str, rule_leads: list[str], investors: list[str]) -> list[LeadCandidate]:
    """One candidate per distinct investor (by slug) of a round part: the rules' leads and every other investor,
    in the order the text names them; `is_rule_lead` marks the rules' choice (read by the hybrid only)."""
    text = clean_text(part)
    header, _body = split_headline(text)
    sentences = _sentences(text)
    seen: dict[str, str] = {}
    for name in [*rule_leads, *investors]:
        if name and name.strip():
            seen.setdefault(normalize_investor(name)[0], name)
    rule_slugs = {normalize_investor(n)[0] for n in rule_leads if n and n.strip()}
    read = sorted(
        ((*_one(text, header, name, sentences), slug, name) for slug, name in seen.items()), key=lambda r: r[0]
    )
    n = len(read)
    cue_in_text = float(bool(_ANY_LEAD_CUE.search(text)))
    marked = [_lead_marked(feats) for _pos, feats, _slug, _name in read]
    out = []
    for order, (_pos, feats, slug, name) in enumerate(read):
        feats["marked_alone"] = float(marked[order] and sum(marked) == 1)
        feats.update(
            {
                "only_investor": float(n == 1),
                "only_and_no_lead_cue": float(n == 1 and not cue_in_text),
                "text_has_lead_cue": cue_in_text,
                "first_named": float(order == 0),
                "order_share": order / n,
                "candidates_log": math.log(n),
                "is_rule_lead": float(slug in rule_slugs),
                "rule_leads_log": math.log1p(len(rule_slugs)),
            }
        )
        out.append(LeadCandidate(name, feats))
    return out
