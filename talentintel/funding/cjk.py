"""Chinese, Japanese and Korean deal language: amounts in 万/億/亿/억, round names, leads and the raising company.

Examples the rules are written for (all from real announcements): "宣布新获1亿元人民币D+轮融资", "完成3亿元人民币A轮融资，
由GGV纪源资本领投", "本輪融資由阿里巴巴集團領投", "1.2亿美元（约合人民币8.7亿元）的天使轮融资", "1600억원 가량의 투자금",
"시리즈B 투자 유치", "KT가 투자를 주도", "シリーズBラウンドで約200億円の調達を実施", "1600万ドルを調達".
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from talentintel.funding.cjk_company import FUNDING, company
from talentintel.funding.cjk_currency import named_before
from talentintel.funding.cjk_fund_as import without_as
from talentintel.funding.cjk_generic import generic_investor
from talentintel.funding.cjk_ko_ticket import is_ticket, states_raise
from talentintel.funding.cjk_lead_clean import lead_clean
from talentintel.funding.cjk_lead_patterns import LEAD_PATTERNS
from talentintel.funding.cjk_lead_split import split_lead_list
from talentintel.funding.cjk_names import COMPANY_NOISE
from talentintel.funding.cjk_names import clean as _clean
from talentintel.funding.company_discourse import without_report_verb
from talentintel.funding.segment_clauses import KO_DATIVE_SUM
from talentintel.funding.text_repairs import PINYIN_READING

_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]")
_UNIT = {
    "万": 1e4,
    "萬": 1e4,
    "만": 1e4,
    "千万": 1e7,
    "千萬": 1e7,
    "천만": 1e7,
    "百万": 1e6,
    "百萬": 1e6,
    "亿": 1e8,
    "億": 1e8,
    "억": 1e8,
    "兆": 1e12,
    "조": 1e12,
}
_CURRENCY = {
    "美元": "USD",
    "美金": "USD",
    "米ドル": "USD",
    "ドル": "USD",
    "달러": "USD",
    "美圆": "USD",
    # "硬件钱包 Ledger 也完成1亿欧元融资" (hs12-cryptodao-week-2023-04-eigenlabs-zh) read 1亿 yuan: euros and pounds.
    "欧元": "EUR",
    "歐元": "EUR",
    "ユーロ": "EUR",
    "유로": "EUR",
    "英镑": "GBP",
    "英鎊": "GBP",
    "人民币": "CNY",
    "人民幣": "CNY",
    "元": "CNY",
    "円": "JPY",
    "日元": "JPY",
    "日圓": "JPY",
    "엔": "JPY",
    "원": "KRW",
    "韩元": "KRW",
    "韓元": "KRW",
    "ウォン": "KRW",
    "港元": "HKD",
    "港币": "HKD",
    "港幣": "HKD",
    "新台币": "TWD",
    "新台幣": "TWD",
}
_unit_alt = "|".join(sorted(_UNIT, key=len, reverse=True))
_cur_alt = "|".join(sorted(_CURRENCY, key=len, reverse=True))
_AMOUNT = re.compile(
    rf"(?P<num>\d{{1,3}}(?:,\d{{3}})+(?:\.\d+)?|\d+(?:\.\d+)?)\s?(?P<unit>{_unit_alt})?\s?(?P<cur>{_cur_alt})?"
)
# "近" (nearly), "约/約/약" (about), "超/逾/以上" (more than) keep the stated number.
# "星海科技迄今共融资约10亿元", "至今已融资": the running total since founding (running_total_intl, fund83).
# "自ChatGPT出现至今的最大一笔单轮融资,10亿美元" (hs14-ip-moonshot-ai-1bn-round-alibaba-meituan-zh, holdout_s14): "the
# largest single round to date" ranks this round; 至今/迄今 before a superlative is no running total.
_RECORD_SINCE = re.compile(r"(?:至今|迄今)(?:为止|為止)?的?最")
# A project's whole cost is no round: "2拠点の総投資額は約200億円" (the two data-centre sites' total investment,
# tuning_batch50's ハイレゾ香川, whose equity has no figure).
# "ポスト・バリュエーションは約2倍の2,519億円" (b61-thestartupjp-mercari): the katakana loanword, and its tail "エーション"
# because the 12-character window can cut the word's head off.
_VALUATION = re.compile(
    r"估值|評価額|评估|기업가치|밸류|时价|時価|市值|市値|누적|累计|累計|总额超过|合計|迄今|至今|総投資額|総事業費|"
    r"バリュエーション|ュエーション"
)
# The valuation named after its figure: "2,000億ドルの評価額で100億ドルを調達しました" (hs19-memeinsider-nvidia-openai-100bn-
# xai-10bn-ja, fund82), "以1000亿美元的估值", "3조원의 기업가치로": "the valuation of N", not the sum raised.
_RAISED_OBJECT = re.compile(r"\s?を(?:資金)?調達")
# Markdown emphasis may close between them: "**300億ドル**の企業価値評価" (hs20-helloprompt-anthropic-series-g-
# valuation-only-ja, fund84).
# Post- or pre-money between them: "以615亿美元的投后估值筹集了35亿美元" (b61-aivc-anthropic-3-5bn-series-e, first score:
# the 61.5bn valuation taken), "615亿美元投后估值", "ポスト・マネー評価額".
# Korean hedges the figure before its noun, and may say "value" without "company": "1조 원 이상의 기업가치평가"
# (b61-newsworker-yanolja-180m-usd-2128eok-won-gic-booking-ko), "3조 가치를 인정받고" (b17-1cup-daangn), "2조 5천억 원대의
# 기업가치 인정" (b64-kdfnews-musinsa), "약 10조원 수준의 기업가치" (techm-kakaoent-1trn): each a valuation (amount_f26).
_VALUATION_AFTER = re.compile(
    r"(?:\*{1,2}|_{1,2})?\s?(?:の|的|(?:규모|이상|이하|수준|가량|정도|대)의|대|의)?\s?"
    r"(?:投后|投後|投前|ポスト・?マネー(?:の)?|プレ・?マネー(?:の)?|포스트\s?머니|프리\s?머니)?"
    r"\s?(?:評価額|企業価値|時価総額|估值|估價|기업\s?가치|밸류에이션|バリュエーション|가치(?=평가|를|로|가|에|\s?인정))"
)
_ROUND = [
    (re.compile(r"pre-?\s?seed|プレシード|프리\s?시드", re.I), "pre_seed"),  # "Pre-Seed轮" (hs8)
    (re.compile(r"(?:种子|種子|天使|엔젤|시드|シード|エンジェル)(?:轮|輪|라운드|ラウンド)?|seed", re.I), "seed"),
    (re.compile(r"(?:pre-?|プレ|프리)\s?(?:a|series ?a|シリーズa|시리즈\s?a)", re.I), None),
    # "战投" / "戰投" abbreviates 战略投资: "地平线官宣获得奇瑞汽车战投并完成交割" (hs17-wallstreetcn-horizon-robotics-...).
    # A loan: Japanese "ローン契約" (not inside a katakana word: "AIクローン"), "借入", Chinese "贷款", Korean "대출":
    # "Macquarie Groupと最大3億ドルのローン契約を締結" (hs17-gfa-bitfarms-300m-macquarie-loan-ja). Not 融資: Japanese
    # translations of Chinese news keep its sense of any raise ("19億元のAラウンド融資", c5-mobyinfo-byd-semiconductor).
    # Bonds issued, not planned ("発行する計画"): "20億ドルの債券を発行し" (hs18-csrqoa-black-pearl-compute-2bn-notes-ja).
    (
        re.compile(
            r"(?<![\u30a1-\u30fa・ー])ローン(?![\u30a1-\u30fa・ー])|借入|貸付|贷款|貸款|대출|(?:債券|社債)を発行し(?!ない)"
            # ... but "融資契約" is a loan agreement in any translation: "鶴岡信用金庫と50億円の融資契約を結んだ"
            # (b64-wwdjapan-spiber-65-oku-yen-loans-lease, amount_f26).
            r"|融資契約"
        ),
        "debt",
    ),
    (
        re.compile(r"(?:战略|戰略|전략적?)(?:融资|融資|투자|轮|輪|投资(?![者人方])|投資(?![者人方]))|战投|戰投"),
        "strategic",
    ),
]
_LETTER = re.compile(
    r"(?<![a-z])([a-f])\+?\s?(?:轮|輪|라운드|ラウンド)|(?:시리즈|シリーズ|series)\s?([a-f])(?![a-z])", re.I
)
_LEAD = LEAD_PATTERNS


# A name may hold Latin words with spaces ("初創企業Dyna Robotics宣布完成") but no bracket, comma, stop or line break
# ("作者:Chloe" above "Polyhedra Network在這周宣布完成了", hs4-0xcj-polyhedra: a byline, not the name).
def has_cjk(text: str, share: float = 0.15) -> bool:
    chars = [c for c in text if not c.isspace()]
    return bool(chars) and sum(1 for c in chars if _CJK.match(c)) / len(chars) >= share


@dataclass
class CjkDeal:
    company: str | None = None
    amount: float | None = None
    currency: str | None = None
    original: str | None = None
    round: str | None = None
    leads: list[str] = field(default_factory=list)


def _amounts(text: str, default_currency: str | None) -> list[tuple[int, float, str, str]]:
    found = []
    for m in _AMOUNT.finditer(text):
        unit, cur = m.group("unit"), m.group("cur")
        if not unit and not cur:
            continue
        if not cur:
            # "50억" in a Korean text is won; a bare "3亿" in Chinese is yuan.
            if unit in ("억", "만", "조", "천만"):
                cur = "원"
            elif default_currency is None:
                continue
        currency = _CURRENCY.get(cur, default_currency) if cur else default_currency
        if cur in (None, "元"):
            currency = named_before(text, m.start()) or currency  # "新台幣3億元" is Taiwan dollars (cjk_currency)
        if currency is None:
            continue
        value = float(m.group("num").replace(",", "")) * (_UNIT[unit] if unit else 1.0)
        if value < 10_000:
            continue
        found.append((m.start(), value, currency, m.group(0)))
    return found


def _stated_later(text: str, original: str) -> str | None:
    """The currency the text writes after the same figure elsewhere, for a figure written bare: "融资3.5亿" in a
    headline over "宣布完成3.5亿美元的A轮融资" in the body (b41-cninvesting-apptronik-350m-series-a-zh read yuan)."""
    if re.search(rf"(?:{_cur_alt})$", original):
        return None
    m = re.search(rf"(?<![\d.]){re.escape(original.strip())}\s?({_cur_alt})", text)
    return _CURRENCY[m.group(1)] if m else None


# "오픈엣지테크놀로지에는 50억원을,": an investment whose shared verb was cut off with the next clause (segment_clauses).
_KO_CLAUSE_CUT = re.compile(rf"{KO_DATIVE_SUM},$")
# Raise verbs FUNDING (which also finds raisers) leaves out: "以615亿美元的投后估值筹集了35亿美元资金" (b61-aivc-anthropic: the
# round's only sentence, so a later related post's G round was taken), "約50億円の増資を実行" (b61-thestartupjp-mercari).
_RAISE_VERB = re.compile(r"筹集|籌集|筹得|籌得|募得|増資を(?:実施|実行|行)")
# The raise this one follows is an earlier one: "総額101.5億円の第三者割当増資に続く追加投資" (b68-venturetimes-ispace, the
# December 2017 allotment taken for the add-on at first sight, amount_f27); the same "に続く" names the predecessor at two
# more tuning publishers ("59億円)に続く3号目のファンド", thebridge-chibadojo-3; "60億円の2号ファンドに続く", coralcap-fund3).
_FOLLOWED = re.compile(r"[^、。,]{0,16}?に続(?:く|き)")


def _amount(text: str) -> tuple[float, str, str] | None:
    """The round's size: the first amount in a sentence about funding that is not a valuation or a total."""
    default = "CNY" if re.search(r"融资|融資|领投|領投", text) else None
    # "近亿元" (nearly a hundred million yuan): the unit alone stands for one of it.
    text = re.sub(r"(?<=[近约約超逾过過])(?=[亿億억])", "1", text)
    raise_told = states_raise(text)  # an investor's own ticket gives way to the raise the text states (cjk_ko_ticket)
    for sentence in re.split(r"(?<=[。！？!?])\s*|(?<=\.)(?!\d)\s*|\n", text):
        if not (FUNDING.search(sentence) or _KO_CLAUSE_CUT.search(sentence) or _RAISE_VERB.search(sentence)):
            continue
        told = 0  # where the last valuation named after its figure ends: its noun is no valuation for the next sum
        for start, value, currency, original in _amounts(sentence, default):
            window = max(told, start - 12)
            marker = _VALUATION.search(sentence[window:start])
            # "合計2,500万円を資金調達した": the sum of this raise's parts (b49-antenna-papageno-25m-yen-ja), not a total.
            parts_sum = marker and marker.group(0) == "合計" and _RAISED_OBJECT.match(sentence, start + len(original))
            record = marker and _RECORD_SINCE.match(sentence, window + marker.start())
            if marker and not parts_sum and not record:
                continue
            if raise_told and is_ticket(sentence, start, original):
                continue
            after = _VALUATION_AFTER.match(sentence, start + len(original))
            if after:
                told = after.end()
                continue
            if _FOLLOWED.match(sentence, start + len(original)):
                continue  # an earlier raise the news follows ("...億円の第三者割当増資に続く追加投資")
            return value, _stated_later(text, original) or currency, original
    return None


