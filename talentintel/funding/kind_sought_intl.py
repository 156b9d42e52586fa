"""A raise that is sought, prepared or negotiated, in the languages the English "not closed" trigger does not read.

`kind` reads SOUGHT_INTL as a "not closed" trigger (before the opening's first completed raise, like its others).
Seen on tuning_hs10 (session 10's holdout, mean 0.581 at its one score, then moved to tuning), each read as a round:
"TeraWulf se prepara para recaudar 3.200 millones de dólares mediante bonos convertibles" (hs10-phemex-terawulf-
3-2b-notes-es), "Sam Altman, 50 milyar dolara ulaşabilecek yeni yatırım turu için ... yatırımcılarla görüşüyor"
(hs10-webtekno-openai-50b-talks-tr), "أطلقت ... إنسكيل ... حملة لجمع تمويلات تبلغ 7ر2 مليار دولار" (a campaign to
raise, hs10-alwaght-inscale-2-7b-sought-ar). The class, read on other real texts (pages corpus): Arabic "تسعى لجمع
نحو 800 مليون دولار" (lebanon24.com), "تعتزم شركة رولز رويس القابضة جمع" (intends to raise, namaazone.com), "يعتزم
... إجراء محادثات مع المصارف" (alwatannews.net), "يبحث حاليًا اقتراض" (considering borrowing, sauress.com); Turkish
"görüşmeler yürütüyor" (conducting talks), "yatırım yapmak için görüşmelere başladı" (74haberler.com.tr); Spanish
"planea emitir 200 millones de dólares" (forbes.com.mx); Portuguese "O plano é levantar US$ 150 milhões"
(istoedinheiro.com.br).
Japanese (tuning_batch32, both read as rounds at its one score): a raise told as a plan or an aim, "シリーズAの資金調達
ラウンドで約42億円を調達する予定であることを報じていました" (b32-cryptodog-...), "約1300億円(10億ドル)の資金調達を目指して
いる" (b32-coinpost-animoca-...); the same endings on the pages corpus: "調達する見込み", "調達を計画", "調達する方針".
Chinese (tuning_batch36): a round "being planned" or "being opened" (正在筹划一轮...融资, 正在開啟新一輪融資) and "拟融资".
"""

from __future__ import annotations

import re

from talentintel.funding.language_ru import PLANNED_RU

