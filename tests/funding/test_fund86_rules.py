"""fund86 (issue 13, tuning_hs21): acquisitions in Slavic languages and Finnish, nationality adjectives and CJK
descriptors before lead names, the Vietnamese raise verb next to its sum, English "finalized", Ukrainian raise verbs,
a sum as the object of "acquired", "artificial intelligence" in more languages, relational nouns as non-names. Lines
are real (cited by fixture id in tests/fixtures/funding/tuning_hs21.jsonl) unless labelled SYNTHETIC."""

from __future__ import annotations

from talentintel.funding import kind
from talentintel.funding.cjk_lead_clean import lead_clean
from talentintel.funding.company_nonnames import not_a_name
from talentintel.funding.deal_sector import _AI_WORDS
from talentintel.funding.deals_ru import _RAISED as RU_RAISED
from talentintel.funding.kind_acquire_slavic_fi import ACQUIRE_SLAVIC_FI
from talentintel.funding.kind_prior_exit import prior_acquisition, stake_bought
from talentintel.funding.lead_noise import clean_leads
from talentintel.funding.polish import raiser, raises
from talentintel.funding.vietnamese_clauses import raised_amount


def test_bulgarian_and_finnish_acquisitions() -> None:
    # hs21-businessnovinite-apple-acquires-q-ai-2bn-bg, hs21-talouselama-apple-curious-ai-reported-acquisition-fi
    assert ACQUIRE_SLAVIC_FI.search("Apple потвърди придобиването на израелския стартъп Q.ai — ход")
    assert ACQUIRE_SLAVIC_FI.search("teknologiajätti Apple olisi ostanut Suomesta tekoälyosaamista.")
    # hs8-finecho-nvidia-groq-20b-ru
    assert ACQUIRE_SLAVIC_FI.search("NVIDIA согласилась приобрести Groq, разработчика")


def test_stakes_and_purchases_of_goods_are_no_acquisition() -> None:
    # b44-teststar-google-cipher-backstop-ru, hs21-rambler-xai-up-to-20bn-nvidia-spv-ru
    assert not ACQUIRE_SLAVIC_FI.search("Google приобретает 5,4% акций биткоин-майнера Cipher")
    assert not ACQUIRE_SLAVIC_FI.search("будет использована для приобретения процессоров Nvidia")
    # SYNTHETIC: Finnish shares bought.
    assert not ACQUIRE_SLAVIC_FI.search("Rahasto osti osakkeita yhtiöstä.")


def test_earlier_clause_is_background() -> None:
    # hs21-interpochta-vicarious-40m-formation8-ru
    head = "Как сообщал Digit.ru, ранее компания Google приобрела стартап в этой сфере"
    at = head.index("приобрела")
    assert prior_acquisition(head, at)


def test_sum_acquired_is_money() -> None:
    # hs21-chainreview-polychain-fund-iv-200m-first-close-en
    head = "Polychain Capital has recently acquired nearly $200 million during the preliminary phase for its fund"
    assert stake_bought(head, head.index("acquired") + len("acquired"))


def test_finalized_round_is_raised() -> None:
    # hs21-projectaresnews-anthropic-65bn-round-en
    text = (
        "Anthropic, one of the leading companies developing artificial intelligence, has just finalized a $65 billion "
        "funding round. This significant cash injection pushes the company's valuation to an astonishing $965 billion. "
        "This could be the final private fundraising effort before Anthropic potentially goes public."
    )
    assert kind.other_reason(text) is None
    # hs5-newsmax-openai-talks: not done yet.
    assert not kind._RAISED.search("the funding round have not yet been finalized and could still change")


def test_ukrainian_raise_verb() -> None:
    # hs21-forbesua-xai-15bn-cnbc-uk
    assert RU_RAISED.search("ШІ- компанія Ілона Маска xAI залучила $15 млрд від інвесторів")
    assert _AI_WORDS.search("ШІ- компанія Ілона Маска xAI")


def test_ai_in_more_languages() -> None:
    # hs21-mandiner-project-prometheus-6-2bn-bezos-hu; SYNTHETIC Polish and Greek phrases.
    for phrase in ("a mesterséges intelligencia jövőjét", "sztuczną inteligencją", "τεχνητή νοημοσύνη"):
        assert _AI_WORDS.search(phrase), phrase


def test_vietnamese_sum_after_raise_verb_not_hack_loss() -> None:
    # hs21-ameritecjsc-sky-mavis-150m-after-ronin-hack-vi
    text = (
        "Vụ hack hơn 600 triệu USD vào Sky Mavis diễn ra từ ngày 23/3. Tám ngày sau khi khi công bố bị tin tặc tấn "
        "công, Axie Infinity công bố đã gọi vốn thành công 150 triệu USD."
    )
    found = raised_amount(text)
    assert found is not None and found[0] == 150e6
    # hs21-imbdao-nillion-20m-raise-vi: the code-switched English verb.
    found = raised_amount("Nillion lần đầu tiên ra mắt báo chí với sự kiện raise hơn 20 triệu đô la từ các nhà đầu tư")
    assert found is not None and found[0] == 20e6


