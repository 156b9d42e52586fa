"""fund84 (issue 13, tuning_hs20): amounts in Russian and Persian, a record's amount field, a valuation after bold
markup, a running total after "totalizando", and rounds pursued or negotiated. Lines are real (cited by fixture id in
tests/fixtures/funding/tuning_hs20.jsonl) unless labelled synthetic."""

from __future__ import annotations

from talentintel.funding.kind_talks import TALKS
from talentintel.funding.money import round_amount
from talentintel.funding.money_languages import not_the_round, raised_before
from talentintel.funding.money_record import field_amount
from talentintel.funding.money_ru_fa import find_persian_money


def test_russian_round_of_sum_beats_valuation() -> None:
    # hs20-glavnoe-helsing-600m-eur-prima-materia-ru
    text = (
        "Компания Prima Materia, основанная Дэниелом Эком (основателем Spotify) и инвестором Шакилом Ханом в 2020 году, "
        "возглавила инвестиционный раунд на сумму 600 млн евро в немецкий оборонный стартап Helsing. Это повысило "
        "стоимость компании до 12 млрд евро"
    )
    found = round_amount(text)
    assert found is not None and found[0].amount == 600e6 and found[0].currency == "EUR"


def test_russian_led_round_in_parentheses() -> None:
    # hs20-tkrf-bitfury-20m-round-itech-capital-profile-ru
    text = (
        "у BitFury, с выручкой за два последних года (2015-2016) $125 млн и около $120 млн венчурных инвестиций "
        "(по информации компании), офисы в Сан-Франциско. В Москве команда BitFury стала бывать все чаще: в 2015 году "
        "у компании появился среди инвесторов венчурный фонд с российскими корнями, iTech Capital (он возглавил раунд "
        "на $20 млн)."
    )
    found = round_amount(text)
    assert found is not None and found[0].amount == 20e6


def test_persian_sum_raise_and_valuation() -> None:
    # hs20-deepto-dualentry-90m-series-a-lightspeed-khosla-fa
    text = (
        "DualEntry، یک استارتاپ برنامهریزی منابع سازمانی (ERP) مبتنی بر هوش مصنوعی، از جذب سرمایه 90 میلیون دلاری در "
        "دور Series A با رهبری Lightspeed و Khosla Ventures خبر داد. این سرمایهگذاری، ارزش این کسبوکار یک ساله را "
        "415 میلیون دلار برآورد کرد."
    )
    assert [m[2] for m in find_persian_money(text)] == [90e6, 415e6]
    found = round_amount(text)
    assert found is not None and found[0].amount == 90e6 and found[0].currency == "USD"


def test_persian_digits_synthetic() -> None:
    # synthetic: Persian digits and the euro
    assert find_persian_money("۱۲ میلیارد یورو")[0][2:4] == (12e9, "EUR")


def test_cue_words() -> None:
    assert raised_before("в 2015 году компания привлекла ")  # synthetic
    assert not_the_round("Компанию оценили в ", "")  # hs20-glavnoe
    assert not raised_before("с выручкой за два последних года (2015-2016) ")  # hs20-tkrf: revenue


def test_record_field_amount() -> None:
    # hs20-fundedstartups-zeko-labs-3m-pre-seed
    text = 'title: "Zeko Labs"\nfunding_round: "Pre-Seed"\nfunding_amount: "$3M"\ninvestors: "UOB Venture Management"'
    assert field_amount(text, text.index("$3M"))
    found = round_amount(text)
    assert found is not None and found[0].amount == 3e6
    assert not field_amount("the amount was $3M", 14)  # synthetic: prose, no field label


def test_portuguese_round_after_ja_and_running_total() -> None:
    # hs20-zysh-gensyn-43m-series-a-a16z-interview-pt
    text = (
        "A Gensyn já arrecadou 43 milhões de dólares em uma rodada Série A liderada pela a16z, totalizando mais de "
        "50 milhões de dólares em financiamento."
    )
    found = round_amount(text)
    assert found is not None and found[0].amount == 43e6


