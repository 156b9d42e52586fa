"""Whether a description can hold a "Location:" label (regions._LOCATION_LINE), before that regex reads 6 KB of it.

A text beyond ASCII (mostly English with a curly quote or a dash) was scanned whatever it held: ~60 us for a 2 KB
description, on the postings without a location field. The labels' words are tested in its lowercase instead, which
the other rules have already made (text.lowered).
"""

from __future__ import annotations

from talentintel.tagging.text import lowered

# Words the labels hold: a description naming none of them is spared the regex.
LABEL_CUES = ("location", "base", "arrangement", "work mode", "work model", "workplace", "work setup")
# A part of each CJK label ("工作地点", "工作城市", "坐标", "办公方式", "근무 장소", "주소", "勤務形態").
_CJK_LABEL_CUES = ("地", "坐标", "工作", "办公", "근무", "주소", "勤務")
# What IGNORECASE matches to a label's ASCII letter but lowercasing does not turn into it ("baſe", "locatıon").
_FOLDS_APART = ("ſ", "ı", "İ")


def label_possible(head: str) -> bool:
    """False only when no label can match in head."""
    if head.isascii():
        low = head.lower()  # once, not once per cue
    elif any(c in head for c in _FOLDS_APART) or any(c in head for c in _CJK_LABEL_CUES):
        return True
    else:
        low = lowered(head)
    return any(k in low for k in LABEL_CUES)
