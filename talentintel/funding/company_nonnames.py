"""Name-like spans that name no company: places, peoples, and the words that open sentences.

A capitalised span is read as a name by the company grammar; these are the classes of such spans that are never the
raiser (tuning_batch11, first score company 0.520: "Turkey" for Trendyol, "Wien" for refurbed, "Australian" for
Morse Micro, "Denmark" for SEED Capital, "Some" and "Good" for MindMixer and SkillSlate).
"""

from __future__ import annotations

import re
from functools import cache

from talentintel.funding import company_headings as headings
from talentintel.funding.company_discourse import is_discourse_word
from talentintel.funding.company_function_words import is_function_word
from talentintel.funding.company_relational import relational_description
from talentintel.funding.company_span_trim import trim_span
from talentintel.funding.company_spans import names_no_raiser
from talentintel.funding.company_tech_terms import is_technology_term
from talentintel.funding.investors import is_known_investor
from talentintel.funding.openers import strip_opener

# Regions and round words the grammar meets at a clause's start (its adverbs are `openers`): "On the 24th",
# "South Korea announces a fund", "A Series A is typically ...".
NOT_ENTITY = re.compile(
    r"(?i)(?:an?\s)?(?:series\s\w|seed round|round)|\d+(?:st|nd|rd|th)|(?:south\s|north\s)?korea|japan|"
    r"china|india|saudi arabia|uae|singapore|indonesia|vietnam|nigeria|kenya|egypt|israel|germany|france|uk|us|usa|"
    r"europe|asia|africa|mena|latin america|brazil|mexico|canada|australia|hong kong|taiwan|startups?|start-ups?|"
    r"companies|investors|venture capitalists|vcs|january|february|march|april|june|july|august|september|october|"
    r"november|december|januar|februar|märz|juni|juli|oktober|dezember|"
    # "ein neues Investment in Höhe von 100 Mio. US-Dollar" (b22-startupradar-de-n26-100m-extension): "amounting to".
    r"höhe|"
    # Russian kind nouns opening a sentence: "Проект, обещавший революцию ..., оказался масштабной мистификацией" (the
    # project, a collapse) gave "Проект" (hs18-tvkrasnodar-builder-ai-natasha-480m-collapse-ru).
    r"стартап|проект|компания|фирма|сервис|платформа|разработчик|инвестор|фонд"
)
# The closed classes of English (determiners, quantifiers, pronouns, conjunctions, sentence adverbs) and the few
# evaluative adjectives that open a blog's sentence ("Some fundraising efforts are ...", "Good things. Very Good
# Things!"): capitalised at a sentence's start, written twice, they looked like a name to the anaphor reading.
_CLOSED_CLASS = re.compile(
    r"(?i)the|an?|some|many|most|several|few|all|every|each|any|both|other|others|another|such|these|those|that|there|here|"
    r"what|which|who|whom|whose|when|where|while|why|how|if|but|and|or|nor|so|then|than|because|since|unless|until|"
    r"though|although|our|my|your|their|his|her|its|us|them|me|you|one|two|three|no|not|yes|very|really|quite|good|"
    r"great|big|best|better|new|first|last|next|more|less|much"
)
# Articles of the other languages the parser reads, capitalised at a sentence's start: "La banque numérique zambienne
# Lupiya a étendu ..." gave "La" for Lupiya (b13-allafrica-lupiya-a).
_FOREIGN_ARTICLE = re.compile(
    r"(?i)la|le|les|l['’]|el|los|las|il|lo|gli|un|une|una|uno|der|die|das|het|een|des|du|os|as"
)
# US state and Canadian province codes after a city: "ROME Therapeutics based in Cambridge, MA secured $77 million"
# gave "MA" (b13-nature-rome-lexeo-skyhawk).
_STATE_CODE = re.compile(
    r"A[KLRZ]|C[AOT]|D[CE]|FL|GA|HI|I[ADLN]|K[SY]|LA|M[ADEINOST]|N[CDEHJMVY]|O[HKR]|PA|RI|S[CD]|T[NX]|UT|V[AT]|W[AIVY]|"
    r"AB|BC|MB|NB|NL|NS|ON|QC|SK"
)
# A count of a plural kind, a headline's subject: "7 Chinese Blockchain Medias Announced Funding" (b13-8btc-...).
_COUNTED_PLURAL = re.compile(
    r"(?:\d{1,4}|(?i:two|three|four|five|six|seven|eight|nine|ten|dozens?\sof))\s(?:\S+\s){1,4}\S+s"
)
# An event or an award, not a company: "won a total of US$400,000 in the 2025 FINCA Ventures Prize" (b13-todayafrica-...).
_EVENT = re.compile(r".*\s(?:Prize|Prizes|Awards?|Competition|Challenge|Summit|Conference|Festival|Hackathon|Expo)")
# Descriptors glued before a name or an aside after it: "Nigerian-born Moniepoint", "Visa-Backed Moniepoint" (a
# hyphenated participle), "quick commerce startup Zepto for INR 7.5 Cr." (the price after "for"). The participle is
# the whole family of "who stands behind it" (promoted, funded, incubated, controlled, run ...): "Fairfax-promoted
# Digit Insurance has raised USD 200 million" gave the name with its promoter (b30-zeenews-digit-insurance-200m-faering).
# A hyphenated chain that ends in a kind of company is one too: "Bitcoin miner-turned-AI-data-firm Iren announced
# pricing of $3.6 billion" gave "AI-data-firm Iren" (hs18-louisvelazquez-iren-3-6bn-equity-and-convertibles).
_GLUED_BEFORE = re.compile(
    r"^(?:[\w.&'’]+-(?i:born|based|backed|headquartered|founded|owned|focused|listed|registered|promoted|funded|"
    r"supported|incubated|controlled|sponsored|operated|affiliated|financed|run)\s"
    r"|(?:[\w.&'’]+-)+(?i:firm|company|startup|maker|provider|operator|miner|developer)\s)+(?=[A-Z0-9])"
)
_FOR_PRICE_AFTER = re.compile(r"\sfor\s(?:[A-Z]{3}\b|[$€£¥₹]|Rs\.?\s|\d).*$")

