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
# A prefecture, a city or a ministry creating a fund with its own money is a public programme, as `PUBLIC_FUND` below
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


# A fund a city, a district or a ministry forms is public money for a programme, not a manager's fund:
# "서울 서초구가 870억 원 규모의 ... 펀드 결성을 완료", "서울시가 500억 원 규모의 펀드를 조성했다".
PUBLIC_FUND = re.compile(
    # A place or ministry name before its suffix: "서울시", "서초구", "중소벤처기업부" ("일부는", "연구는" are words).
    r"(?:^|\s)(?:[가-힣]{2,6}(?:특별시|광역시|시|구|군|청|부|공사|공단|진흥원)|정부)(?:가|는|이|은)\s[^.。]{0,60}펀드|"
    r"\b(?:the government|ministry of|the city of|municipal)\b[^.\n]{0,60}\bfund\b|"
    # A mayor or a governor announcing the fund: "Mayor Michael Bloomberg announced the launch of the new fund".
    r"\b(?-i:Mayor|Governor)\s(?:[A-Z][\w.'’-]*\s){0,3}(?:announc|launch|unveil)\w*\s[^.\n]{0,60}\bfund\b|"
    # A head of state gives the money: "100 billion riyals ... have been given as public investment fund of Saudi Arabia
    # by the King Salman" (ibexmag), "Sheikh Hamdan approved the launch of the ... fund".
    r"\bfund\b[^.\n]{0,60}\bby\s(?:the\s)?(?-i:King|Emir|Sultan|Crown Prince|Sheikh)\b|"
    r"\b(?-i:King|Emir|Sultan|Crown Prince|Sheikh)\s(?:[A-Z][\w'’-]*\s){0,4}(?:approv|allocat|announc|launch|gave|grant)\w*\s"
    r"[^.\n]{0,60}\bfund\b|"
    # Korean: a ministry's or a public lender's programme ("중소벤처기업부에 따르면 ... 벤처펀드가 결성될 것으로").
    # As the subject or the source, not as one LP among others ("모태펀드 출자를 받아 ... 펀드를 결성" is a VC's own fund).
    r"(?:중소벤처기업부|중기부|산업은행|한국벤처투자)(?:는|은|가|이|에 따르면)\s[^.。]{0,80}펀드|"
    # Chinese: a city, district or province sets up the fund, or state capital alone funds it ("深圳市成立规模达189.01亿元
    # 人民币的纯国资科创投资基金").
    r"[\u4e00-\u9fff]{1,6}(?:省|市|区|區|县|縣)(?:政府)?(?:成立|设立|設立|发起设立|出资设立|發布|发布)[^，。]{0,40}基金|"
    r"纯国资|純國資|(?:政府|国家|國家)[^，。]{0,8}(?:引导基金|引導基金)|"
    # A province's or a city's named industry fund or fund of funds: "湖北省长江经济带产业基金 ... 设立3支母基金".
    r"[\u4e00-\u9fff]{1,6}(?:省|市)[\u4e00-\u9fff]{0,10}(?:产业基金|產業基金|引导基金|引導基金|母基金)|"
    # German: a federal ministry or a state development bank starts the fund ("Bundeswirtschaftsministerium und
    # staatliche Förderbank KfW starteten ... einen Investitionsfonds").
    # A ministry that takes part "an dem ... Fonds" is one LP of a manager's fund, not its founder (handelsblatt HTGF IV:
    # "beteiligten sich das Bundeswirtschaftsministerium sowie die KfW Capital an dem inzwischen vierten Fonds").
    r"\b(?:Bundes\w*ministerium|Bundesregierung|Landesregierung|staatliche\sFörderbank)\b"
    r"(?:(?!\ban\s(?:dem|den|einem|diesem|seinem|ihrem)\b)[^.\n]){0,80}\w*[Ff]onds\b",
    re.IGNORECASE,
)
