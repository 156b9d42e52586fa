"""Subject patterns of raise sentences beyond the English "Acme raised": German word order, Romance articles,
relatives and passives, founders who raise for their startups, and who in a sentence is a person.

`company._candidates` reads these next to its own English patterns; each is the grammar of a language, written
against the misses of `tests/fixtures/funding/tuning_batch6.jsonl` (issue 13), not against one text.
"""

from __future__ import annotations

import re

# Words that describe a name before it ("Business DeFi Insurer Nexus Mutual") and words that are no company.
DESCRIPTOR_WORDS = frozenset(
    {
        "insurer",
        "startup",
        "start-up",
        "scale-up",  # "Scale-up Refurbed holt sich": the stage before the name describes it
        "scaleup",
        "platform",
        "protocol",
        "bank",
        "app",
        "exchange",
        "company",
        "firm",
        "fintech",
        "provider",
        "lab",
        "maker",
        "developer",
        "unicorn",
        "neobank",
        "wallet",
        "marketplace",
        "pioneer",
        "leader",
        "giant",
        "major",
        "darling",
        "upstart",
        "miner",
        "operator",
        "newcomer",
        "studio",
        "dex",
        "lender",
        "broker",
        "spinout",
        "spin-off",
        "spinoff",
        "brand",
        "outfit",
        "manufacturer",
        "producer",
        "retailer",
        "network",
        # "PureTech Founded Entity Seaport Therapeutics Closes $225 Million" (b16-stockopedia-seaport-b): the parent's
        # role word for the company it founded or owns.
        "entity",
        "subsidiary",
    }
)
NOT_COMPANY = frozenset(
    {
        "we",
        "r&d",
        "ia",
        "ki",
        "i",
        "he",
        "she",
        "they",
        "it",
        "today",
        "exclusive",
        "the company",
        "the startup",
        "the round",
        "this",
        "techcrunch",
        "story",
        "on",
        "in",
        "news",
        "update",
        "breaking",
        "report",
        "monday",
        "tuesday",
        "wednesday",
        "thursday",
        "friday",
        "saturday",
        "sunday",
        "meanwhile",
        # Interjections opening a sentence: "Ah, how innocent it was back then." (b46-empiredig-thinking-machinery-lab).
        "ah",
        "oh",
        "alas",
        "according",
        "however",
        "also",
        "additionally",
        "further",
        "elsewhere",
        "separately",
        "ai",
        "web3",
        "crypto",
        "fintech",
        "plus",  # "Plus, Galaxy Ventures unveils a new fund": a newsletter's second item
        # German articles and pronouns open "Das Startup erhält", "Die Firma hat": an anaphor, not a name.
        "das",
        "der",
        "die",
        "dem",
        "den",
        "es",
        "sie",
        "er",
        "wir",
    }
)
# "Behold, the mighty Poseidon, ..., has secured 15 million" (hs15-usdaed-poseidon-15m-seed-a16z-crypto) and "Well, the
# company just raised $1.1 billion" (hs17-najib-cerebras): more sentence-opening interjections. A listing or a token
# sale is an event, not who raised: "raise between $750 million and $1 billion in its IPO" (hs17-najib-cerebras).
NOT_COMPANY = NOT_COMPANY | frozenset("behold well yes look listen ipo ico ido ieo spac".split())

# "Frost Giant Studios": a descriptor word ("giant") before a bare company suffix is part of the name.
NAME_SUFFIX = re.compile(r"(?:Studios?|Labs?|Games|Technologies|Systems|Group|Industries|Works|Entertainment)?")
# "January 17" (a post's date line) is no name.
# An attribution after a comma is no description of the name before it: "fresh funding of about $110 million from
# investors, including Google, a statement made available to Business Post on Tuesday disclosed" made Google the
# raiser of Moniepoint's round (tuning_hs14 businesspost, fund71). Read after "X, a|the ..." in `company._APPOSITIVE`.
ATTRIBUTION = (
    r"(?:statement|spokes(?:wo)?man|spokesperson|press\srelease|(?:regulatory\s)?filing|memo|"
    r"(?:report|source|person|people)\s(?:said|says|shows|showed|familiar|close|seen|by|from))(?!-)"
)
MONTH = r"(?:January|February|March|April|May|June|July|August|September|October|November|December)"
# A number, an amount or a date read as a name: "8b" (of "$5.8b"), "9" (a day), "September 2022", "January 17".
MONEY_OR_DATE = re.compile(
    r"(?i)[\d.,]+\s?(?:[kmb]n?|mn|million|billion|bn)?|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-zäé]*\.?"
    r"(?:\s\d{1,2}(?:st|nd|rd|th)?,?)?\s(?:19|20)\d\d|" + MONTH + r"\s\d{1,2}(?:st|nd|rd|th)?"
)
# "Newark, N.J.-based AeroFarms, Inc., is looking ...": the place before "-based" opens the sentence, not the name.
PLACE_BASED = r"(?:[A-Z][\w.]*(?:\s[A-Z][\w.]*)?,\s[A-Z][\w.]*(?:\s[A-Z][\w.]*)?-based\s)?"

