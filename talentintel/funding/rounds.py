"""Name the round: pre_seed, seed, series_a..series_f, strategic, token_sale, debt, grant, or None."""

from __future__ import annotations

import re

from talentintel.funding.money import find_money
from talentintel.funding.round_hindi import hindi_stage
from talentintel.funding.round_loan_of import loan_before
from talentintel.funding.round_mixed import mixed_equity_and_debt, only_optional_debt, two_stages
from talentintel.funding.round_valuation import valuation_before

ROUNDS = (
    "pre_seed",
    "seed",
    "series_a",
    "series_b",
    "series_c",
    "series_d",
    "series_e",
    "series_f",
    "strategic",
    "token_sale",
    "debt",
    "grant",
)

# Equity stages, found by position: the one named nearest after the amount wins, else the first named.
# "Series A-1", "Series A2", "Series B+" and "Series C extension" are tranches of that letter; "pre-Series A" is
# none of them (it is matched so that the "Series A" inside it is not taken for the round, and reads as no round).
_STAGE = re.compile(
    r"\bpr[eé][- ]?(?:seed|amorçage|semilla|semente)\b|\bseries[- ]seed\b|\bseed\b|\bangel round\b|\bpr[eé][- ]?s[eé]ries?[- ]?[a-h]\b"
    # Indonesian and Turkish write "seri": "putaran pendanaan “seri A2”" (hs9-canggih-hmd-global-230m-a2-id); European
    # Portuguese "ronda de sementes" is a seed round (hs9-bquan-chainopera-17m-seed-pt).
    r"|\b(?:series|s[ée]rie|seri)[- ]([a-h])(?:\b|(?=[+\d]))|(?-i:\b([A-F])[- ]round\b|\b[Rr]ound ([A-F])\b)"
    # A tranche named by letter and number without "Series": "Other participants in the C-3 round of financing"
    # (hs17-defencepk-horizon-robotics-350m-c3-great-wall), "the B2 round".
    r"|(?-i:\b([A-F])-?[1-9]\s(?:round|tranche)\b)"
    r"|\b(?:semente|semilla|amorçage|capital semilla)\b|(?<=\bronda de )sementes\b",
    re.IGNORECASE,
)
_TOKEN = re.compile(
    r"\b(token (?:sale|round|offering|generation event|presale|pre-sale|raise)|(?:private|public|community) "
    r"(?:token )?(?:sale|presale)|token-sale|ico|ido|ieo|saft|"
    # ... but a buyer's "strategic token accumulation" is a treasury buying tokens with a share sale's money ("Nasdaq firm
    # bets on decentralized AI with strategic token accumulation", b46-blockflow-oblong-7-5m-pipe-tao).
    r"strategic token(?!\s(?:accumulation|purchases?|buys?|buying|reserves?|treasury|holdings?))|"
    # A presale told with a possessive or article, and investors buying the raiser's tokens: "raised an impressive $7.5
    # million in less than a day during its presale" (b48-jobsrozanaa-ai-pool-7-5m-presale; "the private CLX token
    # presale", b39-dinocrypto-casperlabs-14m-clx-presale), "also participated in the private token purchase"
    # (b48-cryptounity-polygon-450m-sequoia-india, b15-scienceandnerds-polygon), "Investors in this round purchased MATIC
    # tokens from Polygon in a private round" (b48-razorforex-polygon-450m-no-lead). A bare "Pre-sale 2.5 percent of the
    # tokens were sold" stays unread (b39-nltimes-headstart-pre-ico-11-5m-eur).
    r"(?:its|their|the|a)\s(?:token\s|coin\s)?pre-?sale|(?:private|public)\stoken\spurchase|"
    r"purchased\s(?:\S+\s){0,2}?tokens?\sfrom|"
    # "raised $450 million by selling its Matic crypto token to investors"
    r"selling (?:its|their|the) (?:\S+ ){0,3}?tokens?|"
    # The press's other languages (b26-coinsider-solana-314m-it: "in una vendita di token"; fund43).
    r"vendita di token|vent[ae] de tokens?|venda de tokens?|vente de (?:jetons|tokens)|token-?verkauf|tokenverkoop)\b",
    re.IGNORECASE,
)
_STRATEGIC = re.compile(
    r"\bstrategic (?:(?:equity|growth|minority|venture) )?(?:investment|round|financing|funding|raise|capital)\b",
    re.IGNORECASE,
)
# A bare round label, as structured sources (DefiLlama's "round") give it: "Strategic", "Debt", "Angel".
_LABELS = {"strategic": "strategic", "debt": "debt", "angel": "seed", "grant": "grant", "token sale": "token_sale"}
_DEBT = re.compile(
    r"\b(debt (?:financing|funding|round|facility|raise)|venture debt|credit facility|loan facility|"
    r"convertible (?:senior )?notes?|notes? offering|credit line|warehouse facility|green loans?|loan agreement|"
    r"term loan|private debt|en deuda|em dívida|deuda|dívida|Wandeldarlehen|Darlehen|"
    # Convertibles in the press's other languages: "una vendita di obbligazioni convertibili"
    # (b52-thecryptogateway-animoca-110m-convertible-temasek-it), "تمويلاً قابلاً للتحويل" (convertible financing,
    # s22-asharqbusiness-pure-harvest-180-5m-convertible-ar): both labeled debt, both read as no round (amount_f26).
    r"obbligazion[ei]\sconvertibil[ei]|prestito\s(?:convertibile|obbligazionario)|"
    r"(?:تمويل(?:اً|ا)?|ديون|سندات)\s(?:ال)?قابل(?:اً|ا|ة)?\sللتحويل|"
    # Notes told by their interest: "The notes associated with this financing carry an interest rate of 6.129% and are
    # set to mature on November 30, 2042" (hs19-valuethemarkets-hut8-beacon-point-4-25bn-notes, fund82).
    r"notes\s(?:[\w-]+\s){0,4}?(?:carry|carries|bear|bears|pay|pays)\s(?:an?\s)?(?:[\w.%-]+\s)?(?:interest|coupon))\b",
    re.IGNORECASE,
)
# Equity as money raised, not the word in "to mitigate potential equity dilution from conversions" (a capped call beside
# convertible notes, b43-bitspire-bitfarms-500m-convertible-notes) or "in exchange for potential equity upside".
_EQUITY = re.compile(r"\bequity\b(?!\s(?:dilution|upside|holders?)\b)", re.IGNORECASE)
_DEBT_AFTER = re.compile(
    r"\)?\s?(?:\([^)]{0,40}\)\s?)?(?:in\s)?(?:\w+\s){0,3}?(?:green\s|term\s|senior\s|convertible\s|secured\s|private\s)*"
    r"(?:loans?|notes?|debt|credit (?:facility|line)|bonds?)\b",
    re.IGNORECASE,
)
_GRANT = re.compile(r"\bgrants?\b", re.IGNORECASE)


