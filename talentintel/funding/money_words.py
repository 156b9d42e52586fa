"""Amounts written the French, Spanish, Portuguese, Italian, Dutch and German way: "85 millions de dollars", "1,7 Md€",
"US$ 5,5 milhões", "26,96 millones de dólares", "13,2 milioni di euro", "70 Millionen US-Dollar" (decimal comma, scale word, currency
word after it). An amount needs a currency: a bare "25 millones" states none and is not read, unless it is a round's
size ("un ulteriore round di finanziamento da 20 milioni") in a text whose other amounts are all in one currency
("5 milioni di euro"): then it is in that currency (thefoodmakers-miscusi).
"""

from __future__ import annotations

import re

from talentintel.funding.money_compound import compound_money
from talentintel.funding.money_grouped import grouped_money

_SCALES = {
    "mil millones": 1e9,
    "mil milhões": 1e9,
    # Italian thousands: "900mila dollari" (intelligonews-horus). Not "mil": the English reader takes "$500 mil" for
    # millions.
    "mila": 1e3,
    "millones": 1e6,
    "millón": 1e6,
    "millon": 1e6,
    "milhões": 1e6,
    "milhoes": 1e6,
    "milhão": 1e6,
    "milhao": 1e6,
    "mi": 1e6,
    "millions": 1e6,
    "million": 1e6,
    "millionen": 1e6,
    "miljoen": 1e6,
    "miljard": 1e9,
    "milioni": 1e6,
    # Indonesian/Malay: "$15 juta" (b13-cointeeth-roboto-a), "$19,5 juta"
    "juta": 1e6,
    "miliar": 1e9,
    "milyar": 1e9,
    # Turkish: "4.3 milyon Euro yatırım aldı" (b25-sabah-donnerstag-ai-pre-seed-tr: no amount read on first score).
    "milyon": 1e6,
    "milione": 1e6,
    "miliardi": 1e9,
    "miliardo": 1e9,
    # Polish and Italian abbreviations: "12 mln zł" (bgrev.pl), "1,5 mld euro"; the English reader knows "mln" only
    # after a sign (money_f23).
    "mln": 1e6,
    "mld": 1e9,
    "mio.": 1e6,
    # German newspapers abbreviate "Millionen": "500 Mill. Dollar eingesammelt" (tuning_funds15 boersen-zeitung).
    "mill.": 1e6,
    "mio": 1e6,
    # Swedish: "Av de 127 miljoner kronor som investeras" (tuning_funds17 etn).
    "miljoner": 1e6,
    "miljarder": 1e9,
    # Czech, Slovak and Croatian (tuning_hs11, branch fund49: "700 milionů korun (30 milionů euro)", "1,5 milionu eur",
    # "70 miliónov eur", "42 milijuna eura" read no amount; fund_amount 0.143 at its one score). Their declined forms.
    "milionů": 1e6,
    "milionu": 1e6,
    "miliony": 1e6,
    "miliónov": 1e6,
    "milióny": 1e6,
    "miliónu": 1e6,
    "milijuna": 1e6,
    "milijun": 1e6,
    "miliard": 1e9,
    "miliardy": 1e9,
    "miliardu": 1e9,
    "miliárd": 1e9,
    "milijardi": 1e9,
    "milijarde": 1e9,
    # Russian and Ukrainian (tuning_hs12, fund56: "Starta Ventures запустила гибридный фонд на $20 млн" read no size):
    # the abbreviations and the declined words.
    "млн": 1e6,
    "млрд": 1e9,
    "миллионов": 1e6,
    "миллиона": 1e6,
    "миллиардов": 1e9,
    "миллиарда": 1e9,
    # The singular after "1" ("$1 миллиард долларов", hs16-nodiwa-deepl-300m-scale-h-ru).
    "миллион": 1e6,
    "миллиард": 1e9,
    "мільйонів": 1e6,
    "мільйона": 1e6,
    "мільярдів": 1e9,
    "мільярда": 1e9,
    # Romanian (tuning_batch51: "investește 100 de milioane de euro în Helsing", b51-bani-helsing-...-ro, read no
    # amount at its one score): the plural scale words, which take "de" after numbers from 20 ("100 de milioane").
    "milioane": 1e6,
    "miliarde": 1e9,
    "milliards": 1e9,
    "milliard": 1e9,
    "milliarden": 1e9,
    "mrd.": 1e9,
    "mrd": 1e9,
    "bilhões": 1e9,
    "bilhão": 1e9,
    "md€": 1e9,
    "md": 1e9,
    "mds": 1e9,
    "m€": 1e6,
    "m": 1e6,
    "k€": 1e3,
}
_CURRENCY = {
    "usd$": "USD",
    "us$": "USD",
    "u$s": "USD",
    "usd": "USD",
    "$": "USD",
    "r$": "BRL",
    "€": "EUR",
    "eur": "EUR",
    "de dollars": "USD",
    "de dólares": "USD",
    "dólares": "USD",
    "dolares": "USD",
    "dollars": "USD",
    "us-dollar": "USD",
    "dollar": "USD",
    "de euros": "EUR",
    "d'euros": "EUR",
    "d’euros": "EUR",
    "euros": "EUR",
    "euro": "EUR",
    "de reais": "BRL",
    "di euro": "EUR",
    "di dollari": "USD",
    "dollari": "USD",
    "dolar": "USD",  # Turkish: "12 milyon dolar yatırım aldı"
    "reais": "BRL",
    "de dolari": "USD",
    "dolari": "USD",
    "de euro": "EUR",
    "kronor": "SEK",
    # Czech crowns (no rate in the fx table, so such a sum has no USD value), euros and dollars in Czech, Slovak and
    # Croatian: "milionů korun", "milionů euro", "miliónov eur" (the "eur" above), "milijuna eura", "milionů dolarů".
    "korun": "CZK",
    "eura": "EUR",
    "dolarů": "USD",
    "dolárov": "USD",
    "dolara": "USD",
    "долларов": "USD",
    "доларів": "USD",
    "евро": "EUR",
    "євро": "EUR",
    # Swiss francs, said the Swiss German way (tuning_batch31, fund51: five rounds in three texts read as no amount):
    # "sicherte sich 100 Mio. Fr.", "585 Millionen Franken eingesammelt", "CHF 12,5 Mio.", "Fr. 10 Mio.".
    "schweizer franken": "CHF",
    "franken": "CHF",
    "di franchi": "CHF",
    "franchi": "CHF",
    "fr.": "CHF",
    "chf": "CHF",
    # Pounds said in other languages (tuning_batch35, fund59: "hat insgesamt 27 Millionen britische Pfund ...
    # eingesammelt", b35-autonomes-fahren-fiveai-27m-gbp-de, read no amount on the first score).
    "britische pfund": "GBP",
    "britischen pfund": "GBP",
    "pfund sterling": "GBP",
    "pfund": "GBP",
    "libras esterlinas": "GBP",
    "de libras esterlinas": "GBP",
    "livres sterling": "GBP",
    "de livres sterling": "GBP",
    "di sterline": "GBP",
    "sterline": "GBP",
    "pond": "GBP",
    # The fx table's currencies since money_f23, said the local way after a scale word: Turkish "50 milyon TL" / "Türk
    # lirası", Polish "12 mln zł" (bgrev.pl, diluto.pl "Seed: 2-6M zł", forbes.pl "około 1 mln zł"), Malay "RM10 juta"
    # is money_local's; "juta ringgit", Hungarian "forint", Arabic-press "riyal" and "dirham" in Latin letters.
    "türk lirası": "TRY",
    "tl": "TRY",
    "lira": "TRY",
    "złotych": "PLN",
    "zlotych": "PLN",
    "zł": "PLN",
    "ringgit": "MYR",
    "forint": "HUF",
    "riyal": "SAR",
    "dirham": "AED",
}
_scale_alt = "|".join(re.escape(s) for s in sorted(_SCALES, key=len, reverse=True))
_suffix_alt = "|".join(
    re.escape(c) for c in sorted(_CURRENCY, key=len, reverse=True) if len(c) > 2 or c in ("€", "tl", "zł")
)
_AMOUNT = re.compile(
    # A dot before one or two digits is a decimal point ("4.3 milyon"); before three it groups thousands ("1.500 milioni").
    # A sign glued to a letter is another currency's: "SUS$193.6 million" is Singapore dollars (businesstimes-monzo).
    rf"(?:(?<![A-Za-z])(?P<pre>USD\$|US\$|U\$S|R\$|USD|CHF|S?Fr\.|€|\$)\s?)?(?P<num>\d{{1,3}}(?:\.\d{{3}})+(?:,\d+)?|\d+\.\d{{1,2}}(?!\d)|\d+(?:,\d+)?)\s?"
    # Romanian "100 de milioane": "de" between the number and a Romanian scale word only.
    rf"(?:de\s(?=milioane|miliarde))?(?P<scale>{_scale_alt})(?![\w])\s?(?P<suf>{_suffix_alt})?",
    re.IGNORECASE,
)


