"""Rules of branch funds_f23 (session 23, issue 13): public funds launched with capital are funds (the lead's decision
(a)), fund launches told with their size in five languages, a fund only planned is `other`, an LP's stake gives way to
the fund's own close, a manager's name never runs over a line end, and a Japanese third-party allotment filing is a
round (the lead's decision (b)).

Each real sentence is quoted from its tuning row (id in the comment); variants marked SYNTHETIC are written here to
probe the same construction in other words and are in no dev, tuning or holdout file.
"""

from datetime import date

import pytest

from talentintel.funding import parse_deals
from talentintel.funding.cjk_allotment_filing import allotment_filing
from talentintel.funding.fund_lp_stake import is_stake, past_stake
from talentintel.funding.fund_manager_place import without_home_town
from talentintel.funding.fund_plan_lede import planned_fund
from talentintel.funding.fund_public_launch import launched_with_capital, several_funds
from talentintel.funding.money import find_money
from tests.funding.tuning_texts import tuning_deals, tuning_text


def _head(text: str, day: date = date(2024, 7, 17)) -> tuple[str, str | None, float | None]:
    deal = parse_deals(text, published=day)[0]
    return deal.kind, deal.company, deal.amount_usd


@pytest.mark.parametrize(
    "text",
    [
        # zebeth-bdc-climate-fund
        "The Business Development Bank of Canada (BDC) came out with a new, $400 million climate-tech fund on "
        "Wednesday, which it called a “renewed commitment”.",
        # morgenpost-kfw-bmwi-fund-de
        "Bundeswirtschaftsministerium und staatliche Förderbank KfW starteten am Dienstag einen Investitionsfonds von "
        "225 Millionen Euro für Start-up-Firmen in der frühen Wachstumsphase.",
        # stbweb-htgf-iii-first-closing-de
        "Der High-Tech Gründerfonds (HTGF) hat am 31. Mai das First Closing des HTGF III mit einem Volumen von 245 "
        "Millionen Euro verkündet.",
        # hs4-lematin-french-tech-seed
        "Bpifrance se dote d’un fonds de 400 millions d’euros",
        # f22-liulofm-fip-funses-tm3-capital
        "O governo do Estado lançou oficialmente na sexta-feira (18) o Fundo de Investimento em Participações (FIP), "
        "que terá aporte inicial de R$ 250 milhões e será um dos maiores do gênero no país.",
        # c5-gzyxsc-hainan-innovation-fund
        "海南省財金集團有限公司發起設立了海南自由貿易港創新投資基金,首期規模10億人民幣,通過“母-子”基金投資策略。",
        # c4-aipu6-huzhou-fund-of-funds
        "浙江湖州10亿元科创母基金成立 日前,湖州创投发布公告称。",
        # SYNTHETIC: the same forms in other words.
        "The city of Oslo launched a NOK 500 million fund of funds with an initial allocation of $40 million.",
        "Die Landesbank gründete einen Wachstumsfonds von 80 Millionen Euro für Start-ups.",
    ],
)
def test_fund_launched_with_its_capital(text: str) -> None:
    assert launched_with_capital(text)


@pytest.mark.parametrize(
    "text",
    [
        # thepickool-kr-fund: a plan, not a launch.
        "President Lee Jae-myung stated that the government would establish a KRW 1 trillion (approximately US$716 "
        "million) fund for entrepreneurs who have experienced previous business failures.",
        # SYNTHETIC: a launch word with no fund of a size, a plan in German and Chinese.
        "Acme raised $5 million to launch a new product.",
        "Die Regierung plant, einen Fonds von 500 Millionen Euro zu starten.",
        "市政府计划设立了一只基金,首期规模10亿元。",
    ],
)
def test_no_launch_without_capital_or_with_a_plan(text: str) -> None:
    assert not launched_with_capital(text)


