"""The plan words of the fund rules, in one table: a fund only planned, sought or to be set up is `other` (PROVENANCE
labeling rules, decision (a) of session 23), and three readers ask the same question at three scopes.

- `PLANNED_LEDE` (`fund_plans.PLANNED`, one of `kind`'s triggers of `other`): a plan verb before a fund noun, read
  before the opening's first completed raise: "is considering launching its third Vision Fund", "has decided to raise a
  $2 billion fund", "está considerando registrar un fondo", "计划设立一支规模50亿元的人工智能基金".
- `PLAN_TO_FUND` (`fund_plan_lede.planned_fund`): "plans/aims/seeks to raise|launch ... fund" anywhere in the opening's
  sentences, vetoed there by a fund also raised or closed: "aims to raise a $200 million ... fund", "조성키로 했다".
- `PLAN_IN_SENTENCE` (`fund_public_launch.launched_with_capital`): any future or conditional word in the launch
  sentence itself, so "would establish a KRW 1 trillion fund" stays a plan: "will", "soll", "planea", "拟", "将设立".

The three lists differ on purpose (a trigger over the whole lede needs a verb bound to a fund noun; a veto inside one
launch sentence may be a bare "will"); their Chinese plan words are one list (`ZH_PLAN`). Until session 24 each reader
kept its own table in its module; moved here unchanged (the compiled patterns are the same strings).
"""

from __future__ import annotations

import re

# Chinese plan words ("plans to", "intends to"), shared by the lede trigger and the launch-sentence veto.
ZH_PLAN = "计划|計劃|拟|擬"

PLANNED_LEDE = re.compile(
    # Not "aim(s) to close the fund at $200 million" after a close: a target, not a plan (startupro-amicus-fund-ii).
    r"\b(?:consider(?:s|ing)?|plan(?:s|ning)?|intend(?:s|ing)?|prepar(?:es|ing)|"
    # "Web3 gaming company, Animoca Brands, has decided to raise a $2 billion fund" (hs12-nfthorizon-animoca-capital-2b-
    # planned, fund56): a decision to raise is a plan, nothing closed.
    r"(?:is|are)\sset|(?:is|are)\sgoing|mull(?:s|ing)?|weigh(?:s|ing)?|(?:has\s|have\s)?decid(?:es|ed|ing))\s(?:to\s)?"
    r"(?:launch(?:ing)?|start(?:ing)?|set(?:ting)?\sup|creat(?:e|ing)|form(?:ing)?|establish(?:ing)?|clos(?:e|ing)|"
    r"debut|unveil(?:ing)?|(?<=decided\sto\s)raise|(?<=decides\sto\s)raise)\b(?:[^.\n]|\.(?=\d)){0,60}?"
    r"\b(?:funds?|vehicles?|ecosystem|hub|programme|program)\b|"
    # Spanish and Portuguese: "La compañía está considerando registrar un fondo de capital de riesgo en Canadá"
    # (hs12-gestion-fen-ventures-third-fund-planned-es, fund56), "está avaliando lançar um fundo".
    r"\b(?:est[áa]|estão|están)\s(?:considerando|contemplando|evaluando|avaliando|planeando|planejando|estudiando|"
    r"estudando)\s(?:[\w-]+\s){0,3}?(?:fondo|fundo)s?\b|"
    r"\b(?:go|going|come|coming|return|returning)\sback\sto\s(?:the\s)?market\b|"
    # Not "is closing in on investment from Sequoia": labeled a round (fh-1107).
    r"\b(?:is|are)\sclose\sto\s(?:raising|closing|hitting|reaching)\b|"
    r"\b(?:looking|searching|hunting|hunts?|searches)\sfor\s(?:a\s|an\s|new\s)*(?:fund\s|investment\s)?managers?\b|"
    r"\brequest\sfor\sproposals\b|\bin\s(?:investment|funding)\s(?:applications|bids)\b|"
    # A lead that is sought: "Tiger Global Management is looking to lead a $350 million round" (a4press-bharatpe).
    r"\b(?:looking|set|expected|poised|in\stalks)\sto\s(?:lead|co-lead)\b|"
    # Portuguese and Spanish talks: "O Nubank ... está negociando receber um aporte" (globo-nubank-softbank-talks).
    r"\b(?:est[áa]|estão|están)\s(?:negociando|en\sconversaciones|em\sconversas|em\snegocia[çc][ãa]o)\b|"
    # Japanese aims: "最大2700億円規模目指す" (a size aimed at), "投資家から資金を集める" (will collect; gold-partners).
    r"最大\s?[\d,.]+\s?(?:億|万|千万)?(?:円|ドル|元)規模(?:を)?目指|(?:投資家|出資者|LP)から資金を集める(?:。|$)|"
    # Chinese: "阿尔法创投计划设立一支规模50亿元的人工智能基金" (plans to set up), "拟发起设立" (intends to).
    "(?:" + ZH_PLAN + r"|准备|準備|将|將)(?:发起|發起)?(?:设立|設立|成立|募集)[^，。]{0,30}基金",
    re.IGNORECASE,
)

# A fund, not "funds" as money ("new managers hoping to raise funds", biosciencela).
_FUND_SOON = r"(?:[^.\n]|\.(?=\d)){0,80}?\b(?:fund|fund\sof\sfunds|vehicle)\b"
PLAN_TO_FUND = re.compile(
    r"\b(?:aims?|aiming|plans?|planning|intends?|intending|seeks?|seeking|(?:has\s|have\s)?decided|decides|is\sset|"
    r"are\sset|hopes?|hoping)\sto\s(?:raise|set\sup|launch|establish|create|form|start)\b" + _FUND_SOON + "|"
    r"\bannounced\s(?:his|her|its|their|the)\s(?:plans?|intention)\sto\s(?:raise|set\sup|launch|establish|create|form)\b"
    + _FUND_SOON
    + "|"
    r"\b(?:endorsed|proposed|approved\sa\sproposal\sfor)\sthe\s(?:establishment|creation|launch)\sof\b"
    + _FUND_SOON
    + "|"
    r"\b(?:is|are)\s(?:currently\s)?raising\s(?:about\s|around\s|up\sto\s)?(?:US)?[$€£]\s?[\d.,]+\s?\w*\sfor\s(?:its|their)\s"
    r"(?:new\s|next\s)?(?:[\w-]+\s){0,2}?fund\b|"
    r"(?:조성|결성)(?:키로|하기로|할\s계획|할\s예정|될\s예정|될\s것으로)|"
    r"(?:啟動|启动)[^。，]{0,20}?(?:募集|募資|募资)",
    re.IGNORECASE,
)

# A plan or a condition in the same sentence: the fund is not launched yet.
PLAN_IN_SENTENCE = re.compile(
    r"\b(?:will|would|plans?\s(?:to|for)|planning|aims?\sto|intends?\sto|to\sbe\s(?:set\sup|launched|established)|"
    r"proposed|soll|sollen|wird|werden|plant|pretende|vai|irá|planea|prevé|envisage|va\slancer)\b|"
    + ZH_PLAN
    + "|将设立|將設立",
    re.IGNORECASE,
)
