"""Rules added for issue 13 from tuning_batch47's misses (branch batch47; 25 non-English texts, the batch scored mean
0.677 with the rules before them: company 0.385, lead F1 0.615).

Each real sentence is quoted from its row (id and url); variants marked SYNTHETIC are written here to probe the same
construction in other words and are in no dev, tuning or holdout file. The kind model is pinned to `rules` (conftest).
"""

from talentintel.funding import parse_deals
from talentintel.funding.cjk_company import acceptable
from talentintel.funding.cjk_ja_relative import relative_topic
from talentintel.funding.cjk_ko_round_topic import round_topic_raiser
from talentintel.funding.investor_lists import lead_investors
from talentintel.funding.kind_mou import pledged_under_mou
from tests.funding.tuning_texts import tuning_deals


def test_a_korean_round_noun_object_names_a_topic_the_raise_sentence_drops() -> None:
    # b47-aigrant-goodfire-50m-series-a-ko, https://github.com/Heon-il/ai-grant-research/.../Goodfire_analysis.md
    deal = tuning_deals("b47-aigrant-goodfire-50m-series-a-ko")[0]
    assert (deal.company, deal.lead_investors) == ("Goodfire", ["Menlo Ventures"])
    # b45-haesikryu-unconventional-ai-475m-seed-ko: "Unconventional AI가 ... 시드 라운드 투자를 확정했습니다" (confirmed).
    deal = tuning_deals("b45-haesikryu-unconventional-ai-475m-seed-ko")[0]
    assert (deal.kind, deal.company, deal.round) == ("round", "Unconventional AI", "seed")
    # SYNTHETIC: a Korean topic, then a subjectless sentence with 시리즈 B를 유치; the relative clause's 가 is the investor.
    text = "케블로는 물류 로봇을 만듭니다. 지난달 오비탈캐피털이 주도한 시리즈 B를 유치했다."
    assert round_topic_raiser(text) == "케블로"
    # SYNTHETIC negative: no round noun as the object, no raiser read.
    assert round_topic_raiser("케블로는 물류 로봇을 만듭니다. 지난달 신제품을 출시했다.") is None


def test_a_vietnamese_described_subject_may_carry_its_owner_a_date_and_said() -> None:
    # b47-ngaynay-xai-20bn-vi, https://ngaynay.vn/xai-cua-ty-phu-elon-musk-goi-von-thanh-cong-20-ty-usd-post168164.html
    assert tuning_deals("b47-ngaynay-xai-20bn-vi")[0].company == "xAI"
    # SYNTHETIC: another owner, date and name.
    text = (
        "Công ty khởi nghiệp trí tuệ nhân tạo Kelvaro của doanh nhân Lê Minh, ngày 3/2, cho biết đã huy động thành "
        "công 12 triệu USD trong vòng gọi vốn mới nhất."
    )
    assert parse_deals(text)[0].company == "Kelvaro"


def test_a_japanese_to_iu_apposition_names_the_raiser_and_plural_people_are_no_company() -> None:
    # b47-uniqorns-zhipu-2-5bn-yuan-ja, https://uniqorns.jp/?p=2920: "技術巨人たちが" (the tech giants) came first.
    assert tuning_deals("b47-uniqorns-zhipu-2-5bn-yuan-ja")[0].company == "Zhipu AI"
    text = "その中でも、Zhipu AIという基盤モデル開発企業は、今年度においてこれまでに25億元(3億4000万ドル)の資金調達を行った"
    assert relative_topic(text) == "Zhipu AI"
    # SYNTHETIC: a katakana name, a company noun; people with たち and 氏ら are refused.
    assert relative_topic("ケルバロという物流スタートアップは、5億円を調達した。") == "ケルバロ"
    assert acceptable("技術巨人たち") is None
    # Negative, real: a name of digits and の may end in たち (venturesquare-jp-23seiki-seed).
    assert tuning_deals("venturesquare-jp-23seiki-seed")[0].company == "23世紀の子供たち"
    assert acceptable("チャン・ユータオ氏ら") is None
    # b47-shoujike-moonshot-founders-arbitration-ja: the founders (氏ら) opened a raise in the background; an
    # arbitration story is `other`.
    assert tuning_deals("b47-shoujike-moonshot-founders-arbitration-ja")[0].kind == "other"


def test_a_japanese_investor_topic_that_invests_a_sum_restated_in_yen_is_the_lead() -> None:
    # b47-chinanews-alibaba-moonshot-800m-ja, https://chinanews.jp/archives/18758
    assert tuning_deals("b47-chinanews-alibaba-moonshot-800m-ja")[0].lead_investors == ["アリババ"]
    # SYNTHETIC: a Latin investor, another target and a parenthetical yen sum.
    text = "Orbitalは10日、国内スタートアップのケルバロに約2000万ドル(約30億円)を投資したと発表した。ケルバロは物流AIを開発する。"
    assert parse_deals(text)[0].lead_investors == ["Orbital"]


def test_a_japanese_letter_of_intent_to_invest_is_no_round() -> None:
    # b47-powity-openai-rain-51m-loi-ja, https://powity.com/tutorials/beei/openaiha-ceosamu-arutomanshigashiensurusutaatoa.html
    assert tuning_deals("b47-powity-openai-rain-51m-loi-ja")[0].kind == "other"
    assert pledged_under_mou("OpenAIはRainのチップに5100万ドルを投資する意向書に署名した。")
    # SYNTHETIC negative: an investment made, no letter of intent.
    assert not pledged_under_mou("OrbitalはKelvaroに500万ドルを出資した。")


