"""Rules added for issue 13 from tuning_batch26 (branch fund43: 19 real non-English texts in 12 languages, scored once
before any rule: kind 0.474, company 0.222 on 18 rounds, amount 0.278, lead F1 0.400, mean 0.488). Each rule is checked
on the real text that showed the miss (PROVENANCE.md cites each page) and on inputs marked SYNTHETIC, made up to pin
the class of language, not a name.
"""

from __future__ import annotations

import pytest

from talentintel.funding import arabic, hindi, polish
from talentintel.funding import vietnamese_clauses as vc
from talentintel.funding.company_romance_appositive import appositive_raise_company
from talentintel.funding.deals import parse_deals
from talentintel.funding.lead_romance_subject import subject_leads
from talentintel.funding.rounds import classify_round
from tests.funding.tuning_texts import tuning_deals


def test_arabic_rounds_are_read() -> None:
    # real: "جمعت شركة HMD العالمية ... استثمارات إضافية بقيمة 100 مليون دولار ... بقيادة شركة جينكو فنتشرز Ginko
    # Ventures" (b26-alborsanews-hmd-ginko-100m-ar)
    head = tuning_deals("b26-alborsanews-hmd-ginko-100m-ar")[0]
    assert (head.kind, head.company, head.amount_usd) == ("round", "HMD", 100_000_000.0)
    assert head.lead_investors == ["Ginko Ventures"]
    # real: the name quoted with its Latin spelling beside it, "“زيروأفيا” ZeroAvia" (b26-roayahnews-zeroavia-24m-ar)
    head = tuning_deals("b26-roayahnews-zeroavia-24m-ar")[0]
    assert (head.kind, head.company, head.amount_usd) == ("round", "زيروأفيا", 24_300_000.0)
    # real: named after the raise, "وقالت شركة (فير سي إنوفيشن)" (b26-makkah-verse-josh-100m-ar); "(تيك توك)" in the
    # raise's sentence is another company, not quoted with a Latin spelling, so not read
    head = tuning_deals("b26-makkah-verse-josh-100m-ar")[0]
    assert (head.company, head.amount_usd) == ("فير سي إنوفيشن", 100_000_000.0)
    # SYNTHETIC: a euro sum, a lead written in Latin letters, and a round only sought
    text = (
        "أعلنت شركة Nahla، المتخصصة في الذكاء الاصطناعي، أنها جمعت 12.5 مليون يورو في جولة تمويلية بقيادة Raed "
        "Ventures بمشاركة عدد من المستثمرين الإقليميين والدوليين في المنطقة خلال العام الجاري."
    )
    assert arabic.is_arabic(text)
    found = arabic.raises(text)
    assert found and arabic.raiser(text, found)[0] == "Nahla"
    assert arabic.amount(text, found[0].start()) == (12_500_000.0, "EUR", "12.5 مليون يورو")
    assert arabic.leads(text) == ["Raed Ventures"]
    sought = "تسعى شركة Nahla إلى جمع 50 مليون دولار من المستثمرين في جولة جديدة " * 3
    assert arabic.raises(sought) == []


def test_hindi_rounds_are_read() -> None:
    # real: "सेवा प्रदाता ब्लूस्मार्ट ने ... 200 करोड़ रुपये (2.4 करोड़ डॉलर) जुटाए हैं" (b26-bshindi-blusmart-pre-b-hi):
    # the name before "ने" after its description, the dollar sum beside the rupees
    head = tuning_deals("b26-bshindi-blusmart-pre-b-hi")[0]
    assert (head.kind, head.company, head.amount_usd) == ("round", "ब्लूस्मार्ट", 24_000_000.0)
    # real: "टाइगर ग्लोबल ने ... निवेश दौर का नेतृत्व किया है" (b19-thedailyvoice-hi-koo): the lead
    head = tuning_deals("b19-thedailyvoice-hi-koo")[0]
    assert (head.company, head.round, head.lead_investors) == ("कू", "series_b", ["टाइगर ग्लोबल"])
    # SYNTHETIC: rupees only (converted), "के नेतृत्व में" (under the lead of), and a planned raise
    text = "बेंगलुरु की एआई कंपनी सर्वम ने 50 करोड़ रुपये जुटाए हैं। यह दौर लाइटस्पीड के नेतृत्व में हुआ। " * 3
    assert hindi.is_hindi(text)
    found = hindi.raise_at(text)
    assert found is not None and hindi.raiser(text, found.start()) == "सर्वम"
    assert hindi.amount(text, found.start()) == (500_000_000.0, "INR", "50 करोड़ रुपये")
    assert hindi.leads(text) == ["लाइटस्पीड"]
    assert hindi.raise_at("कंपनी अगले साल 100 करोड़ रुपये जुटाने की योजना बना रही है। " * 5) is None


