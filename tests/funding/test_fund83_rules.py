"""Running totals in CJK and Romance languages, Chinese weekly roundups, and title lines over the headline (branch
fund83, issue 13).

Each real sentence is quoted from its tuning row (id in tests/fixtures/funding/*.jsonl, url there); variants marked
SYNTHETIC are written here, with other names and numbers, to probe the same construction and are in no dev, tuning or
holdout file.
"""

from talentintel.funding import parse_deals
from talentintel.funding.cjk_compound import join_compounds
from talentintel.funding.cjk_glued_descriptor import without_descriptor
from talentintel.funding.headline_line import without_furniture_lines, without_title_line
from talentintel.funding.segment_cjk_clauses import cjk_clauses

# b47-liandu24-gaib-15m-report-zh (https://www.liandu24.com/archives/49964.html): a report on a project whose only
# raise is restated as cumulative.
GAIB = (
    "本报告对GAIB项目进行了全方位剖析,从项目背景到市场前景,系统性地评估了这一融合AI、DeFi与RWA三大热点的创新项目。"
    "报告详细梳理了GAIB的核心产品、技术架构、代币经济模型、团队背景及融资历程,并客观分析了项目面临的机会与挑战。"
    "数据显示,GAIB已完成1500万美元融资,TVL突破2亿美元,获得了包括Amber Group、Hack VC等顶级机构的支持,"
    "但同时也面临赛道竞争激烈、监管不确定等风险。\n"
    "融资方面,GAIB已累计完成1500万美元融资,投资方阵容豪华,包括Amber Group、Hack VC、Faction、Hashed、Spartan Group、"
    "Animoca Brands等顶级机构,显示了资本市场对其商业模式的高度认可。"
)
# b47-observador-feedzai-definedcrowd-forbes-pt (observador.pt, 2019-09-18): a ranking whose only sum is a running total.
FEEDZAI = (
    "Duas das 50 startups da América mais promissoras em Inteligência Artificial, destacadas pela revista Forbes este "
    "ano, têm ADN português. São elas a Feedzai, que está em 15.º lugar, e a DefinedCrowd, que ocupa o 46.º lugar da "
    "lista elaborada pela revista norte-americana.\n"
    "Com escritórios em Lisboa, Porto, Coimbra, Silicon Valley, Nova Iorque e Reino Unido, a startup portuguesa já "
    "levantou investimentos no valor de 82 milhões de dólares."
)
# veja-nubank-tencent (veja.abril.com.br): the round and then the running total, which must not hide it.
NUBANK = (
    "Mas, graças a um investimento de 90 milhões de dólares feito pelo gigante chinês Tencent, oficializado na "
    "terça-feira 9, a empresa está agora avaliada em 4 bilhões de dólares. No total, o banco digital já captou mais de "
    "420 milhões de dólares em sete rodadas de investimento a partir de sua fundação, em 2013."
)


def test_a_story_whose_only_raise_is_a_running_total_is_other() -> None:
    assert parse_deals(GAIB)[0].kind == "other"
    assert parse_deals(FEEDZAI)[0].kind == "other"
    # SYNTHETIC variants in Chinese, Japanese, Spanish and Portuguese.
    for text in (
        "星海科技累计完成超10亿元融资，投资方包括红杉中国、高瓴。公司成立于2018年。",
        "星海科技迄今共融资约10亿元，投资方包括红杉中国、高瓴。公司成立于2018年。",
        "株式会社エーアイは、累計調達額が30億円に達したと発表した。同社は2018年設立。",
        "Acme, la fintech mexicana, ha levantado un total de 50 millones de dólares desde su fundación. "
        "La empresa tiene 200 empleados.",
        "A Acme, startup brasileira de pagamentos, já levantou US$ 50 milhões desde sua fundação, segundo a empresa.",
    ):
        assert parse_deals(text)[0].kind == "other", text