# The owner or place before a possessive ("Kenya's OkHi") ... unless "The" opens it: "The Farmer’s Dog, a
# direct-to-consumer startup ..., just closed $39 million" (b30-fastcompany-farmers-dog-39m-series-b) is one brand, as
# "The Children’s Place" is; a generic owner ("The company’s Acme unit") is still cut.
OWNER = re.compile(
    r"^(?!The\s(?!(?:Company|Group|Firm|Startup|Fund|Bank|Government|State|City|Kingdom|Republic|Country|World)['’]s)"
    # Up to four words own: "Tesla CEO Elon Musk's SpaceX Raises $850 Million" (b31-gadgetsndtv-spacex-850m).
    r"[A-Z][\w.&-]*['’]s\s)(?:[A-Z][\w.&-]*\s){0,3}[A-Z][\w.&-]*['’]s\s(?=\S)"
)


def strip_descriptors(name: str) -> str:
    """`name` without the hyphenated descriptor or opening time word before it and a price after it."""
    name = headings.strip_page_labels(name)
    return trim_span(_FOR_PRICE_AFTER.sub("", _GLUED_BEFORE.sub("", strip_opener(name))))


# Peoples and languages: "for Australian semiconductor manufacturer Morse Micro", "Turkish e-commerce giant".
_DEMONYM = re.compile(
    r"(?i)(?:american|australian|austrian|belgian|brazilian|british|canadian|chilean|chinese|colombian|czech|danish|"
    r"dutch|egyptian|emirati|english|estonian|european|finnish|french|german|ghanaian|greek|hungarian|indian|"
    r"indonesian|irish|israeli|italian|japanese|kenyan|korean|latvian|lithuanian|malaysian|mexican|moroccan|"
    r"nigerian|norwegian|pakistani|peruvian|philippine|filipino|polish|portuguese|romanian|russian|saudi|scottish|"
    r"singaporean|spanish|swedish|swiss|taiwanese|thai|turkish|ugandan|ukrainian|vietnamese|african|asian|"
    r"nordic|latin|arab|arabic)"
)
# Currencies after an amount: "frische 54 Mio. Euro (ca. 57 Mio. Dollar) an Bord geholt".
_CURRENCY = re.compile(
    r"(?i)(?:euros?|dollars?|yuan|renminbi|yen|won|rupees?|rupiah|pounds?|francs?|kronor|kroner|kronen|zloty|reais|"
    r"real|pesos?|naira|shillings?|rand|ringgit|baht|dirhams?|riyals?|lira|lire)"
)
# The plural of a kind of company, a sentence's subject ("Neobanks have led the charge"), as the whole span only:
# "Animoca Brands", "Challenger Banks" are names.
_KIND_PLURAL = re.compile(
    r"(?i)(?:neo)?banks|fintechs|lenders|insurers|exchanges|platforms|marketplaces|retailers|brands|protocols"
)
# The market a trend piece's headline makes its subject: "AI Robotics Funding Boom Hits $1B Milestone" (b14-q6th-...),
# "Crypto VC Frenzy Returns", "The AI Gold Rush": a wave of rounds, never one raiser.
_MARKET_PHRASE = re.compile(
    r"(?i)(?:\S+\s){1,5}(?:boom|frenzy|mania|craze|rush|surge|spree|bonanza|slump|drought|winter|roundup|round-up|"
    r"recap|wrap|wrap-up|milestone)"
)
# An evaluative adjective left when the owner before "'s" is cut: "Figure AI's Massive Raise" gave "Massive".
_EVALUATIVE = re.compile(
    r"(?i)massive|huge|mega|giant|record|latest|fresh|major|whopping|hefty|blockbuster|monster|jumbo|sizable|"
    r"sizeable|bumper|landmark|historic|stunning|staggering|impressive|surprise|surprising|"
    # A superlative that heads a descriptor in place of a name: "World’s Biggest AI Startup Raises $1.2 Billion in Mere
    # Months" gave "Biggest" once "AI Startup" was cut (b48-synergyeffect-sensetime-620m-no-lead; the body names SenseTime
    # Group Ltd.); "the world’s largest crypto Exchange" (company_appositive_name), "Largest fund for African startups
    # unveiled" (technoafrica-partech-africa-first-close) are the same construction.
    r"biggest|largest|fastest|hottest|richest|smallest|youngest|busiest|fastest-growing"
)
# A headline's word for a company that keeps its name back: "Stealth AI Startup Lands Huge Funding" gave "Stealth" once
# "AI Startup" was cut (b37-vacuumtj-stepstar-series-b-hundreds-millions, fund67; the body names StepStar); "Mystery
# Startup", "Unnamed Fintech", "Secretive AI Lab" the same.
_UNNAMED = re.compile(
    r"(?i)stealth(?:-mode)?|unnamed|mystery|mysterious|secretive|anonymous|undisclosed|unidentified|unknown"
)
# World regions, which the gazetteer (countries and large cities) does not hold: "Funding in Southeast Asia slowed.
# There, Acme raised" (the issue's "Southeast Asia. There"), "the Middle East and North Africa (MENA) region"
# (pioneerinvestors-mena-may2021), "South-east Asian start-ups" (straitstimes-jungle-240).
_REGION = re.compile(
    r"(?i)(?:the\s)?(?:(?:(?:south|north)[\s-]?(?:east|west)|south|north|east|west|central|southern|northern|eastern|"
    r"western|sub[\s-]saharan)[\s-](?:asia|africa|europe|america|asian|african|european|american)|middle\seast(?:ern)?|"
    r"latam|gulf|gcc|nordics?|dach|benelux|asia[\s-]pacific|apac|emea|greater\schina|scandinavia|baltics?|balkans|"
    r"caribbean|oceania|asean|mena|bay\sarea)"
)
# A person's title cut from its name at the point ("Dr. Jonathan Matlock, co-founder of Empirical Ventures" gave "Dr"
# for the fund's firm, hs9-infograndz-empirical-ventures-8m-fund): a title never names a company.
_TITLE = re.compile(r"(?:Dr|Mr|Mrs|Ms|Mx|Prof|Sir|Dame|Rev|Hon|Drs|Dres)\.?")
# Cities this large are far likelier the place than a company of the same one-word name.
_MIN_CITY = 1_000_000