_AR = r"[\u0621-\u064a]"
SOUGHT_INTL = re.compile(
    # Spanish and Portuguese: prepares, plans, seeks, intends to raise; in talks or negotiations.
    # A fund that "busca recaudar" is the fund's target, told with its launch (iupana-bicycle-capital-fund: a fund).
    r"(?<!fondo\sque\s)(?<!fundo\sque\s)(?<!fonds\squi\s)\b(?:se\sprepara|prepara-se|se\sapresta|planea|planeja|planeia|pretende|busca|buscan|procura|espera|aspira|"
    r"tiene\sprevisto|tem\so\splano\sde|o\splano\sé)\s(?:para\s|a\s|de\s|em\s)?(?:recaudar|levantar|captar|obtener|"
    r"conseguir|emitir|cerrar|arrecadar|angariar|obter|fechar)\b|"
    r"\b(?:en|em)\s(?:conversaciones|negociaciones|negociações|conversas|tratativas)\s(?:para|con|com)\b|"
    # French: about to, seeks to, plans to raise; in discussions to raise.
    r"\b(?:s['’]apprête\sà|cherche\sà|envisage\sde|prévoit\sde|compte|souhaite|vise\sà)\slever\b|"
    # "serait en discussions avancées pour acquérir" (b27-mondetech-wiz-graphcore-hofy-ma-fr): a stage between.
    r"\ben\s(?:discussions?|négociations?|pourparlers)(?:\s(?:avancées|exclusives|préliminaires))?\s(?:pour|avec|en\svue)\b|"
    # German (hs16-aktiencheck-holistic-deepmind-200m-eur-talks-de, read as a round at its one score): in talks or
    # negotiations with (potential) investors or backers, "befindet sich in Verhandlungen mit Investoren", "Gespräche
    # mit potenziellen Geldgebern geführt"; plans to raise ("will ... einsammeln", "plant, ... einzusammeln").
    r"\b(?:in\s)?(?:Verhandlungen|Gespräche[n]?|Gesprächen)\smit\s(?:\w+\s){0,2}?(?:Investoren|Geldgebern|Kapitalgebern|"
    r"Investmentfirmen|Risikokapitalgebern)\b|\b(?:plant|planen|will|wollen|möchte)\s(?:[^.;]{0,60}?\s)?"
    r"(?:einsammeln|einzusammeln|aufnehmen|aufzunehmen)\b|"
    # Russian: in talks about raising ("ведет переговоры о привлечении"), plans to raise ("планирует привлечь").
    # One pattern with deals_ru's reader, which skips the same texts (it also reads "хочет / собирается / может привлечь").
    rf"{PLANNED_RU}|"
    # Turkish: negotiating ("görüşüyor", "görüşmeler yürütüyor"), a round that "could reach" a sum ("ulaşabilecek").
    r"\bgörüş(?:üyor|üyorlar|meler|melerde|melere)\b|\bulaşabilecek\b|\btoplamayı\s(?:planlıyor|hedefliyor)|"
    r"\btoplamaya\shazırlanıyor|\barayışında\b|"
    # "Türkiye’ye 2 milyar dolarlık yatırım planları olduğunu açıkladı" (b39-milliyet-alibaba-2bn-turkey-plan-tr): a plan.
    r"\bdolarlık\syatırım\splan(?:ı|ını|ının|ları|larını|larının)\b|"
    # Arabic: seeks, intends, plans to raise; a campaign to raise; "if it succeeds in raising"; considering borrowing.
    # Japanese: a raise that is planned, aimed at, expected or intended ("調達する予定", "資金調達を目指している").
    r"調達(?:する|を行う|を実施する)(?:予定|見込み|計画|方針)|調達を(?:目指|計画し|検討し|予定し)|"
    # Chinese (tuning_batch36, both read as rounds at its one score): a new round being planned or opened, "OpenAI正在
    # 筹划一轮规模高达 1000亿美元的新融资" (b36-fadeduo-...), "智元機器人正在開啟新一輪融資" (b36-degang-...); "拟融资" (plans to raise).
    r"(?:正在|即将|即將|准备|準備|计划|計劃|拟|擬|筹划|籌劃)(?:筹划|籌劃|开启|開啟|启动|啟動|进行|進行|寻求|尋求)?"
    r"[^，。,]{0,20}?(?:新一[轮輪]|一[轮輪])[^，。,]{0,20}?(?:融资|融資)|(?:拟|擬)(?:融资|融資)|"
    # A fund being raised: "Paradigm,正在籌集一支規模最高達 15 億美元的新基金" (hs19-weex-paradigm-1-5bn-fund-ai-sought-zh,
    # fund82, a WSJ report of a fund sought): "is raising / plans to raise" a (new) fund, not a close; unless the same
    # sentence reports a close of it ("正在募集一支10亿元的新基金，目前已完成首关": a first close is a fund event).
    r"(?:正在|即将|即將|准备|準備|计划|計劃|拟|擬)(?:筹集|籌集|募集|募资|募資|筹募|籌募)[^，。,]{0,30}?基金"
    r"(?![^。!?！？]{0,40}?(?:首关|首關|关账|關賬|完成募集|募集完成|已完成))|"
    rf"(?<!{_AR})(?:تسعى|يسعى|تعتزم|يعتزم|تخطط|يخطط|تبحث|يبحث)(?!{_AR})[^.\n]{{0,60}}?(?<!{_AR})(?:لجمع|جمع|إلى\sجمع|"
    rf"اقتراض|محادثات|للحصول)(?!{_AR})|(?<!{_AR})حملة\sلجمع|(?<!{_AR})(?:إذا|إن|لو)\sنجحت?\sفي\sجمع",
    re.IGNORECASE,
)
