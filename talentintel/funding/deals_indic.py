"""A headline round in Gujarati, Kannada, Malayalam, Tamil or Telugu: one reader for the five scripts (money_f23).

No rule read these languages: b53-news18-moglix-120m-series-e-gu, b53-newskaravali-chingari-10-crore-seed-kn and
b53-businesshour-byjus-500m-silver-lake-ml (tuning_batch53) came out `other` with no amount, as did every such text.
Their press writes a raise the same way in each script, as the stored pages show (cited in
tests/funding/test_indic_rounds.py): a number, a scale word borrowed from English or the Indian crore/lakh, a currency
word (dollar, rupee) or the "Rs." sign in the script, and a verb of collecting or raising:

- Gujarati: "120 મિલિયન ઉભા કર્યા છે" (raised 120 million), "રૂ. 1,700 કરોડનું રોકાણ મળ્યું" (got an investment of
  Rs 1,700 crore), "એકત્ર" (collected), "ભંડોળ" (funds);
- Kannada: "10 ಕೋಟಿ ರೂಪಾಯಿ ಸೀಡ್ ಫಂಡಿಂಗ್ ಸಂಗ್ರಹವಾಗಿದೆ" (10 crore rupees of seed funding has been collected);
- Malayalam: "500 മില്യൺ ഡോളർ സമാഹരിച്ചു" (raised 500 million dollars), "60 കോടി ഡോളറാണ് ... സമാഹരിച്ചത്";
- Tamil: "திரட்டிய நிதி ரூ.1,952 கோடி" (funds raised Rs 1,952 crore);
- Telugu: "2.5 బిలియన్ డాలర్లు (రూ.21,500 కోట్లు) సేకరించాయి" (collected 2.5 billion dollars).

Market totals are told the same way with a plural subject ("ఇండియన్ టెక్ స్టార్టప్లు ... సేకరించాయి", Indian tech
startups collected): a raise sentence naming startups in the plural is no round (as hindi_totals does for Hindi).
A million or billion with no currency word is in dollars (these papers give rupee sums in crore and lakh), a crore or
lakh with none in rupees. The raiser is named only when written in Latin letters ("Moglixએ"); a name in the script
stays unread rather than guessed.
"""

from __future__ import annotations

import re
from datetime import date

from talentintel.funding.indic_digits import NUMBER, number_value
from talentintel.funding.language_reader import reader_round, sentence_span
from talentintel.funding.types import Deal