# "SAN FRANCISCO--(BUSINESS WIRE)--Acme, the ...": once the wire's name is cut, an upper-case city and dashes remain.
DATELINE = re.compile(
    r"^(?:[A-Z]{2}[A-Z.,'’ ]{0,60}?(?:-{2,}|—)\s*|[^\n]{0,120}?(?:/PRNewswire/|\(GLOBE NEWSWIRE\)|\(BUSINESS WIRE\)|/CNW/|\(Newsfile Corp\.\)|"
    r"\b20\d\d\b\s?(?:--|—|–|-)|\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z.]*\s\d{1,2}\b[^\n]{0,10}?(?:--|—|–))\s*)"
)
NOT_NAME_PREFIX = re.compile(
    r"(?i)-(?:backed|funded|led|based|founded|owned|focused|headquartered)$|^\d[\d/.,:-]*[.,:]$"
    r"|^(?:(?:co-)?leads?|backs|backed|invests?|raises|secures|closes|lands|announces|gets|bags|nabs|snags|completes|"
    r"receives|joins|launches|launched|unveils|debuts)$"
)
_CAP = r"[A-Z0-9ÄÖÜÉÈÀÁÍÓÚÇ]"
_TOKEN = (
    rf"(?:{_CAP}[\w.&'’+•·-]*|[a-z][a-z0-9]*[A-Z][\w.&'’+•·-]*|a16z|"
    r"[a-z][a-z0-9-]*\.(?:net|io|ai|xyz|com|fi|finance|org|so|gg|app|network|money|co)\b)"
)
# A name never runs over a line break: "Dec 11, 2009\n\nThe Media Convergence Group" is a date, then a name.
NAME = rf"{_TOKEN}(?:[^\S\n](?:of[^\S\n]|de[^\S\n]|&[^\S\n]|for[^\S\n])?{_TOKEN}){{0,5}}"

