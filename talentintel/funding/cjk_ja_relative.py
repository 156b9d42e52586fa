"""The Japanese raiser named after a relative clause that says what it runs, makes or sells.

"「LEAP」を運営するseakは9月1日、第三者割当増資による資金調達を実施" (b30-intelligentsweepingrobot-seak-leap-60m-yen-seed-ja)
gave 運営 (from the headline "「LEAP」運営が") and "ソーシャル基金サービス「Gojo」を現在開発中のBrainCatは11月2日、...総額5500万円を
調達" (seolpo-braincat-seed) gave the product Gojo: the object before the clause's verb (often a quoted product) is
what the company runs; the topic is the name right after the verb. Latin names may be lowercase ("seak").

Japanese also names the raiser in a "という" apposition before its kind word: "Zhipu AIという基盤モデル開発企業は、今年度
においてこれまでに25億元(3億4000万ドル)の資金調達を行った" (a foundation-model developer called Zhipu AI;
b47-uniqorns-zhipu-2-5bn-yuan-ja read 技術巨人たち, the tech giants, from the sentence before): the name is what という
follows, the kind word (企業, 会社, スタートアップ) the topic.

Korean says it the same way with an adnominal verb: "기업용 AI 솔루션을 만드는 서벌(Serval)은 최근 약 4700만 달러 ... 시리즈 A
투자를 받았다고 밝혔습니다" (b32-aipick-serval-47m-series-a-redpoint-ko) gave 만드 ("makes"), the verb's stem.
"""

from __future__ import annotations

import re

_RUNS = r"(?:運営|開発|提供|展開|手がけ|手掛け|販売|製造|研究開発)"
_NAME = (
    r"(?P<name>(?<![A-Za-z])[A-Za-z][\w.&'’-]*(?:\s[A-Za-z0-9][\w.&'’-]*){0,4}|"
    r"[\u30a0-\u30ff\u4e00-\u9fff][\u30a0-\u30ff\u4e00-\u9fffA-Za-z0-9]{1,19}?)"
)
_RELATIVE_TOPIC = re.compile(
    r"を[^、。「」]{0,6}?"
    + _RUNS
    + r"(?:する|している|中の|中)(?:株式会社)?"
    + _NAME
    + r"(?:株式会社)?(?:\([^)]{1,40}\)|（[^）]{1,40}）)?(?:は|が)、?[^。]{0,90}?(?:資金調達|調達|出資を受け|獲得)"
)


_KO_RUNS = r"(?:만드는|만든|개발하는|개발한|운영하는|제공하는|서비스하는|선보인|판매하는|운영\s중인|개발\s중인)"
_KO_RELATIVE_TOPIC = re.compile(
    r"(?:을|를)\s" + _KO_RUNS + r"\s(?P<name>[가-힣A-Za-z][가-힣A-Za-z0-9]{1,19})(?:\([^)]{1,40}\))?(?:은|는|이|가)\s"
    r"[^.。]{0,90}?(?:투자|유치|조달)"
)


_CALLED_TOPIC = re.compile(
    _NAME.replace("(?P<name>", "(?P<name>(?<![\\u30a0-\\u30ff\\u4e00-\\u9fff])", 1)
    + r"という[^、。「」]{0,15}?(?:企業|会社|スタートアップ|ベンチャー)(?:は|が)、?[^。]{0,90}?(?:資金調達|調達|出資を受け)"
)


# "中国のグラフィックス処理ユニット設計スタートアップであるMetaX Integrated Circuitsは、10億元 (...) のシリーズAラウンドを
# 終了しました" (tuning_batch50): "XであるY" is "Y, which is X"; after a kind word the topic Y is the raiser.
_COPULA_TOPIC = re.compile(
    r"(?:企業|会社|スタートアップ|ベンチャー|メーカー)である"
    + _NAME
    + r"(?:\([^)]{1,40}\)|（[^）]{1,40}）)?(?:は|が)、?[^。]{0,90}?(?:資金調達|調達|出資を受け|ラウンドを(?:終了|完了|実施))"
)


# "データセンターを開発・運営するSPC(特別目的会社)のハイレゾ香川に対して出資すると発表した" (tuning_batch50): investors'
# money goes "to" (に対して) the vehicle or startup named after its kind word; that name is the raiser.
_INVESTEE = re.compile(
    r"(?:SPC|特別目的会社|新興企業|スタートアップ|ベンチャー企業)(?:\([^)]{1,12}\)|（[^）]{1,12}）)?(?:の|である)"
    + _NAME
    + r"に(?:対して|対し)?(?:出資|投資)(?:する|した|し|を)"
)


def relative_topic(text: str) -> str | None:
    """The name a Japanese or Korean relative clause of what it runs, or a Japanese "XというY企業は" apposition,
    introduces as the raise's topic, if any."""
    m = (
        _RELATIVE_TOPIC.search(text)
        or _KO_RELATIVE_TOPIC.search(text)
        or _CALLED_TOPIC.search(text)
        or _COPULA_TOPIC.search(text)
        or _INVESTEE.search(text)
    )
    return m.group("name") if m else None
