"""Rules added for issue 13 from the session-11 holdout, now tuning data (tuning_hs11.jsonl; scored once before any
rule: mean 0.572, kind 0.432, fund_company 0.143). Each rule is checked on the real text that showed the miss
(PROVENANCE.md cites each page) and on inputs marked SYNTHETIC, made up to pin the class of language, not a name.
"""

from __future__ import annotations

from talentintel.funding.arabic import leads as arabic_leads
from talentintel.funding.company_grammar import ROMANCE_ASIDE
from talentintel.funding.from_list_tail import list_goes_on
from talentintel.funding.fund_launches_intl import launch_manager, launches_fund
from talentintel.funding.fund_manager_phrases import phrase_manager
from talentintel.funding.hindi import leads as hindi_leads
from talentintel.funding.investor_names import split_names
from talentintel.funding.kind_grants import GRANT
from talentintel.funding.kind_presale import ONGOING_PRESALE
from talentintel.funding.kind_totals import PERIOD_TOTAL
from talentintel.funding.lead_romance_subject import subject_leads
from talentintel.funding.lead_sole_intl import INTL_SUBJECT, investor_name
from talentintel.funding.money import find_money
from talentintel.funding.money_unrated import with_restated_value
from talentintel.funding.types import Deal
from tests.funding.tuning_texts import tuning_deals


def _head(item: str) -> Deal:
    return tuning_deals(item)[0]


def test_fund_closed_or_launched_as_the_firms_object() -> None:
    # real: "CMT Digital asegura 136 millones de dólares para un nuevo fondo" (hs11-bitget-cmt-digital-fund-iv-136m-es),
    # "La società ungherese Lead Ventures ha chiuso uno dei fondi di Venture Capital" (hs11-startupitalia-lead-ventures-
    # 100m-fund-it), "A Demium Capital anunciou ... o lançamento de um novo fundo" (hs11-dinheirovivo-demium-central-
    # europe-fund-pt), "Druhý fond Purple Ventures již získal přes 700 milionů korun" (hs11-financecz-purple-ventures-
    # second-fund-cs)
    for item, manager in (
        ("hs11-bitget-cmt-digital-fund-iv-136m-es", "CMT Digital"),
        ("hs11-startupitalia-lead-ventures-100m-fund-it", "Lead Ventures"),
        ("hs11-dinheirovivo-demium-central-europe-fund-pt", "Demium Capital"),
        ("hs11-financecz-purple-ventures-second-fund-cs", "Purple Ventures"),
    ):
        head = _head(item)
        assert (head.kind, head.company) == ("fund", manager), item
    # SYNTHETIC: other ordinals and verbs; the name after "fond" in Czech; a fund leading a round is no fund raise
    assert launch_manager("Acme Capital cerró su tercer fondo con 50 millones de dólares.", None) == "Acme Capital"
    assert launch_manager("V júni Acme VC spustila svoj druhý fond v hodnote 20 miliónov eur.", None) == "Acme VC"
    assert launch_manager("Třetí fond Acme Ventures již získal 40 milionů eur.", None) == "Acme Ventures"
    assert launches_fund("A Acme Partners fechou o seu segundo fundo com 30 milhões de euros.")
    assert not launches_fund("El fondo Acme Ventures lideró la ronda de 5 millones de dólares de Beta.")
    assert not launches_fund("Fond Acme Ventures vedl investiční kolo do start-upu Beta, celkem šlo o 1,5 milionu eur.")
    assert not launches_fund("Acme levantó 5 millones de dólares para expandirse en México.")


def test_launch_manager_keeps_a_manager_read_outside_the_fund_phrase() -> None:
    # SYNTHETIC: the other rules' manager stands unless it is read inside the fund's own phrase, after the verb
    text = "El inversor Juan Pérez lanzó el fondo que busca recaudar US$ 500 millones."
    assert launch_manager(text, "Acme Capital") == "Acme Capital"
    text = "Acme Capital asegura 136 millones de dólares para un nuevo fondo enfocado en startups de DeFi."
    assert launch_manager(text, "DeFi") == "Acme Capital"


