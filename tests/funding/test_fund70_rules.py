"""Rules added from the misses of tuning_batch40 and tuning_cjk6 (branch fund70).

Each real sentence is quoted from its row (id and url); variants marked SYNTHETIC are written here to probe the same
construction in other words and are in no dev, tuning or holdout file.
"""

from datetime import date

from talentintel.funding import parse_deals
from talentintel.funding.cjk import extract as cjk_extract
from talentintel.funding.cjk import fund as cjk_fund
from talentintel.funding.cjk_fund_as import without_as
from talentintel.funding.cjk_question import in_question
from talentintel.funding.company_appositive_name import appositive_name
from talentintel.funding.extract import extract_round
from talentintel.funding.fund_corpus import corpus_raised
from talentintel.funding.investor_lists import lead_investors
from talentintel.funding.kind import other_reason
from talentintel.funding.lead_backing import with_backing
from talentintel.funding.rounds import classify_round

# b40-ettech-ian-175cr-first-close, http://tech.economictimes.indiatimes.com/news/startups/indian-angel-network-eyes-
# rs-350-cr-corpus-raises-rs-175-cr-in-first-round/58372326
IAN = "Eyeing a ₹350 Cr corpus, IAN raises ₹175 Cr in its first round."
# b40-harshalbot-endiya-maiden-fund-175cr (tuning_batch40)
ENDIYA = "Endiya Partners, an early-stage investment firm has closed its maiden fund with a corpus of ₹175 Cr."


def test_corpus_eyed_beside_a_raise_is_a_fund_of_the_sum_raised() -> None:
    deal = parse_deals(IAN, published=date(2017, 4, 27))[0]
    assert (deal.kind, deal.company, deal.amount_original) == ("fund", "IAN", "₹175 Cr")


def test_maiden_fund_with_a_corpus_is_a_fund() -> None:
    deal = parse_deals(ENDIYA, published=date(2017, 4, 27))[0]
    assert (deal.kind, deal.company, deal.amount_original) == ("fund", "Endiya Partners", "₹175 Cr")


def test_corpus_variants_synthetic() -> None:
    # SYNTHETIC: a corpus sized and a raise made, and a corpus only planned.
    assert corpus_raised("Acme Ventures closes its second fund with a total corpus of Rs 500 crore.")
    assert corpus_raised("Eyeing a Rs 1,000 crore corpus, Acme Capital raises Rs 400 crore in its first close.")
    assert not corpus_raised("Acme Capital plans to raise the entire corpus of Rs 250 crore by 2026.")
    assert not corpus_raised("The corpus for the new fund will be used for investments in multiple vehicles.")
    assert other_reason("Eyeing a Rs 1,000 crore corpus, Acme Capital is in talks with investors.") == "not closed"


# b40-zycrypto-bridge-network-3-8m-ftx-ventures, https://zycrypto.com/cross-chain-communication-protocol-bridge-
# network-raises-3-8m-with-backing-from-ftx-ventures/
BRIDGE = (
    "Cross-chain communication protocol Bridge Network raises $3.8M with backing from FTX Ventures\n"
    "Bridge Network, a cross-chain communication protocol has closed its funding round that successfully raised $3.8 "
    "million to better user cross-chain experiences. The funding round saw the participation of numerous investors "
    "including FTX Ventures, MEXC Global, …"
)


def test_bridge_in_a_name_is_no_stage_and_backing_is_no_lead() -> None:
    deal = parse_deals(BRIDGE)[0]
    assert (deal.company, deal.amount_usd, deal.lead_investors) == ("Bridge Network", 3.8e6, [])


def test_bridge_and_backing_variants_synthetic() -> None:
    # SYNTHETIC: "Bridge" names a company unless a round word follows; "with backing/support from" names a backer.
    assert extract_round("Bridge Protocol raises $5 million in a seed round.").company == "Bridge Protocol"
    assert extract_round("Acme closes $5 million bridge round led by Sequoia.").round is None
    assert extract_round("Acme raises $5 million bridge round.").company == "Acme"
    assert with_backing("$12M with strong backing from ")
    assert lead_investors("Acme raises $12M with support from Paradigm.") == []
    assert lead_investors("Acme raises $12M from Paradigm.") == ["Paradigm"]