def test_a_round_told_beside_its_running_total_stays_the_round() -> None:
    deal = parse_deals(NUBANK)[0]
    assert deal.kind == "round" and deal.amount_usd == 90_000_000
    # SYNTHETIC: the round is named, the total follows it.
    for text, amount in (
        (
            "Acme cerró una ronda Serie B de 20 millones de dólares liderada por Kaszek. Con esta ronda, la compañía ha "
            "levantado un total de 50 millones de dólares.",
            20_000_000,
        ),
        ("Acme ha levantado un total de 50 millones de dólares en su ronda Serie B liderada por Kaszek.", 50_000_000),
    ):
        deal = parse_deals(text)[0]
        assert (deal.kind, deal.amount_usd) == ("round", amount), text


def test_a_running_total_is_never_the_amount() -> None:
    # hs4-cooperativa-notco (cooperativa.cl): the round's 85 millones, then the total it reaches.
    notco = (
        "La compañía de tecnología de alimentos (food tech) ha estado en la mesa durante los últimos días por obtener "
        "en una ronda de financiamiento 85 millones de dólares, alcanzando un total de 118 millones de dólares."
    )
    assert parse_deals(notco)[0].amount_usd == 85_000_000
    # SYNTHETIC: the round's size is unstated, so the total must not stand in for it.
    for text in (
        "Acme cerró una ronda Serie B liderada por Kaszek. Con esta ronda, la compañía ha levantado un total de 50 "
        "millones de dólares.",
        "A Acme recebeu aporte da Kaszek em rodada série A, totalizando US$ 50 milhões captados desde 2019.",
        "星海科技宣布完成B轮融资，由红杉中国领投。星海科技迄今共融资约10亿元。",
    ):
        deal = parse_deals(text)[0]
        assert deal.kind == "round" and deal.amount_usd is None, text


# hs12-cryptodao-week-2023-04-eigenlabs-zh (https://cryptodao.pro/posts/202304-weekly-fund1/), one bullet of the week.
WEEKLY_BULLET = (
    "- 基础设施与工具赛道表现稳健。其中值得关注的有：以太坊再质押协议 EigenLayer 开发商EigenLabs 完成 5000 万美元 A 轮融资；"
    "跨链桥聚合器 LI.FI 也宣布完成 1750 万美元 A 轮融资；硬件钱包 Ledger 也完成1亿欧元融资，按照估值算，Ledger 已步入独角兽企业行列。"
)


def test_a_chinese_weekly_roundup_cuts_each_deal_clause() -> None:
    clauses = cjk_clauses(WEEKLY_BULLET)
    assert clauses is not None and len(clauses) == 3
    assert clauses[1].startswith("跨链桥聚合器 LI.FI") and clauses[2].startswith("硬件钱包 Ledger")
    # same file: a comma before a subject that "also" raised
    fedml = "专注于人工智能的 Web3 协议 Fetch.ai 获 DWF Labs 4000 万美元投资，协作 AI 公司 FedML 也宣布完成 600 万美元种子轮和 Pre-Seed 轮融资；"
    assert [c[:8] for c in cjk_clauses(fedml) or []] == ["专注于人工智能的", "协作 AI 公司"]
    # SYNTHETIC: a comment clause after a semicolon stays with its deal; one deal is not cut.
    assert cjk_clauses("星海科技完成2亿元B轮融资；这是今年最大的一笔。") is None
    assert cjk_clauses("星海科技完成2亿元B轮融资，由红杉中国领投。") is None


def test_a_chinese_weekly_roundup_yields_each_deal() -> None:
    text = (
        "2023年04月第1周加密融资信息汇总\n\n"
        "据多家媒体、数据平台不完全统计，本周（3.27-4.2）全球加密行业有超过 25 起投融资事件，披露的**融资总额超 2.6 亿美元**。\n\n"
        + WEEKLY_BULLET
    )
    deals = parse_deals(text)[1:]
    got = [(d.company, round(d.amount_usd or 0)) for d in deals]
    assert got[:2] == [("EigenLabs", 50_000_000), ("LI.FI", 17_500_000)]
    assert (deals[2].company, deals[2].currency) == ("Ledger", "EUR")  # "1亿欧元" is euros, not yuan


