"""Company rules added for issue 13 from tuning_batch23 (branch fund34; first score on its 30 texts, 28 rounds: company
0.571, mean 0.778), each checked on the real tuning text that showed the miss (PROVENANCE.md cites each page) and on
inputs marked SYNTHETIC, made up to pin the class of language, not a name.
"""

from __future__ import annotations

from talentintel.funding.company_backer_predicate import investor_predicate
from talentintel.funding.company_function_words import is_function_word
from talentintel.funding.company_span_trim import trim_span
from talentintel.funding.deals import parse_deals
from tests.funding.tuning_texts import tuning_deals


def _company(text: str) -> str | None:
    return parse_deals(text)[0].company


def test_pronouns_magnitudes_and_openers_are_no_company() -> None:
    # real: "Elle lève une série A de 385 M€" (b23-cfnews-mistral-ai-licorne); "$150 Million Raise" (b23-squawk-...)
    assert is_function_word("Elle") and is_function_word("Million") and is_function_word("Comme")
    # real: "Berliner App-Produzent" (b20-heise-6wunderkinder) is only a description
    assert is_function_word("Berliner App-Produzent")
    # SYNTHETIC: the other languages' pronouns and magnitudes; names are kept
    assert is_function_word("Ella") and is_function_word("Sie") and is_function_word("Milliarden")
    assert (
        not is_function_word("Mistral AI") and not is_function_word("Elleven") and not is_function_word("Millionaire")
    )


def test_a_reporting_verb_a_kind_noun_and_a_german_description_are_cut_from_the_span() -> None:
    # real: "A Statement Said Ethena Labs Raised Millions" (b23-xplosn-...), "Ethena Crypto Project Raises $100 Million"
    # (b23-futurefri-...), "Der US-amerikanische Garnproduzent AlgiKnit" (b20-fashionunited-algiknit-a),
    # "E-Flugtaxi-Startup Lilium" (b20-electrive-lilium-2022)
    assert trim_span("Statement Said Ethena Labs") == "Ethena Labs"
    assert trim_span("Ethena Crypto Project") == "Ethena"
    assert trim_span("Der US-amerikanische Garnproduzent AlgiKnit") == "AlgiKnit"
    assert trim_span("E-Flugtaxi-Startup Lilium") == "Lilium"
    # SYNTHETIC
    assert trim_span("Report Says Zeta Robotics") == "Zeta Robotics"
    assert trim_span("Quill DeFi Project") == "Quill"
    assert trim_span("Die Kölner Modemarke Lumen") == "Lumen"
    assert trim_span("Project") == "Project"  # nothing left: kept


def test_a_subject_its_clause_calls_a_backer_is_no_company() -> None:
    # real: "Alibaba Group Holding Ltd. is the headline backer supporting ... The e-commerce giant led the funding in
    # Moonshot AI" (b23-readwrite-alibaba-moonshot-ai)
    assert tuning_deals("b23-readwrite-alibaba-moonshot-ai")[0].company == "Moonshot AI"
    # SYNTHETIC
    text = "Orbit Holdings is the lead investor behind a $30 million round. The fund led the financing in Kestrel Bio."
    assert investor_predicate(text, len("Orbit Holdings"))
    assert _company(text) == "Kestrel Bio"
    assert not investor_predicate("Kestrel Bio is an investor-friendly biotech", len("Kestrel Bio"))


def test_the_company_after_a_stake_a_gift_or_a_romance_invested_in() -> None:
    # real: "Goldman Sachs and Standard Chartered raised their investment in the developer of e-wallet MoMo by US$28
    # million" (b23-aseaneconomist-...); "A company called Paradigm gave $150 million to help another company called
    # Farcaster" (b23-squawk-...); "Krealo, el Corporate Venture Capital de Credicorp, invirtió en la fintech
    # colombiana Welli" (b23-noticiashoy-...)
    assert tuning_deals("b23-aseaneconomist-momo-28m-500-startups-fund")[0].company == "MoMo"
    assert tuning_deals("b23-squawk-paradigm-farcaster-plain")[0].company == "Farcaster"
    assert tuning_deals("b23-noticiashoy-krealo-welli-briefing")[0].company == "Welli"
    # SYNTHETIC
    assert _company("Last week Atlas Partners upped its stake in the maker of app Dovetail by $12 million.") == (
        "Dovetail"
    )
    assert _company("Nordlicht Capital investierte 5 Millionen Euro in das Berliner Startup Kappa.") == "Kappa"


