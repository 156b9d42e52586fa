"""A headline deal read by one language's own reader, before the English-shaped rules of `deals` run.

Each reader answers only for text in its language (script or raise verbs), so their order matters little; the
Vietnamese reader comes first because it also tells a commentary's `other` apart (its kind is returned as read).
"""

from __future__ import annotations

from datetime import date

from talentintel.funding.deals_ar import arabic_deal, arabic_fund_deal
from talentintel.funding.deals_bn import bengali_deal
from talentintel.funding.deals_he import hebrew_deal
from talentintel.funding.deals_hi import hindi_deal
from talentintel.funding.deals_indic import indic_deal
from talentintel.funding.deals_is import icelandic_deal
from talentintel.funding.deals_pl import polish_deal
from talentintel.funding.deals_ru import russian_deal
from talentintel.funding.deals_sc import scandinavian_deal
from talentintel.funding.deals_th import thai_deal
from talentintel.funding.deals_tr import turkish_deal
from talentintel.funding.deals_vi import vietnamese_deal
from talentintel.funding.fund_closings import closing_told
from talentintel.funding.types import Deal


def language_deal(part: str, published: date | None, announced: date | None) -> tuple[Deal, str] | None:
    """(deal, kind) when one language's reader reads the part's headline deal, else None."""
    vietnamese = vietnamese_deal(part, announced)  # "gọi vốn thành công" (deals_vi)
    if vietnamese is not None:
        return vietnamese, vietnamese.kind
    fund = arabic_fund_deal(part, announced, published)  # "أعلن ... عن إطلاق صندوق" (arabic_fund)
    if fund is not None:
        return fund, "fund"
    round_deal = (
        bengali_deal(part, announced)  # "তহবিল সংগ্রহ" (deals_bn)
        or turkish_deal(part, announced, published)  # "yatırım aldı" (deals_tr)
        # fund43, tuning_batch26: "جمعت شركة HMD ... 100 مليون دولار" (deals_ar), "ब्लूस्मार्ट ने ... जुटाए हैं" (deals_hi),
        # "Golem Network ..., potrzebował ... by zebrać finansowanie" (deals_pl)
        or arabic_deal(part, announced, published)
        or hindi_deal(part, announced, published)
        or indic_deal(part, announced, published)  # "500 മില്യൺ ഡോളർ സമാഹരിച്ചു" (deals_indic: gu, kn, ml, ta, te)
        or polish_deal(part, announced, published)
        or scandinavian_deal(part, announced, published)  # "har samlet inn 15 millioner dollar" (deals_sc)
        or thai_deal(part, announced, published)  # "OpenAI ... รับเงินลงทุนเพิ่มอีก 300 ล้านเหรียญสหรัฐ" (deals_th)
        or hebrew_deal(part, announced, published)  # "ויימו גייסה 2.25 מיליארד דולר" (deals_he, fund59)
        or icelandic_deal(part, announced, published)  # "safnaði 400 milljónum dala" (deals_is, fund59)
        or russian_deal(
            part, announced, published
        )  # "xAI ... объявил о привлечении 6 миллиардов долларов" (deals_ru; "проект Karak привлек $48 млн", batch43)
    )
    if round_deal is not None and closing_told(part):
        # "نجح الصندوق في إنجاز الإغلاق الأولي بقيمة 36 مليون دولار": the amount read is a fund's closing (fund_closings)
        round_deal.kind, round_deal.round, round_deal.lead_investors = "fund", None, []
        return round_deal, "fund"
    return (round_deal, "round") if round_deal is not None else None
