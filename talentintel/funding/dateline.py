"""A wire dateline is no company (issue 13, branch fund26).

Wire and press-release copy opens on a place, a date and the wire: "New Delhi, March 29 (IANS) The domestic startup
ecosystem secured more than $150 million this week" (newsstreetlive-india-week), "SAN FRANCISCO, March 5, 2024
/PRNewswire/ -- Acme, a ..., today announced", "LONDON, 12 June 2023 (GLOBE NEWSWIRE) -- Acme ...". The subject rules
read the place as the raiser ("New Delhi" took smallcase's $50 million Series D); without the dateline the sentence
opens on its real subject. The dateline is removed only for choosing the company: its date still dates the deal.
German and Austrian press open on a place alone ("Berlin.", "WIEN."), which is no sentence of the lede either.
"""

from __future__ import annotations

import re

_MONTH = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|"
    r"Nov(?:ember)?|Dec(?:ember)?)\.?"
)
_DATE = rf"(?:{_MONTH}\s\d{{1,2}}(?:,?\s\d{{4}})?|\d{{1,2}}\s{_MONTH}(?:,?\s\d{{4}})?)"
_WIRE = (
    r"(?:/\s?(?:PRNewswire|PR\sNewswire|CNW|Newswire|EINPresswire)(?:-[\w-]+)?\s?/|"
    r"\((?:IANS|Reuters|REUTERS|PTI|ANI|AP|AFP|Xinhua|Bernama|BUSINESS\sWIRE|Business\sWire|GLOBE\sNEWSWIRE|"
    r"GlobeNewswire|ACCESSWIRE|ACCESSWire|Newsfile\sCorp\.?|EIN\sPresswire|Yonhap|Kyodo)\))"
)
_DATELINE = re.compile(
    rf"(?m)^[A-Z][A-Za-z.'’ -]{{1,40}}?(?:,\s[A-Z][A-Za-z.' ]{{1,25}}){{0,2}},?\s(?:{_DATE}\s?)?{_WIRE}"
    r"\s?(?:--|—|–|-)?\s?"
)

# Indonesian and other web press open on the site's own name as the dateline, before or after the place:
# "Bisnis.com, JAKARTA – Perusahaan rintisan ... Gojek berhasil mendapatkan pendanaan" (hs12-bisnis-gojek-1-2b-series-f-id,
# tuning_hs12, fund56), "JAKARTA, KOMPAS.com -", "Liputan6.com, Jakarta -", "StockMarketWire.com - ". A web address
# is never the raiser; read as the subject it took Gojek's $1.2 billion.
_SITE_DATELINE = re.compile(
    r"(?m)^(?:[A-Z][A-Za-z]{2,20},\s)?[A-Za-z][A-Za-z0-9-]{1,30}\.(?:com|co\.id|co|id|net|org|in|my|ph|vn|sg)"
    r"(?:,\s[A-Z][A-Za-z ]{2,20})?\s?(?:--|—|–|-)\s"
)

# Spanish and Latin American wire copy closes its dateline with a full stop and a dash: "Reuters.- Safe
# Superintelligence (SSI), recién cofundada ..., ha recaudado 1,000 millones" (hs19-momentocorporativo-ssi-1bn-reuters-es,
# fund82), "Madrid, 5 sep (EFE).- ", "(Europa Press).- ". Read as the subject it gave "Reuters.- Safe Superintelligence".
_ROMANCE_DATELINE = re.compile(r"(?m)^[A-ZÁÉÍÓÚ(][^\n.]{0,60}?\)?\.-\s")

# "April 19 (Reuters) - Turkish delivery company Getir has raised about $500 million ..." (b31-dailymail-getir-500m-2023,
# tuning_batch31, fund51): a first line that carries the wire's mark is the lede's first sentence, not a headline. Read
# as a headline it lost the body's bonus to the next sentence's "$300 million from ... Mubadala", one investor's part.
_WIRE_LEDE = re.compile(rf"^[^\n]{{0,60}}?{_WIRE}\s?(?:--|—|–|-)")


def opens_on_wire(line: str) -> bool:
    """`line` opens on a wire dateline ("April 19 (Reuters) -", "SAN FRANCISCO /PRNewswire/ --"): a lede, no headline."""
    return bool(_WIRE_LEDE.match(line))


def without_dateline(text: str) -> str:
    """The text with every line's opening wire dateline ("CITY, Date /PRNewswire/ --") removed."""
    return _ROMANCE_DATELINE.sub("", _SITE_DATELINE.sub("", _DATELINE.sub("", text)))


# A place-only dateline standing as its own "sentence": "Berlin.", "BERLIN.", "Wien." (kind.opening).
_PLACE_DATELINE = re.compile(r"[A-ZÄÖÜ][\w-]{2,20}\.")


def is_place_dateline(sentence: str) -> bool:
    """`sentence` is only a place and a full stop, the dateline of a German-language lede, not a sentence."""
    return bool(_PLACE_DATELINE.fullmatch(sentence.strip()))