def test_a_subject_before_an_aside_that_announced_it_closed() -> None:
    # real: "Farcaster, founded by two Coinbase alumni, has announced that it has closed a $150 million fundraise"
    # (b23-stockstash-farcaster-150m; the text names its app Warpcast later)
    assert tuning_deals("b23-stockstash-farcaster-150m")[0].company == "Farcaster"
    # SYNTHETIC
    text = "Tessellate, started by three former bankers, has announced that it has closed a $9 million seed round."
    assert _company(text + " Its flagship app is Mosaic.") == "Tessellate"


def test_a_foreign_pronoun_raises_for_the_name_of_the_sentence_before() -> None:
    # real: "Comme aux plus belles heures de 2021, Mistral AI signe deux tours ... Elle lève une série A de 385 M€"
    # (b23-cfnews-mistral-ai-licorne)
    assert tuning_deals("b23-cfnews-mistral-ai-licorne")[0].company == "Mistral AI"
    # SYNTHETIC
    text = (
        "Depuis sa création, Orqa Systems double ses ventes chaque année. Elle lève 12 millions d'euros auprès de Vega."
    )
    assert _company(text) == "Orqa Systems"


def test_a_cjk_alias_after_a_romanised_name_and_a_time_adverb() -> None:
    # real: "北京銀河通用機器人有限公司(GalaxyBot,下稱“銀河通用”)最新宣布完成天使輪融資" (b23-newpharmacy-galbot-angel-7-yi)
    assert tuning_deals("b23-newpharmacy-galbot-angel-7-yi")[0].company == "銀河通用"
    # SYNTHETIC
    text = "上海星云机器人有限公司(Nebula,以下简称“星云机器人”)近期宣布完成数千万元A轮融资,由某资本领投。"
    assert _company(text) == "星云机器人"


def test_a_bare_korean_subject_before_its_amount() -> None:
    # real: "비바리퍼블리카 4600억 원 규모의 유상증자를 이날 마무리했다." (b23-businesspost-vivarepublica-4600-eok)
    assert tuning_deals("b23-businesspost-vivarepublica-4600-eok")[0].company == "비바리퍼블리카"
    # SYNTHETIC
    assert _company("모두의택배 120억 원 규모의 시리즈B 투자 유치를 완료했다.") == "모두의택배"


def test_narrative_adverbs_and_people_described_by_an_employer_are_no_company() -> None:
    # real: "Eventually, a career in tech would lead him away from the fields" (hs4-inc-ironox-seed); "Former FTX &
    # Alameda Execs Secures $17 Mln Funding For Dubai Crypto Startup" (b18-cryptopulpit-backpack-a)
    assert is_function_word("Eventually") and is_function_word("Former FTX & Alameda Execs")
    assert tuning_deals("b18-cryptopulpit-backpack-a")[0].company == "Backpack"
    # SYNTHETIC: the classes, and names that only look like them
    assert is_function_word("Ultimately") and is_function_word("Ex-Google Engineers")
    assert not is_function_word("Grammarly") and not is_function_word("Founders Fund")


def test_a_latin_name_before_a_japanese_topic_particle_is_taken_whole() -> None:
    # real: "Nature Innovation Groupは、…3.5億円の資金調達を実施しました" (b21-financingsite-ja-aikasa-series-b)
    assert tuning_deals("b21-financingsite-ja-aikasa-series-b")[0].company == "Nature Innovation Group"
    # SYNTHETIC
    assert _company("Blue Harbor Robotics Labsは、シリーズAラウンドで5億円の資金調達を実施しました。") == (
        "Blue Harbor Robotics Labs"
    )