# German puts the finite verb second: "Nur wenige Wochen nach ... stockt Tubulis seine Series C ... auf",
# "Im April sammelt Acme 5 Millionen Euro ein": the name right after the verb is its subject.
DE_INVERTED = re.compile(
    r"\b(?:sammelt|erhält|erhielt|bekommt|bekam|holt|stockt|sichert|schließt|schliesst|verbucht|verkündet|meldet)\s"
    rf"(?:sich\s)?({NAME})\s(?:seine|ihre|weitere|eine[nm]?|rund|über|insgesamt|frisches|neues|etwa|knapp|mehr|fast|"
    r"zusätzlich|\d)"
)
# German names a company by its kind: "Den Start machte am Montag das Start-up Outfittery", "in das Fintech Acme":
# whatever the clause, the name after the article and the description is a company.
DE_DESCRIBED = re.compile(
    r"\b(?:das|der|die|dem|den)\s(?:[A-ZÄÖÜ][\wäöüß-]*(?:e[rsnm]?)\s)?(?:Start-up|Startup|Jungunternehmen|Fintech|"
    rf"Insurtech|Proptech|Biotech|Plattform|Scale-up)\s({NAME})"
)
# German headlines name the raiser as what the money is for: "Frisches Kapital für Acme: Das Startup erhält ...",
# "Zehn Millionen Euro für Acme".
DE_MONEY_FOR = re.compile(
    r"\b(?:Geld|Kapital|Finanzspritze|Finanzierung|Investment|Millionen|Milliarden|Mio\.?|Mrd\.?|Euro|Dollar|€|\$)"
    rf"\sfür\s({NAME})(?=[:.,;!?\s]|$)"
)
# Congratulations name the raiser before "for/on raising": "congratulations to ... his Praized Media team for getting
# $1 million", "Kudos to Acme on closing its seed round".
FOR_RAISING = re.compile(
    rf"({NAME})\s(?:team\s)?(?:for|on)\s(?:getting|raising|closing|securing|landing|bagging)\s"
    r"(?:[$€£]|an?\s|its\s|their\s|\d)"
)
# A list of deals: "- Mistral AI (IA générative), 1,7 Md€ en Série C", "• Acme, $5M seed".
# "- Acme, $5M"; a numbered item with a dash: "1. Helsing - $691M (Munich) ..." (b16-botmemo-helsing).
LIST_ITEM = re.compile(
    rf"(?m)^(?:[-•*]|\d{{1,2}}[.)])\s({NAME})(?:,|\s[-–—])\s(?:[$€£]\s?)?[\d.,]+\s?(?:M|Md|Mrd|Mio|B|bn|million|millions|milliards?|Millionen)?\s?[€$£]?"
)
# A headline that names the company and then tells its deal: "Movinga: Investoren pumpen 17 Millionen Euro in ...".
# "Engineering Legal AI: Legora’s $5.5B Rise" (hs16-pawanpatra-legora-550m-series-d): a name with its possessive right
# after the colon owns the deal, the words before it are the post's topic.
HEADLINE_COLON = re.compile(
    rf"\A({NAME}):\s(?!{NAME}['’]s\s)[^\n]{{0,80}}?(?:[$€£]\s?\d|\d[\d.,]*\s?(?:Millionen|Mio|million|millions|milliards?|Md|M|B|bn)\b)"
)
# "hat ... eingesammelt" and its synonyms, verb-final.
DE_PARTICIPLE = (
    r"eingesammelt|erhalten|gesichert|abgeschlossen|bekommen|eingeworben|eingenommen|aufgenommen|geholt|eingestrichen"
)
# German descriptions before a name: "Der Drohnenhersteller Helsing", "das deutsche Raumfahrt-Startup Isar Aerospace".
DE_DESCRIPTION = re.compile(
    r"^(?:Das|Der|Die)\s(?:[A-ZÄÖÜ][\wäöüß-]*\s){0,3}?[\wäöüß-]*"
    r"(?i:startup|start-up|unternehmen|plattform|anbieter|fintech|scale-up|softwarehaus|hersteller|entwickler|betreiber|"
    r"spezialist|konzern|firma|dienstleister|versicherer|händler|biotech|insurtech|proptech|app|marktplatz|portal|"
    # "Das Rocket-Internet-Venture HelloFresh bekommt" (b22-moneycab-de-hellofresh-85m): an investor's venture, offshoot.
    r"venture|ableger|tochter)"
    r"\s(?=[A-Z0-9])"
)
DE_COMPOUND_DESCRIPTOR = re.compile(
    r"(?i)^[\wäöüß]+-(?:startup|start-up|unternehmen|plattform|anbieter|firma|fintech)$"
)