@cache
def _places() -> frozenset[str]:
    """Countries, large cities (with their foreign names) and place abbreviations, folded ("wien", "turkey")."""
    from talentintel.tagging.gazetteer import gazetteer  # lazy: ~0.5 s to build, once, on the first company read

    g = gazetteer()
    names = set(g.countries)
    names.update(k for k, places in g.cities.items() if places and places[0].population >= _MIN_CITY)
    names.update(k for k in g.abbreviations if len(k) > 3)
    return frozenset(names - set(g.text_not_places))


def is_place(name: str) -> bool:
    """`name` is a country, a large city or a people's adjective: "Turkey", "Wien", "Silicon Valley", "Australian"."""
    from talentintel.tagging.gazetteer import fold

    if _DEMONYM.fullmatch(name):
        return True
    # A city's old or foreign name that an investor took ("Temasek", Singapore's) names the investor.
    return fold(name) in _places() and not is_known_investor(name)


def not_a_name(name: str) -> bool:
    """A place, a people, an opening word, a currency, a kind of company or a round word, not a company: the span names no raiser."""
    if (
        NOT_ENTITY.fullmatch(name)
        or _CURRENCY.fullmatch(name)
        or _KIND_PLURAL.fullmatch(name)
        or _TITLE.fullmatch(name)
    ):
        return True
    if _CLOSED_CLASS.fullmatch(name) or _FOREIGN_ARTICLE.fullmatch(name) or _STATE_CODE.fullmatch(name):
        return True
    if (
        _COUNTED_PLURAL.fullmatch(name)
        or _EVENT.fullmatch(name)
        or _MARKET_PHRASE.fullmatch(name)
        or _REGION.fullmatch(name)
    ):
        return True
    if _EVALUATIVE.fullmatch(name) or _UNNAMED.fullmatch(name) or headings.is_place_adjective(name):
        return True
    if names_no_raiser(name) or relational_description(name):  # "Rywal OpenAI", "Основатель" (company_relational)
        return True
    if is_discourse_word(name) or is_function_word(name) or is_technology_term(name):  # "GPU", "Web3", "Restaking"
        return True
    return is_place(name)


def place_possessive(name: str) -> bool:
    """`name` is a place's something: "Nigeria’s Agri-Tech Future", "India's EV Push", "Africa’s Fintech Boom".

    "British Investor Backs Nigeria’s Agri-Tech Future with ₦11.4bn Boost" (b30-techparley-babban-gona-7-5m-bii-debt)
    read the object of "backs" as the raiser; a country's or a region's possessive names a market, not a company."""
    head = re.match(r"^(.+?)['’]s\s", name)
    return bool(head and NOT_ENTITY.fullmatch(head.group(1)))
