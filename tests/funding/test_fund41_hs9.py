"""Rules added for issue 13 from the session-9 holdout, now tuning data (tuning_hs9.jsonl; scored once before any rule:
mean 0.641, kind 0.628, fund manager 0.444). Each rule is checked on the real text that showed the miss (PROVENANCE.md
cites each page) and on inputs marked SYNTHETIC, made up to pin the class of language, not a name.
"""

from __future__ import annotations

from talentintel.funding.cjk_compound import join_compounds
from talentintel.funding.cjk_subject import said_raiser
from talentintel.funding.company_nonnames import not_a_name
from talentintel.funding.company_span_trim import trim_span
from talentintel.funding.deals import parse_deals
from talentintel.funding.deals_bn import bengali_deal
from talentintel.funding.fund_administered import administrator, headline_fund_np
from talentintel.funding.fund_cjk_sponsors import sponsor_manager
from talentintel.funding.investor_names import split_names
from talentintel.funding.kind import other_reason, reports_raise
from talentintel.funding.money import round_amount
from talentintel.funding.rounds import classify_round
from talentintel.funding.vietnamese import announces, raiser
from tests.funding.tuning_texts import assert_fund, tuning_deals


def test_chinese_company_that_discloses_its_raise_with_its_pronoun() -> None:
    # real: "科技初創企業硅基流動透露,其在2024年末成功完成了Pre-A輪融資,融資額達到億元人民幣"
    # (hs9-shengjixing-siliconflow-pre-a-zh)
    head = tuning_deals("hs9-shengjixing-siliconflow-pre-a-zh")[0]
    assert head.kind == "round" and head.company == "硅基流動"
    assert head.amount_usd is not None and abs(head.amount_usd - 13_910_140.5) <= 0.02 * 13_910_140.5
    # SYNTHETIC: the simplified script, another description before the name and no 成功
    assert said_raiser("据悉,科技创企星云智能透露,其已完成A轮融资。") == "星云智能"
    assert said_raiser("医疗公司康达表示,其在上月完成了B轮融资。") == "康达"
    # a bare unit after a verb of reaching is one of it; a numeral keeps its own value
    assert join_compounds("融资额达到亿元人民币") == "融资额达到1亿元人民币"
    assert join_compounds("融资额达到3亿元") == "融资额达到3亿元"


def test_bengali_round_with_bengali_digits() -> None:
    # real: "টের্রা ইন্ডাস্ট্রিজ, ... সোমবার ১১.৭৫ মিলিয়ন ডলার তহবিল সংগ্রহের ঘোষণা করেছে"
    # (hs9-khoboria-terra-industries-11-75m-bn)
    head = tuning_deals("hs9-khoboria-terra-industries-11-75m-bn")[0]
    assert head.kind == "round" and head.company == "টের্রা ইন্ডাস্ট্রিজ" and head.amount_usd == 11_750_000
    # SYNTHETIC: a billion, another company; a fund formed is no round
    text = "অ্যাকমে ল্যাবস, ঢাকার একটি ফিনটেক স্টার্ট-আপ, ২ বিলিয়ন ডলার বিনিয়োগ পেয়েছে বলে জানিয়েছে। " * 2
    deal = bengali_deal(text, None)
    assert deal is not None and deal.company == "অ্যাকমে ল্যাবস" and deal.amount_usd == 2_000_000_000
    text = "অ্যাকমে ক্যাপিটাল, একটি বিনিয়োগ সংস্থা, ৫০ মিলিয়ন ডলারের নতুন তহবিল গঠন করেছে এবং তহবিল সংগ্রহ শেষ করেছে। " * 2
    assert bengali_deal(text, None) is None
    assert bengali_deal("Acme raised $5 million.", None) is None


def test_vietnamese_commentary_tells_its_round_late_and_names_the_company_once() -> None:
    # real: "một dự án AI rất hot mang tên Concourse" ... "Nó đã nhận được 4,7 triệu đô la tài trợ ... trong vòng gọi
    # vốn hạt giống" at character 1,330 (hs9-gatenode-concourse-4-7m-seed-vi)
    head = tuning_deals("hs9-gatenode-concourse-4-7m-seed-vi")[0]
    assert (head.kind, head.company, head.amount_usd, head.round) == ("round", "Concourse", 4_700_000, "seed")
    # SYNTHETIC: the argument first, the raise after the opening's 1,200 characters
    text = "Tôi nghĩ rằng thị trường đang thay đổi rất nhanh và đầy thử thách. " * 20
    text += "Gần đây có một dự án mang tên Zeta Labs. Nó đã nhận được 3 triệu USD trong vòng hạt giống."
    assert len(text) > 1300 and announces(text) == "round" and raiser(text) == "Zeta Labs"