def _round(text: str) -> str | None:
    """The round named first: "Pre-A战略轮融资 ... 天使轮股东" is a pre-A round whose seed investors added more."""
    found: list[tuple[int, str | None]] = []
    letter = _LETTER.search(text)
    if letter:
        found.append((letter.start(), f"series_{(letter.group(1) or letter.group(2)).lower()}"))
    for pattern, name in _ROUND:
        m = pattern.search(text)
        if m:
            found.append((m.start(), name))
    return min(found, key=lambda f: f[0])[1] if found else None


_THIS_ROUND = re.compile(r"^(?:本轮|本輪|此次|该轮)")
# A lead told for the round before: "这是继上轮北京人工智能产业基金领投后,再获资本青睐" (b41-iyiou-luchen-new-round-zh,
# whose round has one participant and no lead).
_PRIOR_ROUND = re.compile(r"上一?[轮輪]|前一[轮輪]|此前")


def _leads(text: str) -> list[str]:
    for pattern in _LEAD:
        # "전문 벤처로부터 5억원 투자 유치" (a headline's category word) names no investor; a later match may.
        found = (m for m in pattern.finditer(text) if not generic_investor(m.group(1)))
        m = next((m for m in found if not _PRIOR_ROUND.search(m.group(1))), None)
        if m:
            # "中国構造改革基金と中国インターネット投資基金": と joins two names after a fund's word as well.
            names = split_lead_list(m.group(1))  # "百度+快手", "「A」と「B」" too (cjk_lead_split)
            # "ジョシュ・クシュナー氏が率いるベンチャーキャピタル、スライブ・キャピタル": the first item describes the second.
            names = [n for n in names if not re.search(r"率いる|氏が|が運営する", n)]
            names = [re.sub(r"^.*?(?:获得|獲得|获|獲)(?=.{2,})", "", n) for n in names]
            out = [lead_clean(n, _clean(n)) for n in names if len(_clean(n)) >= 2 and not _THIS_ROUND.match(n)]
            if out:
                return out
    return []