def test_vietnamese_appositive_raiser_and_owned_lead() -> None:
    # real: "Sky Mavis, công ty đứng sau trò chơi Axie Infinity, huy động được 150 triệu USD ... Vòng gọi vốn này do
    # Binance của tỷ phú Changpeng Zhao dẫn đầu" (b26-baodautu-sky-mavis-150m-vi); "hơn 600 triệu USD" is the hack
    head = tuning_deals("b26-baodautu-sky-mavis-150m-vi")[0]
    assert (head.kind, head.company, head.amount_usd) == ("round", "Sky Mavis", 150_000_000.0)
    assert head.lead_investors == ["Binance"]
    # SYNTHETIC
    text = "Trước đó, Nova Pay, nền tảng thanh toán số, huy động được 12 triệu USD do Alpha Ventures của Singapore dẫn đầu."
    assert vc.raises_more(text) and vc.appositive_raiser(text) == "Nova Pay"
    assert vc.raised_amount(text) == (12_000_000.0, "12 triệu USD")
    assert vc.owned_leads(text) == ["Alpha Ventures"]


def test_vietnamese_report_clauses_are_deals() -> None:
    # real: "Tether đã đầu tư 200 triệu USD vào nền tảng thương mại trực tuyến Whop. Pantera Capital dẫn dắt vòng Series
    # B trị giá 75 triệu USD cho nền tảng dự đoán thể thao Novig. Sequoia Capital dẫn dắt vòng Series B trị giá 70 triệu
    # USD cho ... ARQ" (b26-vneconomy-messari-feb-rounds-vi)
    got = [
        (d.company, d.amount_usd, d.round, d.lead_investors)
        for d in tuning_deals("b26-vneconomy-messari-feb-rounds-vi")
    ]
    assert got == [
        ("Whop", 200_000_000.0, None, ["Tether"]),
        ("Novig", 75_000_000.0, "series_b", ["Pantera Capital"]),
        ("ARQ", 70_000_000.0, "series_b", ["Sequoia Capital"]),
    ]
    # SYNTHETIC: a report that names two deals in the same two shapes
    text = (
        "Theo báo cáo, vốn đầu tư vào các dự án tiền điện tử trong quý giảm mạnh so với cùng kỳ năm trước. "
        "Trong tháng 5, Beta Capital dẫn dắt vòng Series A trị giá 8 triệu USD cho ứng dụng ví Kora. "
        "Gamma Labs đã đầu tư 3 triệu USD vào công ty khởi nghiệp Lumen."
    )
    deals = vc.clause_deals(text, None)
    assert [(d.company, d.amount_usd, d.round, d.lead_investors) for d in deals] == [
        ("Kora", 8_000_000.0, "series_a", ["Beta Capital"]),
        ("Lumen", 3_000_000.0, None, ["Gamma Labs"]),
    ]
    assert vc.clause_deals("Nasdaq đã đầu tư 3 triệu USD vào Lumen.", None) == []  # not Vietnamese enough to read


