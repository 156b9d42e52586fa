"""Lead phrases other than "led by": a fund's own post, German word order, "as lead investor", "X-led", "co-leading
... alongside Y"."""

from __future__ import annotations

import re

from talentintel.funding.lead_extra import A_CARGO, ARRANGED_AS_LEADS, ROUND_LED_OBJECT

LEAD_TRIGGERS = [
    # "led by", and the verbs the press uses for it: "spearheaded by", "headed by", "anchored by", "steered by".
    # "led jointly by", "led primarily by".
    re.compile(
        # "The funding round was led forward by the venture capital giant, DFG Capital" (hs16-recentlyheard-interlay-6-5m-
        # dfg): "forward" adds nothing. "a round A financing of $ 30 million under the lead of Hack VC" (hs16-
        # bitchainhorizon-io-net-30m-series-a-hack-vc): the noun phrase translated from Chinese (在...领投下).
        r"(?:\b(?:co-)?(?:led|spearheaded|headed|anchored|steered|helmed)\s+(?:(?:jointly|together|primarily|partly|in\s+part|forward)\s+)?by\s+"
        r"|\bunder\s+the\s+(?:co-)?lead\s+of\s+)"
        # "Led by industry veterans CEO Colin Cragg and CTO Enno Rehling, the studio will ...": who runs the company.
        r"(?!(?<=(?-i:Led)\sby\s)[^.]{0,120}?,\s(?:the|our|its)\s(?:studio|company|startup|team|firm)\b)"
        # "Led by CEO Phil ..." (b34-everyday-gumgum-22m-series-b-backers): an executive runs the company, no investor.
        r"(?!(?:(?:its|their|the|our)\s)?(?-i:CEO|CTO|COO|CFO|Chief\sExecutive|chief\sexecutive)\b)"
        # "a Rivian spinout led by founder RJ Scaringe" (grantedai-mind-robotics-a): a founder, a chairman or a
        # president in lower case runs the company; "led by Founders Fund" is the capitalised firm.
        r"(?!(?:(?:its|their|the|our|his|her|serial|former)\s)?(?-i:(?:co-?)?founders?|chairman|chairwoman|president)\s)",
        re.IGNORECASE,
    ),
    # French, Spanish, Portuguese, German: "menée par", "liderada por", "coliderada pela", "angeführt von".
    re.compile(
        r"\b(?:co-?)?(?:men[ée]e?s?|dirig[ée]e?s?)\s+par\s+|\b(?:co-?)?lidera(?:da|do)s?\s+(?:por|pelas?|pelos?)\s+|"
        # French "porté par" whose subject is the round: "Cet investissement massif est porté par le fonds américain
        # Lightspeed Venture, aux côtés de ..." (b45-societe-mistral). Otherwise it is "driven by": "La performance est
        # portée par ORA Technologies" (hs11-le360-ora) names the company that raised.
        r"\b(?:levée(?:\s+de\s+fonds)?|tour\s+de\s+table|financement|investissement|opération)(?:\s+[\w-]+){0,2}?,?\s+"
        r"(?:(?:est|a\s+été|était|fut)\s+)?port[ée]e?\s+par\s+|"
        # Spanish, Portuguese: "estuvo dirigida por", "encabezada por".
        r"\b(?:dirigid|encabezad|capitanead)[ao]s?\s+(?:por|pela|pelo)\s+|"
        # Italian, Dutch, German: "round di finanziamento da 20 milioni guidato da MIP" (thefoodmakers-miscusi),
        # "geleid door", "unter der Führung von".
        r"\b(?:co-?)?(?:guidat|capitanat|condott)[oa]\s+(?:da|dal|dalla)\s+|\bgeleid\s+door\s+|"
        r"\bunter\s+(?:der\s+)?Führung\s+(?:von|des|der)\s+|"
        # Swedish, Danish, Norwegian: "finansieringsrunda ledd av Vostok New Ventures", "ledet af", "anført af".
        r"\b(?:ledd|ledda|leddes|ledet|ledede|anført|anförd|anfört)\s+(?:af|av)\s+|"
        # Indonesian, Malay, Vietnamese, Thai: "putaran pendanaan dipimpin oleh CPE" (b32-detik-baidu-kunlun-...),
        # "vòng gọi vốn được dẫn dắt bởi", "นำโดย".
        r"\b(?:di)?pimpin\s+oleh\s+|\bdiketuai\s+oleh\s+|\bdẫn\s+dắt\s+bởi\s+|นำโดย\s*|"
        # "La Serie B la lidera Seven Seven Six", "a rodada a lidera X": the object pronoun before the verb.
        r"\b(?:la|lo|las|los|a|o)\s+(?:co-?)?lidera(?:n|ron|ó|m)?\s+(?=[A-Z])|"
        r"\b(?:angeführt|geleitet)\s+(?:(?:wird|wurde)\s+(?:die|diese)\s+(?:\w+)?[Rr]unde\s+)?vo[nm]\s+|"
        # "Federführend investiert hätten die finnische Evli Growth Partners und die kalifornische Almaz Capital".
        r"\bfederführend\s+(?:investiert(?:e|en)?\s+(?:hätten|hätte|haben|hat|hatten|hatte)\s+|investier(?:t|te|ten)\s+|"
        r"beteiligt\s+(?:waren|war|sind|ist)\s+|von\s+)",
        re.IGNORECASE,
    ),
    re.compile(r"\bled\s+(?:new|existing|returning)\s+investors?\s+", re.IGNORECASE),
    # "The lead investor was EGS Healthcare Capital Partners, and other backers included ...". "Primary" and
    # "principal" say the same: "In addition to Alexis Ohanian’s Seven Seven Six, Tiger Global, ..., the primary investor
    # was Dan Tapiero’s 10T Holdings" (hs12-pooyanmusic-quicknode-blockstream-wrap, fund56).
    re.compile(
        r"\b(?:the|its|this\sround['’]s)\s(?:(?:co-)?lead|primary|principal)\s(?:investors?|backers?)\s"
        r"(?:was|were|is|are)\s",
        re.I,
    ),
    # "il lead investor Cdp Venture Capital Sgr, il fondo di ...", "the lead investor, Acme Ventures, said".
    re.compile(r"\b(?i:il|el|le|the)\s(?i:co-)?lead\s(?i:investor),?\s(?=[A-Z])"),
    A_CARGO,
    ROUND_LED_OBJECT,
]
# A firm's name may join two capitalised words by "&" ("Allen & Company", "Morgan & Reyes"): the subject patterns
# below take it whole, where they took only its last word as the lead (invariance harness, 2026-12-06).
# "The new investors are Clarus Ventures, which led the round, and Delphi Ventures": the relative names the lead.
WHICH_LED = re.compile(
    r"([A-Z][\w&.'’-]*(?:\s(?:&\s)?[A-Z][\w&.'’-]*){0,4}),\s(?:which|who)\s(?:co-)?led\s(?:the|this)\s(?:[\w-]+\s){0,2}?"
    r"(?:round|financing|funding|raise|investment|deal)\b"
)
# "X, which led ..." is read by WHICH_LED; "the Swedish VC, Vostok New Ventures, who last year co-led Swvl’s $42 million
# Series B-5" (b22-propakistani-swvl-over-20m) tells what the investor led before: neither subject is this round's lead.
RELATIVE_SUBJECT = re.compile(
    r"(?i)(?:^|,\s)(?:who|which|that)(?:\s(?:last\s(?:year|month)|previously|earlier|once))?$"
)
SUBJECT_LED = re.compile(
    r"\s(?:(?:has|have|had|also|jointly|just|recently|reportedly)\s)*(?:(?:co-)?(?:led|spearheaded|headed|anchored)\s(?:the|this|its|a|an|(?-i:[A-Z][\w.-]*['’]s))\b"
    # "Delivery Hero of Germany led the way with a funding round of £203m": a ranking idiom, no round led.
    r"(?!\s(?:way|pack|list|table|field|rankings?|charts?)\b)"
    # ... a round, not an organisation: "Nadav Zafrir, headed Israel’s Unit 8200" (hs4-team8-launch-round).
    r"(?=(?:\s\S+){0,6}?\s(?:[$€£¥]|US\$|\d[\d.,]*\s?(?:[mbk]n?|million|billion|mio|crore)\b|round|raise|raising|financing|funding|investment|seed|series|tranche|deal|"
    r"pre-?seed|extension|token|(?:\w+-)?(?:Finanzierungsrunde|Runde)))"
    r"|took\sthe\s(?:co-)?lead\b)",
    re.IGNORECASE,
)
SUBJECT_LEADS = re.compile(
    # "Doctrine, the leading French legal AI platform" (hs5-flank-legora-d-ext): "the leading" is an adjective.
    r"(?<!\bthe)(?<!\ba)\s(?:(?:is|are)\s(?:(?:reportedly|now|also|currently|said\sto\sbe)\s)?)?(?:co-)?lead(?:s|ing)\s(?!(?:\S+\s){0,2}?(?:previous|prior|earlier|last|first)\b)"
    # "Xcimer Energy Leads The Way As Big Rounds Dry Up" (b54-alphainsights-week-xcimer-hedosophia-pika-spark-en), "MatX
    # Leads the Pack with $500 Million Series B" (b38-creatiai-matx-500m-series-b): a ranking idiom names the company.
    r"(?!(?:the\s)?(?:way|pack|list|table|field|rankings?|charts?)\b)(?=(?:\S+\s){0,5}?(?:[$€£]|round|raise|financing|funding|investment(?!\sbank)|"
    r"seed|series|tranche)|(?-i:[A-Z]))(?:the\s|a\s|an\s|its\s)?|\s(?:co-?dirigeant|co-?dirigent|mènent|menant)\s"
    # "Main Sequence Ventures ..., lead the capital raising alongside Ray Stata": a plural (or past-meant) "lead" after a
    # name, not "to lead" / "will lead".
    r"|(?<=[\w,)])(?<!\bto)(?<!\bwill)(?<!\bwould)(?<!\bcan)\s(?:co-)?lead\s"
    r"(?=(?:the|this)\s(?:\S+\s){0,2}?(?:round|raise|raising|financing)\b)"
    # "Nan Fung Life Sciences and Pivotal BioVentures China came back to lead the $80 million round" (hs6-endpts-
    # oncologie-b), "returned to lead the extension": a past verb before "to lead" says they did (tuning_batch22 study).
    # "Binance Labs and CoinFund have joined forces to lead a $10 million funding round for Neutron" (b28-coinliberal-
    # neutron-10m): joining forces, teaming up or partnering to lead says the subjects did lead it.
    r"|\s(?:came\sback|returned|stepped\s(?:up|in)|came\sin)\sto\s(?:co-)?lead\s(?=(?:the|this|its)\s)"
    r"|\s(?:(?:have|has|had)\s)?(?:joined\sforces|teamed\sup|partnered|combined)\sto\s(?:co-)?lead\s"
    r"(?=(?:the|this|its|a|an)\s(?:\S+\s){0,4}?(?:round|raise|financing|funding|investment)\b)",
    re.IGNORECASE,
)

