"""Vietnamese raises told as an announced round or as money attracted, which vietnamese.py did not read
(tuning_batch38, branch fund68; both texts came out with no company and no sum):

- "DualEntry, một startup AI về hoạch định tài nguyên doanh nghiệp (ERP), công bố vòng gọi vốn Series A 90 triệu đô la
  do Lightspeed và Khosla Ventures dẫn đầu" (b38-techloop-dualentry-90m-series-a-vi): "công bố vòng gọi vốn" (announced
  a funding round), its subject set off by an appositive;
- a digest's item "xAI (AI tạo sinh) — thu hút $20 tỷ đô la (vòng Series E)" (b38-sergeytereshkin-xai-20b-series-e-vi):
  "thu hút" (attracted) a sum, the company first on a list line, its sector in brackets, a dash before the verb.
"""

from __future__ import annotations

import re

_SUM = r"\$?\s?[\d.,]+\s?(?:triệu|tỷ)\s?(?:USD|đô\sla|\$)"
_RAISE = re.compile(
    r"\bcông\sbố\s(?:đã\s)?(?:vòng\s(?:gọi\svốn|tài\strợ|đầu\stư)|(?:huy\sđộng|gọi\svốn)\s(?:được\s)?\$?\s?[\d.,]+\s?(?:triệu|tỷ))"
    rf"|\bthu\shút\s(?:được\s)?(?:thêm\s)?{_SUM}",
    re.IGNORECASE,
)
# A name may open in lower case when a capital follows inside it ("xAI", "iFood"), as brands write themselves.
_TOKEN = r"(?:[A-Z][\w&'’-]*|[a-z]+[A-Z][\w&'’-]*)(?:\.[\w&'’-]+)*"
_NAME = rf"{_TOKEN}(?:\s(?:{_TOKEN}|\d+)){{0,3}}"
_VERB = r"(?:đã\s|vừa\s)?(?:công\sbố|thu\shút|huy\sđộng|gọi\svốn)"
_APPOSITIVE = re.compile(rf"(?:^|[.:\n]\s*|,\s)(?P<name>{_NAME}),\s[a-zà-ỹđ][^,.\n]{{2,120}},\s{_VERB}")
_LIST_ITEM = re.compile(rf"(?m)^[-•*–]\s(?P<name>{_NAME})\s(?:\([^)\n]{{1,60}}\)\s)?[—–:-]\s{_VERB}")


def announces_round(text: str) -> bool:
    """ "công bố vòng gọi vốn" or "thu hút N triệu USD" in the opening (first 1,200 characters)."""
    return bool(_RAISE.search(text[:1200]))


def announced_raiser(text: str) -> str | None:
    """The subject of such a raise: before its appositive, or first on a digest's list line."""
    for pattern in (_APPOSITIVE, _LIST_ITEM):
        m = pattern.search(text[:1500])
        if m:
            return m.group("name")
    return None
