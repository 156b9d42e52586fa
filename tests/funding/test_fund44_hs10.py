"""Rules added for issue 13 from the session-10 holdout, now tuning data (tuning_hs10.jsonl; scored once before any
rule: mean 0.581, kind 0.486). Each rule is checked on the real text that showed the miss (PROVENANCE.md cites each
page), on real sentences of the same class from other pages (the `search` pages corpus, cited by address), and on
inputs marked SYNTHETIC, made up to pin the class of language, not a name.
"""

from __future__ import annotations

from talentintel.funding.arabic_fund import launched_fund
from talentintel.funding.cjk_raise import korean_startup_invested
from talentintel.funding.fund_launched_by import launched_by
from talentintel.funding.kind import opening, other_reason
from talentintel.funding.kind_acquire_intl import ACQUIRE_INTL
from talentintel.funding.kind_grants import GRANT
from talentintel.funding.kind_purchases import TOKEN_PURCHASE
from talentintel.funding.kind_sought_intl import SOUGHT_INTL
from talentintel.funding.kind_totals import ECOSYSTEM_INFLOW, RANKED_TOTAL, SHUTDOWN_COUNT
from talentintel.funding.opening_noise import is_noise_line
from talentintel.funding.turkish import raise_at, raiser
from tests.funding.tuning_texts import tuning_deals


def test_raise_sought_in_spanish_turkish_arabic() -> None:
    # real: "TeraWulf se prepara para recaudar 3.200 millones de dólares mediante bonos convertibles"
    # (hs10-phemex-terawulf-3-2b-notes-es); "Sam Altman, 50 milyar dolara ulaşabilecek yeni yatırım turu için Orta
    # Doğulu yatırımcılarla görüşüyor" (hs10-webtekno-openai-50b-talks-tr); "أطلقت ... إنسكيل ... حملة لجمع تمويلات"
    # (hs10-alwaght-inscale-2-7b-sought-ar)
    for item in (
        "hs10-phemex-terawulf-3-2b-notes-es",
        "hs10-webtekno-openai-50b-talks-tr",
        "hs10-alwaght-inscale-2-7b-sought-ar",
    ):
        assert tuning_deals(item)[0].kind == "other", item
    # real, other pages: "لافتاً إلى أن الشركة تسعى لجمع نحو 800 مليون دولار" (lebanon24.com), "تعتزم شركة رولز رويس
    # القابضة جمع حوالي ملياري جنيه" (namaazone.com)
    assert SOUGHT_INTL.search("لافتاً إلى أن الشركة تسعى لجمع نحو 800 مليون دولار")
    assert SOUGHT_INTL.search("تعتزم شركة رولز رويس القابضة جمع حوالي ملياري جنيه استرليني")
    # SYNTHETIC: Portuguese and French plans and talks; a raise made is not sought
    assert SOUGHT_INTL.search("A Acme pretende captar R$ 50 milhões até o fim do ano.")
    assert SOUGHT_INTL.search("La start-up Acme est en discussions pour lever 20 millions d'euros.")
    assert SOUGHT_INTL.search("Acme s'apprête à lever 10 millions d'euros.")
    assert not SOUGHT_INTL.search("Acme recaudó 3 millones de dólares en una ronda semilla.")
    assert not SOUGHT_INTL.search("Acme a levé 20 millions d'euros auprès de ses investisseurs.")
    # a fund that "busca recaudar" is the fund's target, told with its launch (iupana-bicycle-capital-fund, a fund)
    assert not SOUGHT_INTL.search("lanzó el fondo que busca recaudar US$ 500 millones")


def test_grant_under_a_government_mission() -> None:
    # real: "BharatGen is India’s highest-funded AI entity after receiving $112 million under IndiaAI Mission"
    # (hs10-dripp-bharatgen-indiaai-incentives)
    assert tuning_deals("hs10-dripp-bharatgen-indiaai-incentives")[0].kind == "other"
    # real, another page: "India AI Mission gets Rs 2,000 Crore Fr Start-Ups" (business.outlookindia.com)
    assert GRANT.search("India AI Mission gets Rs 2,000 Crore Fr Start-Ups: Meity Start-Up Hub CEO")
    # SYNTHETIC: other programmes and grant phrasings; a round "under" a lead is no grant
    assert GRANT.search("Acme Labs was sanctioned Rs 5 crore under the Startup India Seed Fund Scheme.")
    # a grant won from a foundation is a round of type grant (test_extract.test_round_types)
    assert not GRANT.search("Acme wins a $500K grant from the Ethereum Foundation")
    assert GRANT.search("The startup received a grant of €500,000 from the regional council.")
    assert not GRANT.search("Acme raised $5 million in a round under the lead of Sequoia.")
    assert other_reason("Acme raises $5 million Series A led by Accel\nAcme said today it raised $5 million.") is None