def test_the_company_of_an_investors_play_into_it() -> None:
    # real: "HEAL Partners has made a further play into Indonesian telehealth start-up Halodoc as part of a $US80
    # million ($102 million) Series C funding round" (b18-afr-halodoc-c)
    assert tuning_deals("b18-afr-halodoc-c")[0].company == "Halodoc"
    # SYNTHETIC
    text = "Corvid Ventures has placed a bet on Danish logistics startup Trelleborg Link as part of a $6 million seed round."
    assert _company(text) == "Trelleborg Link"


def test_the_venture_a_founder_raised_to_launch() -> None:
    # real: "Former FTX U.S. president Brett Harrison has successfully raised $5 million ... to launch his new crypto
    # venture, Architect" (b18-coincitrus-architect)
    assert tuning_deals("b18-coincitrus-architect")[0].company == "Architect"
    # SYNTHETIC
    text = "Former Stripe engineer Dana Cole has raised $3 million to build her own payments startup, Ledgerline."
    assert _company(text) == "Ledgerline"


def test_the_company_the_funding_will_serve() -> None:
    # real: "A health care company in the Triangle ... has raised $35 million. The funding, which came in a Series A
    # round, will accelerate the development of Tellus Therapeutics' lead program" (b18-bizj-tellus-a)
    assert tuning_deals("b18-bizj-tellus-a")[0].company == "Tellus Therapeutics"
    # SYNTHETIC
    text = "A Leeds payments business has raised £8 million. The fresh capital will help Quillpay expand into Spain."
    assert _company(text) == "Quillpay"


def test_romance_bank_descriptions_and_startup_appositives() -> None:
    # real: "o banco on-line Nubank já podia considerar que teve um 2018 de sucesso. Mas, graças a um investimento de 90
    # milhões de dólares feito pelo gigante chinês Tencent" (veja-nubank-tencent); "Ele é um dos fundadores da The Bot
    # Company, uma startup de robótica agora avaliada em US$ 2 bilhões" (noticiasinstantaneas-botcompany)
    assert tuning_deals("veja-nubank-tencent")[0].company == "Nubank"
    assert tuning_deals("noticiasinstantaneas-botcompany")[0].company == "The Bot Company"
    # SYNTHETIC
    assert _company("Cette année, la banque en ligne Verso a levé 20 millions d'euros auprès de Kima.") == "Verso"
    text = "Ana é cofundadora da Lumora, uma startup de logística que captou R$ 30 milhões em rodada liderada pela Vox."
    assert _company(text) == "Lumora"


def test_a_subject_with_its_town_before_the_verb_of_the_raise() -> None:
    # real: "iConnect Corp. in Cedar Rapids closed an investment round of about $2.4 million" (hs4-clayandmilk-iconnect;
    # the roundup's next item is another company's shutdown)
    assert tuning_deals("hs4-clayandmilk-iconnect")[0].company == "iConnect"
    # SYNTHETIC
    text = "Brightwell Labs LLC of Boise, Idaho raised $4 million from local angels. Nearby, Kestrel closed its doors."
    assert _company(text) == "Brightwell Labs"


def test_a_subject_that_launched_products_did_not_raise() -> None:
    # real: "Within one month, Binance Launchpool has launched two consecutive restaking projects, Etherfi and Renzo.
    # ... the re-pledge agreement Puffer completed a $18 million Series A financing" (b15-odaily-puffer-yieldnest)
    assert tuning_deals("b15-odaily-puffer-yieldnest")[0].company == "Puffer"
    # SYNTHETIC
    text = "Last week Orbitron launched three new trading tools. Meanwhile, wallet maker Sable closed a $4 million seed round."
    assert _company(text) == "Sable"
