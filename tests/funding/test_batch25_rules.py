"""Rules added for issue 13 from tuning_batch25 (branch fund38: 16 real non-English texts scored once before any rule:
kind 0.688, company 0.000 on 7 rounds, amount 0.286, lead F1 0.000, mean 0.353). Each rule is checked on the real text
that showed the miss (PROVENANCE.md cites each page) and on inputs marked SYNTHETIC, made up to pin the class of
language, not a name.
"""

from __future__ import annotations

from talentintel.funding.cjk_capital_increase import capital_increase_target, one_investors_part
from talentintel.funding.cjk_ko_topic import connective, counted, sized_amount, topic_raiser
from talentintel.funding.cjk_restated import usd_restated
from talentintel.funding.cjk_token_sale import token_sale_holder, token_sale_round
from talentintel.funding.company_descriptor_comma import set_off_company
from talentintel.funding.company_romance_raise import described_raise
from talentintel.funding.company_romance_round import romance_round_company
from talentintel.funding.deals import parse_deals
from talentintel.funding.fund_nl import dutch_fund_manager, dutch_fund_size
from talentintel.funding.german_stake import (
    led_by_before_noun,
    reporting_company,
    single_investor,
    stake_amount,
    stake_company,
    without_management,
)
from talentintel.funding.money import find_money
from talentintel.funding.turkish import is_turkish, raise_at, raiser, stage
from talentintel.funding.vietnamese import announces
from tests.funding.tuning_texts import tuning_deals


def _amounts(text: str) -> list[tuple[float, str]]:
    return [(m.amount, m.currency) for m in find_money(text)]


def test_turkish_rounds_are_read() -> None:
    # real: "Donnerstag.ai adlı yeni girişimlerini resmen duyurdu ... Şimdilik tohum aşamaya gelmeden 4.3 milyon Euro
    # yatırım aldı." (b25-sabah-donnerstag-ai-pre-seed-tr)
    head = tuning_deals("b25-sabah-donnerstag-ai-pre-seed-tr")[0]
    assert head.kind == "round" and head.company == "Donnerstag.ai" and head.round == "pre_seed"
    assert head.amount_usd is not None and abs(head.amount_usd - 4_849_414) < 100 and head.sector == ["ai"]
    # SYNTHETIC: a named series, a lead, and talks that are no round
    text = (
        "İstanbul merkezli yapay zekâ girişimi Kuzgun, Seri A turunda 12 milyon dolar yatırım aldığını duyurdu. "
        "Tur, Çınar Ventures liderliğinde gerçekleşti; yatırımcılar arasında başka fonlar da yer aldı."
    )
    assert is_turkish(text) and stage(text) == "series_a"
    found = raise_at(text)
    assert found is not None and raiser(text, found.start()) == "Kuzgun"
    deal = parse_deals(text)[0]
    assert deal.kind == "round" and deal.company == "Kuzgun" and deal.amount_usd == 12_000_000
    assert deal.lead_investors == ["Çınar Ventures"]
    talks = "OpenAI, yeni bir yatırım turu için yatırımcılarla görüşüyor; şirketin 50 milyar dolar yatırım aldığı söyleniyor."
    assert raise_at(talks) is None


def test_european_amounts_with_a_decimal_point_or_dot_grouped_thousands() -> None:
    # real: "4.3 milyon Euro" (b25-sabah-donnerstag-ai-pre-seed-tr), "US$600.000" (b25-lanacion-ripio-600k-es)
    assert _amounts("gelmeden 4.3 milyon Euro yatırım aldı") == [(4_300_000.0, "EUR")]
    assert _amounts("una inversión inicial de US$600.000. La") == [(600_000.0, "USD")]
    # SYNTHETIC: a grouped sum in reais, a decimal point in Italian, no read of a small price or another dollar's sign
    assert _amounts("captou R$ 1.250.000 com investidores") == [(1_250_000.0, "BRL")]
    assert _amounts("raccolto 2.5 milioni di euro") == [(2_500_000.0, "EUR")]
    assert _amounts("costa $1.500 al mes") == []
    assert _amounts("113 million pounds (SUS$193.6 million)") == [(113_000_000.0, "GBP")]
    assert _amounts("una Serie A de USD$18 millones") == [(18_000_000.0, "USD")]


