"""Chinese reports of a new shareholder in a company's registry record: "X有限公司最近发生工商变更,新增股东Y".

The register (工商) records the investor as a new shareholder of the company: the investment is done, its amount and
stage often undisclosed. PEdaily's story on Tencent's stake in 云鲸智能 says only this, in simplified characters
(hs4-redian-yunjing-tencent, redian.news) and in traditional ones (b55-nanmuxuan-narwal-tencent-investment-zh,
nanmuxuan.com): both came out `other` with no company at first sight. The same wording tells a round as background in a
third publisher's story ("上海智元新創技術有限公司發生工商變更,新增股東紅杉中國、M31資本、上汽投資",
b36-degang-agibot-new-round-talks-zh, degang-solarpower.com.cn), which stays `other`: only an opening is read.
"""

from __future__ import annotations

import re

# The registry change that adds a shareholder; `kind` reads the same words as a completed raise.
SHAREHOLDER_ADDED = r"(?:发生|發生)了?工商(?:变更|變更)[，,]?(?:其)?新增(?:了)?股(?:东|東)"
# The registered name (with its bracketed city), an optional "recently", the registry change, the new shareholder(s).
NEW_SHAREHOLDER = re.compile(
    r"(?P<co>[^\s，。,、:：；;“”\"「」]{2,30}?(?:有限公司|有限責任公司|有限责任公司))(?:最近|近日|日前|近期)?"
    + SHAREHOLDER_ADDED
    + r"(?P<holders>[^。\n]{2,80}?)(?=[。；;\n]|$)"
)


def registry_change(text: str) -> tuple[str, str | None] | None:
    """(the company whose registry record adds a shareholder, the one new shareholder or None for a list "A、B、C"),
    or None when the text tells no investment that way."""
    m = NEW_SHAREHOLDER.search(text)
    if not m:
        return None
    holder = m.group("holders").strip()
    return m.group("co"), None if re.search(r"[、，,和及与與]", holder) else holder


def registry_change_raiser(text: str) -> str | None:
    """The company whose registry record adds a shareholder, when the text tells its investment that way."""
    found = registry_change(text)
    return found[0] if found else None


def registry_change_investor(text: str) -> str | None:
    """The one new shareholder named ("新增股东广西腾讯创业投资有限公司"); None for a list ("A、B、C")."""
    found = registry_change(text)
    return found[1] if found else None
