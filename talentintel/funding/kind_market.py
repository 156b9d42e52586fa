"""Market pieces: a text whose opening states a market's, a country's, a sector's or a period's total ("Indian
startups raised $478M this week"), not one company's round. `kind` calls such a text a `market total` (its rounds, if
any, are the deals after it); `segments` opens a new deal after a part that states one.
"""

from __future__ import annotations

import re

from talentintel.funding.kind_opening import opening
from talentintel.funding.kind_recaps import PERIOD_RECAP
from talentintel.funding.kind_totals import COUNT_WORDS, SECTOR_INFLOW

# Totals of a market, a country, a sector or a period, not one company's round.
MARKET = re.compile(
    r"\b(?:startups?|start-ups?|companies|ventures?|firms?|(?:tech|fintech|crypto) (?:sector|startups?))\b"
    r"(?:[^.\n]|\.(?=\d)){0,80}\b(?:raised|secured|attracted|received|collectively|cumulatively|pulled in)\b(?:[^.\n]|\.(?=\d)){0,80}"
    r"\b(?:across|in|through|from)\s\d+\s(?:deals|rounds|transactions|investment rounds|investments)\b|"
    r"\b(?:venture (?:capital )?(?:funding|investments?|financing)|vc (?:funding|investments?)|startup "
    r"(?:funding|investments?)|tech funding|total funding|investments? in (?:\w+ )?start-?ups)\b(?:[^.\n]|\.(?=\d)){0,60}"
    r"\b(?:surg|jump|fell|fall|drop|decline|rose|rise|grew|grow|hit|reach|record|surpass|exceed|plummet|"
    r"slow|total|stood|increase|decrease|dip|doubl)|"
    r"\b(?:most[- ]funded|record high|lowest funding|funding landscape|top (?:\d+|ten|five) (?:funding )?rounds|"
    r"biggest rounds|startup ecosystem|funding (?:surges|falls|drops|plummets)|share of (?:the )?region)|"
    r"\b(?:Q[1-4]|H[12]|first (?:half|quarter|nine months)|last year|this year|in 20\d\d)\b(?:[^.\n]|\.(?=\d)){0,60}"
    r"\b(?:raised|secured|attracted)\b(?:[^.\n]|\.(?=\d)){0,40}\b(?:total|across|combined)\b|"
    r"\b\d+ (?:startups|start-ups|deals)\b(?:[^.\n]|\.(?=\d)){0,60}\$[\d.,]+|"
    r"(?<!Fortune )\b\d+\s(?:[\w-]+\s){0,2}(?:startups|start-ups|companies|firms|ventures|venture funds)\b(?:[^.\n]|\.(?=\d)){0,40}"
    r"\b(?:rais|secur|attract|receiv)|\bin startup funding\b|"
    # Many raisers' money told as one sum: "several AI startups in the country have collectively secured $50 million"
    # (b46-wapress-nigeria-ai-startups-50m).
    r"\b(?:start-?ups|companies|firms|ventures)\b[^.\n]{0,60}\b(?:collectively|jointly|together)\s(?:raised|secured|"
    r"attracted|received|pulled\sin)\b|"
    r"\b(?:start-?ups?|startup investment|start-up investment|venture investment)\b(?:[^.\n]|\.(?=\d)){0,40}\b(?:hit|reached|"
    r"totall?ed|amounted)\b|"
    r"\b(?:start-?ups|companies)\b(?:[^.\n]|\.(?=\d)){0,40}\b(?:raised|secured?|captured|attracted)\b(?:[^.\n]|\.(?=\d)){0,90}"
    r"\b(?:last year|this year|in 20\d\d|"
    r"(?:in|during|over) (?:the )?(?:first|second|third|fourth) (?:half|quarter)|in H[12]|in Q[1-4]|this week|last week|"
    r"(?:this|last) month|in (?:January|February|March|April|May|June|July|August|September|October|November|"
    r"December)\b(?! \d{1,2}\b))\b|"
    r"\b(?:venture capitalists|VCs|investors)\b(?:[^.\n]){0,40}\b(?:plowed|poured|deployed|pumped|invested)\b(?:[^.\n]|\.(?=\d)){0,60}"
    r"\b(?:across \d+|into (?:[\w-]+ ){0,3}(?:start-?ups|companies|projects))|\battracted (?:a total of|\d+ investments)|"
    # Spanish, Portuguese, French market pieces: "La inversión en startups de Latinoamérica sigue mostrando señales
    # mixtas", a figure's movement after the market's investment (dfcl-latam-vc-q1-2025-es).
    r"\b(?:inversi[oó]n|investimento|investissement)s?\s(?:en|em|dans)\s(?:las\s|les\s|os\s)?(?:startups|start-ups)\b"
    r"[^.\n]{0,80}\b(?:sigue|cay[oó]|creci[oó]|subi[oó]|baj[oó]|aument[oó]|disminuy[oó]|repunt\w*|alcanz[oó]|sum[oó]|"
    r"caiu|cresceu|subiu|chute|baisse|hausse|recul\w*)|\bn[uú]mero de (?:rondas|rodadas)\b|"
    # Many funds' money in a period: "European venture capital funds raised €17.1B in 2023", "VC funds raised $20B
    # in the third quarter" (plural funds or firms, no manager named before them).
    # The word before starts at a non-word character (or opens the text holding a non-letter): the same matches as
    # "[^A-Z]\w*\s", which rescanned a word run from each of its characters (10 s on a megabyte of one CJK word).
    r"(?:^|[^\w]\w*+\s|^(?=[a-z]*[^\Wa-z])\w*+\s)(?:venture(?:\scapital)?|VC)\s(?:funds|firms)\s(?:have\s|has\s)?"
    r"(?:raised|closed|collected)\b"
    r"(?:[^.\n]|\.(?=\d)){0,60}\b(?:in\s(?:the\s)?(?:first|second|third|fourth)\s(?:quarter|half)|in\sQ[1-4]|in\sH[12]|"
    r"last\s(?:year|quarter)|this\s(?:year|quarter)|in\s20\d\d)\b|"
    r"\b(?:funding trends|total amount of funding)\b|\binvestments? in (?:[\w()]+ ){0,4}start-?ups\b(?:[^.\n]){0,40}"
    r"\b(?:decreas|increas|fell|rose|declin|grew)|"
    # "総額10億円の資金調達を実施" is one round's total; a market's 総額 is not followed by its own raise. The raise may be
    # the verb itself: "第三者割当増資により総額2.5億円を調達した" (b30-weblettuce-agrimedia-250m-yen-globis-ja).
    # "총 510억원 규모의 투자를 유치했다" is one company's round; a market's 총 has a counted subject ("120곳이 총").
    # So is 合計 with its raise for an object: "第三者割当増資で合計101.5億円を資金調達した" (b23-projectdesign-ispace-1015-
    # oku-yen), "第三者割当増資と融資で合計2,500万円を資金調達した" (b49-antenna-papageno-25m-yen-ja, read as a market total).
    # Chinese market pieces: "融资市场 ... 累计融资金额", "Web3基金募资规模较2022年峰值下降了63%".
    r"融资市场|融資市場|投资交易数量|累计融资|累計融資|(?:募资|融资|投资|募資|融資|投資)(?:规模|總額|总额|金额|規模)"
    r"[^，。]{0,20}(?:下降|增长|回升|减少|上升|同比|环比|下滑|下降了)|"
    r"누적|총\s?\d(?![\d,.]*\s?[조억만천]*\s?(?:원|달러)?(?:을|를)?\s?(?:규모의?|상당의?)?\s?(?:[^\s.]+\s){0,2}?(?:투자를?\s?)?유치)|"
    r"\d+\s?(?:곳|개사|개\s?(?:기업|업체|스타트업))(?:이|가|은|는)?\s[^.]{0,40}총\s?\d|전년 대비|역대 최대|総額\d(?![\d,.]*[万億]?円(?:の(?:資金調達|第三者割当)|を(?:資金)?調達))|\d+起(?:投融资|融资|投资)事件|合計(?!\d[\d,.]*[万億]?[^\s。、]{0,4}(?:の(?:追加)?(?:投資|出資)を受け|を(?:資金)?調達))",
    re.IGNORECASE,
)
# A piece about a market's funds ("创投市场外币基金升温", "多只美元基金相继宣布成立") names fund closes as examples; unlike a
# market total of rounds, its funds must not make the headline deal a fund.
# "创投市场化运作机制" (market-oriented operation, f16-redsunangola-shanghai-early-hardtech-fund) is no market piece.
MARKET_PIECE = re.compile(r"创投市场(?!化)|創投市場(?!化)|多只|多支")