def test_headline_auxiliary_and_adverb_are_not_part_of_the_name() -> None:
    # real: "KGeN Has Now Secured Over $43 Million" (hs9-gam3s-kgen-13-5m-strategic)
    assert tuning_deals("hs9-gam3s-kgen-13-5m-strategic")[0].company == "KGeN"
    # SYNTHETIC
    assert trim_span("Acme Has Now") == "Acme" and trim_span("Zeta Robotics Has Just") == "Zeta Robotics"
    assert trim_span("Acme Is") == "Acme" and trim_span("Has") == "Has"


def test_a_person_title_is_never_the_company() -> None:
    # real: "Dr. Jonathan Matlock, co-founder of Empirical Ventures" gave the fund's firm as "Dr"
    # (hs9-infograndz-empirical-ventures-8m-fund)
    assert tuning_deals("hs9-infograndz-empirical-ventures-8m-fund")[0].company != "Dr"
    # SYNTHETIC
    assert not_a_name("Dr") and not_a_name("Prof.") and not_a_name("Mrs")
    assert not not_a_name("Drift")


def test_chinese_fund_manager_among_its_sponsors() -> None:
    # real: "該企業由國家集成電路產業投資基金三期股份有限公司、國智投(上海)私募基金管理有限公司共同出資"
    # (hs9-cpdym-national-ai-fund-600-6yi-zh), "由上海国盛集团、临港集团分别作为…联合发起设立"
    # (hs9-pygbw-shanghai-ai-fund-100yi-zh)
    assert_fund(
        tuning_deals("hs9-cpdym-national-ai-fund-600-6yi-zh"), "國智投(上海)私募基金管理有限公司", 8_353_268_428.4
    )
    assert_fund(tuning_deals("hs9-pygbw-shanghai-ai-fund-100yi-zh"), "上海国盛集团", 1_447_576_033.9)
    # SYNTHETIC: the fund manager by its registered name wins over the first sponsor; one sponsor is no list
    assert sponsor_manager("该基金由某某产业集团、星河投资管理有限公司共同出资设立。") == "星河投资管理有限公司"
    assert sponsor_manager("该基金由甲集团和乙集团联合发起设立。") == "甲集团"
    assert sponsor_manager("该基金由甲集团共同出资。") is None
    deals = parse_deals(
        "近日,某某产业投资基金合伙企业(有限合伙)成立,出资额达100亿元。该企业由甲集团、乙基金管理有限公司共同出资。"
    )
    assert_fund(deals, "乙基金管理有限公司")


def test_fund_headline_as_a_noun_phrase_and_its_administrator() -> None:
    # real: "Breaking down France’s new $76M Africa startup fund" ... "the French Development Agency (AFD) — who will
    # administer the new fund" (hs9-theindiansubcontinent-afd-76m-africa-fund)
    assert_fund(tuning_deals("hs9-theindiansubcontinent-afd-76m-africa-fund"), "French Development Agency", 76_000_000)
    # SYNTHETIC
    assert headline_fund_np("Inside Acme Capital’s new $50M climate fund\nThe fund ...")
    assert not headline_fund_np("Acme Capital’s new $50M fund invests in Zeta\nZeta raised ...")
    assert not headline_fund_np("Zeta raises $5M\nAcme Capital’s new $50M fund led the round.")
    assert administrator("the Nordic Fund Office, which will manage the fund from Oslo") == "Nordic Fund Office"


def test_the_clause_final_participle_and_the_owners_latest_round_name_the_raise() -> None:
    # real: "hat umgerechnet weitere 110 Millionen Euro von Investoren eingesammelt" before "Beteiligungen des Bundes in
    # Höhe von 300 Millionen Euro" (hs9-swp-curevac-110m-de); "Exscientia’s latest €434.9M ($525M) financing" before
    # "pledged an additional €248.5M ($300M) equity commitment" (hs9-autonomoussites-exscientia-525m)
    head = tuning_deals("hs9-swp-curevac-110m-de")[0]
    assert head.amount_original == "110 Millionen Euro"
    assert tuning_deals("hs9-autonomoussites-exscientia-525m")[0].amount_usd == 525_000_000
    # SYNTHETIC
    text = (
        "Acme hat 20 Millionen Euro bei Investoren eingesammelt. Die Stadt gab in Höhe von 50 Millionen Euro Kredite."
    )
    found = round_amount(text)
    assert found is not None and found[0].amount == 20_000_000
    text = "Zeta’s latest $40M financing came weeks after partners pledged an additional $90M commitment."
    found = round_amount(text)
    assert found is not None and found[0].amount == 40_000_000