# b40-et-puro-wellness-250cr-torrent, http://economictimes.indiatimes.com/small-biz/startups/torrent-loads-puro-
# wellness-with-rs-250-cr/articleshow/53804046.cms
PURO = (
    "Puro Wellness, a wellness startup looking to develop tritional supplements raised Rs 250 Crore from the "
    "Torrent Group."
)
# b17-scroll-ola-softbank (tuning_batch17): the sole investor ends before "in a fresh round".
OLA = (
    "Indian cab aggregator Ola has received Rs 1,675 crore from SoftBank in a fresh round of funding, PTI reported on "
    "Friday."
)


def test_one_named_investor_of_a_crore_sum_leads() -> None:
    deal = parse_deals(PURO)[0]
    assert (deal.company, deal.lead_investors) == ("Puro Wellness", ["Torrent Group"])
    assert lead_investors(OLA) == ["SoftBank"]


def test_crore_sole_investor_variants_synthetic() -> None:
    # SYNTHETIC: lakh and crore sums from one investor; two investors lead nobody.
    assert lead_investors("Acme raised Rs 40 lakh from Venture Catalysts.") == ["Venture Catalysts"]
    assert lead_investors("Acme has raised Rs 25 crore from Blume Ventures in a seed round, it said.") == [
        "Blume Ventures"
    ]
    assert lead_investors("Acme raised Rs 25 crore from Blume Ventures and Accel, it said.") == []


# b40-cryptoslate-binance-us-200m-seed-4-5bn, https://cryptoslate.com/binance-us-valued-at-4-5b-in-seed-funding-round/
BINANCE_US = (
    "Binance.US valued at $4.5B in seed funding round\n"
    "The US arm of the world’s largest crypto Exchange, Binance, secured $200 million in funding at a pre-money "
    "valuation of $4.5 billion."
)


def test_appositive_name_and_seed_after_a_valuation() -> None:
    deal = parse_deals(BINANCE_US)[0]
    assert (deal.company, deal.amount_usd, deal.round) == ("Binance.US", 2e8, "seed")


def test_appositive_name_and_valuation_variants_synthetic() -> None:
    # SYNTHETIC: a lone descriptor word set off before a name; a stage after a valuation.
    text = "The payments arm of Europe's largest Bank, Acmebank, raised $20 million."
    assert appositive_name("Bank", "", text) == "Acmebank"
    assert appositive_name("Exchange", "Kraken-EU raises $5M", "crypto Exchange, Kraken, secured $5M") == "Kraken-EU"
    assert appositive_name("Provider", "", "Provider raised $5M.") == "Provider"
    assert classify_round("Acme valued at $1B in Series B round\nAcme raised $100 million.", 44) == "series_b"
    # ... while a stage with another round's own sum is still passed over.
    assert classify_round("Acme, which raised a $40 million Series B in 2019, raised $5 million.", 81) is None


# cjk6-kqgmpj-lifi-series-a-extension, https://www.kqgmpj.cn/zh-TC/news/detail/12560605108184
LIFI = (
    "從跨鏈橋聚合到通用流動性市場,LI.FI 再獲 2900 萬美元加注\n"
    "一家「曾兩度遭駭」的跨鏈基礎設施,為何能再次獲得資本加持?\n"
    "一家「被駭過兩次」的跨鏈基礎設施,為什麼再次獲得資本加注?\n"
    "撰文:ChandlerZ,Foresight News\n"
    "跨鏈基礎設施創業公司 LI.FI 再次獲得資本加注。\n"
    "這家總部位於柏林的跨鏈流動性聚合協議宣布完成 2900 萬美元新一輪融資,由加密風投 Multicoin Capital 和 CoinFund 領投,"
    "本輪為其 2023 年 A 輪的追加投資,使得公司累計融資總額達到約 5170 萬美元。"
)


