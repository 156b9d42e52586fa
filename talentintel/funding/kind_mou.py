"""An investment pledged in a memorandum of understanding is not a closed round: "세계 최대 벤처 투자기업 ‘요즈마 그룹’이
경북 중소기업에 180억원을 투자한다" ... "투자를 위한 업무협약을 체결했다" (hs5-kbmaeil-yozma-gyeongbuk: Yozma Group "will invest"
KRW 18bn under an MOU signed with a province).

An MOU records preliminary, non-binding terms before the investment agreement is negotiated (the investment-MOU guides
of law firms and angel networks say so), and the news of one says the money "will" go in. So a text whose first
paragraphs tell an MOU and an investment still to be made, with no completed raise in its opening, is `other`.
"""

from __future__ import annotations

import re

_MOU = re.compile(
    r"\b(?:memorandum\sof\sunderstanding|MoU|MOU|letter\sof\sintent)\b|업무\s?협약|양해\s?각서|투자\s?협약|"
    # Japanese "意向書" (a letter of intent): "チップに5100万ドルを投資する意向書に署名した" (b47-powity-openai-rain-51m-loi-ja).
    r"合作备忘录|合作備忘錄|投资意向|投資意向|基本合意|意向書",
)
# The investment still to be made: "will invest", "agreed to invest", "투자한다" (Korean news states a plan in the
# plain present), "투자할 예정", "将投资", "出資する".
_PLEDGED = re.compile(
    r"\b(?:will|would|is\sto|are\sto|agreed\sto|agrees\sto|plans?\sto|pledged\sto|committed\sto)\s(?:jointly\s)?invest\b|"
    r"투자한다|투자할\s?(?:예정|계획)|투자하기로|将投资|將投資|拟投资|擬投資|(?:出資|投資)する(?:予定|方針|と|意向)?",
    re.IGNORECASE,
)


def pledged_under_mou(text: str) -> bool:
    """The first paragraphs tell an MOU and an investment pledged, not made."""
    head = text[:1200]
    return bool(_MOU.search(head) and _PLEDGED.search(head))
