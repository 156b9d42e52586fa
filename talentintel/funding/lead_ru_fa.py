"""Leads in Russian and Persian texts, whose Latin-script investor names the English lead phrases never reach.

Missed on tuning_hs20 (session 20's holdout, fund84):
- Russian, the lead as the subject of "возглавил(а) раунд" (led the round): "Компания Prima Materia, основанная Дэниелом
  Эком ..., возглавила инвестиционный раунд на сумму 600 млн евро в ... Helsing" (hs20-glavnoe-helsing-600m-eur-prima-
  materia-ru); in a parenthesis after the name: "iTech Capital (он возглавил раунд на $20 млн)" (hs20-tkrf-bitfury-20m-
  round-itech-capital-profile-ru);
- Russian after the round: "под руководством Pantera Capital", "во главе с X" (led by; deals_ru reads them only in its
  own headline reader, b43-gncrypto-karak-48m-series-a-ru);
- Persian "با رهبری Lightspeed و Khosla Ventures" (led by Lightspeed and Khosla Ventures; "و" is "and") (hs20-deepto-
  dualentry-90m-series-a-lightspeed-khosla-fa).
"""

from __future__ import annotations

import re

# "iTech Capital": a lower-case letter before a capital starts a name too.
_NAME = r"(?<!\w)(?:[A-Z]|[a-z](?=[A-Z]))[\w.&'’-]*(?:\s(?:[A-Z0-9][\w.&'’-]*|&))*"
_LATIN_NAME = re.compile(_NAME)
_RU_LED = re.compile(r"(?<![\u0400-\u04ff])возглавил[аои]?\s(?:[\u0400-\u04ff]+\s)?раунд")
_RU_PAREN = re.compile(rf"({_NAME})\s\((?:он|она|они)\s$")
_LED_BY = re.compile(
    rf"(?:(?<![\u0400-\u04ff])(?:под\sруководством|во\sглаве\sс|при\sлидерстве)|با\sرهبری)\s(?P<names>{_NAME}"
    rf"(?:(?:,\s|\sи\s|\sو\s){_NAME}){{0,3}})"
)
_SENTENCE_START = re.compile(r"[.!?\n]\s*")


def ru_fa_leads(text: str, company: str | None) -> list[str]:
    """The leads named by "под руководством X", "با رهبری X و Y", or as the subject of "возглавил раунд"."""
    m = _LED_BY.search(text)
    if m:
        return [n for n in re.split(r",\s|\sи\s|\sو\s", m.group("names")) if n and n != company]
    for led in _RU_LED.finditer(text):
        before = text[max(0, led.start() - 300) : led.start()]
        paren = _RU_PAREN.search(before)
        if paren and paren.group(1) != company:
            return [paren.group(1)]
        sentence = _SENTENCE_START.split(before)[-1]
        names = [n for n in _LATIN_NAME.findall(sentence) if n != company]
        if names:
            return [names[0]]
    return []
