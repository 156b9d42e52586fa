"""Rules written for tuning_funds21 (branch funds21): fund raises as Chinese, Korean and Japanese news says them.

Each test quotes the real sentence of the tuning text it cites by id (tests/fixtures/funding/tuning_funds21.jsonl)."""

from talentintel.funding import parse_deals
from talentintel.funding.fund_cjk import FUND_RAISED_ZH, closes_fund, manager


def test_chinese_fund_raise_phrases_are_fund_closes() -> None:
    # f21-tczh-ggv-capital-v-620m, f21-tczh-storm-ventures-180m-fifth-fund, f21-tczh-partech-entrepreneur-ii-107m-seed,
    # f21-tczh-salesforce-ventures-50m-ai-fund, f21-geekculturezh-a16z-crypto-fund-iii-2-2bn,
    # f21-tczh-ff-venture-capital-53-8m-fourth-seed-fund
    for sentence in (
        "美国和中国科技公司如阿里巴巴、潘多拉、去哪儿、Zendesk 和土豆的支持者 GGV 已经为其第五只风险投资基金筹集了 6.2 亿美元。",
        "# Storm Ventures 为其新基金 TechCrunch 锁定 1.8 亿美元",
        "# Partech Ventures 关闭其 1.07 亿美元的种子基金 ",
        "为了庆祝 Salesforce Ventures 宣布了一项 5000 万美元的基金，以鼓励创业公司在 Salesforce 的基础上构建人工智能驱动的应用程序。",
        "# 安德森·霍洛维茨推出 22 亿美元的加密基金",
        "# 纽约 ff 风险投资公司已经筹集了一笔 5400 万美元的新基金 ",
    ):
        assert FUND_RAISED_ZH.search(sentence), sentence
        assert closes_fund([sentence])
    # a foundation (基金会) raises no fund, and a fund without a sum may be any fund
    assert not FUND_RAISED_ZH.search("该基金会为其项目筹集了 500 万美元")
    assert not FUND_RAISED_ZH.search("该公司宣布推出一只新基金")


def test_the_firm_before_its_chinese_fund_raise_is_the_manager() -> None:
    text = "文"
    assert manager(["# Storm Ventures 为其新基金 TechCrunch 锁定 1.8 亿美元"], text) == "Storm Ventures"
    assert manager(["# Partech Ventures 关闭其 1.07 亿美元的种子基金 "], text) == "Partech Ventures"
    assert manager(["# 阿里巴巴早期支持者 GGV 为第五只基金募集 6.2 亿美元"], text) == "GGV"
    assert manager(["# 安德森·霍洛维茨推出 22 亿美元的加密基金"], text) == "安德森·霍洛维茨"
    # a short lowercase first word belongs to the name (f21-tczh-ff-venture-capital-53-8m-fourth-seed-fund)
    sentence = "总部位于纽约的风险投资公司 ff Venture Capital 已经为其第四个种子阶段的风险基金筹集了 5380 万美元，根据 SEC 提交的文件"
    assert manager([sentence], text) == "ff Venture Capital"


def test_chinese_fund_raise_deal_reads_manager_and_the_raised_sum() -> None:
    # f21-geekculturezh-a16z-crypto-fund-iii-2-2bn: the market total (融资超过 40 亿美元) before it is not the fund
    text = (
        "# 安德森·霍洛维茨推出 22 亿美元的加密基金\n\n"
        "像硅谷的安德森·霍洛维茨这样的风险投资公司一直在寻找投资热门区块链创业公司的机会。根据分析公司 CB Insights 的数据，"
        "2021 年第二季度，区块链初创公司融资超过 40 亿美元。这比去年同期增长了 50%以上。"
    )
    deal = parse_deals(text)[0]
    assert (deal.kind, deal.company, deal.amount_usd) == ("fund", "安德森·霍洛维茨", 2200000000.0)
    # f21-tczh-ggv-capital-v-620m: a later IPO mention is background, not the news
    text = (
        "# 阿里巴巴早期支持者 GGV 为第五只基金募集 6.2 亿美元\n\n"
        "美国和中国科技公司如阿里巴巴、潘多拉、去哪儿、Zendesk 和土豆的支持者 GGV 已经为其第五只风险投资基金筹集了 6.2 亿美元。\n\n"
        "GGV 表示，目前有 3 家公司正在进行 IPO 登记(阿里巴巴、Zendesk 和 Chukong)。"
    )
    deal = parse_deals(text)[0]
    assert (deal.kind, deal.company, deal.amount_usd) == ("fund", "GGV", 620000000.0)


