"""Where a posting's description says the job is remote: a remote phrase ("work from anywhere", "Web3 Developer
(Remote)", "全球远程") that makes it remote wherever it names no restriction, and a remote work mode ("可远程办公",
"flexible hours and remote work") that counts only when the posting names no place (regions.posting_regions)."""

from __future__ import annotations

from talentintel.tagging import place_gates as gates
from talentintel.tagging.cue_words import Cues, holds_any
from talentintel.tagging.remote_modes import remote_mode
from talentintel.tagging.remote_phrase import ANCHORS, remote_phrase
from talentintel.tagging.role_line import role_line_remote, slot_line_remote
from talentintel.tagging.text import lowered

REMOTE_CJK = (
    "全球远程",
    "全球遠程",
    "完全远程",
    "完全遠程",
    "全远程",
    "纯远程",
    "100%远程",
    "100% 远程",
    "フルリモート",
    "完全リモート",
    "풀리모트",
    "전면 재택",
    "전면재택",
    "완전 원격",
    "완전원격",
    "100% 원격",
    # remote all over the world: "従業員のほとんどが世界各地のリモート" (unseen41, Narraduct)
    "世界各地のリモート",
    "世界各地からリモート",
    "世界中からリモート",
)
# Remote as the work mode of a community post ("可远程办公", "全职远程", "支持远程工作"): remote when the posting names no
# place; with a place anywhere the place wins ("base 上海，可远程" is Shanghai), unlike "fully remote" above.
REMOTE_MODE_CJK = (
    "远程办公",
    "遠程辦公",
    "远程工作",
    "遠程工作",
    "可远程",
    "可遠程",
    # the same mode with the English word ("一周40小时, 可 Remote.", a public chain's post, unseen32)
    "可 Remote",
    "可Remote",
    "可 remote",
    "可remote",
    "支持远程",
    "支持遠程",
    "全职远程",
    "全職遠程",
    # Japanese remote-only and remote-first ("リモートのみ (世界中からOK)", "リモートファーストで採用"; unseen41): a
    # post's "リモートOK (US)" beside "リモートファースト" still names the US
    "リモートのみ",
    "リモートファースト",
)


_ANCHOR_CUES = Cues(ANCHORS)


def remote_text(description: str) -> str | None:
    # every phrase holds an anchor ("work from anywhere", "hiring globally": not always "remote"): a cheap gate first
    low = lowered(description)
    phrase = remote_phrase(description, low) if holds_any(low, _ANCHOR_CUES) else None
    phrase = phrase or role_line_remote(description, low)  # "Web3 Developer (Remote)" on a line of its own
    phrase = phrase or slot_line_remote(description, low)  # "Web3 Project | Full-time | Remote"
    if phrase:
        return phrase
    if description.isascii():
        return None
    return gates.first_present(description, REMOTE_CJK)


def work_mode(description: str) -> str | None:
    cjk = None if description.isascii() else gates.first_present(description, REMOTE_MODE_CJK)
    return cjk or remote_mode(description)  # "flexible hours and remote work" (remote_modes.py)