_SCRIPTS = {
    "gu": re.compile(r"[\u0a80-\u0aff]"),
    "kn": re.compile(r"[\u0c80-\u0cff]"),
    "ml": re.compile(r"[\u0d00-\u0d7f]"),
    "ta": re.compile(r"[\u0b80-\u0bff]"),
    "te": re.compile(r"[\u0c00-\u0c7f]"),
}
# Scale words by value; each script's spelling of million, billion, crore and lakh (and Malayalam's own ദശലക്ഷം).
_SCALES = {
    1e6: "મિલિયન|ಮಿಲಿಯನ್|മില്യ[ൺൻ]|ദശലക്ഷം|மில்லியன்|మిలియన్",
    1e9: "બિલિયન|અબજ|ಬಿಲಿಯನ್|ബില്യ[ൺൻ]|பில்லியன்|బిలియన్",
    1e7: "કરોડ|ಕೋಟಿ|കോടി|கோடி|కోట్ల|కోట్లు|కోటి",
    1e5: "લાખ|ಲಕ್ಷ|ലക്ഷം|லட்சம்|లక్ష",
}
_SCALE_OF = [(re.compile(words), value) for value, words in _SCALES.items()]
_DOLLAR = r"ડોલર|ડૉલર|ಡಾಲರ್|ഡോളർ|ഡോളറ|டாலர்|డాలర్"
_RUPEE = r"રૂપિયા|ರೂಪಾಯಿ|രൂപ|ரூபாய்|రూపాయ"
_RS_SIGN = r"રૂ\.|ರೂ\.|രൂ\.|ரூ\.|రూ\."
_scale_alt = "|".join(_SCALES.values())
_AMOUNT = re.compile(
    rf"(?:(?P<rs>{_RS_SIGN})\s?)?(?P<num>{NUMBER})\s?(?P<scale>{_scale_alt})\S*\s?(?P<cur>{_DOLLAR}|{_RUPEE})?"
)
# Verbs of raising, collecting and receiving, and the borrowed "funding": a stem, since each takes many endings.
_RAISE = re.compile(
    r"ઉભા\sકર|એકત્ર|રોકાણ\sમળ|ભંડોળ\sમળ|ફંડિંગ|ફન્ડિંગ|"
    r"ಸಂಗ್ರಹ|ಫಂಡಿಂಗ್|ಹೂಡಿಕೆ\sಪಡೆ|"
    r"സമാഹരി|ഫണ്ടിങ|ഫണ്ടിംഗ|നിക്ഷേപം\sനേടി|"
    r"திரட்ட|நிதி\sபெற்ற|"
    r"సేకరించ|సమీకరించ|ఫండింగ్|పెట్టుబడులు\sపొంద"
)
# Startups, companies or deals in the plural (stems: Malayalam "സ്റ്റാർട്ടപ്പു" starts every plural form, and the
# colloquial "സ്റ്റാർട്ടപ്പു സമാഹരിച്ചെന്നാണു" of chennaimalayali.com): a market's or a cohort's total, not one round.
_PLURAL = re.compile(
    r"સ્ટાર્ટઅપ્સ|કંપનીઓ|ಸ್ಟಾರ್ಟ್\u200c?ಅಪ್\u200c?ಗಳ|ಕಂಪನಿಗಳ|സ്റ്റാർട്ടപ്പു|കമ്പനികൾ|കരാറുകള|ஸ்டார்ட்\u200c?அப்\u200c?கள|"
    r"நிறுவனங்கள|ஒப்பந்தங்கள|స్టార్టప్\u200c?ల|కంపెనీల|ఒప్పందాల"
)
# A point ends a sentence, but not the one of the rupee sign ("રૂ. 1380 કરોડ" split the Shiprocket sentence in two).
_SENTENCE_END = re.compile(r"[।!?\n]|(?<!રૂ|ರೂ|രൂ|ரூ|రూ)\.(?=\s|$)")
_LATIN_NAME = re.compile(r"(?<![A-Za-z])([A-Z][A-Za-z0-9'’&.-]{1,30}(?:\s[A-Z][A-Za-z0-9'’&.-]{1,30}){0,2})")
# The series letter in Latin or spelled in the script ("સિરીઝ-ઇ ફંડિંગ રાઉન્ડ", "સિરીઝ ઈ-ફન્ડિંગ": Series E).
_LETTERS = {
    **{letter: letter for letter in "ABCDEF"},
    **dict.fromkeys(("એ", "ಎ", "എ", "ஏ", "ఎ"), "A"),
    **dict.fromkeys(("બી", "ಬಿ", "ബി", "பி", "బి"), "B"),
    **dict.fromkeys(("સી", "ಸಿ", "സി", "சி", "సి"), "C"),
    **dict.fromkeys(("ડી", "ಡಿ", "ഡി", "டி", "డి"), "D"),
    **dict.fromkeys(("ઈ", "ઇ", "ಇ", "ഇ", "இ", "ఇ"), "E"),
}
_letter_alt = "|".join(sorted(_LETTERS, key=len, reverse=True))
_STAGE = re.compile(
    r"(?P<seed>સીડ|ಸೀಡ್|സീഡ്|சீட்|సీడ్)|(?:સિરીઝ|ಸೀರೀಸ್|സീരീസ്|சீரிஸ்|సిరీస్)[\s-]?"
    rf"(?P<letter>{_letter_alt})(?![A-Za-z\u0a80-\u0aff\u0c80-\u0cff\u0d00-\u0d7f\u0b80-\u0bff\u0c00-\u0c7f])"
)


def script_of(text: str) -> str | None:
    """The one of the five scripts with at least 60 letters in the first 1,000 characters, if any."""
    head = text[:1000]
    counts = {name: len(pattern.findall(head)) for name, pattern in _SCRIPTS.items()}
    name, count = max(counts.items(), key=lambda item: item[1])
    return name if count >= 60 else None


def amount_in(sentence: str) -> tuple[float, str, str] | None:
    """(value, currency, as written) of the sentence's first sum."""
    found = _AMOUNT.search(sentence)
    if found is None:
        return None
    scale = next(value for pattern, value in _SCALE_OF if pattern.fullmatch(found.group("scale")))
    dollars = found.group("cur") and re.fullmatch(_DOLLAR, found.group("cur"))
    rupees = found.group("rs") or (found.group("cur") and not dollars)
    currency = "USD" if dollars or (not rupees and scale >= 1e9) or (not rupees and scale == 1e6) else "INR"
    return number_value(found.group("num")) * scale, currency, found.group(0).strip()


def _stage(text: str) -> str | None:
    found = _STAGE.search(text)
    if found is None:
        return None
    return "seed" if found.group("seed") else f"series_{_LETTERS[found.group('letter')].lower()}"


def indic_deal(part: str, announced: date | None, published: date | None) -> Deal | None:
    """The headline round when the opening of a text in one of the five scripts reports a sum raised; else None."""
    if script_of(part) is None:
        return None
    head = part[:1500]
    for raised in _RAISE.finditer(head):
        start, end = sentence_span(head, raised.start(), _SENTENCE_END)
        sentence = head[start:end]
        money = amount_in(sentence)
        if money is None:
            continue
        if _PLURAL.search(sentence):
            return None  # "స్టార్టప్లు ... సేకరించాయి": startups in the plural, a market's total
        name = _LATIN_NAME.search(sentence)
        company = name.group(1) if name else None
        stage = _stage(sentence) or _stage(head)
        return reader_round(company, money, stage, [], announced or published, announced)
    return None