def test_a_spanish_description_that_raises_takes_the_name_it_introduced() -> None:
    # real: "Así nació Ripio, una billetera digital ... el proyecto entró en una aceleradora y consiguió una inversión
    # inicial de US$600.000" (b25-lanacion-ripio-600k-es)
    head = tuning_deals("b25-lanacion-ripio-600k-es")[0]
    assert head.kind == "round" and head.company == "Ripio" and head.amount_usd == 600_000
    # SYNTHETIC: Portuguese, a platform introduced by apposition; no introduced name, no company
    name, money = described_raise(
        "A Zuno, uma plataforma de crédito para pequenos negócios, nasceu em 2020. A startup recebeu R$ 3 milhões."
    )
    assert name == "Zuno" and money is not None and money.amount == 3_000_000
    assert described_raise("La empresa consiguió una inversión de US$2 millones.") == (None, None)


def test_german_report_clause_stake_sum_single_investor_and_management() -> None:
    # real: "Wie das schweizerisch-russische Fintech Tangem am Dienstag vermeldete, beteiligen sich die Japaner mit 15
    # Millionen Dollar am Startup." (b25-finews-tangem-sbi-15m-de)
    head = tuning_deals("b25-finews-tangem-sbi-15m-de")[0]
    assert head.company == "Tangem" and head.amount_usd == 15_000_000 and head.lead_investors == ["SBI"]
    # SYNTHETIC: the same constructions with other words
    text = (
        "Das Kölner Startup hat Geld bei einem Grossinvestor eingesammelt: der Investmentfirma Nordlicht. Wie die "
        "Plattform Kaskade am Montag mitteilte, beteiligt sich Nordlicht mit 8 Millionen Euro an der Firma. Unter der "
        "Führung von CEO Lena Brandt beschäftigt Kaskade 20 Leute."
    )
    assert reporting_company(text) == "Kaskade"
    stake = stake_amount(text)
    assert stake is not None and stake.amount == 8_000_000 and stake.currency == "EUR"
    assert single_investor(text) == ["Nordlicht"]
    assert "Führung von CEO" not in without_management(text)
    assert single_investor("Das Startup sammelt bei mehreren Investoren, darunter der Investmentfirma Nordlicht.") == []


def test_vietnamese_past_raises_and_plans_are_no_round() -> None:
    # real: "Tala, startup fintech từng huy động thành công 500 triệu USD ... công ty mẹ lên kế hoạch rót 5 triệu USD"
    # (b25-vnexpress-tala-vietnam-5m-vi)
    assert tuning_deals("b25-vnexpress-tala-vietnam-5m-vi")[0].kind == "other"
    # SYNTHETIC: a raise told now stays a round
    assert announces("Startup Việt Zenko vừa hoàn tất vòng gọi vốn 3 triệu USD do quỹ Alpha dẫn dắt.") == "round"
    assert announces("Zenko, startup từng gọi vốn thành công 3 triệu USD, dự kiến rót 1 triệu USD vào Lào.") == "other"


def test_indonesian_name_set_off_after_the_opening_description() -> None:
    # real: "Startup Afrika, Mara, baru-baru ini mengatakan telah mengumpulkan dana sekitar $23 juta"
    # (b25-barubuat-mara-23m-id)
    head = tuning_deals("b25-barubuat-mara-23m-id")[0]
    assert head.company == "Mara" and head.amount_usd == 23_000_000
    # SYNTHETIC: a longer description; the English shape; no raise, no reading
    assert (
        set_off_company("Sebuah startup logistik asal Bandung, Kirimin, telah meraih pendanaan $5 juta.") == "Kirimin"
    )
    assert set_off_company("African fintech startup, Paylo, said it has raised $4 million.") == "Paylo"
    assert set_off_company("Startup Afrika, Mara, bermitra dengan pemerintah.") is None


