"""Totals of a period that share a round's words: an investor's or a syndicate's investment over a half or a year,
a count of rounds with their sum, a city's or a sector's firms raising over a year.

`kind` reads PERIOD_TOTAL as a "market total" trigger. Seen on tuning_hs4 (the session-4 holdout, kind 0.822 at its
one score, then moved to tuning): "Archangels has reported a record £7.3 million of direct investment during the
first half of 2021" (hs4-heraldscotland-archangels-h1), "Manchester tech firms raised a record £532m funding in 2022"
(hs4-prolificnorth-manchester-2022); on the older tuning files: "In total, 58 funding rounds were announced,
totalling $2.6b" (fintechradar-fold-a).
"""

from __future__ import annotations

import re

# A count spelled out is a market figure like its digits: "Eighteen Nigerian startups raised $219m in the first quarter"
# (hs5-parrotnigeria-q1-2021: without it the total's examples, Flutterwave and uLesson, became the deals).
COUNT_WORDS = (
    r"(?i:\b(?:three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|"
    r"eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundreds|dozens)(?:[- ](?:one|two|three|"
    r"four|five|six|seven|eight|nine))?)"
)
_PERIOD = (
    r"(?:(?:during|in|over|for|across)\s(?:the\s)?(?:(?:first|second|third|fourth|last|past)\s(?:half|quarter|six\smonths|"
    r"twelve\smonths|year)|H[12]|Q[1-4]|(?:19|20)\d\d)|(?:last|this)\s(?:year|quarter)|in\s(?:19|20)\d\d)"
)
_MONEY = r"(?:(?:US)?[$€£¥]\s?[\d.,]+\s?(?:[mbk]n?|million|billion)?|[\d.,]+\s?(?:million|billion)\s(?:euros|pounds|dollars))"
# Many investors' money into a sector: "Why Legal Tech Investors Are Putting Over $750 Million into AI Tools for
# Lawyers", "venture capital firms and tech giants have poured more than $750 million into AI tools for lawyers"
# (hs5-zonixai-legal-ai-750m). The subject is plural and unnamed and the object is a field, not one company.
SECTOR_INFLOW = (
    r"\b(?:investors|VCs|venture\scapitalists|(?:venture(?:\scapital)?|VC)\sfirms|backers|tech\sgiants)\s"
    r"(?:(?:are|have|had|has)\s)?(?:[\w-]+\s)?(?:putting|put|poured|pouring|pumped|pumping|plowed|plowing|funnell?ed|"
    r"funnell?ing|invested|investing)\s(?:over\s|more\sthan\s|nearly\s|about\s|almost\s|some\s)?"
    + _MONEY
    + r"\s(?:into|in)\s(?-i:[a-z]|(?:[A-Z][\w-]*\s){1,3}[a-z]|(?:[A-Z][\w-]*\s){0,3}(?:Tools|Startups|Start-ups|"
    r"Companies|Firms|Sector|Software|Apps|Tech|Technology|Platforms)\b)"
)
PERIOD_TOTAL = re.compile(
    SECTOR_INFLOW + r"|"
    # "has reported a record £7.3 million of direct investment during the first half of 2021"
    rf"\b(?:reported|recorded|posted|made|deployed|invested|committed)\s(?:a\s)?(?:record\s|total\s)*(?:of\s)?{_MONEY}\s"
    rf"(?:of|in)\s(?:[\w-]+\s){{0,2}}?investments?\s{_PERIOD}|"
    # "Manchester tech firms raised a record £532m funding in 2022": firms or businesses of a place, not one company.
    # "Bitcoin (BTC) miners have raised $11 billion in convertible debt — corporate debt that is convertible to stocks —
    # over the last year" (b43-mycryptos-miners-11bn-convertible-boom): an industry's plural, a description between.
    rf"\b(?:firms|businesses|scale-?ups|SMEs|miners|start-?ups|companies)\s(?:[\w-]+\s){{0,2}}?(?:raised|secured|"
    rf"attracted|received)\s(?:a\s)?(?:record\s|total\s|combined\s)*(?:of\s)?{_MONEY}[^.\n]{{0,90}}?{_PERIOD}|"
    # "In total, 58 funding rounds were announced, totalling $2.6b": a count of rounds with their sum.
    r"\b\d+\s(?:[\w-]+\s){0,2}?(?:rounds|deals|transactions|raises)\s(?:were\s|have\sbeen\s)?(?:announced|closed|recorded|"
    r"tracked|completed|disclosed)\b[^.\n]{0,30}?\b(?:total\w*|worth|amounting|combined)\b|"
    # A market's trend: "Singapore is experiencing a surge in venture capital fundraising" (gulftime-singapore-vc-surge),
    # "Funding of start-up companies in the Netherlands is picking up" (chinagate-dutch-startup-funding).
    # "The much-anticipated slowdown in AI funding did not materialize in the first quarter of 2024" (b36-unicornnest-...):
    # a sector's funding trend. An investor's count of rounds in a period is a tally too: "participating in 49 funding
    # rounds in 2024, up from 34 in 2023" (b36-haywaa-nvidia-...).
    r"\b(?:surge|boom|rise|jump|drop|decline|slump|slowdown|rebound|recovery)\sin\s(?:[\w-]+\s)?(?:venture|VC|startup|start-up|"
    r"tech|AI|crypto|fintech|web3|blockchain)\s(?:capital\s)?(?:funding|fundraising|investments?|financing|deals)\b|"
    r"\b(?:in|across)\s\d+\s(?:[\w-]+\s)?(?:rounds|deals|investments|transactions)\s(?:in|during)\s(?:(?:19|20)\d\d|"
    r"Q[1-4]|H[12]|the\s(?:first|second|third|fourth)\s(?:half|quarter))\b|"
    r"\b(?:funding|investments?|financing)\s(?:of|for|in|into)\s(?:[\w-]+\s)?start-?ups?\b(?:\scompanies)?[^.\n]{0,40}?"
    r"\b(?:is|are|has|have|was|were)\s(?:\w+\s)?(?:picking\sup|lagging|slowing|growing|rising|falling|dropping|surging|"
    r"booming|declining|recovering|rebounding)\b|"
    # "Startups de inteligência artificial capturaram 57,9% ... dos investimentos globais em capital de risco no primeiro
    # trimestre de 2025" (b19-yellow-pt-q1-2025-totals): a share of a period's venture money in Portuguese or Spanish.
    r"\b(?:start-?ups|empresas)\b[^.\n]{0,60}\b(?:capturaram|captaram|receberam|arrecadaram|levantaram|captaron|"
    r"recibieron|recaudaron|levantaron)\b[^.\n]{0,100}\b(?:capital\sde\srisco|capital\sde\sriesgo|capital\sriesgo|"
    r"venture\scapital)\b[^.\n]{0,40}\b(?:no|en\sel|durante\so|durante\sel)\s(?:primeiro|segundo|terceiro|quarto|primer|"
    r"tercer|cuarto)\s(?:trimestre|semestre)|"
    # Dutch market pieces: "Nederlandse start-ups halen minder geld op" (hs9-haarlemsdagblad-2016-dutch-startups-nl),
    # "In het tweede kwartaal hebben 108 start-ups groeigeld opgehaald" (hs9-telegraaf-q2-2023-tagworks-nl),
    # "Durfinvesteerders hebben ... voor 3 miljard euro in Nederlandse start-ups ... geïnvesteerd" (hs9-nu-h1-2021):
    # start-ups in the plural raising, or investors putting money into them.
    r"\b(?:start-?ups|scale-?ups|techbedrijven)\b[^.\n]{0,80}\b(?:opgehaald|(?:halen|haalden)\b[^.\n]{0,60}?\bop\b|"
    r"in\sde\swacht\sgesleept)|\b(?:durfinvesteerders|investeerders)\b[^.\n]{0,100}\bin\s(?:[\w-]+\s){0,2}"
    r"(?:start-?ups|scale-?ups|bedrijven)\b[^.\n]{0,60}\bgeïnvesteerd|"
    # Swedish, Danish, Norwegian: a sum "in all" that a year's startups took in, "de totalt 135 miljoner kronor som
    # västsvenska startup tog in under 2021" (hs11-realtid-west-sweden-2021-connect-vast-sv, fund49: read as the
    # round of its first example). One company's history says "sedan 2015" (since), not "under/i 2021".
    r"\btotalt\s(?:[\w-]+\s){0,2}?\d[\d.,]*\s(?:miljoner|miljarder|millioner|milliarder|mio\.?|mia\.?)\s"
    r"(?:kronor|kroner|kr\.?|euro|dollar)\b[^.\n]{0,80}?\b(?:under|i)\s(?:året\s)?(?:19|20)\d\d\b|"
    # French, Spanish, Italian, Portuguese: startups in the plural that raised a sum in a year, "Les startups du pays
    # ont collecté plus de 6 milliards de dollars en 2018" (hs11-israelvalley-israel-december-2018-fr, fund49: read as
    # the round of its first example).
    r"\b(?:start-?ups|jeunes\spousses|empresas|emprendimientos|startup)\b[^.\n]{0,60}?\b(?:ont\s(?:collecté|levé|"
    r"récolté|réuni|attiré)|recaudaron|levantaron|captaron|han\s(?:recaudado|levantado|captado)|hanno\s(?:raccolto|"
    r"attratto)|captaram|levantaram|arrecadaram)\s(?:(?:plus|más|mais|più|près|cerca|quase|casi)\s(?:de\s|di\s)?)?"
    r"(?:US\$\s?|\$\s?|€\s?)?\d(?:[^.\n]|\.(?=\d)){0,60}?\b(?:en|in|em|nel|no|durante)\s(?:(?:el\s|o\s)?(?:año\s|ano\s))?(?:19|20)\d\d\b|"
    # A count of financings beside the sum (tuning_batch31, fund51): "Schweizer Jungunternehmen haben 2018 mit gesamthaft
    # 230 Finanzierungen 1,2 Mrd. Fr. ... erhalten" (b31-fuw-swiss-2018-seba-nexthink-de, read as a round once its francs
    # were read), "Mit 92 Finanzierungsrunden erreicht sie Platz sechs", "raccolto 1,1 miliardo in ben 204 round".
    r"\b(?:mit|with|in|en|em|across|dans|über|durch)\s(?:[\w-]+\s)?\d[\d.,]*\s(?:Finanzierungen|Finanzierungsrunden|"
    r"financings|operaciones|opérations|operações|operazioni|rodadas|rondas|tours\sde\stable|round)\b|"
    # Startups in the plural that raised a sum "through" a count of deals, the same tally said after the verb: "le
    # startup hanno raccolto complessivamente 353,4 milioni di euro attraverso 99 operazioni di finanziamento"
    # (hs12-ildenaro-italy-h1-2025-353m-it, fund56). One company's history ("the startup has raised $50M across three
    # rounds") has a singular subject.
    r"\b(?:start-?ups|le\sstartup|imprese|aziende|empresas|companies)\b(?:[^.\n]|\.(?=\d)){0,100}?\b(?:through|across|attraverso|"
    r"tramite|através\sde|a\stravés\sde|mediante)\s(?:[\w-]+\s)?\d[\d.,]*\s(?:financings|deals|rounds|"
    r"operaciones|operações|operazioni|rodadas|rondas|round)\b|"
    # Italian, Spanish, Portuguese: a period's money told in the impersonal passive, with no company as its subject,
    # "nel solo mese di maggio si sono raccolti ben 67 milioni di euro di finanziamenti" (hs12-diariodelweb-italy-may-
    # 2016-nouscom-it, fund56: read as the round of its first example), "en el primer trimestre se invirtieron",
    # "no primeiro semestre foram captados".
    r"\b(?:nel|en\sel|no|durante\so|durante\sel)\s(?:solo\s)?(?:mese\sdi\s\w+|mes\sde\s\w+|mês\sde\s\w+|(?:primo|secondo|"
    r"terzo|quarto|primer|segundo|tercer|cuarto|primeiro|terceiro)\s(?:trimestre|semestre)|(?:19|20)\d\d),?\s"
    r"(?:si\ssono|sono\sstati|se|foram)\s(?:raccolti|investiti|recaudaron|invirtieron|captaron|captados|investidos|"
    r"levantados)\b|"
    # Chinese weekly and monthly digests: a count of financing events, then their sum, "本周（3.27-4.2）全球加密行业有超过
    # 25 起投融资事件，披露的融资总额超 2.6 亿美元" (hs12-cryptodao-week-2023-04-eigenlabs-zh, fund56; its examples were read as
    # the round); "共发生 N 笔融资，总金额", "N 起融资事件，累计融资".
    r"\d+\s?(?:起|笔|筆|宗)(?:投)?(?:融资|融資)(?:事件)?[^。\n]{0,30}?(?:融资总额|融資總額|总融资额|總融資額|总金额|總金額|"
    r"合计|合計|共计|共計|累计|累計)|"
    # The kind83 catalog (holdouts s14-s19 read before their rules): market totals read as the round of an example.
    # German, the period's money in the passive into startups in the plural: "Bisher wurden lediglich 1,2 Mrd. Euro
    # Venture Capital in deutsche Start-ups investiert" (hs14-capital-de-german-ai-startups-1-2bn-eur-autolabs-de);
    # "flossen ... in Schweizer Start-ups". "Mrd." and "Mio." keep their points (and the break the opening put after
    # them) inside the sentence.
    r"\b(?:wurden|flossen|sind)\b(?:[^.\n]|(?<=Mrd|Mio)\.|(?<=(?:Mrd|Mio)\.\s)\n){0,80}?\bin\s(?:[\w-]+\s){0,2}(?:Start-?ups|Jungunternehmen|"
    r"Gründungen)\b(?:[^.\n]){0,60}?\b(?:investiert|geflossen|gesteckt)\b|"
    # A sum raised by startups in the plural over a year: "out of the total USD 13.5 billion raised by the Indian
    # technology start-ups in 2017" (hs14-smefutures-india-healthtech-2017-practo-55m).
    rf"\btotal\s(?:of\s)?(?:{_MONEY}|(?:USD|EUR|INR)\s?[\d.,]+\s?(?:million|billion|crore|[mb]n?))\s(?:raised|invested|secured)\sby\s(?:the\s)?(?:[\w-]+\s){{0,3}}(?:start-?ups|companies|"
    r"firms)\b|"
    # A count of rounds in a year, in English, Portuguese and Spanish: "Houve quase 700 rodadas de seed de US$ 10
    # milhões ou mais em 2025" (hs18-mercy-ai-vc-2025-seed-record-pt), "There were 1,200 deals ...".
    r"\b(?:there\swere|houve|hubo|foram|fueron)\s(?:quase\s|casi\s|nearly\s|almost\s|over\s|more\sthan\s|mais\sde\s|"
    r"más\sde\s)?\d[\d.,]*\s(?:[\w-]+\s)?(?:rodadas|rondas|rounds|deals|aportes|investimentos|inversiones)\b|"
    # Japanese: companies or startups of a kind (no name) raising a sum over a period, "2024年後半から2025年にかけて、
    # 上場マイナー企業は債務と転換社債を通じて46億ドル以上を調達し" (hs18-japainvest-miner-debt-convertibles-totals-ja),
    # "2025年、AIスタートアップは第1四半期と第2四半期だけで600億ドルもの資金を集め" (hs19-tamariba-deai-...-ja).
    r"(?:年|半期|四半期|にかけて)[^。\n]{0,6}、?[^。\n、]{0,12}(?:企業|スタートアップ|マイナー)(?:各社)?は[^。\n]{0,30}?"
    r"\d[\d,.]*\s?(?:億|兆)(?:米)?(?:ドル|円|ユーロ)(?:以上|超|もの)?の?(?:資金)?を(?:調達|集め)",
    re.IGNORECASE,
)
# Startups of a place ranked by what they got: "Startups Incubated at Karachi's NED University Got the Highest
# Funding in 2022" (hs10-riazhaq-karachi-startups-2022-total, read as a round): plural subject, a superlative amount.
RANKED_TOTAL = re.compile(
    r"\b(?:start-?ups|companies|firms|ventures)\b[^.\n]{0,60}?\b(?:got|get|received|receive|raised|attracted|drew|"
    r"secured)\s(?:the\s)?(?:highest|most|largest|biggest|lowest|least)\s(?:funding|investments?|capital|financing)\b",
    re.IGNORECASE,
)
# Shutdowns counted, not one company shutting: "Startup Shutdowns Shift to Later Stages ..., Report Finds"
# (hs10-blstimes-simpleclosure-shutdowns-2025); on other real pages (pages corpus): "Startup shutdowns drop to 5-year
# low" (financialexpress.com), "AngelList reported 364 startup winddowns in 2024" (all-global-news.pages.dev).
SHUTDOWN_COUNT = re.compile(r"\b(?:shutdowns|wind-?downs|closures)\b", re.IGNORECASE)
# Money into a country's or a sector's ecosystem is a market's total: "a $680 million financial injection into the
# Nigerian tech ecosystem in 2022" (hs10-thisdaylive-nigeria-2022-pre-seed, read as a round).
ECOSYSTEM_INFLOW = re.compile(
    r"\b(?:injection|inflow|influx|investments?|funding|capital)\s(?:of\s[^.\n]{0,30}?\s)?(?:into|in)\s(?:the\s)?"
    r"(?:[\w'’-]+\s){0,3}?(?:tech|technology|startup|start-up|venture|innovation|fintech|crypto)\s(?:ecosystem|scene|sector)s?\b",
    re.IGNORECASE,
)