def _stage(match: re.Match[str]) -> str | None:
    word = match.group(0).lower()
    # "financement de pré-amorçage" (hs5-financialafrik-payday-preseed), "ronda presemilla", "pré-semente".
    if re.match(r"pr[eé][- ]?(?:seed|amorçage|semilla|semente)", word):
        return "pre_seed"
    if word.startswith("pre"):
        return None  # "pre-Series A": between seed and Series A, neither
    if "seed" in word or "angel" in word or word in ("semente", "sementes", "semilla", "amorçage", "capital semilla"):
        return "seed"
    letter = (match.group(1) or match.group(2) or match.group(3) or match.group(4) or "").lower()
    # Series G and later are outside the interface's vocabulary: report no round rather than a wrong one.
    return f"series_{letter}" if letter and letter <= "f" else None


# "BetterDoctor had previously attracted $2.6M in seed funding": a stage the company went through before.
_EARLIER = re.compile(
    r"\b(?:previous(?:ly)?|prior|earlier|last\syear|had\s(?:\w+\s)?(?:raised|attracted|closed|secured)|anteriormente|"
    r"previamente|hab[ií]a\s\w+|havia\s\w+|"
    # "tras conseguir el año pasado una Serie C de 120 millones" (diariocordoba-glovo-150m): last year's round.
    r"el\saño\spasado|no\sano\spassado|l['’]an(?:née)?\sdernier|im\sVorjahr|letztes\sJahr|"
    r"tras\s(?:conseguir|cerrar|recaudar|levantar)|após\s(?:captar|levantar|receber)|"
    # A stage the raise is measured against: "The raise dwarf’s Lambda’s February Series D ($480M)"
    # (hs8-ainews247-lambda-15b), "outstrips", "eclipses", "surpasses", "more than doubles": an earlier round.
    r"dwarf(?:s|ed|['’]s)?|outstrip(?:s|ped)?|eclips(?:es|ed)|surpass(?:es|ed)|doubl(?:es|ed)|tripl(?:es|ed)|"
    r"dépasse|supera|übertrifft)\b(?:[^.;\n]|\.(?=\d)){0,60}$",
    re.IGNORECASE,
)