def test_chinese_capital_increase_names_the_company_and_a_part_is_no_amount() -> None:
    # real: "智脑投资和其他四位投资者共同增资趣链科技,其中智脑投资以人民币112074.0393万元的价格认缴新增注册资本"
    # (b25-cnstock-hyperchain-xinhu-zh)
    head = tuning_deals("b25-cnstock-hyperchain-xinhu-zh")[0]
    assert head.kind == "round" and head.company == "趣链科技" and head.amount_usd is None
    # SYNTHETIC: the object form, the 向X增资 form, and new shares that are no company
    assert capital_increase_target("甲基金与乙资本联合增资星火科技,增资完成后持股30%。") == "星火科技"
    assert capital_increase_target("公司拟向云帆智能增资,金额为5000万元。") == "云帆智能"
    assert capital_increase_target("認購甲公司增資股份,主要從事電商業務。") is None
    text = "共同增资星火科技,其中甲基金以人民币3000万元认缴新增注册资本。"
    assert one_investors_part(text, "3000万元") and not one_investors_part("星火科技完成3000万元融资。", "3000万元")


def test_japanese_ico_is_a_token_sale_and_its_yen_restatement_yields_to_the_dollars() -> None:
    # real: "メタモは、8月15日~9月1日にかけてICOを行った ... 調達額はなんと約3万ドル、日本円にすると300万円超"
    # (b25-toyokeizai-metamo-ico-ja)
    head = tuning_deals("b25-toyokeizai-metamo-ico-ja")[0]
    assert head.company == "メタモ" and head.round == "token_sale" and head.amount_usd == 30_000
    # SYNTHETIC: another holder and sum; no ICO held, no token sale
    text = "ブロックスは、10月にICOを実施した。調達額は約50万ドル、日本円にすると5500万円だった。"
    assert token_sale_holder(text) == "ブロックス" and token_sale_round(text) == "token_sale"
    assert usd_restated(text, 55_000_000) == 500_000
    assert token_sale_round("ICOとは何か、その仕組みを解説する。") is None


def test_korean_topic_raiser_head_counts_and_sized_won() -> None:
    # real: "이를 바탕으로 테사는 ... 6만명의 회원 수를 보유하게 되었고 더 나아가 최근 40억 규모의 시리즈 A
    # 투자유치(총 누적 투자유치 52억 원)까지 했다" (b25-sisanews-tesa-series-a-ko)
    head = tuning_deals("b25-sisanews-tesa-series-a-ko")[0]
    assert head.company == "테사" and head.round == "series_a" and head.amount_usd == 3_096_502.5
    # SYNTHETIC: a topic raiser after a connective; a failed raise; counts; a sized sum without 원
    text = "그 결과 루미너는 2만명의 사용자를 모았고 최근 30억 규모의 프리A 투자유치를 완료했다."
    assert topic_raiser(text) == "루미너" and counted(text, "2만") and not counted(text, "30억")
    assert sized_amount(text) == (3_000_000_000.0, "KRW", "30억 규모")
    assert topic_raiser("플랫폼 스타트업들은 투자 유치에 실패해 어려움을 겪는다.") is None
    assert connective("나아") and not connective("테사")


