"""Fund closes in Chinese, Japanese and Korean: whether the opening announces one, and the manager it names.

The languages say a fund close with their own nouns and verbs (펀드/투자조합 결성, 基金…完成募集, ファンドを組成) and put
the manager before a particle (이/가/은/는, は) or before 宣布/表示, often behind a description or a byline; the
English rules in `fund_raise` read none of that.
"""

from __future__ import annotations

import re

# A firm's fund raise as Chinese (often machine-translated) news says it, with the sum: "GGV 已经为其第五只风险投资基金
# 筹集了 6.2 亿美元", "Storm Ventures 为其新基金 TechCrunch 锁定 1.8 亿美元", "关闭了 1.07 亿美元(€1 亿美元)的种子基金",
# "宣布了一项 5000 万美元的基金", "推出 22 亿美元的加密基金", "已经筹集了一笔 5400 万美元的新基金" (tuning_funds21). A 基金会
# (foundation) raises no fund; without a sum the sentence may be about any fund.
FUND_RAISED_ZH = re.compile(
    r"(?:为|為)其?[^，。,]{0,20}基金(?!会|會)[^，。,]{0,15}?(?:筹集|籌集|募集|锁定|鎖定)了?\s?\d|"
    r"(?:筹集|籌集|募集)了?一笔[^，。,]{0,20}?\d[^，。,]{0,15}?基金(?!会|會)|"
    r"(?:推出|成立|设立|設立|关闭|關閉)了?其?(?:一(?:项|項|只|隻|支))?(?:价值|價值)?\s?\d[\d.]*\s?[亿億万萬]?"
    r"(?:美元|欧元|歐元|英镑|英鎊|元)[^，。,]{0,15}?基金(?!会|會)|"
    r"宣布了?(?:将|將)?(?:推出|成立|设立|設立)?一(?:项|項|只|隻|支)[^，。,]{0,30}?\d[^，。,]{0,20}?基金(?!会|會)|"
    # 募资 is a fund's raise (a company's is 融资): "A16Z 完成史上最大規模募資 150 億美元" (b49-wrgsb-a16z-15bn-fund-zh, read
    # as a round), beside "宣布新一期美元基金募资完成,规模为5.6亿美元" (cscomcn-usd-funds-2019) and "超額完成1.9億美元的第四期
    # 基金募資" (cmyuxie-fusion-fund-iv-zh). A listing's proceeds (IPO募资) are no fund.
    r"完成(?:(?!IPO|上市|公开发行|公開發行)[^，。,轮輪融]){0,15}?(?:募资|募資)\s?(?:约|約|超|逾)?\s?\d|"
    # The firm's nth fund and its size: "Dragonfly 宣布推出其第四只基金,规模达 6.5 亿美元" (b49-marsbit-dragonfly-650m-fund-
    # iv-zh, read as a round), "宣布推出第四檔基金,規模達6.5 億美元" (panewslab's copy of the same Fortune story).
    r"(?:推出|成立|设立|設立|完成|关闭|關閉)了?其?第[一二三四五六七八九十\d]+\s?(?:只|隻|支|期|檔|号|號)[^，。,]{0,15}?基金(?!会|會)"
    r"[，,]\s?(?:规模|規模)(?:达|達|为|為)?(?:到)?\s?\d"
)
# A fund close in Korean, Chinese or Japanese: "470억 규모 '2호 XR 콘텐츠펀드' 결성", "基金完成募集", "ファンドを組成".
_CJK_FUND = re.compile(
    # Korean funds are 펀드 or (투자)조합: "716억원 규모의 '… 투자조합'을 결성".
    # A first or final close: "复旦科创母基金超额完成5亿元首关目标", "先导创业投资基金成功完成40.8亿元终关募集".
    # A first or final closing in Korean: "1000억원 규모 펀드의 1차 클로징을 마쳤다".
    # A Latin fund name may sit between: "제4기 펀드 HashKey Fintech Multi-Strategy Fund IV가 첫 번째 마감 모금을 완료"
    # (tuning_funds16 rootdata), 58 characters from 펀드 to 모금.
    # A launch: "6억 달러 규모의 다양한 전략 유동성 펀드를 출시한다고 발표" (b47-blocktong-aquarius-600m-fund-ko, read `other`).
    r"(?:펀드|조합)[^.。]{0,40}(?:결성|조성|출범|출시|모금|모집|클로징)|펀드\s[A-Z][^.。]{0,64}(?:모금|클로징)|(?:결성|조성)[^.。]{0,20}(?:펀드|조합)|"
    # "目前已完成首关": a close of a fund said alone (首关/终关 belong to funds only).
    r"完成了?(?:首关|首關|终关|終關)|"
    r"基金[^，。,]{0,20}(?:募集|设立|設立|关账|關帳|首关|首關|终关|終關)|"
    # A fund's legal name in brackets may come between: "BNV1号ファンド（…1号投資事業有限責任組合）の組成がクローズ".
    # ... or its name in quotes: "18億円の新ファンド「地方創生新潟1号投資事業有限責任組合」が組成されました" (tuning_funds20).
    r"ファンド(?:[(（][^)）]{1,60}[)）]|「[^」]{1,60}」)?[^。]{0,20}(?:組成|設立|運用を(?:開始|始め)|(?:ファースト|ファイナル)?クローズ)|"
    r"(?:设立|設立)[^，。]{0,15}基金|"
    # The manager named for a new fund: "深创投为新基金管理人", "中科创星担任基金管理人".
    r"(?:为|為|担任|擔任)(?:新)?基金管理人|"
    # "凯辉创新基金三期顺利完成最终融资", "完成两只风险投资基金的筹资": a fund (an issue: 三期) that completed its raise;
    # a round names its 轮 or its 领投 in between ("红杉基金领投的B轮融资") and is not one.
    # Traditional script writes 募資/籌資: "宣布超額完成1.9億美元的第四期基金募資".
    r"基金(?:[一二三四五六七八九十\d]+期)?[^，。轮輪领領投]{0,12}?完成[^，。轮輪]{0,6}(?:融资|融資|筹资|籌資|募资|募資|募集)|"
    r"完成[^，。轮輪]{0,15}基金的?(?:筹资|籌資|募资|募資|募集|融资|融資)|"
    # Japanese raises for a fund, or by a fund as the topic: "CMCCグローバルは、…新しいファンドために1億ドル…を調達した",
    # "ベンチャーファンド、OpenAI Startup Fundは、…ファンドで、静かに1500万ドルの資金を調達しました"; money raised from a
    # fund (から) or in a series is a company's round.
    r"ファンド(?:の)?(?:ため|向け)?に(?:(?!から|シリーズ|ラウンド)[^。]){0,40}?調達(?:した|しました|を完了)|"
    r"(?:ファンド|Fund)は、?(?:(?!から|シリーズ|ラウンド|第三者割当)[^。]){0,160}?(?:資金を|を)調達(?:した|しました)"
)
# The manager of a CJK fund close: the topic or subject before its particle, or before 宣布/表示 in Chinese, with the
# description in front cut ("벤처캐피털사인 블록체인 캐피털(Blockchain Capital)이", "…が運営する千葉道場ファンドは1日、",
# "…担任联合创始人的创新工场今天表示").
_CJK_MANAGER = [
    # The manager a Chinese fund's record names: "管理機構為北京中科創星創業投資管理合夥企業(有限合夥),即中科創星" (the short
    # name after 即), or "管理机构为深创投".
    re.compile(r"管理(?:機構|机构)(?:為|为)[^，,。]{0,60}?[,，]即([^，,。]{2,12}?)(?:[。，,]|$)"),
    re.compile(r"管理(?:機構|机构)(?:為|为)([^，,。()（）]{2,30}?)(?:[。，,(（]|$)"),
    # The firm a fund is set up by: "参与投资由上海杏泽投资管理有限公司发起设立的苏州…基金" (an LP's notice, tuning_funds20).
    re.compile(r"由([^，,。、由的]{2,30}?)(?:发起设立|發起設立)的[^，。]{0,60}基金"),
    # A Korean agent that launched or formed the fund: "해당 펀드는 … 벤처 캐피탈 회사인 툰란 인베스트먼트(Tunlan
    # investment)가 출범시켰지만".
    re.compile(
        r"([^\s,，、。.「」『』()（）]{1,20}(?:[^\S\n][^\s,，、。.「」『』()（）]{1,20}){0,2}?)(?:\([^)]{1,40}\))?(?:이|가)\s"
        # ... not "설립한" before a firm's subject: a relative clause about that firm (the rule below, b49-coindeskkorea).
        r"(?:출범시켰|출범시킨|조성했|조성한|결성했|결성한|설립했|설립한(?!\s(?:[가-힣]+\s)?[^\s]{2,20}?(?:이|가|은|는)\s))"
    ),
    # "中科创星旗下先导创业投资基金成功完成…终关", "凯辉基金宣布旗下凯辉创新基金三期": the firm a fund is under (旗下) manages it.
    re.compile(
        r"(?:^|[，,。、\s])([^\s,，、。:：“”\d]{2,12}?)(?:今天|今日|近日)?(?:宣布|表示)?(?:旗下|管理的)[^，。,]{0,30}基金"
    ),
    # The operator a Japanese text names: "ファンド運営会社AJキャピタルが運営する事業承継ファンド", "ファンド運営会社として設立した
    # MM Capital Partners社が運営・管理する" (the announcing parent, before は, is not the manager).
    re.compile(
        r"運営会社(?:として設立した)?((?:[A-Z][\w&.'’-]*\s){0,3}[A-Z][\w&.'’-]*|[^\s、,。「」<>()（）]{2,20}?)(?:社)?が運営"
    ),
    # The firm a Japanese text says runs the fund: "新潟ベンチャーキャピタル(株)が運営し" (tuning_funds20 nsg-group); its
    # kind before の is a description ("ベンチャーキャピタルのボンズ・インベストメント・グループ(東京)がファンドを運営し").
    # Only the clause "運営し、": "起業家コミュニティが運営するアクメファンドは" describes the fund that is the firm.
    re.compile(r"([^\s、,。「」『』()（）のはが]{2,30}?)(?:[(（][^)）]{1,10}[)）])?が(?:ファンドを)?運営し[、,]"),
    # A name holds no full stop and does not run across a line ("…것으로 알려졌다.\n해당 펀드는" is two sentences).
    # A subject whose verb is the adnominal "설립한" (founded) belongs to a relative clause about the firm after it:
    # "해시드가 설립한 창업투자회사 해시드벤처스가 1200억원 규모의 첫 펀드 … 결성" (b49-coindeskkorea-hashed-venture-fund-i-ko
    # read the founder), as "Andrew Ng이 설립한 기업이다" (b45-hojourney-landing-ai-57m-mcrock-ko) and "조셉 로빈(Joseph
    # Lubin)이 설립한 솔루션 기업" (f17-techrecipe-civil-ico-refund) describe the firm founded.
    re.compile(
        r"([^\s,，、。.「」『』()（）]{1,20}(?:[^\S\n][^\s,，、。.「」『』()（）]{1,20}){0,2}?)(?:\([^)]{1,40}\))?(?:이|가|은|는)\s"
        r"(?!(?:설립한|세운|만든)\s)(?=[^.。]{0,60}(?:펀드|조합|결성금액|결성액))"
    ),
    # A Japanese headline "アクメキャピタル、100億円の2号ファンドを組成": the name before 、.
    re.compile(r"^([^\s、,。「」はが]{2,30})、[^。\n]{0,40}ファンド[^。\n]{0,15}(?:組成|設立|クローズ)"),
    # A Korean headline "LB인베스트먼트, 716억 펀드 결성": the name before the comma.
    re.compile(r"^([^\s,]{2,20}(?:\s[^\s,]{1,20}){0,2}),\s[^\n]{0,40}(?:펀드|조합)[^\n]{0,10}(?:결성|조성|출범)"),
    re.compile(
        r"((?:[A-Z][\w&.'’-]*\s){0,3}[^\s,，、。「」『』]{2,40}?)は(?:[\d年月]+日|本日|今日)?、(?=[^。]{0,60}ファンド)"
    ),
    re.compile(r"「([^」]{2,30})」は(?=[^。]{0,80}(?:ファンド|調達))"),
    # "这一次，深创投为新基金管理人": the firm named as the new fund's manager.
    re.compile(r"(?:^|[，,。\s])([^\s,，、。:：“”]{2,12}?)(?:为|為|担任|擔任)(?:新)?基金管理人"),
    # "Beyond Next Venturesは大学発の…ファンド…の組成がクローズ": a firm's Latin-script name as the topic.
    re.compile(r"((?:[A-Z][\w&.'’-]*\s){0,3}[A-Z][\w&.'’-]*)は[^。]{0,80}ファンド[^。]{0,80}(?:組成|クローズ|設立)"),
    # The fund itself as the subject of its close when no firm is named: "复旦科创母基金超额完成5亿元首关目标".
    re.compile(
        r"(?:^|[，,。、\s])([^\s,，、。:：“”\d]{2,20}?基金)(?:超额|超額|成功|顺利|順利|正式)?完成[^，。,]{0,20}(?:首关|首關|终关|終關|募集)"
    ),
    # A headline "中科创星40.8亿元终关": the manager before the amount it closed.
    re.compile(
        r"^([^\s,，。:：“”\d]{2,12}?)\d[\d.]*\s?[亿億万]?(?:美元|元|円)?(?:终关|終關|首关|关账|關帳|募集|完成募集)"
    ),
    # The firm before its fund raise in Chinese news (FUND_RAISED_ZH), a Latin name spaced off as machine translation
    # writes it: "# Storm Ventures 为其新基金 TechCrunch 锁定", "风险投资公司 ff Venture Capital 已经为其第四个…基金筹集了",
    # "# Partech Ventures 关闭其 1.07 亿美元的种子基金", "风险投资公司 Greycroft 宣布" (tuning_funds21), "A16Z 完成…募資"
    # (b49-wrgsb-a16z-15bn-fund-zh).
    re.compile(
        r"((?:[a-z][\w&.'’-]*\s(?=[A-Z]))?(?:[A-Z][\w&.'’-]*\s){0,3}[A-Z][\w&.'’-]*)\s(?:今天|今日|近日)?(?:已经|已經|已)?"
        r"(?=(?:为|為)其?[^，。,]{0,20}基金|(?:推出|成立|关闭|關閉)了?其?\s?\d|宣布|完成[^，。,]{0,15}?(?:募资|募資))"
    ),
    # ... or a Chinese name: "# 安德森·霍洛维茨推出 22 亿美元的加密基金".
    re.compile(
        r"(?:^|[#，,。\s])([^\s,，、。:：“”#\d]{2,20}?)(?=(?:推出|关闭|關閉)了?其?\s?\d[\d.]*\s?[亿億万萬]?美元)"
    ),
    # A Latin-script name with spaces before 宣布: "硅谷早期投資基金Fusion Fund宣布超額完成".
    re.compile(r"((?:[A-Z][\w&.'’-]*\s){0,3}[A-Z][\w&.'’-]*)(?:今天|今日|近日)?(?:宣布|表示)"),
    re.compile(r"(?:^|[，,。\s])([^\s,，、。:：“”]{2,40}?)(?:今天|今日|近日)?(?:宣布|表示)"),
]
_CJK_DESCRIPTION = re.compile(
    r"^.*(?:的|が運営する|が手掛ける|傘下の|する|した|である|사인\s|기업\s|회사\s|업체\s|운용사\s|\]\s?|=\s)|^[가-힣]*(?:사|기업)인\s|"
    # "…에 따르면 엑셀러레이터인 포항공과대학교기술지주": the firm's kind, as an apposition before its name.
    r"^.*(?:액셀러레이터|엑셀러레이터|창업기획자|벤처캐피(?:털|탈)|투자사)인\s|"
    # A clause with its object before the name is no part of it: "결성 시한을 한달앞둔 다올인베스트먼트가" (the one a month
    # before its deadline, f21-woorivp-daol-scaleup-fund-2000eok-so-far).
    r"^.*\S(?:을|를)\s\S+\s(?=\S)"
)