# A fund's own post: "We at Greenfield are excited to lead Drosera’s $3.25M seed round".
WE_AT = re.compile(
    r"\bWe at ([A-Z][\w&.'’-]*(?:\s[A-Z][\w&.'’-]*){0,3})\s(?:are|were)\s(?:\w+\s){0,2}?(?:to\s)?(?:co-)?lead"
)
# German: "Die Runde wird von Parkway Venture Capital geleitet".
VON_GELEITET = re.compile(
    # "Die Finanzierungsrunde wurde von Prima Materia, der Beteiligungsfirma des Spotify-Gründers Daniel Ek, angeführt":
    # the appositive between the name and the participle describes the investor.
    r"\b(?:wird|wurde|werden|wurden)\s+von\s+(.{2,80}?)(?:,\s[^,.;]{2,80},)?\s+(?:geleitet|angeführt)\b|(?:Der|Die|Das)\s(?:[\w-]+\s){0,2}?([A-Z][\w&.-]*(?:\s[A-Z][\w&.-]*){0,3})"
    r"\s(?:führt|führte)\s(?:die|diese)\s(?:\w+)?[Rr]unde\san\b"
    # "wurde vom deutschen Immobilienkonzern und DAX-Unternehmen Vonovia als Leadinvestor angeführt".
    r"|\bvo[nm]\s(?:[^.;]{0,80}?\s)?((?-i:[A-Z][\w&.'’-]*)(?:\s(?-i:[A-Z][\w&.'’-]*)){0,3})\sals\s(?:Lead|Haupt)-?[Ii]nvestor"
)
# A fund's own announcement with its name as subject: "CoinFund is proud to lead a $3.1 million financing for Bagel
# Network" (b45-cryptokeepercanada-bagel), "Acme Ventures is thrilled to co-lead the seed round": the feeling says the
# lead is done, where a bare "plans to lead" / "will lead" does not.
PROUD_TO_LEAD = re.compile(
    r"(?:^|(?<=[.!]\s)|\n)([A-Z][\w&.'’-]*(?:\s(?:&\s)?[A-Z][\w&.'’-]*){0,4})\s(?:is|are)\s(?:(?:so|very|really)\s)?"
    r"(?:proud|pleased|excited|thrilled|delighted|happy|honou?red)\sto\s(?:co-)?lead\s(?:a|an|the|this|its|(?-i:[A-Z][\w.-]*['’]s))\s"
)
OUR_LEAD = re.compile(
    r"([A-Z][\w&.'’-]*(?:\s(?:&\s)?[A-Z][\w&.'’-]*){0,4})\s(?:is\s(?:proud|pleased|excited|thrilled)\sto\sannounce|"
    r"announced|announces)\sour\s(?:co-)?lead\sinvestment",
)
# "Foo Capital and Bar Partners were among the lead investors"; "with Foo Capital leading".
WERE_LEADS = re.compile(
    # "Kingsway Capital was the principal investor in the Convertible Note" (hs12-pooyanmusic-quicknode-blockstream-wrap).
    r"(?:^|(?<=[.;]\s)|\n)([A-Z][^.;\n]{1,120}?)\s(?:were|was|are|is)\s(?:among\s)?the\s(?:(?:co-)?lead|primary|principal)\s"
    r"(?:investors?|backers?)\b"
    # "VC firm Hummingbird is the other co-led" (sic, hs4-eualternatives-monumental): the second of two co-leads.
    r"|(?:^|(?<=[.;]\s)|\n)([A-Z][^.;\n]{1,80}?)\s(?:were|was|are|is)\sthe\s(?:other|second)\sco-?(?:lead(?:s|ers?)?|led)\b"
)
# "with Foo Capital leading", but not "with GP Jane Doe leading the company's previous round".
WITH_LEADING = re.compile(
    # "with The Column Group and AN Venture Partners co-leading Series A" (b19-newzbits-tortugas-skyfire).
    r"\b(?:with|like|such\sas|including)\s((?:[A-Z][\w.&'’-]*\s?(?:(?:and|&)\s(?=[A-Z]))?){1,8})\s?(?:(?:co-)?leading|as\s(?:the\s)?lead)\b"
    # "avec le Founders Fund de Peter Thiel, Pantera Capital et Framework Ventures codirigeant l'investissement".
    r"|\b(?:avec|con|com)\s(?:l[ea]s?\s|el\s|o\s|a\s)?([A-Z][^.;:]{2,120}?)\s(?:co-?dirigeant|dirigeant|menant|co-?liderando|liderando)\b"
    r"(?!\s(?:\S+\s){0,2}?(?:previous|prior|earlier|last|first)\b)"
    # A list whose item is told by its owner's possessive: "with Dragonfly, Brevan Howard Digital, and BitMEX founder
    # Arthur Hayes’ family office Maelstrom leading the investment" (b23-blockrena-ethena-labs-strategic); the names are
    # cut from the descriptions by split_names, as "led by ... and the British government's ..." is.
    r"|\bwith\s([A-Z][^.;:\n]{2,160}?)\s(?:co-)?leading\sthe\s(?:investment|round|financing|raise|deal)\b"
)
AS_LEAD = re.compile(
    r"([^,.;]{2,80}?)\s(?:(?:identified|named|acting|serving|participating|joining)\s)?as\s(?:a\s|the\s|its\s)?"
    r"(?:(?:coordinating|mandated|joint|global|sole)\s)?(?:co-)?lead\s(?:investors?|arrangers?)\b",
    re.IGNORECASE,
)
DASH_LED = re.compile(
    r"([\w.&'’ ]{2,60}?)-led\s(?i:(?:\w+\s){0,2}(?:round|funding|financing|raise|fundraise|series|seed|investment|deal))"
)
# "Haun Ventures is co-leading the Series A in Conduit alongside Paradigm", "Folius Ventures took the lead alongside
# SevenX Ventures": who shares the lead is a lead too (a plain "led by A alongside B" keeps B a participant).
CO_ALONGSIDE = re.compile(
    r"\b(?:co-?lead(?:s|ing)?|co-?led|took\sthe\slead|shared\sthe\slead)\b[^.;\n]{0,80}?\balongside\s", re.IGNORECASE
)
# "a Series E round managed by BlackRock and several other lead investors": the one named is a lead too.
OTHER_LEADS = re.compile(
    r"([A-Z][\w&.'’-]*(?:\s(?:&\s)?[A-Z][\w&.'’-]*){0,4})\s(?:and|along\swith|with)\s(?:\w+\s){0,2}other\s(?:co-)?lead\s"
    r"(?:investors?|backers?)\b"
)

