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