# A lede with no raise in it that names a rise of venture money into a sector: "The spike in venture capital investment
# is visible both at national scale, and locally", "an almost 900% increase in VC investment in national security-
# focused startups" (f22-technically-national-security-vc-surge, whose sector total "reported raising $46.3 billion
# across nearly 1,900 deals" came two sentences on and was read as a round). `kind` reads it only in such a lede, so
# "Amid a surge in venture funding, Acme raised $10M" stays a round.
MARKET_TREND = re.compile(
    r"\b(?:spike|surge|increase|jump|rise|boom|growth|influx|flood)\s(?:of\s\S+\s)?in\s(?:VC|venture(?:\scapital)?)\s"
    r"(?:investments?|funding|financing|dollars|money)\b"
    # A sector's share of all venture money: "artificial intelligence startups pretty much hoarded the venture capital
    # cookie jar ..., snatching a jaw-dropping 57.9% of the global VC funds" (b46-zeroutility-ai-vc-share).
    r"|\b\d+(?:\.\d+)?\s?%\sof\s(?:the\s|all\s)?(?:global\s|total\s|world['’]s\s)?(?:VC|venture(?:\scapital)?)\s"
    r"(?:funds?|funding|dollars|investments?|money|deals)\b",
    re.IGNORECASE,
)


def is_market_total(text: str) -> bool:
    return bool(MARKET.search(opening(text)))


# A market piece that states its own figures (a total, a count of startups or deals, a change in percent) is about
# the market, and the rounds it names are examples after it; a roundup without them is its rounds
# ("This week in startup funding ... showed a sharp contrast", then each round).
_STATISTIC = re.compile(
    r"\btotal(?:l?ing|l?ed)?\b|\ba total of\b|\d\s?%|\bper ?cent\b|\bcumulative(?:ly)?\b|\bcombined\b|"
    r"\b\d+\s(?:[\w-]+\s){0,2}(?:startups|start-ups|companies|firms|investments|deals|rounds)\b|"
    + COUNT_WORDS
    + r"\s(?:[\w-]+\s){0,2}(?:startups|start-ups|companies|firms|investments|deals|rounds)\b|"
    r"누적|총\s?\d|\d+\s?(?:곳|개사|건)|合計|総額|总额|累计|累計|\d+\s?(?:家|社|笔|件)|" + SECTOR_INFLOW,
    re.IGNORECASE,
)


def states_market_figures(text: str) -> bool:
    head = opening(text)
    return bool(_STATISTIC.search(head) or PERIOD_RECAP.search(head))
