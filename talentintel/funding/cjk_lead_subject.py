"""A Chinese or Japanese round one investor made alone, told with the investor as the subject of the investing verb or
as the source of 出資 (issue 13, branch batch44; tuning_batch44 study).

Read with no lead before this module: "米国の半導体大手エヌビディア(...)は9月22日、オープンAIに最大1,000億ドルを段階的に出資し"
(b44-worldconect-nvidia-openai-100bn-ja: the investor is the topic, the company the に-target of 出資), "米国の半導体大手
「エヌビディア」から出資を受けることになった" (datazoo-sakana-nvidia: the company "receives investment from" one named
investor), "主要是由於Google加碼投資最高14億美元" (b32-aastocks-terawulf-google: the investor "adds investment" of a sum),
"珠海華發集團宣布戰略投資大模型領軍企業北京智譜" (handmsg-zhipu-huafa: "announced a strategic investment in", without the 了
that cjk_lead_invested requires). Labels take a round's only named investor as its lead (PROVENANCE: "one named
investor -> its lead"); these patterns come last in `cjk_lead_patterns.LEAD_PATTERNS`, read only when no "led" phrase
or earlier one-investor form named a lead.
"""

from __future__ import annotations

import re

_LATIN = r"[A-Z][A-Za-z0-9.&'’-]*(?:\s(?:&|[A-Z][A-Za-z0-9.&'’-]*))*"  # never \w: it takes CJK ("Google加碼")
_KATAKANA = r"[\u30a1-\u30fa・ー]{2,20}"
_PAREN = r"(?:\([^)]{1,40}\)|（[^）]{1,40}）)?"
_SUM_JA = r"(?:最大|総額|約)?[\d,.]+\s?(?:億|万)?(?:米ドル|ドル|円)"

# "XはYにN(米)ドル/円を(段階的に)出資": a katakana or Latin name (the description before it is cut by its script).
# 投資 says the same with a yen restatement after the sum: "アリババは2024年の決算報告で、「2024年度はAIスタートアップ企業の
# 『月之暗面』(Moonshot AI)に約8億ドル(約1254億円)を投資し" (b47-chinanews-alibaba-moonshot-800m-ja, no lead read).
JA_SUBJECT_INVESTS = re.compile(
    rf"(?<![\u30a1-\u30faA-Za-z])({_KATAKANA}|{_LATIN}){_PAREN}は[^。]{{0,40}}?[、,][^。]{{0,60}}?に{_SUM_JA}{_PAREN}を"
    r"(?:段階的に|追加で|追加)?(?:出資|投資し)"
)
# "「X」からN円の出資を受け", "Xから出資を受けることになった": the one investor the company receives from.
# A particle before the name ends the subject: "ABEJAがグーグルから出資を受ける"; "グーグル等を新規引受先とした" later in the
# text names several investors (forbesjp-abeja-google, labeled without a lead), so "等を" after the match refuses it.
JA_INVESTED_FROM = re.compile(
    rf"(?:^|[、。\s「がはを])「?([^\s、。「」がはをにの]{{2,20}}?)」?から(?:{_SUM_JA}の)?出資を受け(?![\s\S]*?等を)"
)
# The polite receiving form: "Reality Accelerator 様にご出資いただきました" (hs19-deraru-foretop-seed-reality-accelerator-ja,
# fund82), "Xからご出資いただき", "X社より出資を頂き": the giver of the honoured investment, marked by に/から/より after
# its honorific (様, 社, 氏, さん), is the company's one investor. A Latin or katakana name (a description before it is
# cut by its script); "等" (and others) before the particle names several investors, no one lead.
JA_HONORED_INVESTMENT = re.compile(
    rf"(?<![\u30a1-\u30faA-Za-z])({_KATAKANA}|{_LATIN}){_PAREN}\s?(?:様|社|氏|さん)?(?:に|から|より)"
    r"(?:ご|御)?出資(?:を)?(?:いただ|頂)"
)
# "由於Google加碼投資最高14億美元": a Latin investor right after Chinese text, then "(adds) investment" of a sum.
ZH_LATIN_INVESTS = re.compile(
    rf"(?<=[\u3400-\u9fff])({_LATIN})(?:加码|加碼|追加)?(?:投资|投資)(?:最高|约|約|达|達)?[\d.]+\s?(?:亿|億|万|萬)?"
    r"(?:美元|元|人民币|人民幣)"
)
# "近日,珠海華發集團宣布戰略投資大模型領軍企業北京智譜": "X announced a (strategic) investment in" a company.
ZH_ANNOUNCED_INVESTS = re.compile(
    r"(?:^|[，,。：:、\s])([^\s，,。、：:“”\"]{2,20}?)(?:宣布|宣佈)(?:战略|戰略)?(?:投资|投資)(?![者人方机機])"
    r"(?=[^。]{0,40}?(?:公司|企业|企業|AI|科技|智能|[A-Za-z]))"
)

# "Fetch.ai 获 DWF Labs 4000 万美元投资" (b47-cryptodao-fetchai-fedml-weekly-zh): the company "receives" one named
# investor's sum; that investor is the round's lead.
ZH_RECEIVED_FROM = re.compile(
    rf"(?<!收)[获獲][^\S\n]?({_LATIN})[^\S\n]?\d[\d,.]*[^\S\n]?(?:亿|億|万|萬)?(?:美元|元)(?:战略|戰略)?(?:投资|投資)"
)

SUBJECT_PATTERNS = [
    JA_SUBJECT_INVESTS,
    JA_INVESTED_FROM,
    JA_HONORED_INVESTMENT,
    ZH_LATIN_INVESTS,
    ZH_ANNOUNCED_INVESTS,
    ZH_RECEIVED_FROM,
]