# A round's size said without its currency: "round di finanziamento da 20 milioni", "ronda de 25 millones",
# "Finanzierungsrunde über 5 Millionen", "tour de table de 3 millions".
_ROUND_OF = re.compile(
    r"\b(?:round|finanziamento|aumento\sdi\scapitale|ronda|rodada|financiamiento|financiación|financiamento|"
    r"tour\sde\stable|levée\sde\sfonds|(?:\w+-)?Finanzierungsrunde|Runde)\s(?:[\w-]+\s){0,3}?"
    r"(?:da|de|di|of|von|über|in\sHöhe\svon)\s$",
    re.IGNORECASE,
)


# A programme's cap per company (b25-innovationnation-seed-per-il-sud-it: "potrà accedere a un finanziamento massimo di
# 300mila euro") is no sum raised.
_CEILING = re.compile(r"\b(?:massimo|fino\sa|hasta|jusqu['’]à|até|máximo)\s(?:di\s|de\s|d['’])?$", re.IGNORECASE)


def _number(num: str, spanish: bool = False) -> str:
    """ "4.3" -> "4.3" (a decimal point), "1.500" or "1,500" -> "1500" (grouped thousands), "5,5" -> "5.5" (a decimal
    comma)."""
    if re.fullmatch(r"\d+\.\d{1,2}", num):
        return num
    if re.fullmatch(r"\d{1,3}(?:,\d{3})+", num) and spanish:
        # "supera los 1,000 millones de dólares" (b31-elceo-glovo-150m-eur-es, fund51): Latin American press groups
        # thousands with a comma before "millones"; Italian keeps three decimals ("1,242 miliardi di euro", bebeez).
        return num.replace(",", "")
    return num.replace(".", "").replace(",", ".")


