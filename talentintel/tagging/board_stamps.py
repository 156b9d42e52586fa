"""A job board's tag line ends in its own stamp, not in a tag: Saramin writes "Python, 딥러닝, 솔루션, 신경망, 컴퓨터비전 외
수정일 24/12/01" ("... and more, modified 24/12/01"). Read with the stamp, the last item ("컴퓨터비전 외 수정일 24/12/01")
is four words long and the line no tag cloud, so its 딥러닝 / 신경망 / 컴퓨터비전 counted as the job's core terms (unseen31:
a Python developer's listing whose only other AI word is a wish, "AI vision 경험자 우대", read as ai). Without the stamp
the line is the board's menu of tags, which the README counts as mentions only.

Only a line's end is read: "외" ("and others") as a word of its own before the end or a date stamp, and the stamp
(수정일 / 등록일 / 마감일 and a yy/mm/dd date).
"""

from __future__ import annotations

import re

_STAMP = re.compile(r"(?:\s+외)?(?:\s*(?:수정일|등록일|마감일)\s*\d{2}/\d{2}/\d{2})?\s*$")


def without_board_stamp(line: str) -> str:
    """The line without a trailing "외" and board date stamp; unchanged when it ends in neither."""
    if "외" not in line and "일" not in line:
        return line  # cheap test first: most lines carry no Korean stamp
    return _STAMP.sub("", line, count=1)