_ROMANCE_NOUN = (
    r"(?i:startup|start-up|empresa|companhia|compañía|compañia|société|entreprise|jeune\spousse|plataforma|plateforme|"
    r"fintech|healthtech|edtech|insurtech|proptech|scale-up|piattaforma|società|aplicación|aplicação|application|"
    r"banco|banque|banca)"  # "o banco on-line Nubank já podia considerar" (veja-nubank-tencent)
)
# "La compañía da entrada a Rakuten": a name after a preposition is an object, not the described subject.
# "a startup Terradot quer adotar", "A start-up brasileira CargoX, que ...", "la joven startup clicOH –tiene": an
# article, the description (and its adjectives) and then the name, the subject of what follows. Only at a clause's
# start: "para a startup de IA Anthropic" is an object.
ROMANCE_DESCRIBED = re.compile(
    rf"(?:\A|(?<=\n)|(?<=[,;:.!?–—]\s))(?i:a|la|el|o|le|l'|une?|uma|lo)\s(?:[a-zà-ÿ]+\s)?[‘'\"“]?{_ROMANCE_NOUN}[’'\"”]?"
    rf"(?:\s[a-zà-ÿ-]+){{0,4}},?\s(?<!\sa\s)(?<!\sà\s)(?<!\sal\s)(?<!\sao\s)(?<!\spara\s)(?<!\spour\s)(?<!\scon\s)"
    rf"(?!\d)({NAME})(?=[\s,–—])"
)
_ROMANCE_RAISE = (
    r"(?:ha\s|a\s|já\s)?(?:anunciou|anunció|anuncia|annonce|a\sannoncé|ha\sannunciato|annuncia|recebeu|recibió|levantou|"
    r"levantó|captou|captó|obtuvo|obteve|raccoglie|ha\sraccolto|lève|a\slevé|cerró|fechou|recaudó|consiguió|chiude|"
    r"ha\schiuso|boucle|a\sbouclé|vient\sde\s(?:lever|boucler))"
)
# "A start-up brasileira CargoX, que usa ..., anunciou ter recebido", "a Monarch Tractor, com sede em Livermore, na
# Califórnia, anunciou um aporte": the subject before a relative clause or its seat.
# "Our Happy Company, la società fondata da John Legend ... di NFT OurSongs, ha annunciato la chiusura": the subject
# before an aside that opens on the article and the word for company (rockol-our-happy-company).
ROMANCE_ASIDE = re.compile(
    rf"(?<![\w$])({NAME}),\s(?:que|qui|che|la\scual|com\ssede|con\ssede|basée?|sediada|fundada|fondée|fondata|creada|"
    rf"criada|(?:la|l['’]|a|el|le)\s?(?:società|azienda|startup|empresa|companhia|compañía|société|entreprise)|"
    # "ORA Technologies, jeune pousse marocaine fondée par Omar Alami, qui a bouclé une levée de fonds en série A"
    # (hs11-le360-ora-technologies-7-5m-series-a-fr, fund49: no company read): a bare descriptor noun opens the aside,
    # and a relative pronoun may stand before the raise after it.
    rf"jeune\spousse|(?:une\s)?start-?up|pépite)\b"
    rf"[^.;]{{3,200}}?,\s(?:(?:qui|que|che)\s)?{_ROMANCE_RAISE}\b"
)
# The agent of a passive raise: "finanziamento raccolto da Genenta Science", "deliberato a fine aprile da
# StartupItalia", "recaudado por Acme" (not "guidato da", "liderada por": those are the leads).
ROMANCE_AGENT = re.compile(
    r"\b(?:raccolt[oia]|deliberat[oa]|annunciat[oa]|chius[oa]|ottenut[oa]|incassat[oa]|recaudad[oa]|captad[oa]|"
    rf"levantad[oa]|anunciad[oa]|levée|annoncée|bouclée)\s(?:[^\s.,;]+\s){{0,4}}?(?:da|por|par|pela|pelo)\s(?!\d)({NAME})"
)
# Romance prepositions before a name make it a place or a backer: "com sede em Livermore, na Califórnia, anunciou".
ROMANCE_PLACE_BEFORE = re.compile(r"\b(?:em|na|no|nas|nos|en|dans|nel|nella|della|del|au|aux|chez|para|pour|per)\s$")

# "CrowdStrike has revealed that it raised $100m" (b14-siliconrepublic-crowdstrike-levelup): the subject reports its
# own raise with any reporting verb, not only "said"/"announced".
REPORTED = r"(?:has\s|had\s)?(?:said|says|announced|confirmed|revealed|reveals|disclosed|discloses|told\s\w+)"
# The people or the company behind a product: "The creators of the open source project vLLM" (dd-inferact-tc), "The
# company behind virtual trading card site NBA Top Shot said Tuesday it raised $305 million" (b14-511host-...): the
# name after it is the product, not the raiser.
BEHIND_PRODUCT = re.compile(
    r"\b(?i:(?:creators?|founders?|co-founders?|makers?|team|developers?|authors?|maintainers?)\s(?:of|behind)|"
    r"(?:company|startup|start-up|firm|outfit|studio|business)\s(?:behind|that\s(?:makes|runs|operates|owns|built)))\s"
    r"(?:the\s)?(?:[\w-]+\s){0,4}$"
)