# "Seba sicherte sich 100 Mio. Fr. und der Softwaredienstleister Nextthink 84 Mio." (b31-fuw-swiss-2018-seba-nexthink-de,
# tuning_batch31, fund51): the second of two amounts joined in one sentence leaves its currency to the first.
_COORDINATED = re.compile(
    r"^[^.;:!?\n]{0,80}?\b(?:und|and|et|e|y|ed|en|sowie|while|whereas|während)\b[^.;:!?\n]{0,60}$"
)


# A lower-case word after the amount counts things: "10 million vehicles", "2 millions d'utilisateurs".
_COUNTED = re.compile(r"^\s?(?:(?:de|di|of|von)\s|d['’])?[a-zà-ÿ]")


def coordinated(
    text: str, found: list[tuple[int, int, float, str, str]], loose: list[tuple[int, int, float, str]]
) -> list[tuple[int, int, float, str, str]]:
    """Amounts with a scale but no currency ("84 Mio.") joined by "und"/"and"/"y" to an amount before them in the same
    sentence, in that amount's currency."""
    told = []
    for start, end, value, original in loose:
        if re.fullmatch(r"[\d.,\s]+(?:millions?|billions?|thousand)", original, re.IGNORECASE) or _COUNTED.match(
            text[end:]
        ):
            continue  # "10 million vehicles", "2 millions d'utilisateurs": counts, not money
        before = [f for f in found if f[1] <= start]
        if before and _COORDINATED.match(text[before[-1][1] : start]):
            told.append((start, end, value, before[-1][3], original))
    return told


def find_foreign_money(text: str) -> list[tuple[int, int, float, str, str]]:
    """(start, end, amount, currency, original) of each amount in the European-language forms."""
    found: list[tuple[int, int, float, str, str]] = []
    bare: list[tuple[int, int, float, str]] = []
    loose: list[tuple[int, int, float, str]] = []
    for m in _AMOUNT.finditer(text):
        if _CEILING.search(text[max(0, m.start() - 24) : m.start()]):
            continue  # "un finanziamento massimo di 300mila euro" per startup: a ceiling, not money raised
        scale = m.group("scale").lower()
        currency = None
        if m.group("pre"):
            currency = _CURRENCY[m.group("pre").lower().removeprefix("s")]
        if m.group("suf"):
            currency = _CURRENCY[m.group("suf").lower()]
        if scale.endswith("€"):
            currency = "EUR"
        end = m.end()
        dollar_after = re.match(r"\s?\$(?![\w$])", text[end:])
        if currency is None and dollar_after and scale not in ("m", "mi", "md"):
            currency, end = "USD", end + dollar_after.end()  # "d’un montant de 4,1 millions $" (French press)
        if (
            currency is None
            and scale not in ("m", "mi", "md")
            and _ROUND_OF.search(text[max(0, m.start() - 60) : m.start()])
        ):
            bare.append(
                (m.start(), end, float(_number(m.group("num"))) * _SCALES[scale], text[m.start() : end].strip())
            )
            continue
        if currency is None and scale not in ("m", "mi", "md"):
            loose.append(
                (m.start(), end, float(_number(m.group("num"))) * _SCALES[scale], text[m.start() : end].strip())
            )
            continue
        if currency is None or (scale in ("m", "mi", "md") and not (m.group("pre") or m.group("suf"))):
            continue
        if scale in ("m", "mi") and not m.group("pre"):
            continue  # "25 m dollars" is rare; "5 mi" alone is a distance
        number = _number(m.group("num"), scale in ("millones", "mil millones"))
        found.append((m.start(), end, float(number) * _SCALES[scale], currency, text[m.start() : end].strip()))
    found += [g for g in grouped_money(text) if not any(f[0] < g[1] and g[0] < f[1] for f in found)]
    found += [c for c in compound_money(text) if not any(f[0] < c[1] and c[0] < f[1] for f in found)]
    found += coordinated(text, found, loose)
    found.sort()
    currencies = {f[3] for f in found}
    if bare and len(currencies) == 1:
        found += [(start, end, value, next(iter(currencies)), original) for start, end, value, original in bare]
        found.sort()
    return found
