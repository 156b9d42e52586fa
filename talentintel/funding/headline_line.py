"""A page whose first line is a site, section or newsletter title, not the headline (issue 13, branch fund83).

`extract.split_headline` takes the first short line as the headline. Copied pages often open on furniture instead:
a newsletter's section "Five stories that matter" over "⚡ 01 NVIDIA writes its first cheque into legal tech, topping up
Legora’s Series D to $600M" (hs5-flank-legora-d-ext, read as a $60M Series A), a nav link "Skip to content"
(b21-learnanddevelop-europe-week-electra), a site name "Liabooks Home|PRISM News" (c4-liabooks-apptronik-series-a),
a Chinese byline "界面新聞記者 |周姝祺" (hs7-telecomossbss-embodied-ai-tashi). The headline is the first line that reads
like one: when the first line tells no raise and no sum and the next line does in a headline's length, the first line
is furniture and is dropped.
"""

from __future__ import annotations

import re

from talentintel.funding.kind import reports_raise
from talentintel.funding.money import find_money

_HEADLINE_MAX = 220
# A title names no figure: "Five stories that matter", "Posts", "TL;DR", "블록체인 일반".
_TITLE_MAX = 60
_ROUND_WORD = re.compile(r"\b(?:Series\s[A-H]|seed|round|funding|raises?|raised)\b|融资|融資|調達|투자", re.IGNORECASE)


def _reads_as_headline(line: str) -> bool:
    # A headline closes on no full stop; a lede's sentence does ("Kestrel Fund II" over "We closed our second fund at
    # $60 million last week; ...": the fund's name is the headline, tests/funding/test_fund16_rules.py).
    if line.endswith(tuple(".。")):
        return False
    return len(line) <= _HEADLINE_MAX and bool(reports_raise(line) or (find_money(line) and _ROUND_WORD.search(line)))


# Furniture lines a page puts before the story, beyond `opening_noise`'s: a publication stamp in French, Spanish,
# Portuguese, Italian or German ("Publié le 14 sept. 2023 à 7:00Mis à jour le 14 sept. 2023 à 16:02",
# tsarina-verkor-2bn), and Chinese credits written with a space, not a bar ("极目新闻记者 胡长幸", "实习生 谢家兴", "通讯员 何金龙",
# c4-fensifuwu-minsheng-series-b; "作者 I 张继文", "报道 I 投资界PEdaily", hs4-redian-yunjing-tencent).
_STAMP = re.compile(
    r"(?:Publié|Mis\sà\sjour|Publicado|Actualizado|Atualizado|Pubblicato|Aggiornato|Veröffentlicht|Aktualisiert)"
    r"\s(?:le|el|em|en|il|am)\s[^\n]{4,90}",
    re.IGNORECASE,
)
_CREDIT = re.compile(
    r"[^\s|丨｜:：。，,]{0,8}?(?:记者|記者|实习生|實習生|通讯员|通訊員|作者|撰文|编辑|編輯|报道|報道|责编|責編)"
    r"\s(?:[I|丨｜]\s)?[^\s。！？，,]{2,16}"
)


def _furniture(line: str) -> bool:
    # `opening_noise`'s own lines ("ADVERTISEMENT") stay: kind reads past them, and the headline rules were tuned with
    # them in place (b13-mbcomph-h1-2025 turned into a round when "ADVERTISEMENT" was dropped before its headline).
    return bool(_STAMP.fullmatch(line) or _CREDIT.fullmatch(line))


def without_furniture_lines(text: str) -> str:
    """`text` from its first line that is not page furniture (at most five such lines are dropped)."""
    for _ in range(5):
        first, newline, rest = text.partition("\n")
        if not newline or not first.strip() or not _furniture(first.strip()):
            break
        text = rest.lstrip("\n")
    return text


def without_title_line(text: str) -> str:
    """`text` without a first line that is a title over the headline (unchanged otherwise)."""
    first, newline, rest = text.partition("\n")
    title = first.strip()
    if not newline or not title or len(title) > _TITLE_MAX:
        return text
    # A line that ends on a full stop is a sentence of the story ("知名企业收购人工智能AI)初创公司的脚步越来越快了。",
    # cjk6-qigequan-ai-acquisitions-trend, whose next line is a market figure), not a title.
    if (
        re.search(r"\d", title)
        or reports_raise(title)
        or _ROUND_WORD.search(title)
        or title.endswith(tuple(".。!?！？"))
    ):
        return text
    following = rest.lstrip("\n")
    second = following.partition("\n")[0].strip()
    return following if second and _reads_as_headline(second) else text