def test_korean_clause_with_object_before_the_firm_is_cut() -> None:
    # f21-woorivp-daol-scaleup-fund-2000eok-so-far
    text = (
        "(더벨 기사) 다올인베, 스케일업펀드 2000억 모았다\n\n"
        "스케일업펀드 결성 시한을 한달앞둔 다올인베스트먼트가 현재까지 2000억원의 결성금액을 모은 것으로 파악된다."
    )
    deal = parse_deals(text)[0]
    assert (deal.kind, deal.company) == ("fund", "다올인베스트먼트")


def test_korean_investment_into_a_fund_is_an_lp_commitment() -> None:
    # f21-chemlocus-lg-tech-ventures-lp-phoenix-fund
    text = (
        "LG그룹의 LG테크놀로지벤처스가 최근 미국 벤처기업 펀드에 투자하며 첨단소재 분야에서 신성장동력 발굴에 나섰다.\n"
        "LG테크놀로지스벤처스는 LG그룹이 미래 성장사업 모색을 위해 실리콘밸리에 설립한 벤처캐피탈(CVC)로 미국 제약기업 "
        "화이자(Pfizer)와 소재 전문 코닝(Corning), 섬유기업 고어(Gore&Associates) 등과 함께 미국 벤처캐피탈인 "
        "피닉스벤처파트너스(Phoenix Venture Partners)가 조성한 펀드에 공동투자했다.\n"
        "LG테크놀로지벤처스는 LG전자, LG디스플레이, LG화학, LG유플러스, LG CNS 등 LG의 자회사 5곳이 출자해 "
        "4억2500만달러(5000억원)의 펀드를 운용하고 있다."
    )
    assert parse_deals(text)[0].kind == "other"


def test_italian_fund_as_subject_that_raised_and_the_firm_it_is_run_through() -> None:
    # f21-itcointelegraph-north-island-72m-crypto-fund
    text = (
        "Diverse figure di alto profilo nella finanza e nell'intrattenimento stanno sostenendo un nuovo fondo di venture "
        "capital crypto, creato dall'ex investitore di Digital Currency Group Travis Scher, il co-fondatore di Silver Lake "
        "Partners Glenn Hutchins e suo figlio James Hutchins\n\n"
        "Secondo un report di Yahoo Finance, il fondo crypto ha raccolto circa 72 milioni di dollari da vari investitori, "
        "tra cui Paul Tudor Jones, il rapper e attore LL Cool J, nonché l'ex CEO di PepsiCo Indra Nooyi. Gli Hutchins "
        "(padre e figlio) e Scher gestiranno il fondo attraverso la società North Island Ventures, con sede a New York."
    )
    deal = parse_deals(text)[0]
    assert (deal.kind, deal.company, deal.amount_usd) == ("fund", "North Island Ventures", 72000000.0)


def test_an_initials_period_stays_inside_the_managers_appositive() -> None:
    # f21-irei-ridgewood-fund-ii-1-2bn-final-close
    text = (
        "Ridgewood Infrastructure, an investor in essential infrastructure in the U.S. lower middle market, has completed "
        "the final closing of its second fund, Ridgewood Water & Strategic Infrastructure Fund II, with $1.2 billion in "
        "capital commitments.\nFund II significantly surpassed its $1 billion target, attracting a diverse mixture of "
        "institutional investors."
    )
    deal = parse_deals(text)[0]
    assert (deal.kind, deal.company, deal.amount_usd) == ("fund", "Ridgewood Infrastructure", 1200000000.0)


def test_a_korean_range_around_a_round_number_is_no_fund_size() -> None:
    # f21-woorivp-daol-funds-closed-topdaily
    text = (
        "(탑데일리 기사) 다올인베스트먼트, 명불허전 펀드명가 입증\n\n"
        "다올인베스트먼트가 2000억원 후반대의 대형펀드와 초기투자 전용 펀드결성을 완료하면서 펀드레이징부분에서 전통 강호의 "
        "모습을 보여줬다."
    )
    deal = parse_deals(text)[0]
    assert (deal.kind, deal.company, deal.amount_usd) == ("fund", "다올인베스트먼트", None)