def test_public_fund_launched_is_a_fund_decision_a() -> None:
    # f22-liulofm-fip-funses-tm3-capital: the state's fund with its contracted manager (labeled fund by decision (a)).
    fip = (
        "O governo do Estado lançou oficialmente na sexta-feira (18) o Fundo de Investimento em Participações (FIP), "
        "que terá aporte inicial de R$ 250 milhões e será um dos maiores do gênero no país. Foi assinado contrato com "
        "a empresa TM3 Capital, que será a gestora do FIP."
    )
    kind, company, amount = _head(fip)
    assert (kind, company) == ("fund", "TM3 Capital") and amount is not None
    # hs4-lematin-french-tech-seed: a state bank's fund; the manager stops at the sentence end.
    bpi = (
        "Bpifrance se dote d’un fonds de 400 millions d’euros\n27 Juin 2018 À 17:22\nBpifrance gèrera un nouveau "
        "véhicule d'investissement. Baptisé French Tech Seed, il sera doté de 400 millions d’euros provenant du 3e "
        "volet du Programme d'investissements d'avenir (PIA), géré par Bpifrance.\nLe fonds interviendra."
    )
    assert _head(bpi, date(2018, 6, 27))[:2] == ("fund", "Bpifrance")


@pytest.mark.parametrize(
    "item_id",
    [
        "reportify-lp-weekly-shenzhen-qiji",  # "深圳市成立规模达189.01亿元人民币的纯国资科创投资基金"
        "etoday-seocho-aict",  # "서울 서초구가 870억 원 규모의 ... 펀드 결성을 완료"
        "hkbnews-seoul-4ir-fund",  # "서울시가 500억 원 규모의 펀드를 조성했다"
        "c4-dicn-national-vc-guidance-fund",  # "国家创业投资引导基金正式启动"
        "crainsnewyork-nycseed",  # "Mayor Michael Bloomberg announced the launch of the new fund"
    ],
)
def test_public_funds_formed_are_funds_real(item_id: str) -> None:
    assert tuning_deals(item_id)[0].kind == "fund"


@pytest.mark.parametrize(
    "item_id",
    [
        "hankyung-kpf-15funds",  # "15개 펀드가 지난달 21일 조합 결성을 마쳤다"
        "ce-hubei-changjiang-fof-zh",  # "决定共同出资设立3支母基金"
        "f21-mwowtv-youth-startup-funds-1050eok-completed",  # "이번에 조성이 완료된 펀드는 ... 등 총 5개다"
    ],
)
def test_several_public_funds_as_one_sum_stay_other_real(item_id: str) -> None:
    assert several_funds(tuning_text(item_id))
    assert tuning_deals(item_id)[0].kind == "other"


def test_several_funds_synthetic() -> None:
    assert several_funds("Turkey set up five funds worth 1.1 billion lire to support technology initiatives.")
    assert not several_funds("Acme Ventures closed its second fund at $200 million.")


def test_public_fund_planned_or_selecting_stays_other() -> None:
    # etnews-gwangju-ai-fund: "1000억원 AI 투자펀드 조성을 이달 말까지 완료할 계획" (planned).
    gwangju = (
        "국내 최대 1000억원 규모 인공지능(AI) 펀드가 이달 말 결성된다. 광주테크노파크와 인공지능산업융합사업단은 "
        "1차로 1000억원 AI 투자펀드 조성을 이달 말까지 완료할 계획이라고 4일 밝혔다."
    )
    assert _head(gwangju)[0] == "other"
    # SYNTHETIC: a ministry selecting managers whose funds are still to be formed.
    selection = "중소벤처기업부는 모태펀드 위탁운용사 12곳을 선정했다고 밝혔다. 결성예정액은 3000억원이다."
    assert _head(selection)[0] == "other"