def test_russian_inverted_order_a_passive_collected_and_no_latin_prefix_glued_to_cyrillic() -> None:
    # b47-kiozk-optic-11m-nft-ai-ru: "$11 млн привлек американский стартап Optic" (the headline's "по выявлению
    # NFT-подделок привлек" gave 'NFT-подделок').
    deal = tuning_deals("b47-kiozk-optic-11m-nft-ai-ru")[0]
    assert (deal.company, deal.amount_usd) == ("Optic", 11_000_000.0)
    # b47-comnews-sirin-labs-ico-97m-ru: "... компания ... Sirin Labs, в первый день ICO ... собрано свыше $97млн".
    deal = tuning_deals("b47-comnews-sirin-labs-ico-97m-ru")[0]
    assert (deal.company, deal.amount_usd, deal.round) == ("Sirin Labs", 97_000_000.0, "token_sale")
    # SYNTHETIC: the inverted order with another kind noun and a euro sum.
    text = (
        "Российские разработчики запустили новый сервис для анализа данных в начале года, и он быстро нашел клиентов. "
        "15 млн евро привлекла немецкая компания Kelvaro, которая развивает этот сервис."
    )
    deal = parse_deals(text)[0]
    assert (deal.company, deal.amount_usd is not None) == ("Kelvaro", True)
    # Real: a headline raise by a described startup and no sentence naming it is still a round
    # (hs17-forbesru-optic-11m-seed-kleiner-pantera-ru; no company is read, 'NFT-подделок' was before).
    deal = tuning_deals("hs17-forbesru-optic-11m-seed-kleiner-pantera-ru")[0]
    assert (deal.kind, deal.company, deal.amount_usd) == ("round", None, 11_000_000.0)


def test_a_korean_fund_launch_is_a_fund() -> None:
    # b47-blocktong-aquarius-600m-fund-ko: "6억 달러 규모의 다양한 전략 유동성 펀드를 출시한다고 발표했습니다"
    assert tuning_deals("b47-blocktong-aquarius-600m-fund-ko")[0].kind == "fund"
    # SYNTHETIC: another launcher and size.
    text = "오비탈파트너스는 10일 500억 원 규모의 AI 전문 펀드를 출시한다고 밝혔다. 이 펀드는 초기 스타트업에 투자한다."
    assert parse_deals(text)[0].kind == "fund"


def test_a_romance_lead_list_stops_at_a_negated_main_verb() -> None:
    # b47-nexuspacifico-unconventional-ai-475m-seed-es: "..., no responde a ... sino al historial de su fundador,
    # Naveen Rao" gave the founder as a third lead.
    assert tuning_deals("b47-nexuspacifico-unconventional-ai-475m-seed-es")[0].lead_investors == [
        "Andreessen Horowitz",
        "Lightspeed Ventures",
    ]
    # SYNTHETIC: Portuguese.
    text = "A rodada, liderada pela Orbital Capital, não depende de receita, mas do histórico do fundador, João Lima."
    assert lead_investors(text) == ["Orbital Capital"]


def test_a_pluperfect_raise_is_the_earlier_round() -> None:
    # b47-3sec-mistral-385m-eur-a16z-fr: "Mistral avait déjà levé 105 millions d’euros en juin" read as the round.
    text = (
        "La start-up française d’intelligence artificielle Mistral AI a annoncé dimanche avoir levé 385 millions "
        "d’euros (414 millions de dollars), devenant ainsi l’un des deux leaders de l’IA en Europe.\nUne levée de fonds "
        "remarquable\nFondée en mai par des poids lourds de l’industrie, Mistral avait déjà levé 105 millions d’euros "
        "en juin."
    )
    assert parse_deals(text)[0].amount_usd == 414_000_000.0
    # SYNTHETIC: English "had already raised".
    text = "Kelvaro has raised $40 million in a Series B.\nAbout the company\nKelvaro had already raised $9 million in 2022."
    assert parse_deals(text)[0].amount_usd == 40_000_000.0
    # Negative, real: reported speech backshifts the tense of this round, "Gardin recently announced it had raised
    # $10.8 million in a seed funding round, after raising $1.2 million in pre-seed funding" (hortidaily-gardin-seed).
    assert tuning_deals("hortidaily-gardin-seed")[0].amount_usd == 10_800_000.0


def test_a_chinese_company_that_receives_one_investors_sum_names_company_and_lead() -> None:
    # b47-cryptodao-fetchai-fedml-weekly-zh, https://github.com/Macin20/cryptodao/.../202304-weekly-fund1.md
    deals = tuning_deals("b47-cryptodao-fetchai-fedml-weekly-zh")
    assert (deals[0].company, deals[0].lead_investors, deals[0].amount_usd) == ("Fetch.ai", ["DWF Labs"], 40_000_000.0)
    assert deals[1].company == "FedML"
    # SYNTHETIC: another company, investor and sum.
    deal = parse_deals("4 月 2 日，物流机器人公司 Kelvaro 获 Orbital Capital 1500 万美元投资，将用于研发。")[0]
    assert (deal.company, deal.lead_investors) == ("Kelvaro", ["Orbital Capital"])