def test_nationality_adjective_and_cjk_descriptor_before_lead() -> None:
    # hs21-nlaid-axelera-250m-innovation-industries-nl; SYNTHETIC German and Romance forms.
    assert clean_leads(["Amerikaanse BlackRock", "US-amerikanische Venrock", "americana 5Lion Holdings"]) == [
        "BlackRock",
        "Venrock",
        "5Lion Holdings",
    ]
    # Names that only look so stay whole (SYNTHETIC).
    assert clean_leads(["Danske Bank", "Chinese Investment Corp", "Pulse Ventures"]) == [
        "Danske Bank",
        "Chinese Investment Corp",
        "Pulse Ventures",
    ]
    # hs21-creati-anthropic-30bn-series-g-gic-coatue-zh
    assert lead_clean("主權財富基金 GIC", "主權財富基金 GIC") == "GIC"
    assert lead_clean("投資管理公司 Coatue", "投資管理公司 Coatue") == "Coatue"
    assert lead_clean("软银愿景基金", "软银愿景基金") == "软银愿景基金"


def test_relational_noun_is_no_name() -> None:
    # hs21-mambiznes-xai-20bn-tesla-2bn-pl, hs21-interpochta-vicarious-40m-formation8-ru
    assert not_a_name("Rywal OpenAI")
    assert not_a_name("Основатель")
    assert not not_a_name("OpenAI")


def test_polish_relational_subject_resolves_to_named_startup() -> None:
    # hs21-mambiznes-xai-20bn-tesla-2bn-pl
    text = (
        "Na początku stycznia potwierdzono informacje dotyczące najnowszej rundy finansowania startupu xAI. Rywal "
        "OpenAI pozyskał w niej kwotę 20 mld dolarów. Według pierwotnych informacji wśród wspierających przewodzić "
        "miały podmioty takie jak Nvidia i Cisco Investments."
    )
    name, _ = raiser(text, raises(text))
    assert name == "xAI"


def test_previous_round_of_sum_is_not_the_round() -> None:
    # hs21-coindeskcc-polymarket-45m-series-b-founders-fund-en
    from talentintel.funding.money import round_amount

    text = (
        "Polymarket recently secured a $45 million financing from major investors, including Founders Fund.\n"
        "As anticipated, Polymarket has recently closed a $45 million Series B financing round.\n"
        "This round follows a previous Series A round of $25 million, led by General Catalyst, as stated by Coplan."
    )
    found = round_amount(text)
    assert found is not None and found[0].amount == 45e6


def test_norwegian_fund_launch_and_its_name() -> None:
    # hs21-shifter-norwegian-ai-fund-1bn-nok-target-no
    from talentintel.funding.fund_launches_intl import launch_manager, launches_fund

    text = (
        "Norske suksessgründere og investorer lanserer et AI-fond på en milliard kroner\n"
        "Fondet skal primært investere i norske og nordiske AI-startups. 100 millioner kroner er allerede forpliktet "
        "til fondet.\nNå lanserer de fondet Norwegian.ai på én milliard kroner."
    )
    assert launches_fund(text)
    assert launch_manager(text, None) == "Norwegian.ai"


def test_period_report_names_its_rounds_in_slovenian_and_romanian() -> None:
    # hs21-monitor-us-q2-2024-ai-27bn-coreweave-scale-xai-sl
    from talentintel.funding.roundup_period_intl import period_rounds

    sl = (
        "V minulem četrtletju, od aprila do junija, so samo v ZDA investitorji v start-upe na področju umetne "
        "inteligence vložili 27,1 milijarde dolarjev. CoreWeave, ki nudi računanje v oblaku za AI, je zbral 1,1 "
        "milijarde dolarjev svežega kapitala in še 7,5 milijard dolarjev dolžniškega financiranja."
    )
    assert [(d.company, d.amount_usd) for d in period_rounds(sl, None)] == [("CoreWeave", 1.1e9)]
    # hs21-observatornews-europe-vc-2025-66bn-synthesia-elevenlabs-ro
    ro = (
        "Investiţiile totale de tip venture capital în Europa au crescut cu 5% în 2025, până la 66 de miliarde de "
        "euro. La Londra, compania AI Synthesia a atras recent 200 de milioane de dolari la o evaluare de 4 miliarde."
    )
    assert [(d.company, d.amount_usd) for d in period_rounds(ro, None)] == [("Synthesia", 200e6)]
    # SYNTHETIC: no period in the opening, no roundup.
    assert period_rounds("CoreWeave je zbral 1,1 milijarde dolarjev svežega kapitala.", None) == []


def test_place_after_preposition_is_no_roundup_round() -> None:
    # hs9-haarlemsdagblad-2016-dutch-startups-nl
    from talentintel.funding.roundup_period_intl import period_rounds

    text = (
        "In 2016 werd 430 miljoen euro in start-ups geïnvesteerd. Zo was implantatenbedrijf G-Therapeutics goed voor de "
        "grootste financieringsdeal. De onderneming met vestiging in Eindhoven haalde 26 miljoen euro binnen."
    )
    assert period_rounds(text, None) == []