# "在12月11日" (on December 11), "一家...": a time or an indefinite phrase is no name.
# "해당 펀드", "이 펀드", "该基金": a fund pointed at is no manager.
_CJK_NOT_NAME = re.compile(
    r"^(?:在|于|於|一家|该|該|这|這)|\d+[月日]|^(?:해당|이|그|새|본|동|この|その|本)\s?(?:펀드|조합|ファンド)$|"
    # A kind of firm is no firm: "액셀러레이터(창업기획자)가 결성한 첫번째 벤처투자조합" (c4-newspim-postech-imp-fund).
    r"^(?:액셀러레이터|엑셀러레이터|창업기획자|벤처캐피(?:털|탈)|운용사|투자사)$"
)
# A time word written onto the name: "而最新案例是，本周元禾璞华三期人民币基金宣布完成最终关账" (this week, f22-36kr-internet-
# giants-lps-yuanhe-puhua-iii, read as "本周元禾璞华").
_TIME_START = re.compile(
    r"^(?:本周|本週|上周|上週|本月|上月|今年|去年|昨年|前年|近日|日前|今日|今天|昨日|昨天|近期|最近|目前|\d{1,2}月\d{1,2}日)(?=..)"
)
# A descriptive fund name ("…先导创业投资基金"), not a firm called "… Fund" ("インキュベイトファンド").
_CJK_FUND_WORD = re.compile(
    r"(?:创业投资基金|創業投資基金|股权投资基金|股權投資基金|投资基金|投資基金|产业基金|產業基金|创投基金)$"
)