def test_czech_slovak_croatian_money_words() -> None:
    # real: "700 milionů korun (30 milionů euro)" (hs11-financecz-purple-ventures-second-fund-cs), "1,5 milionu eur"
    # (hs11-hn-tass-vision-purple-ventures-cs), "70 miliónov eur" (hs11-startitup-kaya-fifth-fund-70m-sk), "42 milijuna
    # eura" (hs11-poslovni-fil-rouge-42m-vc-fund-hr)
    read = [
        (m.amount, m.currency) for m in find_money("získal přes 700 milionů korun (30 milionů euro) od 52 investorů")
    ]
    assert read == [(700e6, "CZK"), (30e6, "EUR")]
    assert [(m.amount, m.currency) for m in find_money("celkem šlo o 1,5 milionu eur.")] == [(1.5e6, "EUR")]
    assert [(m.amount, m.currency) for m in find_money("fond v hodnote 70 miliónov eur")] == [(70e6, "EUR")]
    assert [(m.amount, m.currency) for m in find_money("42 milijuna eura težak fond")] == [(42e6, "EUR")]
    # SYNTHETIC: billions and dollars
    assert [(m.amount, m.currency) for m in find_money("získala 5,4 miliardy korun")] == [(5.4e9, "CZK")]
    assert [(m.amount, m.currency) for m in find_money("investoval 3 miliony dolarů")] == [(3e6, "USD")]


def test_nordic_raise_verbs_and_leads() -> None:
    # real: "Elscooterbolaget Voi tar in 820 miljoner kronor under en Series-B finansieringsrunda ledd av Vostok New
    # Ventures" (hs11-va-voi-820m-sek-series-b-sv)
    head = _head("hs11-va-voi-820m-sek-series-b-sv")
    assert (head.kind, head.company, head.round, head.lead_investors) == (
        "round",
        "Voi",
        "series_b",
        ["Vostok New Ventures"],
    )
    # SYNTHETIC: Danish and Norwegian forms
    from talentintel.funding import parse_deals

    deal = parse_deals("Acme Robotics henter 20 millioner euro i en runde ledet af Beta Ventures.")[0]
    assert (deal.kind, deal.company, deal.lead_investors) == ("round", "Acme Robotics", ["Beta Ventures"])
    deal = parse_deals("Acme Robotics har rejst 5 millioner dollar i en seed-runde anført af Beta Capital.")[0]
    assert (deal.company, deal.lead_investors) == ("Acme Robotics", ["Beta Capital"])


def test_nordic_period_total() -> None:
    # real: "de totalt 135 miljoner kronor som västsvenska startup tog in under 2021"
    # (hs11-realtid-west-sweden-2021-connect-vast-sv)
    assert _head("hs11-realtid-west-sweden-2021-connect-vast-sv").kind == "other"
    # SYNTHETIC: Danish; one company's history since a year is no period total
    assert PERIOD_TOTAL.search("danske startups hentede totalt 900 millioner kroner i 2022")
    assert not PERIOD_TOTAL.search("Bolaget har totalt tagit in 200 miljoner kronor sedan 2015.")


def test_romance_aside_with_a_bare_descriptor_and_a_relative() -> None:
    # real: "ORA Technologies, jeune pousse marocaine fondée par Omar Alami, qui a bouclé une levée de fonds en série A"
    # (hs11-le360-ora-technologies-7-5m-series-a-fr)
    assert _head("hs11-le360-ora-technologies-7-5m-series-a-fr").company == "ORA Technologies"
    # SYNTHETIC: Spanish and Italian relatives after a descriptor
    assert ROMANCE_ASIDE.search("Acme Labs, startup chilena fundada en 2020, que cerró una ronda de 5 millones")
    assert ROMANCE_ASIDE.search("Acme Labs, pépite lyonnaise de la robotique, vient de lever 3 millions d'euros")
    assert not ROMANCE_ASIDE.search("Acme Labs, jeune pousse marocaine, prépare une levée de fonds")


