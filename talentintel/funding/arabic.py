"""Arabic deal language, which no other rule read: the three Arabic rounds of tuning_batch26 (issue 13, branch fund43)
came out `other` with no company or amount on their first score (b26-roayahnews-zeroavia-24m-ar,
b26-makkah-verse-josh-100m-ar, b26-alborsanews-hmd-ginko-100m-ar).

- Money: "24.3 مليون دولار", "100 مليون دولار", "1.5 مليار دولار": مليون = million, مليار = billion, ألف = thousand;
  دولار is USD, يورو EUR.
- A round: the raise verbs جمعت / تجمع / جمع (raised), حصلت على (obtained), أغلقت (closed), جذبت / استقطبت (drew);
  a round sought or planned ("تسعى إلى جمع", "تخطط لجمع", "محادثات") is none.
- The raiser: Arabic press writes a name after "شركة" in quotes or brackets or in Latin letters ("شركة HMD",
  "شركة (فير سي إنوفيشن)"), or quotes it with its Latin spelling beside it ("“زيروأفيا” ZeroAvia"); a name after
  "بقيادة" (led by) is the lead, not the raiser.
- Leads: "بقيادة X" / "قادها X" (led by X): the Latin spelling the text gives, else the quoted name; with none, the
  one investor the funding came from, "حصلت على تمويل ... من قبل شركة الاستثمار EquiTrust" (labels take a round's only
  named investor as its lead; hs11-arabmoneytalk-mawdoo3-1-5m-equitrust-ar, branch fund49, read no lead).
"""

from __future__ import annotations

import re

from talentintel.funding.language_reader import sentence_span

_AR_LETTERS = re.compile(r"[\u0621-\u064a]")
# "البالغ قيمتها مليار دولار" (worth a billion dollars, b28-fintechgate-moonshot-1bn-alibaba-ar): a unit noun with no
# number before it counts one.
_AMOUNT = re.compile(
    r"(?:(?P<num>\d+(?:[.,]\d+)?)\s?|(?<!\d\s)(?<![\d.,]))(?P<unit>مليون|مليار|ألف)\s(?P<cur>دولار|يورو)",
    re.UNICODE,
)
_UNIT = {"مليون": 1e6, "مليار": 1e9, "ألف": 1e3}
_CURRENCY = {"دولار": "USD", "يورو": "EUR"}
# "وحصلت عليها شركة X" (and company X obtained it, the round), "جولة تمويل لشركة X" (a funding round for company X,
# b28-menatech-zhipu-prosperity7-400m-ar).
_RAISED = re.compile(
    r"(?<![\u0621-\u064a])(?:و)?(?:جمعت|تجمع|يجمع|جمع|حصلت\sعلى|حصلت\sعليها|تحصل\sعلى|أغلقت|جذبت|استقطبت|"
    r"جولة\sتمويل(?=\sلشركة))(?![\u0621-\u064a])"
)
# ... nor a campaign to raise or a raise on a condition: "أطلقت ... حملة لجمع تمويلات", "إذا نجحت في جمع التمويلات"
# (hs10-alwaght-inscale-2-7b-sought-ar); "يسعى", "يعتزم" are the masculine forms (alwatannews.net, sauress.com).
_SOUGHT = re.compile(
    r"(?<![\u0621-\u064a])(?:تسعى|يسعى|تخطط|يخطط|تعتزم|يعتزم|محادثات|مفاوضات|حملة|إذا|لو)(?![\u0621-\u064a])"
)
_QUOTED = r"[“\"«(](?P<q>[^”\"»)\n]{2,40})[”\"»)]"
_LATIN = r"(?P<l>[A-Z][\w&.'’-]*(?:\s[A-Z][\w&.'’-]*){0,3})"
# "لشركة Zhipu AI": the proclitic "ل" (for) may join the noun.
_COMPANY = re.compile(rf"(?<!بقيادة\s)(?<![\u0621-\u064a])(?:ل)?شركة\s(?:{_QUOTED}|{_LATIN})")
_QUOTED_NAME = re.compile(_QUOTED)
_BARE_AFTER_VERB = re.compile(r"شركة\s(?P<a>(?!ال)[\u0621-\u064a]{3,15})(?=[\s،,])")
# "قادت مجموعة «علي بابا جروب هولدينج» أكبر جولة تمويل" (b28-fintechgate-moonshot-1bn-alibaba-ar): the verb first,
# its subject the lead, a round noun after it.
_LED = re.compile(
    r"(?:بقيادة|قادها|تقودها|يقودها|(?:قادت|قاد|تقود|يقود)(?=\s[^.\n]{0,80}جولة))\s(?:شركة\s|صندوق\s|مجموعة\s)?"
    r"(?P<after>[^.،\n]{0,80})"
)
# "تمويل بقيمة 1.5 مليون دولار امريكي من قبل شركة الاستثمار EquiTrust": the funding "from" one named investor.
_FROM = re.compile(
    # A hard-wrapped line or a decimal point may fall inside the phrase.
    r"(?:تمويل|تمويلا|استثمار|استثمارا)(?:[^.،]|\.(?=\d)){0,80}?\sمن\s(?:قبل\s)?(?:شركة\s|صندوق\s|مجموعة\s)?"
    r"(?:(?:الاستثمار|الاستثمارية|للاستثمار)\s)?" + _LATIN
)
_MORE = re.compile(r"\s?(?:،|,|و\s?(?:شركة\s)?[A-Z])")  # "X وشركة Y", "X، Y": a second investor
_LATIN_NAME = re.compile(_LATIN)
_SENTENCE_END = re.compile(r"[!؟?\n]|\.(?=\s|$)")  # "24.3 مليون" keeps its decimal point