# "The two Washington, D.C.-area venture funds led a new round": the subject points back to names already given.
ANAPHOR = re.compile(r"(?i)(?:the\s(?:two|three|four)|both|these|those)\b")
# "In December, SoftBank Ventures Asia led the financing round for another Chinese robotics startup": not this round.
OTHER_COMPANY = re.compile(
    r"^\s?(?:\S+\s){0,3}?(?:for|in|of)\s(?:another|other|a\sdifferent)\b"
    # "Main Sequence Ventures and PAN led Morse Micro’s seed round in 2017": a round the text dates is an earlier one.
    r"|^\s?(?:\S+\s){0,5}?(?:round|financing|funding|raise)\s(?:back\s)?in\s(?:early\s|late\s|mid-?)?(?:19|20)\d\d\b",
    re.IGNORECASE,
)
# "Lead investor | Keith Rabois |" (a fact table), "Lead investors: A and B", "Il lead investor, con tre milioni di euro
# investiti, è Cdp Venture Capital Sgr": the role noun, a separator or a copula (after an aside), then the names.
LEAD_IS = re.compile(
    # "The lead investor in Noetix Robotics' $140M Series B is CD Capital" (dailyscout-noetix-galbot): the round named.
    r"(?i:\blead\s(?:investors?|backers?))(?:,[^,.;\n]{1,60},|\s(?i:in|of|for)\s[^,.;\n|]{1,60}?)?\s?"
    # "... Y Combinator, Mozilla, and our lead investor, Coatue." (b33-supabase-30m-series-a-coatue): the role noun's
    # appositive, a capitalised name right after its comma.
    r"(?:\|\s?|:\s|,\s(?=[A-Z])|(?i:was|were|is|are|è|est|es|é|war|ist)\s)"
    r"([A-Z][^|.;\n]{0,100}?)(?=\s?\||[.;\n]|,\s(?:and\s)?[a-z]|\s(?:and|with|who|which)\s[a-z]|$)"
)
# A fund's own post names itself apart from its "we": "We led the round and I'm joining the board. [...] At Foundry
# Group, we've experimented with ..."; "Lux announced big news today: we are leading a $30 million founding seed round".
WE_LED_AT = re.compile(
    r"(?s)\bWe\s(?:(?:have|had|are|proudly)\s)?(?:co-)?(?:led|leading)\s(?:the|this|a|an|its)\b.{0,1500}?"
    r"\bAt\s([A-Z][\w&.'’-]*(?:\x20[A-Z][\w&.'’-]*){0,3}),\swe\b"
)
FIRM_SAYS_WE_LEAD = re.compile(
    r"([A-Z][\w&.'’-]*(?:\x20(?:&\x20)?[A-Z][\w&.'’-]*){0,3})\s(?:announced|announces|is\s(?:proud|excited|thrilled|pleased)\sto\s"
    r"announce)[^.:\n]{0,40}:\swe(?:['’]re|\sare)\s(?:\w+\s){0,2}?(?:co-)?lead(?:ing)?\b"
)
# "Elcid Investments is reportedly picking up a 0.039% stake in quick commerce startup Zepto": the buyer of a stake is
# the investor of that deal.
STAKE_BUYER = re.compile(
    r"([A-Z][\w&.'’-]*(?:\x20(?:&\x20)?[A-Z][\w&.'’-]*){0,4})\s(?:(?:is|has|have|was)\s)?(?:(?:reportedly|also|now)\s)?"
    r"(?:picking\sup|picked\sup|picks\sup|acquir(?:es|ed|ing)|tak(?:es|ing)|took|buys|bought|buying)\s(?:a|an)\s"
    r"(?:[\d.]+%\s)?(?:minority\s|majority\s)?stake\sin\b"
)
# "a16z Crypto also announced its latest investment. The VC firm led a £34.25 million round": a definite description
# of an investor as the subject points back to the firm named in the sentence before.
FIRM_ANAPHOR = re.compile(r"(?i)^the\s(?:\w+\s){0,2}?(?:firm|fund|investor|backer|vc|venture\scapitalist)$")
# The patterns whose first group is the list of leads, beyond the older ones `lead_investors` loops over by name.
# "Leading the round by contributing 33% of the cash was the CLIN Private Investment Fund administered by ..."
# (hs4-igrowpreowned-agrourbana-seed): the lead told after its verb.
LEADING_WAS = re.compile(
    r"\b(?i:Leading|Co-leading|Heading|Spearheading)\s(?i:the|this)\s(?:[\w-]+\s){0,2}?(?i:round|financing|funding|raise|"
    # "Co-leading the round are e-commerce giant Alibaba and HongShan" (b38-xierle-moonshot-1b-series-b): the present
    # tense, and a lower-case descriptor before the first name.
    r"investment)\b[^.;\n]{0,60}?\s(?:was|were|is|are)\s(?:the\s)?(?:(?-i:[a-z])[\w-]*\s){0,3}?([A-Z][^.;\n]{1,100}?)"
    r"(?=[.;\n]|,|\s[—–]\s|\s(?:administered|managed|advised|run|which|who|with|alongside)\b|$)"
)
# "Braidwell, which led this new financing with Collective Global" (hs4-createsend-lila-a), "Acme co-led the round
# with Beta Capital": the one the round was led with is a lead too (not "with participation from").
LED_WITH = re.compile(
    r"\b(?i:co-)?led\s(?:the|this|its)\s(?:[\w-]+\s){0,2}?(?:round|financing|funding|raise|investment)\s"
    # "Primary Venture Partners led the round along with a newly joined investor Positive Sum" (b13-highk-etched-a).
    r"(?:(?:along|together)\s)?with\s(?:(?:a|an)\s(?:[\w-]+\s){0,3}?(?:investor|backer|firm|fund)\s)?"
    r"(?!(?:participation|support|help|a|an)\b)((?-i:[A-Z])[\w&.-]*(?:\s(?-i:[A-Z])[\w&.-]*){0,4})(?![\w'’])"
)
# "Boyu Capital, 6 Dimensions Capital and Hillhouse Capital led, and were joined by Temasek" (scrip-viela-a): "led" with
# no object, the sentence's subject the leads.
LED_BARE = re.compile(
    r"(?:^|(?<=[.;]\s)|\n)((?-i:[A-Z0-9])[^.;:\n]{1,120}?)\s(?:co-)?led(?=,\s(?:and\s)?(?:were|was)\s(?:joined|followed)\b|\.\s|\.$|;)"
)
# "after getting help from Franklin Templeton, ABCDE, and Framework Ventures as the lead investors"
# (hs5-coinspeaker-bitlayer-a): a list, commas and all, named as the leads (AS_LEAD reads a name without commas).
LIST_AS_LEADS = re.compile(
    r"\b(?:from|with|by)\s((?-i:[A-Z0-9])[^.;:\n]{1,120}?)\s(?:acting\s|serving\s)?as\s(?:the\s|its\s)?(?:co-)?lead\s"
    r"(?:investors|backers)\b"
)
MORE_LEADS = (
    LEAD_IS,
    WE_LED_AT,
    FIRM_SAYS_WE_LEAD,
    STAKE_BUYER,
    LEADING_WAS,
    LED_WITH,
    LED_BARE,
    LIST_AS_LEADS,
    ARRANGED_AS_LEADS,
)
