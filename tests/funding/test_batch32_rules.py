"""Rules added for issue 13 from tuning_batch32 (branch fund54: 19 real texts, crypto x AI rounds and Japanese,
Korean, Chinese, Thai, Vietnamese and Indonesian press on new publishers, scored once before any rule: kind 0.737,
company 0.500, amount 0.786, lead F1 0.667 on 14 rounds, mean 0.710). Each rule is checked on the real text that
showed the miss (PROVENANCE.md cites each page) and on inputs marked SYNTHETIC, made up to pin the class of
language, not a name.
"""

from __future__ import annotations

from talentintel.funding import cjk, kind
from talentintel.funding.deals import parse_deals
from tests.funding.tuning_texts import tuning_deals, tuning_text


def test_japanese_planned_or_aimed_raise_is_not_closed() -> None:
    # real: "約1300億円(10億ドル)の資金調達を目指していることが5日に明らかになった" (b32-coinpost-animoca-...)
    assert tuning_deals("b32-coinpost-animoca-capital-fund-target-ja")[0].kind == "other"
    # real: "シリーズAの資金調達ラウンドで約42億円を調達する予定であることを報じていました" (b32-cryptodog-...): the
    # rules' reading of the opening (the shipped hybrid kind model still reads it as a round until its retrain)
    assert kind.other_reason(tuning_text("b32-cryptodog-azuki-doodles-moonbirds-yuga-yen-ja")) == "not closed"
    # SYNTHETIC: other endings of a plan, and a plan told after a completed raise (still a round)
    assert parse_deals("アクメは年内に20億円を調達する見込みだ。")[0].kind == "other"
    assert parse_deals("ベータロボはシリーズBで15億円の調達を計画している。")[0].kind == "other"
    closed = parse_deals("アクメは10億円を調達したと発表した。次のラウンドでは50億円の調達を目指す。")[0]
    assert (closed.kind, closed.amount_usd is not None) == ("round", True)


def test_money_from_someone_after_and_is_no_co_lead() -> None:
    # real: "Backed by a $25M Series A led by Archetype and strategic investment from Polychain Capital, the company
    # aims ..." (b32-cuckoo-ritual-25m-series-a-archetype)
    assert tuning_deals("b32-cuckoo-ritual-25m-series-a-archetype")[0].lead_investors == ["Archetype"]
    # SYNTHETIC: participation and additional investment after "and"; a plain second co-lead is kept
    text = "Acme Labs has raised $12 million in a seed round led by Beta Ventures and participation from Gamma Capital."
    assert parse_deals(text)[0].lead_investors == ["Beta Ventures"]
    text = "Acme Labs raised $9 million led by Beta Ventures and additional investment from Delta Fund."
    assert parse_deals(text)[0].lead_investors == ["Beta Ventures"]
    text = "Acme Labs raised $9 million in a round led by Beta Ventures and Delta Fund."
    assert parse_deals(text)[0].lead_investors == ["Beta Ventures", "Delta Fund"]


def test_korean_lead_of_an_organisation_word_takes_the_words_before_it() -> None:
    # real: "레드포인트 벤처스가 주도한 이번 투자에는 ... 참여했습니다" (b32-aipick-serval-47m-series-a-redpoint-ko)
    assert tuning_deals("b32-aipick-serval-47m-series-a-redpoint-ko")[0].lead_investors == ["레드포인트 벤처스"]
    # real: "SDIC 벤처 캐피털이 주도해 CICC 캐피털과 ... 참여하는 투자를 받았다" (hs8-einfomax-cambricon-ko): two words back
    assert tuning_deals("hs8-einfomax-cambricon-ko")[0].lead_investors == ["SDIC 벤처 캐피털"]
    # SYNTHETIC: other organisation words; a one-word name stays as it is
    text = "아크메로보틱스가 50억원 규모의 시리즈A 투자를 유치했다. 이번 투자는 한빛 파트너스가 주도했다."
    assert parse_deals(text)[0].lead_investors == ["한빛 파트너스"]
    text = "아크메로보틱스가 50억원 규모의 시리즈A 투자를 유치했다. 이번 투자는 카카오벤처스가 주도했다."
    assert parse_deals(text)[0].lead_investors == ["카카오벤처스"]


def test_a_kind_of_investor_with_a_class_word_or_head_count_is_no_lead() -> None:
    # real: "エンジェル投資家複数名を引受先としてJ-KISS型新株予約権の発行による総額6,000万円の資金調達を実施しました"
    # (b32-storys-hopscotch-60m-yen-j-kiss-ja)
    assert tuning_deals("b32-storys-hopscotch-60m-yen-j-kiss-ja")[0].lead_investors == []
    # SYNTHETIC: a head count, and one named allottee (still its lead)
    assert (
        parse_deals("アクメは、個人投資家3名を引受先とする第三者割当増資で5000万円を調達した。")[0].lead_investors == []
    )
    named = parse_deals("アクメは、ベータキャピタルを引受先とする第三者割当増資で5000万円を調達した。")[0]
    assert named.lead_investors == ["ベータキャピタル"]