def test_romance_appositive_raiser() -> None:
    # real: "Miscusi, brand italiano di ristorazione di pasta, ha annunciato infatti un ulteriore round di finanziamento
    # da 20 milioni di euro guidato dal fondo ... Mip" (b26-eatpiemonte-miscusi-20m-it)
    head = tuning_deals("b26-eatpiemonte-miscusi-20m-it")[0]
    assert (head.company, head.lead_investors) == ("Miscusi", ["Mip"])
    # real: "a Sardine, startup com sede em Miami, remou contra a maré e anunciou um aporte de $ 51 milhões"
    # (b26-experienceclubus-sardine-51m-pt), a text whose opening names no company
    head = tuning_deals("b26-experienceclubus-sardine-51m-pt")[0]
    assert (head.kind, head.company, head.amount_usd) == ("round", "Sardine", 51_000_000.0)
    # SYNTHETIC: French and Spanish; a list of names with no kind of company is not read
    assert (
        appositive_raise_company("Selon Les Echos, Alan, start-up parisienne, a annoncé une levée de 50 M€.") == "Alan"
    )
    assert appositive_raise_company("La Koala, empresa de Valencia, anunció una ronda de 3 millones.") == "Koala"
    assert appositive_raise_company("Acme, Beta, Gamma y Delta anunciaron una ronda conjunta.") is None


def test_romance_subject_leads() -> None:
    # real: "Andresseen Horowitz e Polychain Capital hanno guidato la vendita di token privati"
    # (b26-coinsider-solana-314m-it)
    head = tuning_deals("b26-coinsider-solana-314m-it")[0]
    assert head.lead_investors == ["Andresseen Horowitz", "Polychain Capital"]
    # SYNTHETIC: Spanish and Portuguese
    assert subject_leads("Kaszek lideró la ronda, con la participación de otros fondos.") == ["Kaszek"]
    assert subject_leads("Monashees e Valor Capital lideraram a rodada de US$ 20 milhões.") == [
        "Monashees",
        "Valor Capital",
    ]
    assert parse_deals("Nimbus raccoglie 5 milioni di euro. Primo Ventures ha guidato il round.")[0].lead_investors == [
        "Primo Ventures"
    ]


def test_polish_rounds_are_read() -> None:
    # real: "Golem Network, o którym pisaliśmy ..., potrzebował w listopadzie ubiegłego roku 29 minut, by zebrać
    # finansowanie rzędu 34 mln złotych" (b26-innpoland-golem-getline-pl); the opening's generic "Potrzebują zaledwie
    # godziny, by zebrać finansowanie" names no company; the złoty has a rate since money_f23 (ECB; undated page: 2025)
    head = tuning_deals("b26-innpoland-golem-getline-pl")[0]
    assert (head.kind, head.company, head.round) == ("round", "Golem Network", "token_sale")
    assert head.currency == "PLN" and head.amount_usd == pytest.approx(34e6 / 3.75865, rel=1e-4)
    # SYNTHETIC: a euro sum converted, a lead, and a raise only planned
    text = (
        "Warszawski startup Nomad Robotics pozyskał 5 mln euro w rundzie prowadzonej przez Inovo Venture Partners. "
        "Środki zostaną przeznaczone na rozwój produktu i wejście na rynki zagraniczne. Spółka działa od 2021 roku."
    )
    assert polish.is_polish(text)
    found = polish.raises(text)
    assert found and polish.raiser(text, found)[0] == "Nomad Robotics"
    assert polish.amount(text, found[0].start()) == (5_000_000.0, "EUR", "5 mln euro")
    assert polish.leads(text) == ["Inovo Venture Partners"]
    assert (
        polish.raises("Spółka Nomad Robotics planuje pozyskać 5 mln euro w przyszłym roku; źródła są różne. " * 3) == []
    )


def test_token_sales_named_in_other_languages() -> None:
    # real: "ha raccolto 314 milioni di dollari ... in una vendita di token" (b26-coinsider-solana-314m-it)
    assert tuning_deals("b26-coinsider-solana-314m-it")[0].round == "token_sale"
    # SYNTHETIC: Spanish, Portuguese, French, German
    for text in (
        "Acme recaudó 5 millones de dólares en una venta de tokens.",
        "A Acme levantou US$ 5 milhões numa venda de tokens.",
        "Acme a levé 5 millions de dollars lors d'une vente de jetons.",
        "Acme sammelte 5 Millionen Dollar in einem Token-Verkauf ein.",
    ):
        assert classify_round(text) == "token_sale", text