def test_token_purchase_is_no_raise() -> None:
    # real: "has been actively investing approximately $1 million in TAO tokens across various subnets"
    # (hs10-taodaily-yuma-subnet-token-buys)
    assert tuning_deals("hs10-taodaily-yuma-subnet-token-buys")[0].kind == "other"
    # SYNTHETIC: a fund buying tokens; an issuer's token sale is a raise
    assert TOKEN_PURCHASE.search("The fund bought $20 million worth of SOL tokens last week.")
    assert TOKEN_PURCHASE.search("A whale has been accumulating about $3 million in ETH tokens.")
    assert not TOKEN_PURCHASE.search("Acme raised $5 million in a token sale led by Paradigm.")


def test_market_totals_and_shutdown_counts() -> None:
    # real: "Startups Incubated at Karachi's NED University Got the Highest Funding in 2022"
    # (hs10-riazhaq-karachi-startups-2022-total); "Startup Shutdowns Shift to Later Stages as First AI Reckoning
    # Emerges, Report Finds" (hs10-blstimes-simpleclosure-shutdowns-2025); "Companies in the East African country
    # raised $638 million in 2024" after an "advertisement" line (hs10-cioafrica-kenya-2024-total-shutdowns)
    for item in (
        "hs10-riazhaq-karachi-startups-2022-total",
        "hs10-blstimes-simpleclosure-shutdowns-2025",
        "hs10-cioafrica-kenya-2024-total-shutdowns",
    ):
        deals = tuning_deals(item)
        assert [d.kind for d in deals] == ["other"], item
    assert RANKED_TOTAL.search(
        "Pakistan: Startups Incubated at Karachi's NED University Got the Highest Funding in 2022"
    )
    # real, other pages: "Startup shutdowns drop to 5-year low" (financialexpress.com), "AngelList reported 364
    # startup winddowns in 2024" (all-global-news.pages.dev)
    assert SHUTDOWN_COUNT.search("Startup shutdowns drop to 5-year low, signalling recovery")
    assert SHUTDOWN_COUNT.search("AngelList reported 364 startup winddowns in 2024")
    # SYNTHETIC: a ranking of a city's firms; one company's round is no ranking
    assert RANKED_TOTAL.search("Berlin companies received the most funding in Europe last year")
    assert not RANKED_TOTAL.search("Acme received $5 million in funding from Accel")


def test_page_furniture_is_no_opening_sentence() -> None:
    # real lines: "advertisement" (hs10-cioafrica-...), "2026-02-05 08:14" and "熱門資訊> 正文" (hs10-hstong-...),
    # "Wednesday, February 22, 2023" (hs10-riazhaq-...); "Updated March 19th, 2024 at 22:13 IST" and "2 min read"
    # (republicworld.com, pages corpus)
    for line in (
        "advertisement",
        "ADVERTISEMENT",
        "2026-02-05 08:14",
        "熱門資訊> 正文",
        "Wednesday, February 22, 2023",
        "Updated March 19th, 2024 at 22:13 IST",
        "2 min read",
        "Connect with us",
    ):
        assert is_noise_line(line), line
    # SYNTHETIC: a headline with a date in it and a dateline are sentences
    assert not is_noise_line("Acme raises $5 million on February 22, 2023")
    assert not is_noise_line("Home of the brave")
    assert (
        opening("advertisement\nAcme raises $5M\nAcme said it raised $5M.")
        == "Acme raises $5M \nAcme said it raised $5M."
    )


def test_turkish_participle_tells_the_company_after_it() -> None:
    # real: "Bezos 6,2 milyar dolar fon toplamış gizemli yapay zekâ girişimi Project Prometheus’un eş CEO’su olacak"
    # (hs10-haberturk-project-prometheus-6-2b-tr)
    head = tuning_deals("hs10-haberturk-project-prometheus-6-2b-tr")[0]
    assert head.kind == "round" and head.company == "Project Prometheus" and head.amount_usd == 6_200_000_000
    # SYNTHETIC: another participle, another kind of company
    text = "Yatırımcılar, 5 milyon dolar yatırım almış fintek şirketi Papelo ile görüştü."
    found = raise_at(text)
    assert found is not None and raiser(text, found.start()) == "Papelo"


