"""Vietnamese raise shapes vietnamese.py did not read (tuning_batch26, branch fund43; both texts came out `other`):

- the raiser set off by an appositive before the verb: "Sky Mavis, công ty đứng sau trò chơi Axie Infinity, huy động
  được 150 triệu USD" (b26-baodautu-sky-mavis-150m-vi; "huy động được" = managed to raise); "Polymer Labs, một giao
  thức mạng dựa trên mô-đun IBC, đã giành được Series A" (secured; hs13-tintucbitcoin-polymer-labs-23m-series-a-vi);
- a lead named with what it belongs to: "do Binance của tỷ phú Changpeng Zhao dẫn đầu" (led by Binance of the
  billionaire Changpeng Zhao);
- a report's deals told one clause each, investor first (b26-vneconomy-messari-feb-rounds-vi): "Tether đã đầu tư 200
  triệu USD vào nền tảng thương mại trực tuyến Whop" (Tether invested ... in the online-commerce platform Whop: one
  investor, the lead), "Pantera Capital dẫn dắt vòng Series B trị giá 75 triệu USD cho nền tảng dự đoán thể thao
  Novig" (Pantera Capital led the USD 75M Series B for the sports-prediction platform Novig).
"""

from __future__ import annotations

import re
from datetime import date

from talentintel.funding import vietnamese as vi
from talentintel.funding.rounds import classify_round
from talentintel.funding.types import Deal

_TOKEN = r"[A-Z][\w&'’-]*(?:\.[\w&'’-]+)*"
_NAME = rf"{_TOKEN}(?:\s(?:{_TOKEN}|\d+)){{0,3}}"
_MONEY = r"[\d.,]+\s?(?:triệu|tỷ)\s?(?:USD|đô\sla(?:\sMỹ)?|\$)"
# Lower-case words describing the company before its name ("nền tảng thương mại trực tuyến").
_DESCRIBED = r"(?:[a-zà-ỹđ][\w-]*\s){0,8}?"
_APPOSITIVE = re.compile(
    rf"(?:^|[.:\n]\s*|,\s)(?P<name>{_NAME}),\s[a-zà-ỹđ][^,.\n]{{2,90}},\s(?:đã\s|vừa\s)?(?:huy\sđộng|gọi\svốn|nhận|giành\sđược)"
)
_OWNED_LED = re.compile(rf"\bdo\s(?P<name>{_NAME})\scủa\s[^,.\n]{{2,60}}?\s(?:dẫn\sdắt|dẫn\sđầu)")
_INVESTED = re.compile(
    rf"(?P<investor>{_NAME})\sđã\sđầu\stư\s(?P<money>{_MONEY})\svào\s{_DESCRIBED}(?P<company>{_NAME})"
)
_LED_FOR = re.compile(
    rf"(?P<investor>{_NAME})\s(?:dẫn\sdắt|dẫn\sđầu)\svòng\s(?P<stage>[^.\n]{{0,30}}?)\s?trị\sgiá\s(?P<money>{_MONEY})"
    rf"\scho\s{_DESCRIBED}(?P<company>{_NAME})"
)
# A raise verb with its sum right after it: "huy động được" (managed to raise), "huy động thành công" / "gọi vốn thành
# công" (raised successfully), and crypto press's code-switched English "raise" ("sự kiện raise hơn 20 triệu đô la",
# hs21-imbdao-nillion-20m-raise-vi). The sum after the verb is the round's, not an earlier one: "Vụ hack hơn 600 triệu
# USD ... công bố đã gọi vốn thành công 150 triệu USD" (hs21-ameritecjsc-sky-mavis-150m-after-ronin-hack-vi took the
# hack's 600). Seven tuning texts write the verb next to its sum (fund86).
_RAISED_MORE = re.compile(
    r"(?:huy\sđộng\s(?:được|thành\scông)|gọi\svốn\sthành\scông|(?<![\w-])raise)\s(?:được\s)?"
    r"(?:hơn\s|khoảng\s|gần\s|tới\s)?[\d.,]+\s?(?:triệu|tỷ)",
    re.IGNORECASE,
)


def raises_more(text: str) -> bool:
    """ "huy động được 150 triệu USD" (managed to raise) or "raise hơn 20 triệu" in the opening (1,200 characters)."""
    return bool(_RAISED_MORE.search(text[:1200]))


def raised_amount(text: str) -> tuple[float, str] | None:
    """The sum right after "huy động được" ("huy động được 150 triệu USD"), not an earlier one (a hack's 600 triệu)."""
    m = _RAISED_MORE.search(text[:1200])
    return vi.amount(text[m.start() : m.start() + 80]) if m else None


def appositive_raiser(text: str) -> str | None:
    m = _APPOSITIVE.search(text[:1500])
    return m.group("name") if m else None


def owned_leads(text: str) -> list[str]:
    m = _OWNED_LED.search(text)
    return [m.group("name")] if m else []


def clause_deals(text: str, announced: date | None) -> list[Deal]:
    """One round per clause that names an investor, a sum and the company it went to, in text order."""
    if not vi.is_vietnamese(text):
        return []
    found = sorted([*_INVESTED.finditer(text), *_LED_FOR.finditer(text)], key=lambda m: m.start())
    deals: list[Deal] = []
    for m in found:
        money = vi.amount(m.group("money"))
        stage = classify_round(m.group("stage")) if "stage" in m.groupdict() else None
        deal = Deal(kind="round", company=m.group("company"), round=stage, announced_on=announced)
        if money:
            deal.amount_usd, deal.currency, deal.amount_original = money[0], "USD", money[1]
        deal.lead_investors = [m.group("investor")]
        deal.investors = list(deal.lead_investors)
        deals.append(deal)
    return deals