# A sentence about earlier rounds: "在最新一轮融资之前,2023年4月,面壁智能完成天使轮融资,由知乎领投".
_HISTORY = re.compile(r"之前|此前|以前|曾[经經]?|이전|지난해|前回|これまで")


# "지난해 50억원의 시리즈A를 유치한 데 이어 이번에 200억원 규모의 시리즈B": what follows "this time" is this round.
_THIS_TIME = re.compile(r"이번에|今回は|今般")


def _current(text: str) -> str:
    kept = []
    for sentence in re.split(r"(?<=[。！？!?])|\n", text):
        if not _HISTORY.search(sentence):
            kept.append(sentence)
            continue
        marker = _THIS_TIME.search(sentence)
        if marker and not _HISTORY.search(sentence, marker.end()):
            kept.append(sentence[marker.end() :])  # the history is before "이번에"; this round follows it
    return "".join(kept) if kept else text


def extract(text: str) -> CjkDeal:
    """What the CJK deal language of `text` says; fields it does not state stay None/empty."""
    # "領(lǐng)投方為": pinyin annotations a page writes after characters hide the words from every rule.
    now = _current(PINYIN_READING.sub("", text))
    deal = CjkDeal(round=_round(now), leads=_leads(now), company=company(text))
    # "获得数亿元人民币Pre-IPO轮战略投资": a raise with no figure; an earlier round's figure is not this one's.
    vague = re.search(r"(?:数|數|几|幾)(?:十|百|千)?(?:万|萬|亿|億)|수(?:십|백|천)\s?억", now)
    found = _amount(now) if vague else (_amount(now) if _THIS_TIME.search(text) else None) or _amount(text)
    if found:
        deal.amount, deal.currency, deal.original = found
    return deal


