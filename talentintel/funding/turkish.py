"""Turkish deal language, which no other rule reads (b25-sabah-donnerstag-ai-pre-seed-tr came out `other` with no
company, amount or round on its first score, tuning_batch25).

- A round: "yatırım aldı" (took an investment), "yatırım turunu tamamladı" (completed an investment round),
  "fon topladı" / "finansman sağladı" (raised funds / secured financing), "yatırım aldığını duyurdu".
- Talks are not a round: "görüşüyor", "görüşmeler" (negotiating), "hedefliyor" (aims at).
- The raiser: the Latin-script name before "adlı" (named: "Donnerstag.ai adlı yeni girişim") or after the kind of
  company ("yapay zekâ girişimi Kuzgun"), else the Latin name that
  opens the raise's own sentence, written with its case suffix after an apostrophe ("Getir'in", "Insider’ın").
- The stage: "tohum" is seed; "tohum aşamaya gelmeden" / "tohum öncesi" (before the seed stage) is pre-seed;
  "Seri A" ... "Seri F" the series.
- Leads: "X liderliğinde" / "X'in liderlik ettiği" (under X's lead).
"""

from __future__ import annotations

import re

from talentintel.funding.openers import TURKISH_OPENERS

# Letters Turkish writes and its neighbours' languages mostly do not (ğ, ş, dotless ı, dotted İ).
_TR_LETTERS = re.compile(r"[ğşıİĞŞ]")
_RAISED = re.compile(
    r"\byatırım\s(?:aldı|almıştı|aldığını|aldıklarını)|\byatırım\sturunu\stamamla|\bfon\stopla(?:dı|dığını)|"
    r"\bfinansman\s(?:sağladı|sağladığını)|\byatırım\stopla(?:dı|dığını)|"
    # The participle before the company it tells of: "6,2 milyar dolar fon toplamış gizemli yapay zekâ girişimi Project
    # Prometheus" (hs10-haberturk-project-prometheus-6-2b-tr).
    r"\b(?:fon|yatırım)\s(?:toplamış|almış)\b|"
    # "ICO’da 30 milyon dolar civarında para toplamayı başardı" (managed to raise money, hs18-koinbulteni-stox-ico-
    # 30m-tr) and an investor's "OpenAI yapay zekâ şirketine 1 milyar dolarlık yatırım yaptığını duyurmuştu" (made an
    # investment in the company, hs18-pompavana-microsoft-openai-1bn-tr): both read `other`.
    r"\bpara\stopla(?:dı|dığını|mayı\sbaşardı)|\byatırım\syap(?:tı|tığını|mıştı)(?!\w)|"
    # The investment as the means of a valuation's rise: "Trendyol, 1,5 milyar dolarlık yeni yatırım ile değerlemesini
    # 16,5 milyar dolara çıkardı" (b49-ensonhaber-trendyol-1-5bn-decacorn-tr, read `other`), as Milliyet tells the same
    # round: "Trendyol aldığı 1.5 milyar dolarlık yatırım ile şirket değerini 16.5 milyar dolara ulaştırdı".
    r"\b(?:dolar|euro|avro)l[ıi]k\s(?:yeni\s|ek\s)?yatırım(?:la|\sile)\b",
    re.IGNORECASE,
)
_MADE_INVESTMENT = re.compile(r"yatırım\syap", re.IGNORECASE)
_PARTICIPLE = re.compile(r"(?:fon|yatırım)\s(?:toplamış|almış)\b", re.IGNORECASE)
_TALKS = re.compile(r"\bgörüş(?:üyor|meler|melerde)|\bhedefliyor", re.IGNORECASE)
_TOKEN = r"[A-ZÇĞİÖŞÜ][\w&-]*(?:\.[a-z][\w-]*)*"  # "Donnerstag.ai" keeps its domain; a full stop ends a name
_NAME = rf"{_TOKEN}(?:\s{_TOKEN}){{0,2}}"
_NAMED = re.compile(rf"(?P<name>{_NAME})\sadlı\b")
# "yapay zekâ girişimi Kuzgun" (the AI startup Kuzgun): the kind of company, in its compound form, then the name.
_KIND_THEN_NAME = re.compile(rf"\b(?:girişimi|şirketi|platformu|startup['’]?ı)\s(?P<name>{_NAME})")
_SENTENCE_SUBJECT = re.compile(rf"(?:^|[.!?]\s+|\n)(?P<name>{_NAME})(?:['’][a-zıiuü]{{1,3}})?[\s,]")
_LED = re.compile(
    rf"(?P<name>{_NAME})(?:['’][a-zıiuü]{{1,3}})?\s(?:liderliğinde|liderlik\settiği|öncülüğünde)", re.IGNORECASE
)
# The company an investment was made in, in the dative: "OpenAI yapay zekâ şirketine", "Acme girişimine".
_DATIVE_COMPANY = re.compile(
    rf"(?P<name>{_NAME})\s(?:[a-zçğıöşüâ]+\s){{0,3}}(?:şirketine|girişimine|platformuna|startup['’]?ına)\s"
)
_NOT_NAME = frozenset({"Bu", "Şirket", "Yapay", "Türkiye"}) | TURKISH_OPENERS  # "this", "company", "artificial"