def test_investor_puts_money_into_a_startup_intl() -> None:
    # real: "Eks Risikokapitalfonds Prima Materia stecke 100 Millionen Euro in das Anfang des Jahres gegründete
    # Unternehmen Helsing" (hs11-digitaleakten-helsing-100m-prima-materia-de); "brněnský fond Purple Ventures vedl
    # investiční kolo do tamního start-upu Tass Vision, celkem šlo o 1,5 milionu eur"
    # (hs11-hn-tass-vision-purple-ventures-cs)
    head = _head("hs11-digitaleakten-helsing-100m-prima-materia-de")
    assert (head.kind, head.company, head.lead_investors) == ("round", "Helsing", ["Prima Materia"])
    assert head.amount_original == "100 Millionen Euro"
    head = _head("hs11-hn-tass-vision-purple-ventures-cs")
    assert (head.kind, head.company, head.lead_investors) == ("round", "Tass Vision", ["Purple Ventures"])
    # SYNTHETIC: French, Spanish and Slovak forms; a place after "in"/"do" is no company
    from talentintel.funding import parse_deals

    deal = parse_deals("Le fonds Beta Capital investit 4 millions d'euros dans la start-up Acme Robotics.")[0]
    assert (deal.company, deal.lead_investors) == ("Acme Robotics", ["Beta Capital"])
    deal = parse_deals("Beta Ventures invirtió 2 millones de dólares en la fintech Acme Pagos.")[0]
    assert deal.company == "Acme Pagos"
    assert subject_leads("fond Beta Ventures viedol investičné kolo do startupu Acme") == ["Beta Ventures"]
    assert investor_name("Eks Risikokapitalfonds Prima Materia") == "Prima Materia"
    assert INTL_SUBJECT.search("Beta Capital steckt 5 Millionen Euro in die USA-Expansion") is not None
    assert parse_deals("Beta Capital steckt 5 Millionen Euro in den USA.")[0].company is None


def test_leads_hindi_round_first_arabic_sole_investor_and_origins() -> None:
    # real: "इस फंडिंग राउंड का नेतृत्व LeapFrog Investments ने किया है" (hs11-zeebiz-battery-smart-65m-series-b-hi);
    # "حصلت على تمويل بقيمة 1.5 مليون دولار امريكي من قبل شركة الاستثمار EquiTrust"
    # (hs11-arabmoneytalk-mawdoo3-1-5m-equitrust-ar); "co-led by China’s Tencent and VR Capital from New York and
    # London" (hs11-thefuturemedia-uzum-65-5m-tencent-vr)
    assert _head("hs11-zeebiz-battery-smart-65m-series-b-hi").lead_investors == ["LeapFrog Investments"]
    assert _head("hs11-arabmoneytalk-mawdoo3-1-5m-equitrust-ar").lead_investors == ["EquiTrust"]
    assert _head("hs11-thefuturemedia-uzum-65-5m-tencent-vr").lead_investors == ["Tencent", "VR Capital"]
    # SYNTHETIC: a second investor in Arabic is no sole lead; a firm's city after "from"
    assert hindi_leads("इस राउंड का नेतृत्व Acme Ventures ने किया.") == ["Acme Ventures"]
    assert arabic_leads("حصلت على تمويل بقيمة 2 مليون دولار من صندوق Acme Ventures.") == ["Acme Ventures"]
    assert arabic_leads("حصلت على تمويل بقيمة 2 مليون دولار من شركة Acme Ventures وشركة Beta Capital.") == []
    assert split_names("Beta Ventures from Berlin and Gamma Capital") == ["Beta Ventures", "Gamma Capital"]


def test_fund_created_or_started_and_its_manager_phrase() -> None:
    # real: "annonçaient la création d’un fonds d’amorçage industriel" and "Géré par la société Demeter investment
    # managers" (hs11-letoutlyon-lyon-st-etienne-seed-fund-fr); "s radom započinje 42 milijuna eura težak fond
    # rizičnog kapitala kojim će, odlučio je Europski investicijski fond (EIF), upravljati Fil Rouge Capital"
    # (hs11-poslovni-fil-rouge-42m-vc-fund-hr)
    head = _head("hs11-letoutlyon-lyon-st-etienne-seed-fund-fr")
    assert (head.kind, head.company) == ("fund", "Demeter")
    head = _head("hs11-poslovni-fil-rouge-42m-vc-fund-hr")
    assert (head.kind, head.company) == ("fund", "Fil Rouge Capital")
    # SYNTHETIC: Spanish creation, a Croatian launch, an Italian manager phrase; a company's own fund of money is no fund
    assert launches_fund("El Gobierno anunció ayer la creación de un nuevo fondo de capital riesgo.")
    assert launches_fund("Pokrenut je novi fond rizičnog kapitala od 30 milijuna eura.")
    assert (
        phrase_manager("Il fondo, gestito dalla società Acme Capital SGR, investirà in startup.") == "Acme Capital SGR"
    )
    assert phrase_manager("Fond kojim upravlja Acme Partners uložit će 5 milijuna eura.") == "Acme Partners"
    assert not launches_fund("Acme a annoncé une levée de fonds de 5 millions d'euros.")