# "It wasn't so long ago that DoorDash raised ... in a Series D", "the majority of our Series D money in the bank":
# a round the company already had; "capocannoniere della Serie A": Italy's football league.
_EARLIER_SENTENCE = re.compile(
    r"(?:\bnot|n['’]t)\s(?:so\s|that\s)?long\sago\b|\b(?:years|months)\sago\b"
    # "2021 hatte Refurbed 54 Millionen US-Dollar in einer Serie-B-Finanzierung eingesammelt, 2023 folgten ... Serie C":
    # a sentence that opens on a year tells the company's history.
    r"|(?:^|:\s)\s*(?:(?:in|im\sjahr|en|em)\s)?(?:19|20)\d\d\b(?!\s?[-–]|\s(?:million|billion|mio|mrd))",
    re.IGNORECASE,
)
# "raised $27m in a Series C round in April 2016" (hs4-regtechanalyst-bitflyer): a stage dated by its month or year is
# an earlier round; this round's stage is told without one.
_DATED = re.compile(
    r"\s(?:(?:round|funding|financing|extension)\s)?(?:back\s)?in\s(?:early\s|late\s|mid-?)?(?:(?:January|February|March|"
    r"April|May|June|July|August|September|October|November|December)\s)?(?:19|20)\d\d\b(?!\s?[-–])",
    re.IGNORECASE,
)
# "an add-on that brings its previously announced Series A up to $14 million" (b13-mundolovesex-xealth-a): this
# raise extends that stage.
_EXTENDED = re.compile(
    r"\b(?:brings?|bringing|extends?|extending|tops?\sup|topping\sup|adds?\sto|adding\sto)\s(?:its|the|their)\s"
    r"(?:previously\s(?:announced|closed|reported)\s)?$",
    re.IGNORECASE,
)
_LEAGUE = re.compile(r"\b(?:della|nella|dalla|alla)\s$", re.IGNORECASE)
_LEAGUE_OK = re.compile(r"\s(?:round|funding|financing|finanziamento|investment)\b", re.IGNORECASE)
_HELD = re.compile(r"\S*\s(?:money|cash|capital|funds)\b", re.IGNORECASE)


# "OpenAir ..., which led a $40 million Series B round in August 2014": a stage with its own amount, not this round's.
_OWN_AMOUNT = re.compile(r"[$€£]\s?[\d.,]+\s?(?:million|billion|[mbk]n?)?\s(?:[a-z]+\s)?$", re.IGNORECASE)


def _another_amount(own: str, round_words: str) -> bool:
    """`own` names a sum more than 10% away from the round's ("$40 million" by a $24.6 million round), not a rounding
    of it ("nearly $319M" for "$300 million")."""
    mine, theirs = find_money(own), find_money(round_words)
    if not mine or not theirs:
        return False
    return abs(mine[-1].amount - theirs[-1].amount) > 0.1 * theirs[-1].amount


def _current_stage(text: str, amount_end: int | None = None) -> re.Match[str] | None:
    """The first stage named that is not an earlier round's (none when every stage named is an earlier one)."""
    for m in _STAGE.finditer(text):
        before = text[max(0, m.start() - 100) : m.start()]
        own = _OWN_AMOUNT.search(before)
        own = None if own and valuation_before(before[: own.start()]) else own  # "valued at $4.5B in seed"
        if own and amount_end is not None and _another_amount(own.group(), text[max(0, amount_end - 25) : amount_end]):
            continue
        sentence = re.split(r"(?<=[.!?])\s|\n", text[max(0, m.start() - 200) : m.start()])[-1]
        earlier = _EARLIER.search(before) and not _EXTENDED.search(before)
        if earlier or _EARLIER_SENTENCE.search(sentence) or _DATED.match(text, m.end()):
            continue
        if _LEAGUE.search(before) and not _LEAGUE_OK.match(text, m.end()):
            continue
        if re.search(r"\b(?:our|its|their)\s$", before) and _HELD.match(text, m.end()):
            continue
        return m
    return None


def classify_round(text: str, amount_end: int | None = None) -> str | None:
    """The round type the text announces; `amount_end` is where the round's amount ends, if known."""
    label = re.sub(r"\s+", " ", text.strip().lower()).removesuffix(" round")
    if label in _LABELS:
        return _LABELS[label]
    debt_after = _DEBT_AFTER.match(text, amount_end) if amount_end is not None else None
    if debt_after and not _EQUITY.search(debt_after.group(0)) and not only_optional_debt(text, debt_after):
        return "debt"  # "$300 million loan", "$1.15 billion senior convertible note offering", "$725M credit facility"
    if amount_end is not None and loan_before(text, amount_end) and not _EQUITY.search(text):
        return "debt"  # "has received a loan of $15 million from BlueOrchard Microfinance Fund" (round_loan_of)
    if mixed_equity_and_debt(text, amount_end) or two_stages(text, amount_end):
        return None  # "a €2.1M round combining a €1.4M seed ... and a participative loan": no single stage
    if amount_end is not None:
        near = _STAGE.search(text, amount_end, amount_end + 50)
        if near:
            return _stage(near)
        if _TOKEN.search(text, amount_end, amount_end + 40):
            return "token_sale"  # "closed a $5-million private token sale" under a "Seed Round" headline
    first = _current_stage(text, amount_end)
    if first:
        return _stage(first)
    if hindi_stage(text):
        return hindi_stage(text)  # "सीरीज बी फंडिंग" (round_hindi)
    if _TOKEN.search(text):
        return "token_sale"
    if _STRATEGIC.search(text):
        return "strategic"
    # A raise "comprised of equity and debt" is not a debt round, nor is one with "an option ... to raise an additional
    # $600 million in debt" (round_mixed).
    debts = [m for m in _DEBT.finditer(text) if not only_optional_debt(text, m)]
    if debts and not _EQUITY.search(text):
        return "debt"
    if _GRANT.search(text):
        return "grant"
    return None