def is_turkish(text: str) -> bool:
    """At least eight Turkish-only letters in the first 1,500 characters."""
    return len(_TR_LETTERS.findall(text[:1500])) >= 8


def raise_at(text: str) -> re.Match[str] | None:
    """The first raise phrase, unless the text only reports talks (a round sought)."""
    # An investment made counts only into a company named in the dative ("OpenAI yapay zekâ şirketine"), not into a
    # country ("Türkiye’ye 1,4 milyar dolarlık yatırım yaptıklarını", b39-milliyet-alibaba-2bn-turkey-plan-tr).
    found = next(
        (m for m in _RAISED.finditer(text) if not _MADE_INVESTMENT.match(m.group(0)) or _dative(text, m)), None
    )
    if found is None or _TALKS.search(text[: found.start()]):
        return None
    return found


def _sentence_start(text: str, at: int) -> int:
    return max(text.rfind(". ", 0, at), text.rfind("\n", 0, at), 0)


def _dative(text: str, made: re.Match[str]) -> re.Match[str] | None:
    """The last company named in the dative in the sentence before an investment made."""
    start = _sentence_start(text, made.start())
    objects = [m for m in _DATIVE_COMPANY.finditer(text, start, made.start()) if m.group("name") not in _NOT_NAME]
    return objects[-1] if objects else None


def raiser(text: str, at: int) -> str | None:
    """The company named with "adlı" before the raise, else the name that opens the raise's sentence; a participle
    ("fon toplamış ... girişimi X") tells of the company named just after it."""
    made = _MADE_INVESTMENT.match(text, at)
    if made:  # the raiser is the investment's object; the subject is the investor
        dative = _dative(text, made)
        return dative.group("name") if dative else None
    if _PARTICIPLE.match(text, at):
        after = _KIND_THEN_NAME.search(text, at, at + 80)
        if after and after.group("name") not in _NOT_NAME:
            return after.group("name")
    named = [m.group("name") for m in _NAMED.finditer(text[:at]) if m.group("name") not in _NOT_NAME]
    named = named or [m.group("name") for m in _KIND_THEN_NAME.finditer(text[:at]) if m.group("name") not in _NOT_NAME]
    if named:
        return named[-1]
    start = max(text.rfind(". ", 0, at), text.rfind("\n", 0, at), 0)
    m = _SENTENCE_SUBJECT.search(text, start)
    if m and m.start() < at and m.group("name") not in _NOT_NAME:
        return m.group("name")
    return None


def stage(text: str) -> str | None:
    if re.search(r"tohum\s(?:aşamaya\sgelmeden|öncesi)|pre-?seed", text, re.IGNORECASE):
        return "pre_seed"
    if re.search(r"\bICO\b", text):  # "düzenlediği ICO’da ... para toplamayı başardı" (its ICO)
        return "token_sale"
    series = re.search(r"\bSeri\s([A-F])\b", text)
    if series:
        return f"series_{series.group(1).lower()}"
    return "seed" if re.search(r"\btohum\b", text, re.IGNORECASE) else None


def leads(text: str) -> list[str]:
    led = [m.group("name") for m in _LED.finditer(text) if m.group("name") not in _NOT_NAME]
    return led or sole_investor(text)


def sole_investor(text: str) -> list[str]:
    """The one investor that made an investment in a company: "Yazılım şirketi Microsoft, ... OpenAI yapay zekâ
    şirketine 1 milyar dolarlık yatırım yaptığını duyurmuştu" -> Microsoft (the sentence's subject, or the name after
    its kind)."""
    made = raise_at(text)
    if made is None or not _MADE_INVESTMENT.match(made.group(0)):
        return []
    dative = _dative(text, made)
    start = _sentence_start(text, made.start())
    subject = _KIND_THEN_NAME.search(text, start, made.start()) or _SENTENCE_SUBJECT.search(text, start, made.start())
    if dative is None or subject is None or subject.group("name") in _NOT_NAME:
        return []
    return [subject.group("name")] if dative.start() >= subject.end() else []
