"""Russian and Persian amounts and the words around them that say whether a sum is the round.

`money.find_money` read "600 млн евро" but scored it 0, since the raise verbs it knows are English and Romance; it did
not read Persian sums at all (tuning_hs20, fund84: amount missed in hs20-glavnoe-helsing-600m-eur-prima-materia-ru,
hs20-tkrf-bitfury-20m-round-itech-capital-profile-ru and hs20-deepto-dualentry-90m-series-a-lightspeed-khosla-fa).

- Russian: "инвестировал 600 млн евро" (invested), "возглавила инвестиционный раунд на сумму 600 млн евро" (led a
  round of), "он возглавил раунд на $20 млн", "привлек $48 млн" (raised; b43-gncrypto-karak), "получила" (received),
  "собрала" (collected). A valuation: "Компанию оценили в 12 млрд евро", "повысило стоимость компании до 12 млрд".
  An earlier raise or a total: "после того, как Groq привлек $750 млн" (after X raised), "с момента ее основания"
  (since its founding; hs8-finecho-nvidia-groq-20b-ru, an acquisition read as a round once its sums were scored).
- Persian: "جذب سرمایه 90 میلیون دلاری" (raising capital of USD 90 million), "دریافت" (receiving); the valuation
  "ارزش این کسبوکار ... را 415 میلیون دلار برآورد کرد" (valued the business at). Sums: a number (Western or Persian
  digits) and میلیون (million) or میلیارد (billion), then دلار (dollar; "دلاری" as an adjective) or یورو (euro).

The cue patterns are entries of money_languages.LANGUAGES, which money._score reads.
"""

from __future__ import annotations

import re

_DIGITS = str.maketrans("۰۱۲۳۴۵۶۷۸۹٠١٢٣٤٥٦٧٨٩٫", "01234567890123456789.")
_FA_SCALE = {"میلیون": 1e6, "میلیارد": 1e9}
_FA_CURRENCY = {"دلار": "USD", "یورو": "EUR"}
_FA_MONEY = re.compile(
    r"(?<![\d۰-۹])(?P<num>[\d۰-۹]+(?:[.,٫][\d۰-۹]+)?)\s?(?P<scale>میلیون|میلیارد)\s?(?P<cur>دلار|یورو)ی?"
    r"(?![\u0600-\u06ff])"
)
RU_RAISE_BEFORE = re.compile(
    r"(?<![\u0400-\u04ff])(?:(?:привлек(?:ла|ло|ли)?|инвестировал[аои]?|вложил[аои]?|получил[аои]?|собрал[аои]?)"
    r"\s(?:[\u0400-\u04ff]+\s){0,2}|раунд[аеу]?\s(?:[\u0400-\u04ff]+\s)?(?:на\s(?:сумму\s)?|в\sразмере\s))"
    r"(?:около\s|более\s|свыше\s|почти\s)?$",
    re.IGNORECASE,
)
RU_VALUATION_BEFORE = re.compile(
    r"(?<![\u0400-\u04ff])(?:оценил[аои]?|оценен[аоы]?|оценк[аеу]|стоимост[ьи]|капитализаци[яюи])"
    r"(?:\s[\u0400-\u04ff]+){0,2}\s(?:в|до)\s(?:около\s|более\s|почти\s)?$",
    re.IGNORECASE,
)
# A raise told as the time of another event is an earlier one: "сделка была заключена ... через несколько месяцев после
# того, как Groq привлек $750 млн" (hs8-finecho-nvidia-groq-20b-ru: an acquisition, the bought company's last round).
RU_EARLIER_BEFORE = re.compile(
    r"(?:после\sтого,?\sкак|(?<![\u0400-\u04ff])(?:ранее|до\sэтого))\s(?:[^\s.]+\s){0,4}$", re.IGNORECASE
)
# "Disruptive инвестировала в компанию более $500 млн с момента ее основания в 2016 году" (hs8-finecho): since founding.
RU_TOTAL_AFTER = re.compile(r"^\s?(?:[\u0400-\u04ff]+\s){0,2}?(?:с\sмомента|со\sдня|за\sвсю\sисторию|в\sсумме|всего)\b")
FA_RAISE_BEFORE = re.compile(r"(?:جذب|دریافت|جمع\s?آوری)(?:\s\S+){0,2}\s$")
FA_VALUATION_BEFORE = re.compile(r"ارزش(?:\s\S+){0,5}\s$")
# Persian puts the verb after its object (money_f23): "با برگزاری دو پیش فروش، ۱.۷ میلیارد دلار سرمایه جذب کرد"
# (attracted USD 1.7 billion of capital; b51-mehrnews-telegram-presales-1-7bn-fa read no amount), "۸۵۰ میلیون دلار
# سرمایه نیز جمع آوری کرده بود" (had collected). The verb within a few words after the sum, in the same clause.
FA_RAISE_AFTER = re.compile(
    r"^\s?(?:[^\s.،؛]+\s){0,5}?(?:جذب|دریافت|جمع\s?آوری)\s?(?:کرد|کرده|کند|کنند|کردند|نمود|شد|شده)"
)


def find_persian_money(text: str) -> list[tuple[int, int, float, str, str]]:
    """(start, end, value, currency, original) for each Persian sum."""
    found = []
    for m in _FA_MONEY.finditer(text):
        number = m.group("num").translate(_DIGITS).replace(",", ".")
        value = float(number) * _FA_SCALE[m.group("scale")]
        found.append((m.start(), m.end(), value, _FA_CURRENCY[m.group("cur")], m.group(0)))
    return found