_FUND_MANAGER = [
    re.compile(r"^\s*([^\s,，、。:：「」]{2,20}?)(?:는|은|が|は)\s?"),
    re.compile(r"(?:^|[，,。\s])([^\s,，、。:：「」]{2,20}?)(?:已经|已|正式|正在)?(?:完成|宣布|[设設]立|募[集资資])"),
]


_PERSON_FOUNDED = re.compile(r"が(?:設立した|創業した|創設した|率いる|立ち上げた)([^\s、。がはの]{2,30}?)(?:が|は)")


def fund(text: str) -> CjkDeal:
    """A fund close in CJK text: the manager before its particle or verb ("LB인베스트먼트는 ... 펀드를 결성했다",
    "星界资本完成50亿元人民币基金募集") and the fund's size, the amount said to be its 규모/规模/規模 first."""
    found = CjkDeal()
    for pattern in _FUND_MANAGER:
        m = pattern.search(text)
        if m and not COMPANY_NOISE.match(m.group(1)):
            # "作为中科创星首次…" (cjk_fund_as); "中行據報設立" (was reported to set up, company_discourse)
            found.company = _clean(without_report_verb(without_as(m.group(1)))) or None
            # "エスター・ウォン氏が設立した3C・AGIパートナーズが開始する…ファンド": a person (氏) founded the firm that
            # runs the fund; the firm is the manager (f21-newsdigtbs-3c-agi-second-ai-fund-50m-first-close).
            founded = _PERSON_FOUNDED.match(text, m.end(1)) if m.group(1).endswith("氏") else None
            found.company = founded.group(1) if founded else found.company
            break
    default = "CNY" if re.search(r"基金|元", text) and not re.search(r"円|원", text) else None
    amounts = _amounts(text, default)
    sized = [a for a in amounts if re.match(r"\s?(?:규모|规模|規模)", text[a[0] + len(a[3]) : a[0] + len(a[3]) + 4])]
    if sized or amounts:
        _, found.amount, found.currency, found.original = (sized or amounts)[0]
    return found