def test_the_money_a_company_was_launched_with_is_its_past() -> None:
    # real: "has secured A$50.4 million of equity funding" then "was launched in 2017 with more than $83m of initial
    # funding" (hs9-investmets-sqc-a50m-quantum)
    head = tuning_deals("hs9-investmets-sqc-a50m-quantum")[0]
    assert head.amount_original == "A$50.4 million"
    # SYNTHETIC
    text = (
        "The lab has raised $12 million in new funding. Zeta Labs was founded in 2019 with about $40 million of seed."
    )
    found = round_amount(text)
    assert found is not None and found[0].amount == 12_000_000


def test_a_fund_name_that_joins_two_fields_with_and_is_one_lead() -> None:
    # real: "led by the Pontifax Global Food and Agriculture Technology Fund" (hs9-anterra-blue-river-17m-series-b)
    leads = tuning_deals("hs9-anterra-blue-river-17m-series-b")[0].lead_investors
    assert leads == ["Pontifax Global Food and Agriculture Technology Fund"]
    # SYNTHETIC: two fields joined stay one fund; two investors stay two
    assert split_names("Foo Ventures, Bar Health and Wellness Fund and Baz Capital") == [
        "Foo Ventures",
        "Bar Health and Wellness Fund",
        "Baz Capital",
    ]
    assert split_names("Balderton and SoftBank Vision Fund 2") == ["Balderton", "SoftBank Vision Fund 2"]
    assert split_names("Tesi, Elo Mutual Pension Insurance and World Fund") == [
        "Tesi",
        "Elo Mutual Pension Insurance",
        "World Fund",
    ]


def test_the_rounds_purpose_after_the_lead_is_not_a_name() -> None:
    # real: "raised $13M Series A on May 12 led by Ideaspring Capital for AI-native edge SoCs"
    # (hs9-bevinahally-hrdwyr-13m-series-a)
    assert tuning_deals("hs9-bevinahally-hrdwyr-13m-series-a")[0].lead_investors == ["Ideaspring Capital"]
    # SYNTHETIC: a purpose goes; a name's own capitalised "for" stays
    assert split_names("Foo Ventures for its expansion") == ["Foo Ventures"]
    assert split_names("the European Fund for Strategic Investments") == ["European Fund for Strategic Investments"]


def test_dutch_market_totals_and_raise_verbs() -> None:
    # real: "'Nederlandse start-ups halen minder geld op'" then "in totaal zo'n 252 miljoen euro opgehaald"
    # (hs9-haarlemsdagblad-2016-dutch-startups-nl): the year's total, not a round
    assert tuning_deals("hs9-haarlemsdagblad-2016-dutch-startups-nl")[0].kind == "other"
    # SYNTHETIC: start-ups in the plural raising, investors putting money into start-ups; one company's raise
    assert other_reason("Belgische scale-ups haalden dit jaar 400 miljoen euro op.\nDat blijkt uit cijfers.")
    text = "Investeerders hebben vorig jaar 2 miljard euro in Nederlandse start-ups geïnvesteerd.\nDat is meer."
    assert other_reason(text) == "market total"
    assert reports_raise("Het Utrechtse Zeta haalt 12 miljoen euro op bij Foo Ventures.")
    head = parse_deals(
        "Zeta haalt 12 miljoen euro op\n\nHet Utrechtse Zeta haalde 12 miljoen euro op bij Foo Ventures."
    )[0]
    assert head.kind == "round" and head.company == "Zeta"


def test_indonesian_seri_and_portuguese_sementes_name_the_stage() -> None:
    # real: "dalam putaran pendanaan “seri A2”" (hs9-canggih-hmd-global-230m-a2-id), "a conclusão da ronda de sementes
    # de $17 milhões" (hs9-bquan-chainopera-17m-seed-pt)
    assert tuning_deals("hs9-canggih-hmd-global-230m-a2-id")[0].round == "series_a"
    assert tuning_deals("hs9-bquan-chainopera-17m-seed-pt")[0].round == "seed"
    # SYNTHETIC
    assert classify_round("meraih pendanaan seri B senilai $10 juta") == "series_b"
    assert classify_round("fechou uma ronda de sementes de 2 milhões de euros") == "seed"
    assert classify_round("seri üretim için yatırım") is None