def test_rounds_pursued_or_negotiated() -> None:
    # hs20-agenttimes-deepseek-seeks-300m-alibaba-tencent
    assert TALKS.search("DeepSeek Seeks First External Capital From Alibaba and Tencent at $20B+ Valuation")
    assert TALKS.search("is pursuing its first external fundraising round with backing from technology giants")
    # hs20-wallstreetitalia-openai-86bn-talks-anthropic-750m-negotiating-it
    assert TALKS.search("Inoltre, Anthropic sta attualmente negoziando un round da 750 milioni di dollari")
    # hs20-linkx-kling-ai-2bn-spinoff-talks-guoyi-ipo-zh
    assert TALKS.search("以200亿美元估值融资20亿美元，正与腾讯等投资方商谈，交易尚未close")
    # synthetic: a closed round is not talks
    assert not TALKS.search("The company raised a $20 million Series A led by Accel.")


def test_russian_subject_led_round() -> None:
    from talentintel.funding.lead_ru_fa import ru_fa_leads

    # hs20-glavnoe-helsing-600m-eur-prima-materia-ru
    text = (
        "Компания Prima Materia, основанная Дэниелом Эком (основателем Spotify) и инвестором Шакилом Ханом в 2020 году, "
        "возглавила инвестиционный раунд на сумму 600 млн евро в немецкий оборонный стартап Helsing."
    )
    assert ru_fa_leads(text, "Helsing") == ["Prima Materia"]
    # hs20-tkrf-bitfury-20m-round-itech-capital-profile-ru
    text = (
        "В Москве команда BitFury стала бывать все чаще: в 2015 году у компании появился среди инвесторов венчурный "
        "фонд с российскими корнями, iTech Capital (он возглавил раунд на $20 млн)."
    )
    assert ru_fa_leads(text, "BitFury") == ["iTech Capital"]
    # synthetic: "под руководством X и Y"
    assert ru_fa_leads(
        "привлек $48 млн в раунде серии A под руководством Pantera Capital и Coinbase Ventures", None
    ) == [
        "Pantera Capital",
        "Coinbase Ventures",
    ]


def test_persian_led_by() -> None:
    from talentintel.funding.lead_ru_fa import ru_fa_leads

    # hs20-deepto-dualentry-90m-series-a-lightspeed-khosla-fa
    text = "از جذب سرمایه 90 میلیون دلاری در دور Series A با رهبری Lightspeed و Khosla Ventures خبر داد."
    assert ru_fa_leads(text, "DualEntry") == ["Lightspeed", "Khosla Ventures"]


def test_marked_lead_in_investor_list() -> None:
    from talentintel.funding.lead_marked import marked_leads

    # hs20-e27-mirror-meesho-stashfin-infuseai-roundup
    text = (
        "InfuseAI raises US$4.3M Series A from Hive Ventures\nInvestors: Wistron Corporation (lead), Hive Ventures, "
        "Top Taiwan Venture Capital Group, and Silicon Valley Taiwan Investments."
    )
    assert marked_leads(text, "InfuseAI") == ["Wistron Corporation"]
    assert marked_leads("Investors: Acme Ventures, Beta Capital.", None) == []  # synthetic: no mark


def test_first_close_told_after_final_close_pt() -> None:
    from talentintel.funding.fund_size import fund_size

    # hs20-krudle-tlcom-capital-154m-tide-africa-fund-ii-pt (trimmed)
    text = (
        "TLcom Capital fecha segundo fundo em $154M para apoiar startups em estágio inicial em toda a África\n\n"
        "No último desenvolvimento, a TLcom Capital ... concluiu a captação de recursos para seu segundo fundo, TIDE "
        "Africa Fund II, totalizando US$ 154 milhões. O fechamento final coloca a empresa como o maior investidor.\n\n"
        "O fechamento final ocorre dois anos e alguns meses após a TLcom anunciar o primeiro fechamento do segundo "
        "fundo em US$ 70 milhões, quando atingiu o tamanho do primeiro fundo, TIDE Africa Fund I."
    )
    size = fund_size(text)
    assert size is not None and size.amount == 154e6


