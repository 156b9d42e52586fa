"""A listed Japanese company's securities registration for a third-party allotment: a `round` (the lead's decision (b)
of session 23: shares, or warrants to be exercised, issued for cash to named investors are a round, round null).

A 有価証券届出書 is a form, not a story: no raise verb, the issuer named in a 【会社名】 field or in the name of the
warrants it issues, the allottee as 割当予定先, the money as a 合算した金額 / 払込金額の総額 in a table. Seen on tuning from
three publishers of filings (all read as `other` or with the form's own term "本第三者割当" as the company):
financialreports (b47-financialreports-ai-storm-warrants-ja: "【会社名】 AIストーム株式会社", "合算した金額 ...
6,026,435,275円"), japanstockdata (b53-...-geniee-ja: "割当予定先である株式会社ジーニー"), kenkyoinvesting
(b53-...-softfront-...: "株式会社ソフトフロントホールディングス第15回新株予約権").
Allotments that bring no new money from investors stay `other`: to employees or officers (stock options), free or
to all shareholders (無償割当, 株主割当), a split, a share exchange or a contribution in kind.
"""

from __future__ import annotations

import re
from datetime import date

from talentintel.funding.fx import to_usd
from talentintel.funding.types import Deal

_FILING = re.compile(r"有価証券届出書|【募集要項】")
_ALLOTMENT = re.compile(r"第三者割当|その他の者に対する割当|割当予定先")
_NOT_CASH = re.compile(r"ストック・?オプション|従業員|当社役員|株式分割|無償割当|株主割当|株式交換|現物出資")
_CORP = r"(?:株式会社[^\s|【】()（）、。「」]{1,30}?|[^\s|【】()（）、。「」]{1,30}?株式会社)"
_FILER = re.compile(rf"【会社名】\s*(?P<name>{_CORP})(?=[\s(（|【]|$)")
_WARRANT_ISSUER = re.compile(rf"(?P<name>{_CORP})第\d+回新株予約権")
_ALLOTTEE = re.compile(rf"割当予定先である(?P<name>{_CORP})(?=[\s(（、。]|$)")
_TOTAL = re.compile(r"(?:合算した金額|払込金額の総額)[^\d]{0,40}?(?P<yen>\d{1,3}(?:,\d{3})+)円")


def allotment_filing(text: str, day: date | None) -> Deal | None:
    """The round a third-party allotment filing registers, or None when the text is no such filing."""
    head = text[:6000]
    if not (_FILING.search(head) and _ALLOTMENT.search(head)) or _NOT_CASH.search(head):
        return None
    issuer = _FILER.search(head) or _WARRANT_ISSUER.search(head)
    allottee = _ALLOTTEE.search(head)
    investors = [allottee.group("name")] if allottee else []
    deal = Deal(
        kind="round",
        company=issuer.group("name") if issuer else None,
        investors=investors,
        lead_investors=list(investors),  # one named allottee: the round's one investor leads it
        announced_on=day,
    )
    if total := _TOTAL.search(head):
        yen = float(total.group("yen").replace(",", ""))
        usd = to_usd(yen, "JPY", day.year if day else None)
        deal.amount_usd = round(usd, 2) if usd is not None else None
        deal.currency, deal.amount_original = "JPY", f"{total.group('yen')}円"
    return deal
