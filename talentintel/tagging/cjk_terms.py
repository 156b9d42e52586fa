"""Chinese, Japanese and Korean sector terms, found as substrings: these scripts put no spaces between words."""

from __future__ import annotations

import functools
import re

from talentintel.tagging.taxonomy import SECTORS, Taxonomy, Term

# Crypto x AI proximity in scripts without spaces (sector.py has the English one): "基于区块链的AI智能体", "链上AI Agent", "去中心化大模型推理",
# "블록체인 기반 AI 에이전트", "ブロックチェーン上のAIエージェント". A network word and an AI word this many characters
# apart describe one product; further apart they are two topics of one text ("区块链、AI、大数据等" lists are capped
# below as enumerations anyway).
CJK_INTERSECTION_CHARS = 12
CJK_NETWORK = re.compile(
    r"去中心化|链上|鏈上|区块链|區塊鏈|公链|加密货币|加密貨幣|(?<![a-z])web3|(?<![a-z])crypto(?!graph)"
    r"|온체인|탈중앙|블록체인|웹3|分散型|ブロックチェーン|オンチェーン|暗号資産"
    # coins, assets and contracts by their CJK names, and DeFi written inside CJK text ("AI 기반 가상자산 트레이딩 시스템",
    # "AI驱动的DeFi交易平台": SYNTHETIC probes read crypto alone; tag65)
    r"|가상자산|암호화폐|디파이|디지털자산|디지털 자산|스테이블코인|스마트 컨트랙트|스마트컨트랙트|数字资产|數位資產|数字货币"
    r"|虚拟货币|虛擬貨幣|稳定币|穩定幣|智能合约|智能合約|加密资产|加密資產|比特币|比特幣|以太坊|仮想通貨|ステーブルコイン"
    r"|スマートコントラクト|(?<=[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af])defi|(?<=[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af] )defi"
)
_CJK_AI = re.compile(
    r"(?<![a-z])ai(?![a-z])|(?<![a-z])llm|(?<![a-z])agent|人工智能|大模型|智能体|智能體|机器学习|機器學習|模型推理|模型训练"
    r"|인공지능|에이전트|머신러닝|人工知能|エージェント|機械学習"
    # language models and deep learning by their CJK names (大语言模型 holds no 大模型)
    r"|语言模型|語言模型|언어 모델|언어모델|言語モデル|深度学习|深度學習|딥러닝|深層学習"
)


# The Indic scripts (Devanagari to Sinhala, indic_places.INDIC_CHAR) hold the AI words of asian_ai_terms.toml's Indic
# lines, matched as the CJK ones are (substrings, so a case ending glued to the word keeps it: "কৃত্রিম মেধার"). Their
# words wait for a character of these scripts, as the CJK ones wait for a CJK character: the gate of Latin-script table
# words ("chatgpt") is a loop of `in` tests per sentence, too slow for some forty more words (sector._cjk_terms).


def cjk_intersects(part: str) -> bool:
    """Whether a network word and an AI word stand within CJK_INTERSECTION_CHARS characters."""
    networks = [m.start() for m in CJK_NETWORK.finditer(part)]
    if not networks:
        return False  # cheap test first: most sentences name no network
    return any(abs(m.start() - n) <= CJK_INTERSECTION_CHARS for m in _CJK_AI.finditer(part) for n in networks)


# Mirrors of Chinese job boards write a character's pinyin after it ("職責(zé)", "開發(fā)", "模型訓(xùn)練"), which splits
# every word the reading lands in: the reading goes before the terms are looked for (unseen13: "支撐算法模型" read, the
# "模型訓練" beside it not). A tone-marked vowel tells a reading from a bracketed word ("(AI)", "(Go)").
_READING = re.compile(r"(?<=[\u3400-\u9fff])\([a-zü]*[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ][a-zü]*\)")


def without_readings(part: str) -> str:
    """The sentence without pinyin readings inserted after Han characters."""
    return _READING.sub("", part) if "(" in part else part


# A numbered item's "2、" (or "二、") is the ordinal's comma, not a list's: counted as a separator it made "2、熟悉机器学习
# 常用算法，如XGBoost、LightGBM" a four-tag cloud ("2" the first tag) and its machine learning a mere mention.
_ORDINAL = re.compile(r"^\s*(?:\d{1,2}|[一二三四五六七八九十]{1,3})\s*、")


def without_ordinal(part: str) -> str:
    """The sentence without a leading "2、" / "二、" item number."""
    return _ORDINAL.sub("", part, count=1) if "、" in part else part


def cjk_hits(tax: Taxonomy, part: str, *, contexts: bool) -> list[Term]:
    """CJK terms in one sentence, as substrings (these scripts put no spaces between words)."""
    part = without_readings(part)
    pattern, terms, negative = _cjk_matcher(tax)
    # Text order, not a set's: a set iterated in hash order made equal-weight terms' evidence order vary run to run.
    found = dict.fromkeys(m.group(0) for m in pattern.finditer(part))
    if not found:
        return []
    vetoed = contexts and any(w in negative for w in found)
    return [t for w in found for t in terms.get(w, ()) if not (vetoed and t.weight < 3.0)]


@functools.cache
def _cjk_matcher(tax: Taxonomy) -> tuple[re.Pattern[str], dict[str, tuple[Term, ...]], frozenset[str]]:
    """One alternation of every CJK term, negative and neutral word (longest first), matched in one pass per sentence:
    a neutral word maps to no term, so the shorter term inside it is never matched."""
    terms: dict[str, list[Term]] = {}
    for sector in SECTORS:
        for word, weight in tax.cjk[sector]:
            terms.setdefault(word, []).append(Term(sector, (word,), weight))
    pattern = re.compile(_trie_pattern({*terms, *tax.cjk_negative, *tax.cjk_neutral}) or r"(?!x)x")
    return pattern, {w: tuple(v) for w, v in terms.items()}, frozenset(tax.cjk_negative)


def _trie_pattern(words: set[str]) -> str:
    """The words as one regex trie ("区块(?:链|浏览器)"): the longest word at each position, as a longest-first
    alternation finds it, but tried one character at a time instead of word by word (400 words: ~2x faster)."""
    trie: dict[str, dict] = {}
    for word in words:
        node = trie
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}

    def build(node: dict[str, dict]) -> str:
        alts = [re.escape(ch) + build(child) for ch, child in sorted(node.items()) if ch]
        if not alts:
            return ""
        body = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
        return f"(?:{body})?" if "" in node else body

    return build(trie)