def test_fronted_founded_by_clause_ends_at_the_company_subject() -> None:
    # real: "Founded by AI researchers including collaborators like Diederik Kingma, co-inventor of the Adam optimizer,
    # Nous Research has assembled a 20-person team" took the raiser for a founder; no company was read
    # (b32-singularintel-nous-research-50m-series-a-paradigm)
    assert tuning_deals("b32-singularintel-nous-research-50m-series-a-paradigm")[0].company == "Nous Research"
    # SYNTHETIC: the same fronted clause before a raise; a founder listed before the verb of founding stays a person
    text = (
        "Founded by former Google engineers including Dana Cole and Luis Ortega, Acme Robotics has raised $12 million "
        "in a Series A led by Beta Ventures."
    )
    assert parse_deals(text)[0].company == "Acme Robotics"
    text = "Acme Robotics, founded by Dana Cole and Luis Ortega, has raised $12 million in a Series A."
    assert parse_deals(text)[0].company == "Acme Robotics"


def test_indonesian_vietnamese_and_thai_led_by() -> None:
    # real: "putaran pendanaan dipimpin oleh CPE, manajemen aset China dan perusahaan ekuitas swasta"
    # (b32-detik-baidu-kunlun-chip-round-cpe-id)
    assert tuning_deals("b32-detik-baidu-kunlun-chip-round-cpe-id")[0].lead_investors == ["CPE"]
    # real: "putaran pendanaan Seri A yang dipimpin oleh firma modal ventura terkenal Andreessen Horowitz (a16z)"
    # (b13-cointeeth-roboto-a)
    assert tuning_deals("b13-cointeeth-roboto-a")[0].lead_investors == ["Andreessen Horowitz"]
    # SYNTHETIC: the participants after "dengan partisipasi dari" do not lead; Vietnamese "dẫn dắt bởi"
    text = "Startup Acme mengumpulkan dana US$ 10 juta. Putaran ini dipimpin oleh East Ventures, dengan partisipasi dari Beta Capital."
    assert parse_deals(text)[0].lead_investors == ["East Ventures"]
    text = "Acme Robotics huy động thành công 5 triệu USD trong vòng gọi vốn được dẫn dắt bởi Beta Ventures."
    assert parse_deals(text)[0].lead_investors == ["Beta Ventures"]


def test_korean_round_from_one_quoted_investor_is_led_by_it() -> None:
    # real: "... 앤드리슨 호로위츠(a16z)의 ‘a16z 크립토(a16z crypto)’로부터 시드 투자 1,500만 달러(한화 약 208억 원)를
    # 유치했다" (b32-newspic-story-poseidon-15m-seed-a16z-ko): the Latin gloss is the name read
    assert tuning_deals("b32-newspic-story-poseidon-15m-seed-a16z-ko")[0].lead_investors == ["a16z crypto"]
    # SYNTHETIC: a quoted Korean name without a gloss; others taking part leave no lead
    text = "아크메로보틱스가 ‘한빛 벤처 파트너스’로부터 시드 투자 30억 원을 유치했다."
    assert parse_deals(text)[0].lead_investors == ["한빛 벤처 파트너스"]
    text = "아크메로보틱스가 ‘한빛 벤처 파트너스’로부터 30억 원을 유치했으며 베타캐피탈 등이 함께 참여했다."
    assert parse_deals(text)[0].lead_investors != ["한빛 벤처 파트너스"]


def test_korean_raiser_named_after_a_relative_clause_of_what_it_makes() -> None:
    # real: "기업용 AI 솔루션을 만드는 서벌(Serval)은 최근 약 4700만 달러(약 650억 원) 규모의 시리즈 A 투자를 받았다고
    # 밝혔습니다" (b32-aipick-serval-47m-series-a-redpoint-ko): read 만드 / AI before
    assert tuning_deals("b32-aipick-serval-47m-series-a-redpoint-ko")[0].company == "서벌"
    # SYNTHETIC: other verbs of what it runs
    assert (
        cjk.extract("배송 로봇을 개발하는 아크메로보(Acme Robo)가 50억 원 규모의 시리즈A 투자를 유치했다.").company
        == "아크메로보"
    )
    assert cjk.extract("중고거래 앱을 운영하는 베타마켓은 30억 원의 투자를 유치했다고 밝혔다.").company == "베타마켓"


def test_thai_round_reader() -> None:
    # real: "OpenAI เจ้าของแชทบอทระบบ AI อย่าง ChatGPT รับเงินลงทุนเพิ่มอีก 300 ล้านเหรียญสหรัฐ" (b32-positioningmag-openai-
    # 300m-th), the headline's "10,000 ล้านบาท" being its baht restatement; talks stay `other` (b32-blognone-...)
    head = tuning_deals("b32-positioningmag-openai-300m-th")[0]
    assert (head.kind, head.company, head.amount_usd) == ("round", "OpenAI", 300_000_000.0)
    assert tuning_deals("b32-blognone-openai-round-apple-out-th")[0].kind == "other"
    # SYNTHETIC: a Thai round with its lead after นำโดย
    text = (
        "สตาร์ทอัพด้านปัญญาประดิษฐ์สัญชาติไทย Acme Robotics ประกาศว่าได้รับเงินลงทุนรอบ Series A มูลค่า 12 ล้านดอลลาร์สหรัฐ "
        "นำโดย Beta Ventures โดยบริษัทจะนำเงินไปขยายทีมวิศวกรและตลาดในภูมิภาคเอเชียตะวันออกเฉียงใต้"
    )
    head = parse_deals(text)[0]
    assert (head.company, head.amount_usd, head.round, head.lead_investors) == (
        "Acme Robotics",
        12_000_000.0,
        "series_a",
        ["Beta Ventures"],
    )
