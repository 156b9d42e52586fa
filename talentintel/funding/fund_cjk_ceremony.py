"""A Chinese state or industry fund announced by its ceremony: signed, unveiled or released with a name ending in 基金.

Chinese city and industry funds are told by the event that founds them, not by a raise verb: "举行了上海市人工智能产业投资
基金签约仪式" (tuning_hs15 jiuzzc), "京西产业引导基金签约发布" (tuning_hs18 glxcb), "濟南新舊動能轉換先行區創業投資母基金
簽約儀式在濟南舉行" (tuning_hs6 tlcrb), "昆山市人工智能产业基金发布" (tuning_hs7 egsea), "江城産業投資基金…揭牌儀式暨品牌
發佈活動" (tuning_funds23 cri); each was read `other` with the kind rules (the fund85 catalog's kind class: 17 of 23 fund
texts still need the kind model). The fund's own name before the ceremony word is what makes it a fund event; a
programme's call for sub-fund managers (遴选, 申报) is not one.
"""

from __future__ import annotations

import re

# A fund's name, then the ceremony: "…基金签约仪式", "…基金签约发布", "…基金发布", "(以下簡稱“江城基金”)揭牌".
_CEREMONY = re.compile(
    r"[^\s，。,、“”\"]{2,40}(?:基金|母基金)(?:[(（][^)）]{0,30}[)）])?(?:首批项目)?(?:签约|簽約|揭牌|正式发布|正式發布|发布|發佈|發布)"
    r"(?:仪式|儀式|发布|發布|活动|活動)?"
)
_NOT_EVENT = re.compile(r"遴选|遴選|申报|申報|招募|征集|徵集|公示")


def ceremony_fund(text: str) -> bool:
    """The opening announces a named fund by its signing, unveiling or release."""
    head = text[:400]
    return bool(_CEREMONY.search(head)) and not _NOT_EVENT.search(head)