# English: "Signature BioScience of the USA, a development-stage ...company, has raised": origin, then appositive.
ORIGIN_APPOSITIVE = re.compile(
    rf"(?<![\w$])({NAME})\s(?:of|from)\s(?:the\s)?[A-Z][\w.]*(?:\s[A-Z][\w.]*)?,\s(?:a|an|the)\b"
)
# A founder raising for the company: "secured $150 million ... for his robotics startup, The Bot Company".
FOR_THEIR_STARTUP = re.compile(
    r"\bfor\s(?:his|her|their|its)\s(?:new\s)?(?:[a-z][\w-]*\s){0,2}(?:startup|start-up|company|venture|firm|project),?\s"
    rf"({NAME})"
)
# "Niemberg also announced that Yield Protocol has received seed investment": the reported raiser, not the reporter.
THAT_RAISED = re.compile(
    rf"\b(?:announced|said|confirmed|revealed|disclosed)\s(?:on\s\w+\s)?that\s({NAME})\s(?:has\s|had\s)?"
    r"(?:raised|received|secured|closed|landed|bagged|completed)\b"
)
# A subject whose raise follows an aside: "ROME Therapeutics based in Cambridge, MA secured $77 million" (a "based in
# <place>" phrase, b13-nature-rome-lexeo-skyhawk; the state code was read) or a gerund clause, "how else do you
# explain Kredete casually bagging $22 million" (b13-todayafrica-week-sep15; a prize winner later was read).
SUBJECT_RAISED = re.compile(
    # A name of capitalised words without dots: "... challengers to Nvidia. MatX led the wave" starts at "MatX".
    r"(?<![\w$])([A-Z0-9][\w&'’+-]*(?:\s[A-Z0-9][\w&'’+-]*){0,4})(?:,?\s(?:located|based|headquartered)\s(?:in|out\sof)\s"
    r"[A-Z][\w.'’-]*(?:\s[A-Z][\w.'’-]*){0,2}"
    r"(?:,\s[A-Z][\w.]*(?:\s[A-Z][\w.]*)?)?,?\s(?:has\s|have\s)?"
    r"(?:raised|secured|closed|landed|received|completed|bagged|netted|announced|scored)\b"
    r"|\s(?:[a-z]+ly\s)?(?:bagging|raising|securing|landing|netting|scoring|snagging|closing)\s(?:an?\s)?(?:US)?[$€£]"
    # "MatX led the wave with a $500m Series B" (b13-globalpractice-chip-tuesday): first among raisers.
    r"|\sled\sthe\s(?:wave|charge|pack|way|field)\swith\s(?:an?\s)?(?:US)?[$€£])"
)
# A body subject's raise, in the languages the grammar reads ("Glovo ha cerrado su nueva ronda").
RAISED_VERB = (
    r"(?:raised|raises|secured|secures|closed|closes|ha\scerrado|cierra|ha\scaptado|capta|a\slevé|lève|a\sbouclé|"
    r"ha\sraccolto|raccoglie|ha\schiuso|captou|levantou|recebeu|hat\s[^.]{0,40}?eingesammelt|sammelt)\b"
)
# "AI Robotics Startups Raise $1.2 Billion": a plural of companies is no company.
# The same plurals in German and the Romance languages: "Unter den europäischen KI-Firmen hat nur das deutsche
# Unternehmen Aleph Alpha ..." (hs15-newstextarea-mistral-385m-eur-a16z-de read "KI-Firmen" as the raiser).
GENERIC_PLURAL = re.compile(
    r"(?i)\b(?:startups|start-ups|companies|firms|founders|unicorns|scale-ups|firmen|konzerne|entreprises|empresas|"
    r"compañías|companhias|aziende)$"
)
REPORTS_THAT = re.compile(r"\sthat\s[A-Z]")

# "... research out of MIT. Liquid Metal Battery said Thursday that it has raised": a name read before its verb starts
# after the last sentence end inside it (not after an initial or a legal abbreviation: "J.P. Morgan", "Acme Co. Ltd").
_SENTENCE_BREAK = re.compile(
    r"(?<=[A-Za-z0-9]{2})(?<!\bCo)(?<!\bInc)(?<!\bCorp)(?<!\bLtd)(?<!\bPte)(?<!\bPvt)(?<!\bBhd)(?<!\bSt)(?<!\bMr)(?<!\bDr)(?<!\bMio)(?<!\bMrd)[.!?]\s(?=[A-Z])"
)


def last_sentence_offset(name: str) -> int:
    """Where the last sentence inside `name` starts (0 when it holds one sentence)."""
    breaks = list(_SENTENCE_BREAK.finditer(name))
    return breaks[-1].end() if breaks else 0
