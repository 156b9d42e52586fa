"""Rounds in Gujarati, Kannada, Malayalam, Tamil and Telugu (deals_indic), Persian verb-final raises and Indonesian raise
verbs (money_f23). Sentences quoted from real pages are cited; SYNTHETIC ones are marked."""

from __future__ import annotations

from datetime import date

import pytest

from talentintel.funding.deals_indic import amount_in, indic_deal, script_of
from talentintel.funding.money import round_amount
from tests.funding.tuning_texts import tuning_deals

_PAD = {
    # Filler in each script so that script_of recognises the text (60 letters); SYNTHETIC.
    "gu": " આ સમાચાર વેપાર વિભાગમાં પ્રકાશિત થયા હતા અને વધુ માહિતી માટે કંપનીની વેબસાઇટ જુઓ.",
    "ml": " ഈ വാർത്ത ബിസിനസ് വിഭാഗത്തിൽ പ്രസിദ്ധീകരിച്ചതാണ്, കൂടുതൽ വിവരങ്ങൾ കമ്പനിയുടെ വെബ്സൈറ്റിൽ ലഭ്യമാണ്.",
    "te": " ఈ వార్త వ్యాపార విభాగంలో ప్రచురించబడింది మరియు మరిన్ని వివరాలు కంపెనీ వెబ్‌సైట్‌లో ఉన్నాయి.",
}


@pytest.mark.parametrize(
    ("text_id", "amount", "stage"),
    [
        # gujarati.news18.com: "બિઝનેસ ટુ બિઝનેસ માર્કેટપ્લેસ Moglixએ નવા ફંડિંગ રાઉન્ડમાં 120 મિલિયન ઉભા કર્યા છે."
        ("b53-news18-moglix-120m-series-e-gu", 120e6, "series_e"),
        # chitralekha.com: "... 185 મિલિયન ડોલર (રૂ. 1380 કરોડ) સિરીઝ ઈ-ફન્ડિંગ રાઉન્ડ ..." (the rupee sign's point ends no sentence)
        ("b28-chitralekha-shiprocket-185m-gu", 185e6, "series_e"),
        # businesshour.in: "... ഓൺലൈൻ ലേണിങ് പ്ലാറ്റ്ഫോം ബൈജുസ് 500 മില്യൺ ഡോളർ സമാഹരിച്ചു."
        ("b53-businesshour-byjus-500m-silver-lake-ml", 500e6, None),
    ],
)
def test_a_round_in_the_five_scripts_is_read(text_id: str, amount: float, stage: str | None) -> None:
    head = tuning_deals(text_id)[0]
    assert head.kind == "round" and head.amount_usd == pytest.approx(amount) and head.round == stage


def test_a_kannada_rupee_round_converts_at_the_rupee_rate() -> None:
    # newskaravali.com: "... ಚಿಂಗಾರಿಗೆ 10 ಕೋಟಿ ರೂಪಾಯಿ ಸೀಡ್ ಫಂಡಿಂಗ್ ಸಂಗ್ರಹವಾಗಿದೆ." (10 crore rupees of seed funding)
    head = tuning_deals("b53-newskaravali-chingari-10-crore-seed-kn")[0]
    assert head.kind == "round" and head.round == "seed" and head.currency == "INR"
    assert head.amount_usd is not None and abs(head.amount_usd - 1156069.36) <= 0.02 * 1156069.36


@pytest.mark.parametrize(
    "text_id",
    [
        # chennaimalayali.com: "... 23 കരാറുകളിൽ നിന്നായി 1,235 മില്യൻ ഡോളർ ... സംസ്ഥാനത്തെ സ്റ്റാർട്ടപ്പു സമാഹരിച്ചെന്നാണു"
        "b53-chennaimalayali-tamil-nadu-q1-1235m-ml",
        # malayalam.rashtrashabdam.com: "... 1.6 ലക്ഷം കോടി ഡോളറാണ് ഇന്ത്യൻ സ്റ്റാർട്ടപ്പുകൾ സമാഹരിച്ചിരിക്കുന്നത്."
        "b53-rashtrashabdam-india-dec-2023-total-flipkart-udaan-ml",
    ],
)
def test_startups_in_the_plural_are_a_total_not_a_round(text_id: str) -> None:
    assert tuning_deals(text_id)[0].kind == "other"


def test_a_telugu_market_total_is_no_round() -> None:
    # v6velugu.com: "... ఇండియన్ టెక్ స్టార్టప్లు 2.5 బిలియన్ డాలర్లు (రూ.21,500 కోట్లు) సేకరించాయి."
    text = "న్యూఢిల్లీ: ఈ ఏడాది క్యూ1 క్వార్టర్లో ఇండియన్ టెక్ స్టార్టప్లు 2.5 బిలియన్ డాలర్లు (రూ.21,500 కోట్లు) సేకరించాయి."
    assert script_of(text + _PAD["te"]) == "te"
    assert indic_deal(text + _PAD["te"], None, None) is None


@pytest.mark.parametrize(
    ("sentence", "value", "currency"),
    [
        ("કંપનીને રૂ. 1,700 કરોડનું રોકાણ મળ્યું", 1.7e10, "INR"),  # chinimandi.com (Gujarati), with Indian grouping
        ("60 കോടി ഡോളറാണ് ഫ്ലിപ്കാർട്ട് സമാഹരിച്ചത്", 6e8, "USD"),  # malayalam.rashtrashabdam.com: a crore of dollars
        ("120 મિલિયન ઉભા કર્યા છે", 1.2e8, "USD"),  # gujarati.news18.com: a million with no currency word is dollars
    ],
)
def test_indic_amounts(sentence: str, value: float, currency: str) -> None:
    found = amount_in(sentence)
    assert found is not None and found[0] == pytest.approx(value) and found[1] == currency


def test_a_latin_name_in_the_raise_sentence_is_the_raiser() -> None:
    # SYNTHETIC, after gujarati.news18.com's "Moglixએ ... 120 મિલિયન ઉભા કર્યા છે".
    deal = indic_deal("માર્કેટપ્લેસ Moglixએ નવા ફંડિંગ રાઉન્ડમાં 120 મિલિયન ઉભા કર્યા છે." + _PAD["gu"], None, date(2021, 5, 1))
    assert deal is not None and deal.company == "Moglix" and deal.amount_usd == 120e6


def test_persian_verb_after_the_sum_names_the_raise() -> None:
    # mehrnews.com (b51-mehrnews-telegram-presales-1-7bn-fa): "... با برگزاری دو پیش فروش، ۱.۷ میلیارد دلار سرمایه جذب کرد."
    found = round_amount("این پیام رسان با برگزاری دو پیش فروش، ۱.۷ میلیارد دلار سرمایه جذب کرد.")
    assert found is not None and found[0].amount == 1.7e9


def test_indonesian_injection_of_capital_names_the_raise() -> None:
    # SYNTHETIC, in the words of idntimes.com ("sebagai imbalan atas modal yang disuntikkan") and okezone.com ("suntikan
    # dana"): the sum after "suntikan" is the one raised, not an earlier valuation.
    found = round_amount(
        "Startup itu bernilai US$ 50 juta. Kini startup itu mendapat suntikan dana US$ 5 juta dari investor."
    )
    assert found is not None and found[0].amount == 5e6
