"""The operator a Japanese or Chinese fund text names by its role, over the sponsors that are the sentence's subject.

A regional fund is told by the banks, unions or city that set it up ("静岡銀行と…八十二銀行、山梨中央銀行の地方銀行3行は
1日、…投資ファンドを設立した", "いわき信用組合…など全国の9信組は…投資ファンドを設立", "將部分存量武漢産業基金…注入
武漢金控集團,並組建江城基金"); the firm that runs it comes later in a role clause: "ファンドの運営や管理は静岡銀傘下の静岡
キャピタルが担う" (f23-jiji), "恒信サービス(東京都)、フューチャーベンチャーキャピタル(京都府)の2社が主体となりファンドを
運営する" (f23-minyu), "その可否を判断する審査委員会はFVCが担う" (f20-chunichi), "由武漢金控集團履行投資管理主體責任"
(f23-cri). The subject rules read the sponsors ("地方銀行3行") or a fragment ("農業法人向け投資ファンドの"); the role
names the manager, as `fund_roles` reads "由X作为基金管理人" and "운용은 X가 맡았다". tuning_funds23 first sight: fund
manager 0.333.
"""

from __future__ import annotations

import re

_NAME = r"[^\s、,，。「」『』()（）の]{2,30}?"
_PLACE = r"(?:[(（][^)）]{1,10}[)）])?"
_ROLES = (
    # "(ファンドの)運営や管理は…Xが担う", "審査委員会はXが担う": the role first, the firm as its subject.
    re.compile(
        rf"(?:運営|管理|運用|審査)[^。]{{0,20}}は(?:[^。、]{{0,20}}の)?({_NAME}){_PLACE}が(?:担う|担当する|担っている)"
    ),
    # "X(東京都)、Y(京都府)の2社が主体となりファンドを運営する": the first firm named.
    re.compile(rf"(?:^|[、。\s]|の)({_NAME}){_PLACE}、[^。]{{2,40}}?の[2-9二三四]社が主体となり(?:ファンドを)?運営"),
    re.compile(rf"(?:^|[、。\s]|の)({_NAME}){_PLACE}が主体となり(?:ファンドを)?運営"),
    # "由武漢金控集團履行投資管理主體責任", "由X负责基金的运营管理".
    re.compile(
        r"由([^，,。、由]{2,30}?)(?:履行|承担|承擔)(?:基金)?(?:投資|投资)?管理(?:主體|主体)?(?:責任|责任|職責|职责)"
    ),
    re.compile(r"由([^，,。、由]{2,30}?)(?:负责|負責)(?:基金的?)?(?:运营|運營)?(?:管理|运营|運營)"),
)
# A name says no particle at its end: "農業法人向け投資ファンドの", "事業者や" are fragments of a clause.
_FRAGMENT_END = re.compile(r"[やのをにとでもへがは]$")


def named_operator(text: str) -> str | None:
    """The firm a role clause names as running the fund; None when no such clause is in the text."""
    for pattern in _ROLES:
        m = pattern.search(text[:3000])
        if m and not _FRAGMENT_END.search(m.group(1)):
            return m.group(1)
    return None


def clause_fragment(name: str | None) -> bool:
    """A Japanese reading that ends on a particle is a piece of a clause, not a manager's name."""
    return bool(name) and bool(_FRAGMENT_END.search(name or "")) and not re.search(r"[A-Za-z]$", name or "")


# "盛岡信用金庫は盛岡市などと共同で20日、…「もりおか起業ファンド」を設立する" (f23-trims): a bank, credit union or VC
# firm as the topic of a fund's founding, when no role clause named another; the subject rules stop at the clause and
# read "事業者や". The firm-kind ending keeps a city or a ministry ("盛岡市は") out.
_TOPIC_FIRM = re.compile(
    r"(?:^|[。\n、])\s?([^\s、,，。「」『』()（）のはが]{2,20}?(?:銀行|信用金庫|信金|信用組合|信組|キャピタル|ベンチャーズ|"
    r"パートナーズ))は[^。]{0,80}ファンド[^。]{0,40}?(?:を)?(?:設立|組成)"
)


def topic_firm(text: str) -> str | None:
    """The bank or firm a Japanese fund founding is told of as its topic; None when none is."""
    m = _TOPIC_FIRM.search(text[:2000])
    return m.group(1) if m else None