# "光年创投第三期美元基金完成3亿美元最终关账": a fund named by its manager, its issue (第三期) and its currency.
_CJK_FUND_ISSUE = re.compile(
    r"(?:第?[一二三四五六七八九十\d]+期)(?:美元|人民币|人民幣|双币|雙幣)?基金$|(?:美元|人民币|人民幣)基金$"
)
# "ミライVCは": a Latin name glued to a short katakana start is one name ("ベンチャーキャピタル" is a description).
_KATAKANA_START = re.compile(r"[\u30a0-\u30ff]{1,6}$")


def _manager_of_fund(name: str, text: str) -> str:
    """ "中科创星先导创业投资基金宣布完成首轮募集": the fund is the subject; its manager is the longest start of its
    name that the text also uses on its own ("作为中科创星首次...")."""
    issue = _CJK_FUND_ISSUE.search(name)
    if issue and issue.start() >= 2:
        return name[: issue.start()]
    if not _CJK_FUND_WORD.search(name):
        return name
    for end in range(len(name) - 1, 1, -1):
        prefix, following = name[:end], name[end]
        if any(text[m.end() : m.end() + 1] != following for m in re.finditer(re.escape(prefix), text)):
            return prefix
    return name


def manager(opening: list[str], text: str) -> str | None:
    """The manager named in the opening sentences of a Chinese, Japanese or Korean fund close, or None."""
    for sentence in opening:
        for pattern in _CJK_MANAGER:
            m = pattern.search(sentence)
            if m:
                # A listed firm's stock code and 社 after a Latin name are no part of it: "日本アジア投資<8518>", "MM Capital Partners社".
                name = re.sub(
                    r"[<＜(（]\d{4}[>＞)）]$|(?<=[A-Za-z])社$", "", _CJK_DESCRIPTION.sub("", m.group(1)).strip()
                )
                name = _TIME_START.sub("", name)
                if len(name) >= 2 and not _CJK_NOT_NAME.match(name):
                    glued = _KATAKANA_START.search(sentence[: m.start(1)]) if name[:1].isascii() else None
                    return _manager_of_fund((glued.group(0) if glued else "") + name, text)
    # A roundup of subfunds names each manager in its record, after the opening (outputnews, tuning_cjk3).
    record = next(filter(None, (p.search(text[:1500]) for p in _CJK_MANAGER[:2])), None)
    return record.group(1) if record else None


# A fund that put money into a company: "펀드가 벤처기업 에스그래핀에 10억원을 투자했다" (X에 N억 투자 = invested N in X).
INVESTED_IN = re.compile(r"에\s?\d[\d,.]*\s?(?:조|억|천만|만)\s?원?을?\s?투자(?!할|하는|하기|를 위한)")


def closes_fund(opening: list[str]) -> bool:
    """A fund close said in one of the opening sentences, before any sentence says a fund invested in a company.

    A story whose opening says a fund invested in a company is that company's round; its fund's own close is the
    background that follows ("... 에스그래핀에 10억원을 투자했다 ... 2020년 9월 ... 펀드를 조성했다", yna-sgraphene).
    """
    for sentence in opening:
        if INVESTED_IN.search(sentence):
            return False
        if _CJK_FUND.search(sentence) or FUND_RAISED_ZH.search(sentence):
            return True
    return False
