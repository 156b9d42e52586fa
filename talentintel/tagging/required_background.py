"""An employer that requires a crypto background of every candidate is a crypto employer: the requirement says its sector.

"3+ years experience in the blockchain industry" (a BD manager's requirements, unseen_hs9 hs9t-dotbit-bd-manager),
"Relevant experience and knowledge of Web3" under "these are required:" (hs9t-dotbit-event-manager), "Knowledge and
understanding of blockchain technologies and applications" (a spec engineer's, unseen4 un4-optimhire-spec-engineer-
12760): the one sector word of each posting is in that requirement, so the description bar read it as a passing
mention and the company-blind mode tagged none. A company asks for a field's experience in its own field: on the
tuning files no posting labeled none holds such a required crypto background (measured on all ~1,700 items, tag47).
A trait asked of every candidate says the same: "You are actively interested in blockchain technology and
decentralization" (an account manager's "Who you are", unseen_hs5 hs5t-ozsite-account-manager); on the tuning files
32 items ask for an interest in or a passion for a crypto field, all labeled crypto or both.
It counts like a self-description line: the intro bonus and one more sentence of theme.

Not when the requirement is hedged ("is a plus", "nice to have", "优先", "우대") or sits in a nice-to-have section, nor
when it is waived ("no crypto experience required", "无需 web3经验", unseen11). Crypto only: a required AI or ML
background is already a core term of the job ("experience with machine learning"), and "experience with AI tools" is
use, not the sector: on the tuning files every item with a required AI background was already read ai or both, but for
one crypto employer's "Knowledge of AI/ML deployment architectures" (unseen22), which it would only push further.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from talentintel.tagging.cue_words import Cues, holds_any
from talentintel.tagging.sections import MINOR, PREFERENCE_HEDGES, parts_and_kinds, wish_item
from talentintel.tagging.sentence_memo import kept_per_line
from talentintel.tagging.taxonomy import taxonomy
from talentintel.tagging.text import lowered

if TYPE_CHECKING:
    from talentintel.tagging.sector import SectorScore

_FIELD = (
    r"blockchains?|block chain|crypto|cryptocurrenc(?:y|ies)|crypto assets?|cryptoassets?|web ?3(?:\.0)?|defi"
    r"|digital assets?|distributed ledgers?|ethereum|bitcoin|solana|smart contracts?"
    r"|cripto\w*|krypto\w*|cryptomonnaies?|cryptoactifs"
)
# English, Romance and German: a word of having (experience, knowledge, background, years) and, in the same clause,
# a preposition and the field ("experience and knowledge in mobile apps for iOS and blockchain technologies").
_LATIN = re.compile(
    r"\b(?:experience|experienced|background|knowledge|understanding|expertise|years?"
    r"|experiencia|experiência|expérience|erfahrung(?:en)?|conocimientos?|conhecimentos?|connaissances?|kenntnisse"
    # a trait asked of every candidate: "You are actively interested in blockchain technology and decentralization"
    r"|interest|interested|passion|passionate|enthusiasm|enthusiastic|curious|excited"
    r"|interesse|interés|apasionad[oa]s?|apaixonad[oa]s?|passionnée?s?|begeistert)\b"
    r"[^.;:!?]{0,40}?\b(?:in|of|with|within|across|about|for|by|en|em|con|com|avec|dans|mit|im|sobre|par|por|pela?|für)\b"
    rf"[^.;:!?]{{0,40}}?\b(?:{_FIELD})\b"
)
# Chinese, Korean, Japanese: the field, then experience ("1年以上区块链工作经验", "블록체인 개발 경험", "ブロックチェーン開発経験")
_CJK = re.compile(
    r"(?:区块链|加密货币|数字货币|数字资产|币圈|web3|defi|blockchain|블록체인|암호화폐|가상자산|ブロックチェーン|暗号資産)"
    r"[^。；;\n]{0,12}?(?:经验|经历|背景|경험|경력|経験)"
)
_HEDGES = (*PREFERENCE_HEDGES, "ideally", "diferencia", "尚可")
# a waived requirement: "no crypto experience required", "blockchain knowledge is not necessary", "无需 web3经验",
# "경력 무관"; a "not" elsewhere in the sentence waives nothing ("This is not a traditional execution-focused role but
# requires an understanding of the growth logic of early-stage public blockchain ecosystems", unseen5 BOT Chain)
_HAVING = r"experience|background|knowledge|expertise|experiencia|experiência|expérience|erfahrung|conocimientos?"
_WAIVED = re.compile(
    rf"\b(?:no|without|sem|sin|sans|ohne|keine?)\b[^.;:!?]{{0,30}}?\b(?:{_HAVING})\b"
    r"|\b(?:not|n['’]t)\b[^.;:!?]{0,15}?\b(?:required|needed|necessary|mandatory|requis|necesari[oa]|necessári[oa])\b"
    r"|\b(?:don['’]t|do not|doesn['’]t|does not) (?:need|require)\b"
    r"|无需|不需要|不要求|不限|무관|불필요|不問|不要"
)
# Substring tests before a sentence's regexes: most sentences name no crypto field (the CJK words only beyond ASCII)
_CUES = ("blockchain", "block chain", "crypto", "web3", "web 3", "defi", "digital asset", "distributed ledger",
         "ethereum", "bitcoin", "solana", "smart contract", "cripto", "krypto")  # fmt: skip
_CJK_CUES = (
    "区块链",
    "加密货币",
    "数字货币",
    "数字资产",
    "币圈",
    "블록체인",
    "암호화폐",
    "가상자산",
    "ブロックチェーン",
    "暗号資産",
)
TERM = "required crypto background"


_ANY_CUES = Cues((*_CUES, *_CJK_CUES))


def requires_crypto(description: str) -> bool:
    """Whether a main-text sentence asks every candidate for a crypto background."""
    low = lowered(description)
    if not holds_any(low, _ANY_CUES):
        return False  # no sentence of a text without a cue holds one (_read_requires' first test)
    parts, kinds = parts_and_kinds(low)  # cached: the sector rules split the same description
    return any(kind != MINOR and _requires(part) for part, kind in zip(parts, kinds, strict=True))


def _read_requires(part: str) -> bool:
    """Whether one sentence requires a crypto background: a function of the sentence alone."""
    ascii_only = part.isascii()
    if not any(cue in part for cue in _CUES) and (ascii_only or not any(cue in part for cue in _CJK_CUES)):
        return False
    if not _LATIN.search(part) and (ascii_only or not _CJK.search(part)):
        return False
    return not (wish_item(part) or any(h in part for h in _HEDGES) or _WAIVED.search(part))


# Kept per sentence (sentence_memo.py): an employer's postings repeat their requirement lines.
_requires = kept_per_line(_read_requires)


def _decided(result: SectorScore) -> bool:
    from talentintel.tagging.sector import decide  # sector.py imports this module

    return decide(result.scores["crypto"], result.description["crypto"], result.core["crypto"], result.spread["crypto"])


def add_required_background(result: SectorScore, description: str) -> None:
    """A required crypto background weighs like a self-description line, when a crypto term was read."""
    # Only where it can change the class: a posting already tagged crypto by its text gains nothing but confidence, and
    # the scan cost 10% of bench_tagging's throughput when it ran on every posting with a crypto term (4,761 -> 4,243/s).
    if not result.evidence["crypto"] or _decided(result) or not requires_crypto(description):
        return
    add_intro_weight(result, TERM)


def add_intro_weight(result: SectorScore, term: str) -> None:
    """Crypto weight as one self-description line gives (the intro bonus, up to the description's cap), with `term`
    as its evidence; chain_duties adds a duty built with a chain the same way."""
    dec = taxonomy().decision
    added = max(0.0, min(dec["intro_bonus"], dec["description_cap"] - result.description["crypto"]))
    result.description["crypto"] += added
    result.scores["crypto"] += added
    result.spread["crypto"] += 1
    result.evidence["crypto"].append({"term": term, "field": "description", "weight": added})
