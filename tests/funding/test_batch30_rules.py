"""Rules added for issue 13 from tuning_batch30 (branch fund50: 29 real round announcements on new publishers, scored
once before any rule: company 0.536, lead F1 0.744, amount 0.786 on 28 rounds, mean 0.786). Each rule is checked on
the real text that showed the miss (PROVENANCE.md cites each page) and on inputs marked SYNTHETIC, made up to pin the
class of language, not a name.
"""

from __future__ import annotations

from talentintel.funding import cjk
from talentintel.funding.company_nonnames import place_possessive
from talentintel.funding.deals import parse_deals
from tests.funding.tuning_texts import tuning_deals


def test_hyphenated_backer_participle_is_cut_from_the_name() -> None:
    # real: "Fairfax-promoted Digit Insurance has raised USD 200 million" (b30-zeenews-digit-insurance-200m-faering)
    assert tuning_deals("b30-zeenews-digit-insurance-200m-faering")[0].company == "Digit Insurance"
    # SYNTHETIC: other participles of who stands behind it
    assert parse_deals("Tata-incubated Acme Robotics has raised $12 million in a Series A.")[0].company == (
        "Acme Robotics"
    )
    assert parse_deals("Government-controlled Beta Grid has raised $40 million.")[0].company == "Beta Grid"


def test_lead_subject_before_a_descriptive_appositive() -> None:
    # real: "Paradigm, a venture capital (VC) firm that focuses on cryptocurrencies, is leading a funding round of
    # $225 million for a new layer-1 blockchain network." (b30-bitgpt-monad-225m-paradigm-mezo)
    head = tuning_deals("b30-bitgpt-monad-225m-paradigm-mezo")[0]
    assert (head.company, head.amount_usd, head.lead_investors) == ("Monad Labs", 225_000_000.0, ["Paradigm"])
    # SYNTHETIC: an appositive with its own relative clause, then "led"
    text = "Acme Robotics has raised $8 million. Gamma Partners, a fund that backs hardware startups, led the round."
    assert parse_deals(text)[0].lead_investors == ["Gamma Partners"]


def test_romance_participation_in_any_number_ends_the_leads_and_relative_subject() -> None:
    # real: "A Leaft Foods que produz proteína vegetal extraída de folhas verdes, conquistou um investimento de US$ 15
    # milhões em uma Série A, liderada pela Khosla Ventures, com participações do atleta Steven Adams ..."
    # (b30-veganbusiness-leaft-foods-15m-khosla-pt)
    head = tuning_deals("b30-veganbusiness-leaft-foods-15m-khosla-pt")[0]
    assert (head.company, head.amount_usd, head.lead_investors) == ("Leaft Foods", 15_000_000.0, ["Khosla Ventures"])
    # SYNTHETIC: Spanish, a relative clause and plural participations
    text = (
        "Acme Pagos, que ofrece pagos digitales en México, obtuvo US$ 10 millones en una ronda liderada por Kaszek, "
        "con participaciones de Beta Capital y Gamma Fund."
    )
    head = parse_deals(text)[0]
    assert (head.company, head.lead_investors) == ("Acme Pagos", ["Kaszek"])


def test_japanese_quotation_topic_and_relative_clause_raiser() -> None:
    # real: "「競合はフィットネスジム」遊休農地を活用した貸し農園を運営するアグリメディアが2.5億円を調達" and
    # "第三者割当増資により総額2.5億円を調達した" (b30-weblettuce-agrimedia-250m-yen-globis-ja)
    head = tuning_deals("b30-weblettuce-agrimedia-250m-yen-globis-ja")[0]
    assert (head.kind, head.company) == ("round", "アグリメディア")
    # real: "「LEAP」を運営するseakは9月1日、第三者割当増資による資金調達を実施" (b30-intelligentsweepingrobot-...)
    assert tuning_deals("b30-intelligentsweepingrobot-seak-leap-60m-yen-seed-ja")[0].company == "seak"
    # SYNTHETIC: a slogan's は, and a product quoted before the company that develops it
    assert cjk.extract("「目標は世界一」アクメが3億円を調達").company == "アクメ"
    assert cjk.extract("配送アプリ「Hako」を開発するベータロボは5億円の資金調達を実施した。").company == "ベータロボ"