def test_arabic_fund_launch() -> None:
    # real: "أعلن "سوفت بنك"، ... عن إطلاق صندوق استثماري ... سيبدأ بمبلغ 100 مليون دولار"
    # (hs10-aalamy-softbank-opportunity-growth-fund-ar); "بإطلاق أول صندوق استثمار خاص" welcomed by a minister
    # (hs10-djazairess-algeria-first-private-fcpr-ar: the manager is not named)
    head = tuning_deals("hs10-aalamy-softbank-opportunity-growth-fund-ar")[0]
    assert head.kind == "fund" and head.company == "سوفت بنك" and head.amount_usd == 100_000_000
    head = tuning_deals("hs10-djazairess-algeria-first-private-fcpr-ar")[0]
    assert head.kind == "fund" and head.company is None
    # real, another page: an initiative to launch a fund is not a launch: "أعلنت الكويت، عن مبادرة لإطلاق صندوق
    # برأسمال قدره 200 مليون دولار" (arabic.cnn.com)
    text = (
        "دبي، الإمارات العربية المتحدة ( CNN)-- أعلنت الكويت، عن مبادرة لإطلاق صندوق برأسمال قدره 200 مليون دولار، "
        "للاستثمار في مجالات التكنولوجيا والاقتصاد الرقمي، وبمشاركة القطاع الخاص، تساهم فيه الكويت بـ50 مليون دولار."
    )
    assert launched_fund(text) is None
    # SYNTHETIC: a firm that launched a fund, its size in the same sentence; one that plans to is not
    text = (
        "أعلنت شركة «أكمي كابيتال» عن إطلاق صندوق جديد بقيمة 50 مليون دولار للاستثمار في الشركات الناشئة في المنطقة. "
        * 2
    )
    found = launched_fund(text)
    assert found is not None and found[0] == "أكمي كابيتال" and found[1] is not None and found[1][0] == 50_000_000
    text = (
        "تخطط شركة «أكمي كابيتال» لإطلاق صندوق جديد بقيمة 50 مليون دولار للاستثمار في الشركات الناشئة في المنطقة. " * 2
    )
    assert launched_fund(text) is None


def test_fund_launched_by_its_maker() -> None:
    # real: "following the launch of a Ksh5 billion county-backed startup fund by Nairobi City County"
    # (hs10-kenyapolls-nairobi-county-startup-fund)
    head = tuning_deals("hs10-kenyapolls-nairobi-county-startup-fund")[0]
    assert head.kind == "fund" and head.company == "Nairobi City County"
    # SYNTHETIC: another noun of launching; a fund a company received money from is not launched by it
    assert launched_by("The unveiling of a $50 million climate fund by Acme Ventures drew praise.") == "Acme Ventures"
    assert launched_by("Acme raised $5 million from a fund backed by Acme Ventures.") is None


def test_acquisition_in_french_spanish_portuguese() -> None:
    # real: "Google serait en discussions avancées pour acquérir Wiz ... le rachat de Graphcore ... s’offrir Hofy"
    # (b27-mondetech-wiz-graphcore-hofy-ma-fr, tuning_batch27: read as a round at the batch's first score)
    assert tuning_deals("b27-mondetech-wiz-graphcore-hofy-ma-fr")[0].kind == "other"
    assert ACQUIRE_INTL.search("Les groupes français ont ainsi racheté 45 start-up de plus qu'en 2016")
    # SYNTHETIC: Spanish and Portuguese; a French raise ("lève") is none
    assert ACQUIRE_INTL.search("Acme adquirió la startup chilena Beta por 20 millones de dólares.")
    assert ACQUIRE_INTL.search("A Acme anunciou a compra da fintech Beta.")
    assert not ACQUIRE_INTL.search("Acme lève 20 millions d'euros auprès de Partech.")
    assert other_reason("Acme lève 20 millions d'euros\nLa start-up Acme a levé 20 millions d'euros.") is None


def test_money_into_an_ecosystem_is_a_market_total() -> None:
    # real: "This Week In Tech by Nosa Alekhuogie" printed twice, then "a $680 million financial injection into the
    # Nigerian tech ecosystem in 2022" (hs10-thisdaylive-nigeria-2022-pre-seed)
    assert tuning_deals("hs10-thisdaylive-nigeria-2022-pre-seed")[0].kind == "other"
    assert ECOSYSTEM_INFLOW.search("a $680 million financial injection into the Nigerian tech ecosystem in 2022")
    # SYNTHETIC: another phrasing; a company's plan for its ecosystem is none
    assert ECOSYSTEM_INFLOW.search("Venture funding into the Kenyan startup ecosystem fell by a third")
    assert not ECOSYSTEM_INFLOW.search("Acme raised $5 million to grow its developer ecosystem")
    text = "Headline\nBy Jane Doe\nBy Jane Doe\nThe news."
    assert opening(text, 3, distinct=True) == "Headline \nBy Jane Doe \nThe news."
    assert opening(text, 3) == "Headline \nBy Jane Doe \nBy Jane Doe"


def test_korean_startup_an_investor_put_money_in() -> None:
    # real: "LG테크놀로지벤처스가 미국 AI 스타트업 인월드AI에 수십억원 규모의 추가 투자를 했다고 밝혔다"
    # (hs10-kgrowth-inworld-ai-lg-follow-on-ko: the investor LG was read as the raiser)
    assert tuning_deals("hs10-kgrowth-inworld-ai-lg-follow-on-ko")[0].company == "인월드AI"
    # SYNTHETIC: another investor, another startup; a startup's own investment plan names no raiser this way
    assert korean_startup_invested("한빛벤처스가 국내 핀테크 스타트업 페이랩에 20억원을 투자했다.") == "페이랩"
    assert korean_startup_invested("페이랩은 신규 서비스 개발에 20억원을 투자할 계획이다.") is None
