"""Words that open a sentence or frame a report, never the company: time adverbs, connectives, news bylines.

A sentence's first word is capitalised (or, in Chinese, simply first), so the name rules read it as the subject:
"Yesterday, the re-staking project Symbiotic announced ... a $5.8 million seed round" gave "Yesterday"
(hs7-coinlive-symbiotic-seed), "…首颗国产全功能GPU,同时完成了20亿元A轮融资" gave "同时" (hs7-shadafang-moore-threads-a),
and a machine-translated flash's byline "BlockBeats Nachrichten, 22. Januar, kündigte ... an" gave the outlet
(hs7-gate-sunrise-gpu-de). tuning_hs7 first score: company 0.550.
"""

from __future__ import annotations

import re

from talentintel.funding.openers import is_sentence_adverb

# The same classes in Chinese, Japanese and Korean: "同时" (at the same time), "此外" (besides), "随后" (then),
# "また" (also), "さらに" (further), "한편" (meanwhile), "또한" (also). Whole-span only: a name may start with 同.
_CJK = re.compile(
    r"同时|同時|与此同时|與此同時|此外|另外|另一方面|而且|并且|並且|随后|隨後|此后|此後|其中|其后|其後|然而|不过|不過|"
    # "再次" / "再度" (again): "LI.FI 再次獲得資本加注" gave 再次 (cjk6-kqgmpj-lifi-series-a-extension).
    # "不出意外,此次 C 轮融资由阿里巴巴集团领投" (as expected, ...; hs17-huxiu-sensetime-600m-series-c-alibaba-zh) gave
    # 不出意外 as a second deal's company: stance phrases (as expected, no doubt, sure enough, in fact).
    r"不出意外|不出所料|毫无疑问|果然|事实上|實際上|实际上|"
    r"再次|再度|因此|所以|昨天|昨日|今天|今日|明天|近日|日前|目前|最近|近期|当天|當天|同日|当日|當日|"
    r"また|さらに|一方|なお|同社|本日|昨日|今回|この度|このたび|"
    r"한편|또한|또|이어|이후|최근|어제|오늘|현재|아울러|특히|이에|그러나|하지만"
)
# A news outlet's byline written as the subject in a translation: "BlockBeats Nachrichten, 22. Januar, ...",
# "PANews Noticias". English "News" is left alone: "Ground News raised $x" names a company.
_BYLINE = re.compile(
    r"\S.{0,40}\s(?:Nachrichten|Noticias|Notícias|Nouvelles|Nieuws|Notizie|Haberleri|Новости|Tin\stức|뉴스|ニュース)"
)
# A Chinese report verb left on the name: "宇樹科技被曝確認完成C輪融資" gave "宇樹科技被曝確認"
# (hs7-ctmanga-embodied-ai-giants). "被曝" (was reported to), "被曝確認" (was reported to have confirmed).
# "成立仅一年的摩尔线程就获得了超30亿投资" gave "摩尔线程就": the adverb "就" (then, already) after the subject.
# "中行據報設立300億人幣科創母基金" (was reported to set up, hs18-etnet-boc-30bn-yuan-sci-tech-fof-zh) gave the fund
# manager "中行據報".
# "澳大利亚AI独角兽Firmus刚刚完成5亿澳元巨额融资" gave "Firmus刚刚": the adverbs "刚刚" (just now) and "已经" (already)
# before the verb (hs18-17daka-firmus-a500m-nvidia-ellerston-zh); doubled or two-character only, so a name ending in
# 刚 or 已 keeps it.
_CJK_REPORTED = re.compile(
    r"(?<=..)(?:(?:被曝|被爆|被传|被傳|传出|傳出|据悉|據悉|据报|據報)(?:已经|已經|已|确认|確認)?|就|刚刚|剛剛|已经|已經)$"
)


def is_discourse_word(name: str) -> bool:
    """`name` is a time adverb, a connective or a news byline: the frame of a sentence, not its subject."""
    name = name.strip().rstrip(",，、")
    return is_sentence_adverb(name) or bool(_CJK.fullmatch(name))


def is_byline(name: str) -> bool:
    """`name` is a news outlet's byline. Not yet a rejection in the company rules: rejecting "BlockBeats
    Nachrichten" left hs7-gate-sunrise-gpu-de with no company and so kind other (mean 0.632 -> lower); it waits for
    a reading of the parenthesised name ("Chiphersteller (Sunrise)")."""
    return bool(_BYLINE.fullmatch(name.strip().rstrip(",")))


def without_report_verb(name: str) -> str:
    """A Chinese name without the "was reported" verb or "就" glued after it: "宇樹科技被曝確認" -> "宇樹科技"."""
    return _CJK_REPORTED.sub("", name)