def test_committed_to_a_described_company_and_a_place_possessive() -> None:
    # real: "British Investor Backs Nigeria’s Agri-Tech Future with ₦11.4bn Boost" and "... has committed $7.5 million
    # (₦11.4 billion) in debt funding to Nigerian agri-tech firm Babban Gona." (b30-techparley-babban-gona-7-5m-bii-debt)
    head = tuning_deals("b30-techparley-babban-gona-7-5m-bii-debt")[0]
    assert (head.company, head.amount_usd, head.round) == ("Babban Gona", 7_500_000.0, "debt")
    # SYNTHETIC
    assert place_possessive("India’s EV Push") and not place_possessive("Acme’s Series A")
    text = "Delta Capital has injected $3 million in growth capital into Kenyan logistics startup Sendo."
    assert parse_deals(text)[0].company == "Sendo"


def test_the_possessive_brand_is_one_name() -> None:
    # real: "The Farmer’s Dog, a direct-to-consumer startup ..., just closed $39 million in Series B financing."
    # (b30-fastcompany-farmers-dog-39m-series-b)
    assert tuning_deals("b30-fastcompany-farmers-dog-39m-series-b")[0].company == "The Farmer’s Dog"
    # SYNTHETIC: a place's possessive is still an owner
    assert parse_deals("Kenya's Lipa Later has raised $12 million in a Series A.")[0].company == "Lipa Later"


def test_korean_measure_noun_and_arabic_bare_brand() -> None:
    # real: "LED 패키지 전문기업 우리LED가 하나대투증권으로부터 300억 원 규모의 투자유치에 성공했다고" (b30-ajunews-...)
    assert tuning_deals("b30-ajunews-woorled-30bn-won-2010-ko")[0].company == "우리LED"
    # real: "جمعت شركة سويفل لخدمات النقل الجماعي ... بقيمة بلغت 20 مليون دولار" (b30-riadynews-swvl-20m-ar)
    assert tuning_deals("b30-riadynews-swvl-20m-ar")[0].company == "سويفل"
    # SYNTHETIC
    assert cjk.extract("핀테크 기업 베타페이가 50억 원 규모의 투자를 유치했다.").company == "베타페이"
    head = parse_deals("جمعت شركة ميزان الناشئة في القاهرة تمويلات بقيمة 5 مليون دولار من مستثمرين.")[0]
    assert (head.company, head.amount_usd) == ("ميزان", 5_000_000.0)


def test_french_past_participles_report_a_raise() -> None:
    # real: "La firme Pro-Games Esports Players League (ESPL) avait décroché 1 million de dollars de financement de
    # démarrage. La ronde a été dirigée par la société de capital-risque 500 Startups" (b30-breakingnews-espl-...)
    head = tuning_deals("b30-breakingnews-espl-1m-500-startups-fr")[0]
    assert (head.kind, head.company, head.amount_usd) == ("round", "Pro-Games Esports Players League", 1_000_000.0)
    # SYNTHETIC: passé composé with "a levé"
    head = parse_deals("La start-up lyonnaise Acme a levé 3 millions d'euros auprès de Kima Ventures.")[0]
    assert (head.kind, head.company) == ("round", "Acme")


def test_scandinavian_reader() -> None:
    # real: "I en såkornfinansieringsrunde ledet av Andreessen Horowitz, blockchain-spillstartup Azra Games har samlet
    # inn 15 millioner dollar" (b30-bitcoinethereumnews-azra-games-15m-seed-no)
    head = tuning_deals("b30-bitcoinethereumnews-azra-games-15m-seed-no")[0]
    assert (head.company, head.amount_usd, head.round, head.lead_investors) == (
        "Azra Games",
        15_000_000.0,
        "seed",
        ["Andreessen Horowitz"],
    )
    # real, Swedish: "Elscooterbolaget Voi tar in 820 miljoner kronor under en Series-B finansieringsrunda ledd av
    # Vostok New Ventures" (hs11-va-voi-820m-sek-series-b-sv)
    head = tuning_deals("hs11-va-voi-820m-sek-series-b-sv")[0]
    assert (head.company, head.round, head.lead_investors) == ("Voi", "series_b", ["Vostok New Ventures"])
    # SYNTHETIC, Danish; and a period's total stays no round
    text = (
        "Det danske selskab Acme Robotics har rejst 40 millioner kroner i en runde ledet af Heartcore Capital, og pengene "
        "går til at udvikle nye løsninger på områder med stor værdi for kunderne og det er ikke alt."
    )
    head = parse_deals(text)[0]
    assert (head.kind, head.company, head.currency, head.round, head.lead_investors) == (
        "round",
        "Acme Robotics",
        "DKK",
        None,
        ["Heartcore Capital"],
    )
    text = (
        "De nordiske startups har i alt hentet 900 millioner kroner i år, og det er ikke alt fra investorerne som "
        "blev. Pengene går til løsninger på områder med værdi."
    )
    assert parse_deals(text)[0].kind == "other"