def test_question_names_no_raiser_and_again_is_no_name() -> None:
    deal = parse_deals(LIFI)[0]
    assert (deal.company, deal.amount_usd, deal.round) == ("LI.FI", 2.9e7, "series_a")


def test_question_variants_synthetic() -> None:
    # SYNTHETIC: a question in Simplified Chinese before the statement; a renewed raise said with 再度.
    text = "这家公司为何能再次获得融资?\n阿克米科技再度获得1亿元融资。"
    assert in_question(text, 5) and not in_question(text, 20)
    assert cjk_extract(text).company == "阿克米科技"


# cjk6-jrj-zkcx-xiandao-fund-first-close, https://jrj.sh.gov.cn/ZQ181/20250717/b98233f81669444d867c4db808f2e867.html
ZKCX = (
    "7月16日,专注“硬科技”的早期投资机构——中科创星科技投资有限公司(以下简称“中科创星”)在上海举行“先导创业投资基金首关仪式暨硬科技生态"
    "合作发布会”,宣布中科创星先导创业投资基金以26.17亿元完成首轮募集。\n\n"
    "作为中科创星首次在长三角设立的硬科技创投基金,这一基金70%资金将投向早期硬科技项目,并重点聚焦“人工智能+”领域,助推新一轮科技革命发生。"
)


def test_as_clause_names_the_manager_inside_it() -> None:
    assert cjk_fund(ZKCX).company == "中科创星"


def test_as_clause_variants_synthetic() -> None:
    # SYNTHETIC: the same clause in Traditional Chinese, with 第一次; a name without 作为 is left alone.
    assert without_as("作為阿克米資本第一次在深圳") == "阿克米資本"
    assert without_as("阿克米資本首次") == "阿克米資本首次"


# cjk6-sinahk-model-five-tigers, https://portal.sina.com.hk/news-china/sina/2024/08/13/934273/ (「大模型五虎」的B面)
TIGERS = (
    "「大模型五虎」的B面:一邊找錢,一邊撒錢\n"
    "堪比「吞金獸」的中國大模型企業又趕著新一輪融資了。\n"
    "近期,包括月之暗面、智譜AI、百川智能、零一萬物在內的多家國內大模型企業都找到了下一筆融資。5月,月之暗面被曝出騰訊入局投資的消息,"
    "新一輪融資後月之暗面投後估值突破230億。6月,智譜AI拿下中國大模型初創公司拿的第一筆國外投資,背後站著的是中東財團。7月,百川智能完成"
    "50億元A輪融資,並以200億估值開啟B輪融資"
)
# cjk6-visionarybase-seven-dreamers, https://visionarybase.com/n/n281d980f0b22
SEVEN_DREAMERS = (
    "このnoteでは、2019年4月23日に破産手続が報じられた「seven dreamers laboratories株式会社」が、設立以降破産に至るまでに行った"
    "資本取引について振り返ります。\n\n"
    "seven dreamers laboratories株式会社は、完全オーダーメードの「カーボンゴルフシャフト」、鼻にチューブを挿入するいびき対策の医療"
    "デバイス「ナステント」、全自動洗濯物折畳機の「ランドロイド」を開発していたハードウェア系のスタートアップです。\n"
    "そのユニークな製品と、これまで累計で100億円近い金額を調達したことで知られています。"
)


def test_several_companies_raising_is_a_market_piece() -> None:
    deals = parse_deals(TIGERS)
    assert deals[0].kind == "other"
    assert any(d.company == "百川智能" for d in deals[1:])  # the rounds it names stay as later deals


def test_bankruptcy_history_is_other() -> None:
    assert parse_deals(SEVEN_DREAMERS)[0].kind == "other"


def test_trend_and_bankruptcy_variants_synthetic() -> None:
    # SYNTHETIC: the several-raisers frame in Simplified Chinese; a bankruptcy in Chinese; one company's round stays.
    assert other_reason("近期,多家AI初创企业相继获得融资。") == "market piece"
    assert other_reason("阿克米科技宣布破产,此前曾获得5亿元融资。") == "shutdown"
    assert other_reason("阿克米科技完成1亿元A轮融资。") is None
