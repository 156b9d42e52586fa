"""An Arabic text's fund launch: "أعلن "سوفت بنك" ... عن إطلاق صندوق استثماري" (announced the launch of an investment
fund). No rule read Arabic funds: tuning_hs10 (session 10's holdout, then tuning) had two read as a round and as
`other` (hs10-aalamy-softbank-opportunity-growth-fund-ar, hs10-djazairess-algeria-first-private-fcpr-ar).

- A launch: the noun or the verb of launching, founding or setting up before "صندوق" (fund): "إطلاق صندوق", "بإطلاق
  أول صندوق", "تأسيس صندوق", "أطلقت صندوقاً". An initiative or a plan to launch one ("مبادرة لإطلاق صندوق", arabic.cnn.com
  on Kuwait's proposed fund; "تخطط لإطلاق") is not a launch: the prefixed "لإطلاق" (to launch) is not read, nor a
  sentence with a word of seeking (arabic._SOUGHT).
- The manager: the name the announcing verb quotes ("أعلن "سوفت بنك""), else "شركة" and its name; a minister who
  welcomes a fund ("رحّب وزير ...") manages none of it, so the manager stays unknown.
- The size: the first sum within the 400 characters after the launch ("سيبدأ بمبلغ 100 مليون دولار").
"""

from __future__ import annotations

import re

from talentintel.funding import arabic as ar

_AR = r"[\u0621-\u064a]"
_LAUNCH = re.compile(rf"(?<!{_AR})(?:ب?إطلاق|ب?تأسيس|ب?إنشاء|أطلقت?|أسست?|أنشأت?)\s(?:أول\s)?(?:صندوق|صندوقا)(?!{_AR})")
_ANNOUNCER = re.compile(rf"(?<!{_AR})(?:أعلنت?|أطلقت?)\s(?:شركة\s)?[“\"«](?P<q>[^”\"»\n]{{2,40}})[”\"»]")
_NAMED = re.compile(r"(?:سمي|باسم|تحت\sاسم)\s[“\"«](?P<n>[^”\"»\n]{2,60})[”\"»]")


def launched_fund(text: str) -> tuple[str | None, tuple[float, str, str] | None, str | None] | None:
    """(manager, (amount, currency, words), fund name) when the Arabic opening launches a fund, else None."""
    if not ar.is_arabic(text):
        return None
    found = _LAUNCH.search(text[:800])
    if found is None:
        return None
    start, _end = ar.sentence_of(text, found.start())
    if ar.sought_between(text, start, found.start()):
        return None
    said = _ANNOUNCER.search(text, start, found.start())
    money = ar.amount(text, found.start())
    amount = money if money and text.find(money[2], found.start()) - found.end() < 400 else None
    named = _NAMED.search(text, found.end(), found.end() + 400)
    return (said.group("q").strip() if said else None), amount, (named.group("n").strip() if named else None)