def test_a_title_line_over_the_headline_is_dropped() -> None:
    # hs5-flank-legora-d-ext (a newsletter issue): the section title over the first story's headline.
    text = (
        "Five stories that matter\n"
        "⚡ 01 NVIDIA writes its first cheque into legal tech, topping up Legora’s Series D to $600M\n"
        "Legora extended its Series D by $50M at a $5.6B valuation."
    )
    assert without_title_line(text).startswith("⚡ 01 NVIDIA")
    deal = parse_deals(text)[0]
    assert (deal.company, deal.amount_usd, deal.round) == ("Legora", 50_000_000, "series_d")
    # SYNTHETIC: a headline with no raise over a body line is kept; a dated title is kept.
    kept = "Acme raises a seed round\nAcme raised $5 million in a seed round led by Foo Ventures.\nMore text."
    assert without_title_line(kept) == kept
    dated = "Les grosses levées depuis le 1er septembre 2025\n- Acme, 5 M€ en Seed\n"
    assert without_title_line(dated) == dated


def test_a_french_digest_bullet_names_its_sector_in_brackets() -> None:
    # polesocietes-mistral-c (https://polesocietes.com/actualites/levee-de-fonds/les-levees-de-fonds-reprennent-en-france)
    text = (
        "Les grosses levées depuis le 1ᵉʳ septembre 2025\n"
        "- Mistral AI (IA générative), 1,7 Md€ en Série C, 9 sept. 2025 :\n"
        "un tour mené par ASML (≈ 1,3 Md€), valorisation 11,7 Md€ ; ASML devient le premier actionnaire."
    )
    deal = parse_deals(text, published=None)[0]
    assert deal.company == "Mistral AI" and deal.currency == "EUR" and deal.amount_original is not None
    assert "1,7" in deal.amount_original


def test_a_publication_stamp_or_a_spaced_chinese_credit_is_no_headline() -> None:
    # c4-fensifuwu-minsheng-series-b (https://www.fensifuwu.com/economics/1932370.html): three credit lines, then the lede.
    text = (
        "极目新闻记者 胡长幸\n实习生 谢家兴\n通讯员 何金龙\n"
        "6月25日,光谷企业武汉敏声新技术有限公司在武汉东湖宾馆举办B轮融资签约暨MEMS产业交流会,会上该企业宣布,"
        "目前已获得来自金融街资本、慈星股份等多家投资机构的B轮近6亿元融资。"
    )
    assert without_furniture_lines(text).startswith("6月25日")
    assert parse_deals(text)[0].kind == "round"
    # tsarina-verkor-2bn (moneynewsbytsarina.com): a French publication stamp.
    stamp = "Publié le 14 sept. 2023 à 7:00Mis à jour le 14 sept. 2023 à 16:02\nDire que l’année 2023 ..."
    assert without_furniture_lines(stamp).startswith("Dire que")
    # SYNTHETIC: a headline that names a reporter's role is kept.
    kept = "记者调查：星海科技完成2亿元B轮融资\n正文"
    assert without_furniture_lines(kept) == kept


def test_chinese_numerals_and_trade_nouns() -> None:
    # c4-cls-weekly-roundup-xinyueneng (https://api3.cls.cn/share/article/1812665): "约十亿元A轮融资", and the maker
    # named after its trade noun.
    assert join_compounds("共同参与的约十亿元A轮融资") == "共同参与的约10亿元A轮融资"
    assert join_compounds("获得数十亿元融资") == "获得数十亿元融资"  # SYNTHETIC: "several" stays vague
    assert without_descriptor("碳化硅芯片生产制造研发商芯粤能", "") == "芯粤能"
    assert without_descriptor("商汤科技", "") == "商汤科技"  # SYNTHETIC: a name holding 商 is no descriptor
