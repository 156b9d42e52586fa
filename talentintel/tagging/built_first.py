"""A use word after the sentence has said what the employer makes refers to the thing made, not to a tool it uses.

"암호화폐 거래소를 만들고 이를 활용할 수 있는 플래폼을 제공합니다" (a RocketPunch company line, issue 18, unseen37): the
company makes a cryptocurrency exchange and a platform to use it with. The short-listing reader skips a sentence with a
use word (활용, 活用, 利用...) as one that uses the sector rather than builds it ("AI를 활용"); here the building verb with
its object comes first, so 활용 is what the built exchange is for. Korean marks the object of 만들다 / 개발하다 / 운영하다
with 을/를, Japanese that of 開発する / 運営する / 作る with を: the clause is found by its particle and verb, not by a
sector word. A preference word ("우대", "优先") anywhere still hedges the sentence.
"""

from __future__ import annotations

import re

# The use words of scripts without spaces. Japanese 使う / 用いる and Korean 사용 / 이용 with their object particle
# (a bare 사용 opens 사용자, "user"): "Software, AI, LLMを使ってこの難しい問題を解決" is a permit-software company using LLMs
# (unseen41, read ai from its short-listing bonus; tag65); Chinese 运用 ("运用大模型提升效率"), not the Japanese 運用
# (operations). Not 采用 (adopt): in a funding item "Snap Video在训练中也采用了LAMB技术" another company adopts the
# employer's technology (funding tuning_batch41, an AI startup read none).
USE_HEDGES = (
    "使用",
    "利用",
    "借助",
    "활용",
    "活用",
    "を使って",
    "を使い",
    "を使う",
    "を使った",
    "を用いて",
    "を用いた",
    "를 사용",
    "을 사용",
    "를 이용",
    "을 이용",
    "运用",
)
# Using one's knowledge or experience of a field is working in it: "機械学習の知識を使って、世の中に新しいサービスを提供
# したい" (a Fintech x AI employer's Python programmer, unseen_hs4), "블록체인 경험을 활용하여".
_KNOWLEDGE = ("知識", "知見", "経験", "スキル", "ノウハウ", "能力", "지식", "경험", "역량", "노하우", "知识", "经验")
_OBJECT_PARTICLES = ("を", "을", "를")
_BUILT = re.compile(
    r"[을를]\s*(?:만들고|만들며|만듭니다|만들어|개발하고|개발하며|개발합니다|운영하고|운영하며|운영합니다)"
    r"|を(?:開発し|運営し|作り|作って|開発・運営し)"
)


def use_hedged(part: str) -> bool:
    """Whether a use word hedges the sentence: one stands in it and none comes after a clause of making something."""
    uses = [i for i in (part.find(h) for h in USE_HEDGES) if i >= 0 and not _knowledge_used(part, i)]
    if not uses:
        return False
    built = _BUILT.search(part)
    return built is None or built.end() > min(uses)


def _knowledge_used(part: str, at: int) -> bool:
    """Whether the use word at `at` takes a knowledge noun as its object (the particle before it, if any, aside)."""
    head = part[:at].rstrip()
    if head.endswith(_OBJECT_PARTICLES):
        head = head[:-1].rstrip()
    return head.endswith(_KNOWLEDGE)
