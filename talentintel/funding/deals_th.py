"""A Thai text's headline round (the English and CJK rules read Thai as `other`; tuning_batch32).

"TechCrunch รายงานข่าวว่า OpenAI เจ้าของแชทบอทระบบ AI อย่าง ChatGPT รับเงินลงทุนเพิ่มอีก 300 ล้านเหรียญสหรัฐ"
(b32-positioningmag-openai-300m-th, read `other`): the raiser is the Latin name that opens the clause of a completed
raise ("รับเงินลงทุน", "ได้รับเงินลงทุน", "ระดมทุนได้", "ปิดการระดมทุน"), the amount is the first sum after the verb in
"ล้าน"/"พันล้าน" of dollars or baht; a USD sum wins over a baht restatement. A plan or talks ("แผนการเพิ่มทุน", "เจรจา")
has none of these verbs and stays `other` (b32-blognone-openai-round-apple-out-th).
"""

from __future__ import annotations

import re
from datetime import date

from talentintel.funding.language_reader import reader_round
from talentintel.funding.lead_list_bounds import LIST_STOP
from talentintel.funding.rounds import classify_round
from talentintel.funding.types import Deal

_THAI = re.compile(r"[\u0e00-\u0e7f]")
_RAISED = re.compile(r"(?:ได้)?รับเงินลงทุน(?:เพิ่ม)?(?:อีก)?|ระดมทุน(?:ได้|สำเร็จ)|ปิดการระดมทุน")
_NAME = r"(?P<name>[A-Z][\w.&'’-]*(?:\s[A-Z0-9][\w.&'’-]*){0,3})"
# The raiser opens the raise's clause: the Latin name after a clause start, before Thai words (a description) and the verb.
_RAISER = re.compile(rf"(?:^|\n|ว่า\s?|\s)(?<![A-Za-z]){_NAME}\s[^\n]{{0,80}}?(?:ได้)?(?:รับเงินลงทุน|ระดมทุน|ปิดการระดมทุน)")
_MONEY = re.compile(r"(?P<n>\d[\d,]*(?:\.\d+)?)\s?(?P<unit>พันล้าน|ล้าน)\s?(?P<cur>เหรียญสหรัฐ|ดอลลาร์(?:สหรัฐ)?|บาท)")
_LED = re.compile(r"นำโดย\s*(?P<lead>[A-Z][^\s,]*(?:\s[A-Z][^\s,]*){0,4})")


def _money(text: str, at: int) -> tuple[float, str, str] | None:
    found = [m for m in _MONEY.finditer(text, at)][:3]
    usd = [m for m in found if m.group("cur") != "บาท"]
    if not found:
        return None
    m = (usd or found)[0]
    value = float(m.group("n").replace(",", "")) * (1e9 if m.group("unit") == "พันล้าน" else 1e6)
    return value, "THB" if m.group("cur") == "บาท" else "USD", m.group(0)


def thai_deal(part: str, announced: date | None, published: date | None) -> Deal | None:
    """A round when a Thai text reports one raised by a Latin-named company; None otherwise."""
    if len(_THAI.findall(part[:400])) < 40:
        return None
    raise_at = _RAISED.search(part)
    if raise_at is None:
        return None
    # The raiser of the first sentence that both names a company and reports the raise.
    m = next((m for m in _RAISER.finditer(part) if _RAISED.search(m.group(0))), None)
    if m is None:
        return None
    leads = [LIST_STOP.split(x.group("lead"))[0].strip() for x in _LED.finditer(part)][:1]
    return reader_round(
        m.group("name"), _money(part, m.end()), classify_round(part), leads, announced or published, announced
    )