def is_arabic(text: str) -> bool:
    """At least forty Arabic letters in the first 1,000 characters."""
    return len(_AR_LETTERS.findall(text[:1000])) >= 40


def raises(text: str) -> list[re.Match[str]]:
    """The raise verbs of the opening (first 1,200 characters); none when the first one's sentence says the round is
    only sought, planned or in talks before it ("تسعى شركة X إلى جمع")."""
    found = list(_RAISED.finditer(text[:1200]))
    if not found:
        return []
    start, _end = _sentence(text, found[0].start())
    return [] if _SOUGHT.search(text, start, found[0].start()) else found


def _sentence(text: str, at: int) -> tuple[int, int]:
    return sentence_span(text, at, _SENTENCE_END)


def amount(text: str, at: int) -> tuple[float, str, str] | None:
    """The sum of the raise's sentence (else the first after the verb): (amount, currency, words)."""
    start, end = _sentence(text, at)
    m = _AMOUNT.search(text, start, end) or _AMOUNT.search(text, at)
    if not m:
        return None
    number = float(m.group("num").replace(",", ".")) if m.group("num") else 1.0
    return number * _UNIT[m.group("unit")], _CURRENCY[m.group("cur")], m.group(0)


def _led_before(text: str, at: int) -> bool:
    return bool(re.search(r"بقيادة\s(?:شركة\s)?$", text[max(0, at - 20) : at]))


def _name(m: re.Match[str]) -> str:
    """The company's name, its Latin spelling when the quotes hold both ("«مونشوت إيه آي Moonshot AI»")."""
    if m.group("l"):
        return m.group("l").strip()
    latin = _LATIN_NAME.search(m.group("q"))
    return latin.group("l") if latin else m.group("q").strip()


def _in_sentence(text: str, start: int, end: int, verb_end: int | None = None) -> str | None:
    # "وشاركت شركة «مونوليث مانجمنت» ... وحصلت عليها شركة «مونشوت إيه آي»": a verb first has its subject after it.
    after = _COMPANY.match(text, verb_end + 1) if verb_end is not None and verb_end < end else None
    m = after or _COMPANY.search(text, start, end)
    if m:
        return _name(m)
    # "جمعت شركة سويفل لخدمات النقل ..." (b30-riadynews-swvl-20m-ar): right after the verb, "شركة" and one Arabic word
    # without the article ال is the brand, unquoted; what follows describes it ("لخدمات", "الناشئة").
    bare = _BARE_AFTER_VERB.match(text, verb_end + 1) if verb_end is not None and verb_end < end else None
    if bare:
        return bare.group("a")
    for q in _QUOTED_NAME.finditer(text, start, end):
        if not _led_before(text, q.start()) and _LATIN_NAME.match(text, q.end() + 1):
            return q.group("q").strip()
    return None


def raiser(text: str, found: list[re.Match[str]]) -> tuple[str | None, int]:
    """(name, raise offset): "شركة" + a quoted or Latin name in a raise's sentence, else a name quoted there with
    its Latin spelling beside it; else "شركة" + a name in the 400 characters after the first raise's sentence (the
    company named once the news is told)."""
    for verb in found:
        start, end = _sentence(text, verb.start())
        name = _in_sentence(text, start, end, verb.end())
        if name:
            return name, verb.start()
    _start, end = _sentence(text, found[0].start())
    m = _COMPANY.search(text, end, min(len(text), end + 400))
    return (_name(m) if m else None), found[0].start()


def leads(text: str) -> list[str]:
    """The investors after "بقيادة": the Latin spelling given, else the quoted name."""
    m = _LED.search(text)
    if not m:
        found = list(_FROM.finditer(text))
        sole = {f.group("l").rstrip(".") for f in found}
        return list(sole) if len(sole) == 1 and not any(_MORE.match(text, f.end()) for f in found) else []
    after = m.group("after")
    latin = _LATIN_NAME.search(after)
    if latin:
        return [latin.group("l")]
    quoted = _QUOTED_NAME.search(after)
    return [quoted.group("q").strip()] if quoted else []


def sentence_of(text: str, at: int) -> tuple[int, int]:
    """The span of the sentence around `at` (Arabic sentence ends; "24.3 مليون" keeps its point)."""
    return _sentence(text, at)


def sought_between(text: str, start: int, end: int) -> bool:
    """A word of seeking, planning or talks between `start` and `end` ("تسعى", "تخطط", "محادثات", "حملة")."""
    return bool(_SOUGHT.search(text, start, end))
