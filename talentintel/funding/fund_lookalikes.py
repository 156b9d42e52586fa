"""Texts that read like a fund raise but announce none (tuning_funds15: kind 0.500 on first look, eight `other` texts
read as a fund or a round).

- A programme taking applications: "announced the launch and opening of applications for their decentralized Futures
  Program. Backed by 20M USD and 5M DOT" is a foundation's grants, not money raised from investors.
- A country's or a period's startup total said the Chinese way: "2024年台灣新創募資金額為33.4億美元".
- A retail investment trust: "新規設定した「…ファンド」は、当初設定額が6.46億円だった ... 国内公募投資信託" is a mutual fund
  sold to the public, not a venture fund closed.
- A prefecture's or a ministry's fund: "東京都は、…ファンド…を創設しました" is public money for a programme.
- A limited partner's own filing: "中車資本作為該基金有限合伙人認繳出資額90,000萬元" is the LP's commitment.
- A public programme's fund planned, not formed: "위탁운용사 최종 선정...결성예정액 600억원" (news2day).
- A fund launched with a target only, said in Spanish: "El objetivo del fondo ... es captar 150 millones de euros" (the
  fund has raised nothing yet; `fund_plans` reads the English forms).
"""

from __future__ import annotations

import re

# Applications for a programme, not for a product: "the launch and opening of applications for their decentralized
# Futures Program"; a startup that "opened applications for its beta" and raised is a round.
PROGRAM = re.compile(
    r"\b(?:open(?:s|ed|ing)?\s(?:of\s)?applications|applications\s(?:are\s)?(?:now\s)?open|(?:launch|opening)\s"
    r"of\sapplications)\s(?:for|to)\s(?:its|their|the|a|an)\s(?:[\w-]+\s){0,4}?"
    r"(?:program|programme|cohort|accelerator|grants?|fellowship|challenge)\b",
    re.IGNORECASE,
)
CJK_PERIOD_TOTAL = re.compile(
    r"(?:19|20)\d\d\s?年[^，。,]{0,10}(?:新創|新创|스타트업|スタートアップ)[^，。,]{0,6}"
    r"(?:募資|募资|融資|融资|投資|投资|資金調達)(?:金額|金额|總額|总额|額|额)"
)
# "결성예정액 600억원": the amount a fund is planned to be formed at, said with a public programme's GP selection.
KO_PLANNED = re.compile(r"결성\s?(?:예정액|예정\s?금액|목표액)")
# A prefecture, a city or a ministry creating a fund with its own money is a public programme, as `kind._PUBLIC_FUND`
# reads it in Korean and Chinese: "東京都は、…「官民連携インパクトグロースファンド」を創設しました ... 都の100億円の出資".
JA_PUBLIC_FUND = re.compile(
    r"(?:^|\n|。)(?:東京都|[\u4e00-\u9fff]{1,4}(?:都|道|府|県|市|区)|政府|[\u4e00-\u9fff]{1,6}省)(?:は|が)、?[^。]{0,100}"
    r"ファンド[^。]{0,60}(?:創設|設立|組成)"
)
RETAIL_FUND = re.compile(r"公募投(?:資)?信(?:託)?|当初設定額|投資信託の設定")
ZH_LP = re.compile(r"作[为為](?:该|該)?基金(?:的)?有限合[伙夥]人")

_ES_TARGET = re.compile(
    r"\b(?:el\s)?objetivo\s(?:del\s(?:fondo|vehículo)\s)?(?:[\w ]{0,40}?\s)?es\s(?:captar|levantar|recaudar|reunir)\b|"
    r"\bcon\sel\sobjetivo\sde\s(?:captar|levantar|recaudar)\b|"
    # Portuguese: "busca captar até R$ 500 milhões", "seu objetivo é captar R$ 500 milhões" (tuning_funds16 capitalreset).
    r"\bbusca(?:m)?\s(?:captar|levantar|arrecadar)\b|\bobjetivo\s(?:[\w ]{0,40}?\s)?é\s(?:captar|levantar|arrecadar)\b",
    re.IGNORECASE,
)
_ES_CLOSED = re.compile(
    r"\b(?:ha\s(?:levantado|captado|cerrado|recaudado|reunido|alcanzado)|levantó|captó|cerró|recaudó|"
    r"(?:primer|segundo)\scierre|cierre\s(?:definitivo|final)|captou|arrecadou|fechou|concluiu\sa\scaptação)\b",
    re.IGNORECASE,
)


def target_only(text: str) -> bool:
    """A Spanish or Portuguese fund text that states a target to raise and no money raised or closed."""
    head = text[:1500]
    return bool(_ES_TARGET.search(head)) and not _ES_CLOSED.search(head)
