"""Company names written in Korean, Japanese or Chinese script: the sector word of a name transliterated or
translated ("(주)와따에이아이" is Wata AI, "エーアイ" is AI, "XX人工智能科技" an AI company, "OO블록체인" a blockchain one)
reads like its Latin spelling, and a name's CJK part is a word of it ("와따 AI" is two words, like "Wata AI").

Only whole transliterations of the sector word: a name's other CJK words (智能 "smart", 链 "chain" in 供应链, 체인
"chain" in a restaurant chain, 크립토 "crypto" in a cryptography lab's name) say nothing alone (unseen28)."""

from __future__ import annotations

import re

# Hangul and katakana spellings of "AI" and "blockchain", and the Han words for artificial intelligence and
# blockchain, as they appear inside a company name.
_READINGS = (
    (re.compile(r"에이\s?아이|エー\s?アイ|エイアイ|인공지능|人工智能|人工智慧|人工知能"), " ai "),
    # 智能体 / 智能體 is an AI agent, and a company named for it builds agents ("XX智能体科技有限公司" read none, tag44
    # probes). The Han run is not segmented, so 智能 "smart" glued to a word that begins with 体 is kept whole: smart
    # sports (智能体育), experience (体验), health checks (体检), systems (体系), body temperature or weight (体温,
    # 体重), constitution (体质), motion sensing (体感), volume (体积), form (体态 / 体型), signs (体征), gymnastics (体操),
    # lottery (体彩).
    (re.compile(r"智能[体體](?![育验驗检檢系温溫重质質感积積态態型征徵操彩])"), " ai "),
    (re.compile(r"블록체인|ブロックチェーン|区块链|區塊鏈"), " blockchain "),
)
_CJK_CHAR = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af]")
# A name's words: Latin letters and digits, or a run of CJK script (a Korean or Japanese name part is one word).
NAME_TOKEN = re.compile(r"[a-z0-9]+|[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af]+")


def latin_reading(name: str) -> str:
    """The name with its CJK sector words spelled in Latin script ("와따에이아이" -> "와따 ai"); unchanged without CJK."""
    if not _CJK_CHAR.search(name):
        return name  # cheap test first: most names are Latin
    for pattern, word in _READINGS:
        name = pattern.sub(word, name)
    return re.sub(r"\s{2,}", " ", name).strip()
