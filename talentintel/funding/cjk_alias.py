"""The raiser a CJK release names by the short form it defines: "X株式会社(以下、X)は…資金調達を行った".

Releases in all three languages introduce the announcing company once by its registered name and a short form, then
make it the subject: "将来宇宙輸送システム株式会社(以下、将来宇宙輸送システム)は、…総額5.5億円の資金調達を行った",
"廣州粵芯半導體技術有限公司(以下簡稱“粵芯半導體”)宣布近日正式完成二期項目融資", "…(이하 X)는 …투자를 유치했다".
The short form is the name the rest of the text uses. Before this rule the round path read "今回の時事ネタ" and "宣布"
for these (tuning_cjk4). An investor introduced the same way is not taken: the alias must be the subject (a topic
particle or an announcing verb right after it) of a sentence that raises money, not one that invests in another.
"""

from __future__ import annotations

import re

_ALIAS = re.compile(
    # "(GalaxyBot,下稱“銀河通用”)": the romanised name may come first (b23-newpharmacy-galbot-angel-7-yi)
    r"[(（]\s?(?:[A-Za-z][\w .&-]{0,30}[,，、;；]\s?)?(?:以下(?:简称|簡稱|称|稱)?|下(?:称|稱)|(?:简称|簡稱)|이하)\s?[、,，:：]?\s?"
    r"[“\"「『'‘]?(?P<alias>[^”\"」』'’()（）、,，。\s]{2,24})[”\"」』'’]?\s?(?:という。?|と(?:いう|呼ぶ))?[)）]"
)
# What makes the alias the sentence's subject: a Japanese/Korean topic or subject particle, or a Chinese announcing verb.
_SUBJECT = re.compile(
    r"^\s?(?:[はが]|(?:은|는|이|가)\s|[,，]?(?:\d{1,2}月\d{1,2}日|近日|日前|今日|今天|同日)?[,，]?"
    # "銀河通用)最新宣布完成天使輪融資": an adverb of time before the announcing verb (b23-newpharmacy-galbot-angel-7-yi)
    r"(?:最新|最近|近期|刚刚|剛剛|再度|再次|今年)?(?:正式)?"
    r"(?:宣布|官宣|完成|获得|獲得|获|獲|成功|已))"
)
_RAISE = re.compile(
    r"資金調達|を調達|調達を(?:実施|行)|出資を受け|増資|融资|融資|募资|募資|투자를?\s?유치|투자금|유치했|투자를\s?받|투자받"
)
# The subject invests in someone else: "…に出資", "对…进行投资", "…에 투자했다".
_INVESTS = re.compile(r"に出資|へ出資|[对對][^。]{1,30}?(?:投资|投資)|에\s?(?:\S+\s)?투자(?:했|한|하)")


def alias_raiser(text: str) -> str | None:
    """The short form defined for the company that raises in its own sentence, or None."""
    for m in _ALIAS.finditer(text):
        after = text[m.end() :]
        if not _SUBJECT.match(after):
            continue
        sentence = re.split(r"[。\n]|(?<=[다])\.", after, maxsplit=1)[0]
        if _RAISE.search(sentence) and not _INVESTS.search(sentence):
            return m.group("alias")
    return None
