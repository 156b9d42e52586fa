"""Lines of a page that are no sentence of the story: an ad label, a share prompt, a bare date, a breadcrumb.

`kind.opening` reads the headline and the first sentence; a page copied with its furniture puts "advertisement" or
"2026-02-05 08:14" there and pushes the lede out. Seen on tuning_hs10 (session 10's holdout, then tuning): "advertisement"
before "Kenya’s Startup Struggles And The Road Ahead" (hs10-cioafrica-kenya-2024-total-shutdowns), "熱門資訊> 正文"
then "2026-02-05 08:14" (hs10-hstong-embodied-ai-2024-total-zh), "Wednesday, February 22, 2023" over a headline
(hs10-riazhaq-karachi-startups-2022-total), "Connect with us" / "Published" / "on" (hs10-dripp-bharatgen-...); the
same furniture on other real pages (pages corpus): "Advertisement" (lebanon24.com), "Updated March 19th, 2024 at
22:13 IST" and "2 min read" (republicworld.com). Chinese bylines and credits ("文|...記者...", "編輯|...",
"頭圖來源|...") before the lede of a magazine piece (tuning_batch36, b36-degang-agibot-new-round-talks-zh).
"""

from __future__ import annotations

import re

_MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?"
_NOISE = re.compile(
    r"(?:advertisement|sponsored|connect\swith\sus|published|updated|on|share|listen\sto\sthis\sarticle|"
    r"\d+\smin(?:ute)?s?\sread|(?:mining|crypto|tech|business|breaking)\snews)\W*|"
    # A date or a time alone: "Wednesday, February 22, 2023", "2026-02-05 08:14", "Updated March 19th, 2024 at 22:13 IST".
    rf"(?:updated\s|published\s)?(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s)?(?:{_MONTH}\s\d{{1,2}}(?:st|nd|rd|th)?,?"
    rf"\s\d{{4}}|\d{{1,2}}\s{_MONTH}\s\d{{4}}|\d{{4}}[-/.]\d{{1,2}}[-/.]\d{{1,2}})(?:,?\s(?:at\s)?\d{{1,2}}:\d{{2}}(?::\d{{2}})?"
    r"(?:\s?[AP]M)?(?:\s[A-Z]{2,4})?)?|"
    # A breadcrumb: "熱門資訊> 正文", "Home > News > Startups" (a ">" between a few words, no sentence).
    r"[^\s.>]{1,20}(?:\s?>\s?[^\s.>]{1,20}){1,4}|"
    # A Chinese byline or credit: "文|《中國企業家》記者閆俊文", "編輯|李薇", "頭圖來源|視覺中國" (b36-degang-agibot-...),
    # also after the outlet's name: "铅笔道作者 | 直八" (b41-qq-zhongke-boxin-angel-zh read no lede, kind other).
    r"(?:[^\s|丨｜:：。，,]{1,8}?)?(?:文|作者|撰文|编辑|編輯|记者|記者|头图来源|頭圖來源|题图来源|題圖來源|图片来源|圖片來源|来源|來源)\s?[|丨｜:：][^。！？\n]{1,40}",
    re.IGNORECASE,
)


# One capitalised word alone on its line is a page's label, not a sentence: a source credit under an aggregator's
# headline ("Cybersecurity AI's $30M Bet: Revolution or Catastrophe?" / "Techrepublic" / "Prophet Security recently
# announced it secured $30 million", b48-omeganext-prophet-security-30m; "CTVC", f22-ctvc-planeteer-54m-energize-430m;
# "Wallstreetcn", hs9-lbkrs-fluidstack-gpu-backed-10b) or a section label ("Summary", "Overview", "Background",
# "Description" on 39 tuning pages of 30-odd publishers). It pushed the lede out of the two-part opening, and the headline's
# question read as the story's kind. A sentence part keeps its full stop, so a bare word is a line; a one-word first
# line is still the headline.
_LONE_WORD = re.compile(r"(?-i:[A-Z])[A-Za-z'’&-]{1,30}")


def is_noise_line(part: str) -> bool:
    return bool(_NOISE.fullmatch(part.strip()))


def is_label_line(part: str) -> bool:
    """A lone capitalised word on its line, a credit or a section label (not read as a headline: the caller skips it
    only after the first line)."""
    return bool(_LONE_WORD.fullmatch(part.strip()))