@pytest.mark.parametrize(
    "text",
    [
        # hs7-joburgetc-llh-capital-ai-fund-plan
        "Romeo Kumalo Launches R3.5 Billion AI Fund to Power Africa’s Tech Future\nHis investment company, LLH "
        "Capital Ltd, aims to raise a $200 million (about R3.5 billion) fund to support AI-focused startups.",
        # hs21b-norvanreports-africa-60bn-ai-fund-endorsed-en
        "Africa to Launch $60bn AI Fund\nAfrican leaders have endorsed the establishment of a $60 billion Africa AI "
        "Fund.",
        # f18-joongang-kribb-bio-venture-fund-plan
        "연구소는 창업투자회사와 함께 100억원대 규모의 바이오 벤처 전문펀드를 오는 3월 조성키로 했다.",
        # f19-alabook-taiwania-two-new-funds-plan
        "台杉投資總經理翁嘉盛10日透露,今年底啟動二檔新基金的募集,每檔基金規模只募台幣10億元。",
        # SYNTHETIC
        "Lagos-based Acme Ventures plans to launch a $30 million seed fund next year.",
    ],
)
def test_fund_only_planned(text: str) -> None:
    assert planned_fund(text)


@pytest.mark.parametrize(
    "text",
    [
        # f22-techbooky-tlcom-first-close-70m: raising, with a first close reached.
        "TLcom Capital, a venture capital firm focused on investing in African startups is raising $150 million for "
        "its second fund.\nAccording to a statement, the firm has reached a first close of $70 million.",
        # f13-consumersadvisory-baidu-ai-fund: a plan made public with its size is the launch (labeled fund).
        "Today, the Chinese search giant Baidu announced that it plans to establish a venture fund with 1 billion yuan "
        "($145 million) to back start-ups.",
        # f12-biosciencela-screendoor: "raise funds" is money, not a fund.
        "“New managers hoping to raise funds needed capital,” Patel says.",
    ],
)
def test_not_only_planned(text: str) -> None:
    assert not planned_fund(text)


def test_manager_name_stops_at_a_line_end() -> None:
    assert without_home_town("Bpifrance.\nLe") == "Bpifrance"
    assert without_home_town("DACE Ventures of Waltham") == "DACE Ventures"  # f23-boston-dace-ventures-70m-2007
    assert without_home_town("Acme Capital") == "Acme Capital"  # SYNTHETIC


def test_lp_stake_gives_way_to_the_funds_close_real() -> None:
    # f19-assinews-united-ventures-closing-60m-eur: the LP's 3 milioni open the story, the close follows.
    assinews = (
        "di Stefania Peveraro\nBanca Mediolanum ha investito 3 milioni di euro nel primo fondo di United Ventures, il "
        "veicolo di venture capital fondato da Massimiliano Magrini e Paolo Gesess che a inizio novembre ha annunciato "
        "il closing della raccolta a quota 60 milioni di euro grazie anche ai contributi del Fondo Italiano."
    )
    stake = find_money(assinews)[0]
    assert is_stake(assinews, stake)
    own = past_stake(assinews, stake.amount, stake.currency)
    assert own is not None and own.amount == 60_000_000
    # b52-pubaffairs-bgv-iv-fund-closes-140m-eur: the headline's backing, then the close with its USD restatement.
    bgv = (
        "BGV Fund IV closes with €30 million backing from EIF - BGV announces the closing of BGV IV at €140 million "
        "($170 million), including €30 million backing from the European Investment Fund (EIF)."
    )
    own = past_stake(bgv, 30_000_000, "EUR")
    assert own is not None and (own.amount, own.currency) == (170_000_000, "USD")


def test_lp_stake_variants_synthetic() -> None:
    # SYNTHETIC: Spanish and English stakes; a fund's own sum is no stake.
    es = "El BEI invierte 50 millones de euros en el fondo de Acme Capital, que anunció el cierre de 300 millones de euros."
    assert is_stake(es, find_money(es)[0])
    own = past_stake(es, 50_000_000, "EUR")
    assert own is not None and own.amount == 300_000_000
    plain = "Acme Ventures closed its third fund at $200 million, with a $20 million commitment from the state."
    assert past_stake(plain, 200_000_000, "USD") is None
    assert is_stake(plain, find_money(plain)[1])


