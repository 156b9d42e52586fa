"""The raiser as the subject of a Chinese or Japanese sentence the CJK name rules cut wrong (tuning_cjk5).

Chinese news often says the company "stated" its raise: "…品牌遠程汽車(Farizon)表示,完成A輪融資" and "…企業凡客(VANCL)
於周二晚表示,近日已完成逾1億美元的第7輪(G輪)融資". The name rule of `cjk` wants the verb right after the name, so it
read nothing in the first sentence and took a later one ("遠程汽車去年10月完成Pre-A輪融資" gave "遠程汽車去年") or none.
A round may also be the subject with its company written onto it: "依圖科技新一輪融資完成首次交割" (the rule read the
report frame before it, "多方消息稱").

Names the rules did read can carry a word of time after them ("遠程汽車去年") or, in Japanese, a topic particle and an
adverb of time ("EFポリマーはこの度"); neither is part of the name.
"""

from __future__ import annotations

import re

from talentintel.funding.cjk_names import COMPANY_NOISE, company_name
from talentintel.funding.text_repairs import PINYIN_READING

_NAME = r"([^\s，,。、（(）)“”\"「」【】\[\]:：;；]{2,40}?)"
_ALIAS = r"(?:\([^)]{1,30}\)|（[^）]{1,30}）)?"
# "X(Latin)表示,完成…融資", "X於周二晚表示,近日已完成…融資", "X稱,已獲得…融資", "X透露,其…完成…融資": the
# subject says it raised.
_SAID_RAISE = re.compile(
    rf"(?:^|[，,。\s》」”])(?:[^，,。\s]{{0,20}}?(?:企业|企業|品牌|公司|平台|(?:创企|創企)(?![业業])))?{_NAME}{_ALIAS}"
    r"(?:(?:于|於)[^，,。]{1,8}?)?(?:表示|稱|称|宣布|宣佈|透露)[,，]\s?(?:近日|日前|今日|今天)?[,，]?"
    # "硅基流動透露,其在2024年末成功完成了Pre-A輪融資" (hs9-shengjixing-siliconflow-pre-a-zh): the pronoun 其, a time
    # and 成功 (successfully) between the verb of saying and the raise.
    r"(?:其)?(?:(?:在|于|於)[^，,。]{1,12}?)?(?:已經|已经|已)?(?:成功)?"
    r"(?:完成|獲得|获得)[^。]{0,30}?(?:融資|融资)"
)
# "依圖科技新一輪融資完成首次交割", "X最新一轮融资已完成": the round, its company written onto it, then its close.
_ROUND_SUBJECT = re.compile(
    rf"(?:^|[，,。\s》」”]){_NAME}的?(?:新一[輪轮]|最新一[輪轮]|本[輪轮])(?:融資|融资)(?:已經|已经|已)?(?:完成|落定|交割)"
)
# "苏州跑出一个潜力独角兽：中科博芯，完成逾千万元天使轮融资" (b41-qq-zhongke-boxin-angel-zh): the name set off between a
# colon that closes its description and the comma before the raise.
_COLON_NAME = re.compile(
    rf"[：:]\s?{_NAME}[，,](?:已經|已经|已)?(?:成功)?(?:完成|獲得|获得)[^。]{{0,30}}?(?:融資|融资)"
)
# A report's frame is no name: "多方消息稱", "據悉", "知情人士透露".
_REPORT_FRAME = re.compile(r"(?:消息|人士|媒体|媒體|报道|報道)(?:称|稱|透露|指出)?$|^(?:据|據)")
# Words of time written after the name: "遠程汽車去年", "X今年", "X此前".
_TIME_AFTER = re.compile(r"(?<=..)(?:去年|今年|前年|此前|近日|日前|今日|今天|昨日|昨天|本月|上月|近期|目前|最近)$")
# "EFポリマーはこの度", "アクメは今回": the topic particle and an adverb of time.
_JA_TOPIC_TIME = re.compile(r"(?<=..)(?:は|が)(?:この度|このたび|今回|今般|本日|同日)$")


# "启元世界也于同日宣布,已经完成" (jjckb-xiaoice): an adverb between the name and its clause.
_ADVERB_AFTER = re.compile(r"(?<=..)(?:也|还|還|则|則|又)$")


def _name(raw: str) -> str | None:
    # "潞晨科技今天宣布,已完成最新一轮融资" (b41-pingwest-luchen-new-round-zh read "潞晨科技今天"): a word of time
    # between the name and its verb of saying, as after the names the other rules read.
    name = _TIME_AFTER.sub("", _ADVERB_AFTER.sub("", company_name(raw)))
    if len(name) < 2 or _REPORT_FRAME.search(name) or COMPANY_NOISE.match(name):
        return None
    return name


def said_raiser(text: str) -> str | None:
    """The company a Chinese sentence says stated its raise, or whose new round closed; None when no such sentence."""
    plain = PINYIN_READING.sub("", text)
    for pattern in (_SAID_RAISE, _ROUND_SUBJECT, _COLON_NAME):
        for m in pattern.finditer(plain):
            name = _name(m.group(1))
            if name:
                return name
    return None


def trimmed(name: str | None) -> str | None:
    """A name read by the rules without a word of time or a Japanese topic particle written after it."""
    if not name:
        return name
    return _JA_TOPIC_TIME.sub("", _TIME_AFTER.sub("", name))


def report_frame(name: str | None) -> bool:
    """The name the rules read is a report's frame ("多方消息稱"), not a company."""
    return bool(name) and bool(_REPORT_FRAME.search(name or ""))
