"""Which company a Chinese, Japanese or Korean deal text names as the raiser (`cjk.extract` reads the rest).

"完成方為...階躍星辰", "商湯科技9日宣布獲得", "산은은 ... 퓨리오사AI에 100억원을 투자했다", "「tebiki」がシリーズAラウンドで8億円の資金調達":
the name before its verb or particle, the role word's object, the quoted subject; a raiser's name that reads as noise,
a discourse word or a kind word is refused (`acceptable`).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from talentintel.funding.cjk_clause_name import is_clause
from talentintel.funding.cjk_ja_relative import relative_topic
from talentintel.funding.cjk_ko_bare_subject import bare_korean_raiser
from talentintel.funding.cjk_ko_round_topic import round_topic_raiser
from talentintel.funding.cjk_ko_subject import korean_raiser
from talentintel.funding.cjk_ko_this_company import this_company_raiser
from talentintel.funding.cjk_names import COMPANY_NOISE, company_name
from talentintel.funding.cjk_question import in_question
from talentintel.funding.company_discourse import is_discourse_word, without_report_verb

# A sentence about funding (cjk._amount reads amounts only in one); without one a text names no raiser.
# Bonds issued are funding too: "20億ドルの債券を発行し" (hs18-csrqoa-black-pearl-compute-2bn-notes-ja).
FUNDING = re.compile(
    r"融资|融資|投资|投資|투자|資金調達|资金调达|调达|調達|出資|出资|领投|領投|跟投|펀딩|유치|(?:債券|社債)を発行し(?!ない)"
)
# A Chinese dash pair opens a clause and is in no name: "重磅融資——初創企業Dyna Robotics宣布完成" (xbjpep-dyna-a) read the
# whole opening once its pinyin readings were dropped (text_repairs), the bracket of "企業(yè)" having stopped it before.
_NAME_CHAR = r"(?:[^\s，,。、（(）)“”\"「」【】\[\]—]|(?<=[A-Za-z])[^\S\n](?=[A-Za-z]))"
_COMPANY = [
    # "一筆50億元的B+輪融資低調完成。完成方為成立不足三年的AI基礎模型公司階躍星辰": the raiser named by its role.
    re.compile(r"(?:完成方|融资方|融資方|获投方|獲投方)(?:为|為|是)([^，,。；;\s]{2,40}?)(?:[，,。；;\s]|$)"),
    # "中國人工智能企業商湯科技9日宣布獲得", "小鵬汽車在香港宣布啟動", "人工智能平台“小冰公司”宣布已完成": the name
    # directly before an optional date and the verb; descriptions before it are cut by _clean. A dash opens it too, and
    # a comma may close it before the "in" clause: "——...机器人公司The Bot Company,在成立不到一年内完成" (huashangw).
    re.compile(
        rf"(?:^|[，,。\s》」”“\"(（)）】—])({_NAME_CHAR}{{2,40}}?)(?:\([^)]{{1,30}}\)|（[^）]{{1,30}}）)?[”」\"]?"
        # "ElevenLabs 宣佈完成": a Latin name may be spaced from its verb (hs6-jackykit-elevenlabs-500m read "宣佈").
        # "人工智能公司 xAI 刚刚完成了高达 200 亿美元的 E 轮融资" (tuning_batch50): "just" before the verb, as a date is.
        r"[^\S\n]?(?:\d{1,2}月|本月|上月)?(?:\d{1,2}日|今日|今天|近日|近期|最近|日前|同日|刚刚|剛剛)?(?:也)?(?:[,，]?(?:于|於|在)[^，,。宣完获獲新啟启]{1,10})?(?:正式)?"
        r"(?:(?:宣布|宣佈|官宣)[,，]?)?了?(?:已经|已經|已)?(?:成功|连续|連續|先后|先後|相继|相繼|陆续|陸續|顺利|順利|再次|再度)?"
        r"(?:完成|新获|獲得|获得|新獲|啟動|启动|(?:开启|開啟)(?=[^。，,]{0,12}?融[资資])|(?:(?<=宣布)|(?<=官宣)|(?<=布了)|(?<=宣了))一[笔筆](?=[^。]{0,12}(?:融资|融資))|(?<!收)[获獲](?=[近约約超逾数數\d])"
        # "Fetch.ai 获 DWF Labs 4000 万美元投资" (b47-cryptodao-fetchai-fedml-weekly-zh): 获 + one investor + the sum.
        r"|(?<!收)[获獲](?=[^\S\n]?[A-Za-z][\w.&'’ -]{1,30}?[^\S\n]?\d[\d,.]*[^\S\n]?(?:亿|億|万|萬)?(?:美元|元)(?:战略|戰略)?(?:投资|投資))"
        # "2025 年 3 月,智谱开启 D 轮融资,投资方包括杭州城投、上城资本等,金额超 10 亿元" (hs14-dakule-zhipu-d-round-over-
        # 1bn-yuan-zh): "opened" a round whose investors and sum are told; only before a financing word (开启新篇章 is not).
        # "9月12日,商湯又融資了", "X再获融资": a raise again.
        r"|(?:又|再次|再度|再)(?=(?:获得?|獲得?|完成)?[^。，,]{0,12}?融[资資]))"
    ),
    # "小米B轮融资于2010年12月完成" (b12-chaxiaohao-xiaomi-b): the name, its round, then the date it closed.
    re.compile(
        rf"(?:^|[，,。\s])({_NAME_CHAR}{{2,20}}?)的?(?:Pre-?)?(?:[A-H]\+*|天使|种子|種子)[轮輪](?:融资|融資)"
        r"(?:于|於|在)[^，,。]{2,20}?(?:完成|落定)"
    ),
    # Korean: "산은은 ... 퓨리오사AI에 100억원을 투자했다": the company is the one invested in (에), not the subject.
    re.compile(
        r"(?:^|\s)([^\s'’”\",.。]{2,20}?)(?:\([^)]{1,30}\))?에(?:는)?\s(?:총\s)?[\d,.]+\s?(?:억|천만|만)?\s?(?:원|달러)"
        # ... or a clause cut before the verb it shares: "오픈엣지테크놀로지에는 50억원을, ... 각각 투자했다" (segment_clauses).
        r"(?:\([^)]{1,40}\))?(?:(?:을|를)?\s(?:각각\s)?투자(?:했|한|하)|(?:을|를),$)"
    ),
    # "ABEJA、Googleより資金調達"; not the last word of a Latin name ("企業Quantum Artが、1億ドルの...を調達",
    # israelkeizai-quantum-art-a: the space inside the name is not where it starts).
    re.compile(r"(?:^|(?<![A-Za-z])\s|[:：])([^\s、。「」:：]{2,20})、[^。、]{0,40}?を調達"),
    # A quoted name that is the subject: "現場向けSaaS「tebiki」がシリーズAラウンドで8億円の資金調達".
    re.compile(r"「([^」]{2,30})」(?:が|は)[^。]{0,90}?(?:資金調達|調達|出資を受け|確保|投資を誘致|投資を受け)"),
    # Headline style, the name then a comma: "리벨리온, 1650억원 규모 시리즈B 투자 유치", "アクメ、シリーズAで10億円調達".
    re.compile(
        r"^\s*(?:\[[^\]]{1,10}\]\s*)?([^\s,，、\[\]]{2,20})[,，、]\s?[^。.\n]{0,40}?"
        r"(?:투자\s?유치|유치|資金調達|調達|融资|融資)"
    ),
    # A Latin name of several words is taken whole, never from inside a word: "Nature Innovation Groupは" gave
    # "ure Innovation Group" under the 20-character cap (b21-financingsite-ja-aikasa-series-b).
    re.compile(
        r"((?<![A-Za-z])[A-Za-z][\w.&'’-]*(?:\s[A-Za-z0-9][\w.&'’-]*){1,5}|(?:[\w\u3040-\u30ff\u3400-\u9fff]|(?<=[A-Za-z])\s(?=[A-Za-z])){2,20})"
        # "Foretop, Inc. がシードラウンドの資金調達を行いました" (hs12-deraru-blog-foretop): a legal form and a space first.
        r"(?:,?\s(?:Inc|Ltd|LLC|Corp|Co|GmbH)\.?)?[^\S\n]?(?:\([^)]{1,40}\)|（[^）]{1,40}）)?(?:は|が)"
        r"[^。]{0,90}?(?:資金調達|調達|出資を受け|確保|投資を誘致|投資を受け|(?:債券|社債)を発行し(?!ない))"
    ),
    # A line that is only a registered name: "メスキュージェナシス株式会社" above "調達金額 45,180,000円".
    re.compile(r"(?m)^(?:株式会社)?([^\s、。「」]{2,30}?)(?:株式会社)?$(?=[\s\S]{0,200}?(?:調達|資金))(?<=株式会社)"),
    # A sentence's topic under its legal form, the raise told in a later sentence: "株式会社パパゲーノは、「生きててよかった」と
    # ... 創業した。... 合計2,500万円を資金調達した" (b49-antenna-papageno-25m-yen-ja read the slogan), "株式会社TOWINGは"
    # (hs8-inquire-towing-pre-a-ja), "株式会社オルツは" (b20-ronpyousha-alt-d), "株式会社ispace(東京・中央区)は"
    # (b23-3rdin-ispace-mizuho-loan).
    re.compile(r"(?:^|[。\n])\s*株式会社([^\s、。「」(（]{2,30}?)(?:[(（][^)）]{1,20}[)）])?(?:は|が)"),
    # A quoted name, the weakest reading: "「WE GO-6」を制作中" names a product when the subject before は raised.
    re.compile(r"「([^」]{2,30})」"),
]


_FUNDING_WORD = re.compile(r"融资|融資|投资|投資|调达|調達|資金|资金|투자")
# No name: a short all-hiragana word (the copula "です" before "が" in "Foretop, Inc. ですが", hs12-deraru-blog-foretop),
# a year ("15年に", hs11-fbc-napopravku-donut-lab-ja). tuning_batch44 study. A pronoun ("其已完成") is left: refused, the
# search went on to another company's clause and lost hs8-hbryx-embodied-ai-lexiang-zh's second deal.
_FUNCTION_WORD = re.compile(r"^(?:[\u3041-\u309f]{1,4}|\d{1,4}年.{0,2})$")


def acceptable(raw: str, quoted: bool = False) -> str | None:
    # "ABEJA、Googleより資金調達": a release title quoted whole; its name is the part before the comma.
    if _FUNDING_WORD.search(raw):
        raw = re.split(r"[、，,]", raw)[0]
        if _FUNDING_WORD.search(raw):
            return None
    # "如此振奋人心的消息:KiteAI成功获得" (b44-68bbq-kiteai): a colon ends the lead-in; the name is what follows it.
    raw = re.split(r"[:：]", raw)[-1] if len(re.split(r"[:：]", raw)[-1]) >= 2 else raw
    name = without_report_verb(company_name(raw))  # "宇樹科技被曝確認": the report verb is no part of it
    if (
        len(name) < 2
        or _FUNCTION_WORD.match(name)
        or COMPANY_NOISE.match(name)
        or is_discourse_word(name)
        or re.fullmatch(r"[\d.,]+", name)
        or name.endswith(("的", "之"))
        # "中国の技術巨人たちが" (China's tech giants; b47-uniqorns-zhipu-2-5bn-yuan-ja): たち/達 after a plain kanji noun
        # pluralise people, a group of investors or players; a name of digits and の may end so ("23世紀の子供たち",
        # venturesquare-jp-23seiki-seed). 氏 (Mr/Ms) and 氏ら (and others) name people: "チャン・ユータオ氏らが、...
        # すでに資金調達を開始し" (b47-shoujike-moonshot-founders-arbitration-ja).
        or re.fullmatch(r"[\u4e00-\u9fff]{1,6}(?:たち|達)", name)
        or name.endswith(("氏", "氏ら"))
        or is_clause(name)  # "其已", "月間400万人以上", a quoted request with を (cjk_clause_name)
    ):
        return None
    # A quoted name may end in a kind word: 人工智能平台"小冰公司"宣布 (jjckb-xiaoice).
    if not quoted and name.endswith(("スタートアップ", "企業", "会社", "ベンチャー", "公司", "스타트업", "기업")):
        return None
    return name


def _quoted_speech(text: str, start: int, end: int) -> bool:
    """The span lies inside a 「...」 quotation without being the whole quoted name: a slogan's own topic.

    "「競合はフィットネスジム」遊休農地を活用した貸し農園を運営するアグリメディアが2.5億円を調達" (b30-weblettuce-agrimedia-250m-
    yen-globis-ja) gave 競合 ("the competitor is a gym", a quoted catchphrase) for アグリメディア; a name quoted whole
    ("現場向けSaaS「tebiki」が") ends at the closing bracket and stays."""
    before = text[:start]
    return before.rfind("「") > before.rfind("」") and text[end : end + 1] != "」"


def _matches(pattern: re.Pattern[str], text: str) -> Iterator[re.Match[str]]:
    """The pattern's matches, a quotation's own topic skipped and the search resumed right after it."""
    pos = 0
    while (m := pattern.search(text, pos)) is not None:
        quoted = _quoted_speech(text, m.start(1), m.end(1))
        if not quoted and not in_question(text, m.end(1)):  # "…為何能再次獲得資本加持?" (cjk_question)
            yield m
        # A clause read as a name may hold the subject: "...ニュースは久しぶりです:KiteAIが...資金調達" (cjk_clause_name).
        end = m.end(1) if quoted or is_clause(m.group(1)) else m.end(0)
        pos = end if end > m.start(0) else m.start(0) + 1


def company(text: str) -> str | None:
    relative = relative_topic(text)  # "「LEAP」を運営するseakは": the name after what it runs (cjk_ja_relative)
    if relative and (name := acceptable(relative)):
        return name
    for pattern in _COMPANY[:4]:
        for m in _matches(pattern, text):
            # "上海闪马智能科技有限公司(以下简称“闪马智能”)": the short name the text goes on to use.
            short = re.search(r"(?:简称|簡稱)[“\"「]([^”\"」]{2,20})[”\"」]", m.group(0))
            quoted = m.group(0)[m.end(1) - m.start(0) : m.end(1) - m.start(0) + 1] in ("”", "」", '"')
            name = acceptable(short.group(1) if short else m.group(1), quoted)
            if name:
                return name
    korean = korean_raiser(text) or bare_korean_raiser(text)  # "X 4600억 원 규모의 유상증자를 마무리했다"
    korean = korean or this_company_raiser(text)  # "이 회사는 ... 투자를 따냈다. ... ‘트웰브랩스’다"
    korean = korean or round_topic_raiser(text)  # "X는 ... 개발합니다. ... Series A를 유치하며" (cjk_ko_round_topic)
    if korean and (name := acceptable(korean)):
        return name
    for pattern in _COMPANY[4:] if FUNDING.search(text) else []:  # no funding word: an essay names no raiser
        for m in _matches(pattern, text):
            name = acceptable(m.group(1))
            if name:
                return name
    return None
