"""A title that promotes AI use ("AI活用推進", "AI利活用", "AI Transformation") names a job that uses AI, not AI work.

Descriptions have their sentence veto for "AIを活用" (data/taxonomy.toml [cjk] negative), but a title is read
without context words, and a CJK run is one token, so "企画推進担当（AI活用推進）" scored the bare "AI" as a title
term (issue 18, unseen_hs11: a payments app's planning role for promoting AI use in operations, read as ai). When
the title glues 活用 (use) to "AI" and every AI term of the posting is that bare "AI", the AI evidence is withdrawn;
an "AIエンジニア（AI活用推進）" keeps it for its own AI title term.

Nor is the AI division a title names ("クリプトエンジニア（開発・AI本部）", "Blockchain Engineer (AI Division)") the job
when the title's role words decide the other sector: the role is crypto engineering, housed in a division whose name
holds "AI". Issue 18, unseen_hs12: a crypto exchange's crypto engineer in its development & AI division read both
(labeled crypto). Withdrawn only when that bare "AI" is the posting's only AI term and the other sector has core
evidence in the title: "エンジニア（AI本部）" alone stays ai (an engineer of the AI division), "AIエンジニア（AI本部）" keeps
its AI title term. Tuning (1,762 postings, shipped and company-blind): that item both -> crypto, nothing else moves.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from talentintel.tagging.withdraw import withdraw

if TYPE_CHECKING:
    from talentintel.tagging.sector import SectorScore

# "AI活用", "AI利活用", "AIの活用", "AIを活用", "生成AI活用": AI as the object of 活用 (use, put to use); Korean writes
# the same word 활용: "(주)리피치에서 AI 활용 정부지원사업 리서치 어시스턴트를 찾고 있어요" (a research assistant for
# government projects that use AI, a Saramin crawl, hs25, labeled none; the Japanese form on unseen_hs11's publisher)
_AI_USE = re.compile(r"ai\s*[のを]?\s*利?活用|ai\s*[를을]?\s*활용")
# The English titles that name AI as a goal to adopt or a tool to make things with: "IT Manager (IT, MIS, Application &
# AI Transformation)" at a hotel group and "พนักงาน AI Creative Photo & Video" (AI-made photo and video) at a production
# house read ai on the bare "AI" alone (issue 18, unseen49, two JobThai employers; the same class as unseen_hs21b's
# "(With AI Tools Experience)", labeled none). Tuning: those two none postings leave ai, nothing else moves.
# Korean titles name AI-made images and video the same way: "[AI 이미지 생성 프리랜서]" and "영상 편집 및 AI 영상 제작자"
# (an AI image-generation freelancer at a broadcaster and a video editor who makes AI video, hs25, two Saramin employers,
# both none; the English and Thai forms above sit on two other publishers). Not when a model, engine, algorithm,
# technology, research or development word follows ("AI 영상 생성 모델 연구원" builds the generator), and only a title
# whose every AI term is the bare "AI".
_AI_ADOPTION = re.compile(
    r"(?<![a-z])ai\s+(?:transformation|adoption|creative)\b|(?<![a-z])ai\s*(?:이미지|영상|동영상|사진)\s*(?:생성|제작|편집)"
    r"(?!\s*(?:모델|엔진|알고리즘|기술|연구|개발))"
)
_WEAK_AI = frozenset({"ai"})
# "AI本部", "AI事業部", "AI 사업부", "AI事业部", "AI Division": an organisation unit named for AI
_AI_DIVISION = re.compile(
    r"(?<![a-z])ai\s*(?:事業本部|事業部|本部|部門|統括部|推進部|推進室|戦略室|部|본부|사업부|부문|事业部|事业群|部门"
    r"|division|department|dept\b)"
)
# Bonuses the reading adds for terms it already counted: they stand or fall with those terms.
_BONUSES = frozenset({"company self-description", "short posting"})


def withdraw_ai_use_title(result: SectorScore, title: str) -> None:
    """Withdraw ai when the title promotes AI use and the bare "AI" is the posting's only AI term."""
    terms = {e["term"] for e in result.evidence["ai"]} - _BONUSES
    lowered = title.lower()
    if not terms or not terms <= _WEAK_AI or not (_AI_USE.search(lowered) or _AI_ADOPTION.search(lowered)):
        return
    withdraw(result, "ai", "a title promoting AI use (AI活用, AI transformation, AI creative): uses AI, not AI work")


def withdraw_ai_division_title(result: SectorScore, title: str) -> None:
    """Withdraw ai when the title's bare "AI" names its division and the title's role words decide the other sector."""
    terms = {e["term"] for e in result.evidence["ai"]} - _BONUSES
    if not terms or not terms <= _WEAK_AI or not _AI_DIVISION.search(title.lower()):
        return
    if not result.core["crypto"] or not any(e["field"] == "title" for e in result.evidence["crypto"]):
        return
    withdraw(result, "ai", "an AI division named in a title whose role is crypto work: the division, not the job")