def test_third_party_allotment_filing_is_a_round_decision_b() -> None:
    # b53-japanstockdata-third-party-allotment-geniee-ja (the issuer is not named in the excerpt).
    geniee = (
        "第一部【証券情報】 第1【募集要項】 1【新規発行株式】 種類 発行数 普通株式 113,200株 (注)1.本有価証券届出書による"
        "当社普通株式に係る募集(以下、「本第三者割当」といいます。)は、2024年12月2日開催の取締役会決議によります。 2.当社と"
        "割当予定先である株式会社ジーニー(以下、「割当予定先」又は「ジーニー」といいます。)は、投資契約書を締結しております。"
    )
    deal = allotment_filing(geniee, None)
    assert deal is not None and (deal.kind, deal.company, deal.lead_investors) == ("round", None, ["株式会社ジーニー"])
    # b47-financialreports-ai-storm-warrants-ja: the filer's field and the table's total.
    storm = (
        "有価証券届出書 【会社名】 AIストーム株式会社 (旧会社名 株式会社ジェクシード) 【届出の対象とした募集金額】 | その他の者に"
        "対する割当 | 第10回新株予約権証券 | 26,436,775円 | 新株予約権証券の発行価額の総額に新株予約権の行使に際して払い込むべき"
        "金額の合計額を合算した金額 | | | | 6,026,435,275円 |"
    )
    deal = allotment_filing(storm, date(2025, 12, 17))
    assert deal is not None and deal.company == "AIストーム株式会社"
    assert deal.amount_usd is not None and abs(deal.amount_usd - 40_260_000) <= 0.02 * 40_260_000


def test_allotments_without_new_money_are_no_round_synthetic() -> None:
    # SYNTHETIC: an allotment to employees (stock options) and a free allotment to all shareholders.
    options = "有価証券届出書 【募集要項】 従業員に対する第三者割当による新株予約権(ストック・オプション)の発行"
    free = "有価証券届出書 【募集要項】 株主割当による新株予約権無償割当"
    assert allotment_filing(options, None) is None
    assert allotment_filing(free, None) is None
    assert allotment_filing("Acme raised $5 million in a seed round.", None) is None


def test_launch_sentence_past_a_day_number_and_a_dateline_real() -> None:
    # stbweb-htgf-iii-first-closing-de: "31. Mai" is no sentence end.
    stbweb = (
        "31.05.2017 | Start-ups\nStartschuss für High-Tech Gründerfonds III\n\nDer High-Tech Gründerfonds (HTGF) hat am "
        "31. Mai das First Closing des HTGF III mit einem Volumen von 245 Millionen Euro verkündet."
    )
    assert launched_with_capital(stbweb)
    # morgenpost-kfw-bmwi-fund-de: the launch is the fourth sentence after a dateline.
    morgenpost = (
        "Mehr Risikokapital für junge Wachstumsfirmen\nBerlin. Die Lücke bei Risikokapital für junge Wachstumsfirmen "
        "wird kleiner. Bundeswirtschaftsministerium und staatliche Förderbank KfW starteten am Dienstag einen "
        "Investitionsfonds von 225 Millionen Euro für Start-up-Firmen in der frühen Wachstumsphase."
    )
    assert launched_with_capital(morgenpost)
    deal = parse_deals(stbweb, published=date(2017, 5, 31))[0]
    assert deal.kind == "fund" and deal.company != "First"  # a close's ordinal is no manager


def test_publisher_tag_is_no_part_of_a_manager() -> None:
    assert without_home_town("【한국블록체인뉴스】 서울시") == "서울시"  # hkbnews-seoul-4ir-fund
    assert without_home_town("[Reuters] Acme Capital") == "Acme Capital"  # SYNTHETIC


def test_an_investors_fund_beside_a_round_is_no_launch_real() -> None:
    # b14-cryptoninjas-axelar-seed: the seed round's investor "set up a $725m deep tech fund" (background).
    axelar = (
        "Axelar, a decentralized interoperability fabric that connects blockchain ecosystems, applications and users, "
        "has announced seed funding of $3.75 million with investments secured from, Binance X, an arm of Binance, "
        "which set up a $725m deep tech fund."
    )
    assert not launched_with_capital(axelar)