def test_dutch_fund_backed_by_its_investors() -> None:
    # real: "De nieuwe Belgische blockchaininvesteerder Tioga Capital krijgt de steun van de ondernemersfamilies ..."
    # (b25-tijd-tioga-capital-blockchain-fund-nl), whose 100 miljoen dollar is a bitcoin purchase, not the fund
    head = tuning_deals("b25-tijd-tioga-capital-blockchain-fund-nl")[0]
    assert head.kind == "fund" and head.company == "Tioga Capital" and head.amount_usd is None
    # SYNTHETIC: a manager raising for its fund, with the size; a backed new fund
    text = "Het Amsterdamse Peak haalt 100 miljoen euro op voor zijn tweede fonds. Het fonds investeert in software."
    assert dutch_fund_manager(text) == "Peak"
    size = dutch_fund_size(text)
    assert size is not None and size.amount == 100_000_000
    deal = parse_deals(text)[0]
    assert deal.kind == "fund" and deal.company == "Peak"
    assert dutch_fund_manager("Het nieuwe fonds Zeeland Ventures krijgt de steun van drie pensioenfondsen.") == (
        "Zeeland Ventures"
    )


def test_romance_round_for_a_company_opening_verbs_and_avec_une_levee() -> None:
    # real: "una ronda de financiamiento de 80 millones de dólares para Story, una empresa que ..."
    # (hs8-noticiasia-story-80m-bolt-es); "Mistral AI tient son rang ... avec une levée de fonds de 385 millions $"
    # (b23-siliconfr-mistral-ai-385m); "900mila dollari per i giovani di Horus" (intelligonews-horus)
    story = tuning_deals("hs8-noticiasia-story-80m-bolt-es")[0]
    assert story.kind == "round" and story.company == "Story" and story.amount_usd == 80_000_000
    mistral = tuning_deals("b23-siliconfr-mistral-ai-385m")[0]
    assert mistral.company == "Mistral AI" and mistral.amount_usd == 385_000_000
    horus = tuning_deals("intelligonews-horus")[0]
    assert horus.kind == "round" and horus.amount_usd == 900_000
    # SYNTHETIC: each shape with other names and languages; a subject pronoun is no name
    assert romance_round_company("Une levée de fonds de 12 millions d'euros pour la start-up Kelvo, qui ...") == "Kelvo"
    assert romance_round_company("Verdana collecte 4 millions d'euros auprès de ses clients.") == "Verdana"
    assert romance_round_company("Quanta raccoglie 3 milioni di euro da business angel.") == "Quanta"
    assert romance_round_company("Il boucle 5 millions d'euros.") is None
    assert _amounts("potrà accedere a un finanziamento massimo di 300mila euro") == []
    assert _amounts("raccolto 250mila euro da business angel") == [(250_000.0, "EUR")]


def test_german_stake_before_the_verb_put_into_the_company_and_participle_lead() -> None:
    # real: "Mit einem Engagement von 50 Millionen US-Dollar beteiligt sich Paradigm an dem dezentral organisierten
    # KI-Startup Nous Research ... Das von Paradigm angeführte Funding" (hs6-dasgeld-nous-research); "einen
    # Großinvestor an Land gezogen ... über seine Beteiligungsgesellschaft Alstin rund 2,7 Millionen Euro in das
    # Jungunternehmen gesteckt" (cio-orderbird)
    nous = tuning_deals("hs6-dasgeld-nous-research")[0]
    assert nous.company == "Nous Research" and nous.amount_usd == 50_000_000 and nous.lead_investors == ["Paradigm"]
    orderbird = tuning_deals("cio-orderbird")[0]
    assert orderbird.kind == "round" and orderbird.company == "Orderbird" and orderbird.lead_investors == ["Alstin"]
    # SYNTHETIC: the same shapes with other names
    text = (
        "Mit einer Investition von 5 Millionen Euro beteiligt sich Blauwal an der Kölner Fintech-Firma Zahlwerk. "
        "Das von Blauwal angeführte Funding soll das Wachstum sichern."
    )
    stake = stake_amount(text)
    assert stake is not None and stake.amount == 5_000_000
    assert stake_company(text) == "Zahlwerk" and led_by_before_noun(text) == ["Blauwal"]
    put = stake_amount("Der Fonds hat 3 Millionen Euro in das Startup investiert.")
    assert put is not None and put.amount == 3_000_000
    assert single_investor(
        "Das Startup hat einen Großinvestor an Land gezogen: die Beteiligungsgesellschaft Nordlicht."
    )