def test_romance_period_total_programme_money_and_presale() -> None:
    # real: "Les startups du pays ont collecté plus de 6 milliards de dollars en 2018"
    # (hs11-israelvalley-israel-december-2018-fr); "The United Kingdom has announced a new £25 million (approximately
    # Rwf37 billion) funding initiative aimed at scaling up small and medium-sized agribusinesses in Rwanda"
    # (hs11-taarifa-uk-25m-agdevco-rwanda); "a live presale auction with real-time contribution updates"
    # (hs11-coinfeather-zkp-presale-auction)
    for item in (
        "hs11-israelvalley-israel-december-2018-fr",
        "hs11-taarifa-uk-25m-agdevco-rwanda",
        "hs11-coinfeather-zkp-presale-auction",
    ):
        assert _head(item).kind == "other", item
    # SYNTHETIC: Spanish and Portuguese totals; one startup's raise in a year is a round
    assert PERIOD_TOTAL.search("Las startups mexicanas recaudaron más de 2.000 millones de dólares en 2024.")
    assert PERIOD_TOTAL.search("As startups brasileiras captaram US$ 3 bilhões em 2023.")
    assert not PERIOD_TOTAL.search("La startup Acme ha levé 5 millions d'euros en 2024.")
    assert GRANT.search("The government launched a $10 million support programme to help women entrepreneurs.")
    assert not GRANT.search("Acme announced a new $20 million credit facility for its expansion.")
    assert ONGOING_PRESALE.search("The presale is now live at $0.01 per token.")
    assert not ONGOING_PRESALE.search("Acme closed its presale after raising $5 million.")


def test_from_list_goes_on_past_a_seat_and_portuguese_angariar() -> None:
    # real: "Today the company announced raising $6 million from Rasmal Ventures in Qatar and Joa Capital in Saudi
    # Arabia" (hs11-profitpk-mediq-6m-rasmal-joa: two investors, no lead); "a Sword Health anunciava a primeira grande
    # ronda ... angariava um total de 30 milhões de dólares ... a startup Oscar ... anunciava o investimento de €6
    # milhões" (hs11-expresso-sword-health-30m-oscar-pt)
    assert _head("hs11-profitpk-mediq-6m-rasmal-joa").lead_investors == []
    deals = tuning_deals("hs11-expresso-sword-health-30m-oscar-pt")
    assert (deals[0].company, deals[0].amount_usd) == ("Sword Health", 30e6)
    assert "Oscar" in [d.company for d in deals[1:]]
    # SYNTHETIC: a seat then a second firm; a seat alone keeps the one investor
    assert list_goes_on(" in Berlin and Beta Capital in Paris.")
    assert not list_goes_on(" in Berlin, the firm said.")
    from talentintel.funding import parse_deals

    assert parse_deals("Acme raised $5 million from Beta Ventures in Berlin.")[0].lead_investors == ["Beta Ventures"]
    assert parse_deals("A Acme angariou 2 milhões de euros numa ronda seed.")[0].company == "Acme"


def test_unrated_sum_takes_its_bracketed_restatement() -> None:
    # real: "Druhý fond Purple Ventures již získal přes 700 milionů korun" (headline), "získal fond přes 700 milionů
    # korun (30 milionů euro) od 52 investorů" (body) (hs11-financecz-purple-ventures-second-fund-cs)
    head = _head("hs11-financecz-purple-ventures-second-fund-cs")
    assert (head.kind, head.currency, head.amount_original) == ("fund", "CZK", "700 milionů korun")
    assert head.amount_usd is not None and abs(head.amount_usd - 33898305.0) <= 0.02 * 33898305.0
    # SYNTHETIC: a Polish sum restated in dollars; a rated sum keeps its own value
    deal = Deal(kind="round", amount_original="200 milionů korun", currency="CZK")
    assert with_restated_value(deal, "získal 200 milionů korun (asi 9 milionů dolarů) od", None).amount_usd == 9e6
    deal = Deal(kind="round", amount_usd=5e6, amount_original="$5 million", currency="USD")
    assert with_restated_value(deal, "raised $5 million (€4.6 million)", None).amount_usd == 5e6