def test_scene_setting_lede_reads_first_figure() -> None:
    from talentintel.funding.fund_opening import opening_sentences

    # hs20-decryptnews-framework-ventures-400m-fund-ai-robotics-tokenization (trimmed)
    text = (
        "According to Framework’s co-founder Michael Anderson, the next evolution in crypto isn’t merely about digital "
        "currencies; it’s about financing sectors like AI and robotics. He emphasized that blockchain is transforming.\n"
        "Framework Ventures envisions blockchain as the financial framework for AI computing. The San Francisco-based "
        "firm recently announced a $400 million fund aimed at investing at the crossroads of tokenization."
    )
    assert opening_sentences(text)[-1].startswith("The San Francisco-based firm recently announced a $400 million fund")
    # synthetic: a lede with a figure reads no further
    parts = opening_sentences(
        "Acme raises $5 million\n\nAcme makes robots. It will hire. Beta announced a $400 million fund."
    )
    assert not any(p.startswith("Beta") for p in parts)


def test_persian_ai_sector_word() -> None:
    from talentintel.funding.deal_sector import _AI_WORDS

    # hs20-deepto-dualentry-90m-series-a-lightspeed-khosla-fa
    assert _AI_WORDS.search("یک استارتاپ برنامهریزی منابع سازمانی (ERP) مبتنی بر هوش مصنوعی")


def test_marked_lead_not_across_table_cells() -> None:
    from talentintel.funding.lead_marked import marked_leads

    # hs13-techjacksolutions-catena-labs-30m-series-a: table cells run together, no list item
    text = "CompanyCatena Labs\nRoundSeries A\nLead InvestorsAcrew Capital (lead), a16z crypto\n"
    assert marked_leads(text, "Catena Labs") == []


def test_russian_earlier_raise_and_total_are_not_the_round() -> None:
    # hs8-finecho-nvidia-groq-20b-ru
    assert not_the_round("всего через несколько месяцев после того, как Groq привлек ", "при оценке около")
    assert not_the_round("Disruptive инвестировала в компанию более ", "с момента ее основания в 2016 году.")
    assert not not_the_round("возглавила инвестиционный раунд на сумму ", " в немецкий оборонный стартап Helsing.")


def test_chinese_descriptor_glued_to_latin_name() -> None:
    from talentintel.funding.cjk_glued_descriptor import without_descriptor

    # hs20-famikj-ruviai-1-7m-seed-draper-zh
    text = "RuviAI完成170万美元融资,AI 区块链的落地场景是什么?\n近日我看到有一条新闻,AI 区块链项目RuviAI宣布完成170万美元种子轮融资"
    assert without_descriptor("区块链项目RuviAI", text) == "RuviAI"
    # synthetic: the Latin part never stands alone, the name is kept
    assert without_descriptor("区块链项目RuviAI", "区块链项目RuviAI宣布完成融资") == "区块链项目RuviAI"


def test_fund_launched_by_described_firm() -> None:
    from talentintel.funding.fund_manager_grammar import grammar_manager

    # hs20-alhadath-partech-africa-ii-final-close-305m
    text = (
        "Partech Africa II, launched by Paris-headquartered technology investment firm Partech, has hard capital of "
        "€280 million ($305 million), making it the largest VC fund for technology startups in Africa."
    )
    assert grammar_manager(text) == "Partech"
    # synthetic: a sponsor with no firm word stays unread
    assert grammar_manager("The fund, launched by Paris-based investors, has EUR 20 million.") is None
