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
    r"\b(?:fon|yatırım)\s(?:toplamış|almış)\b",
    re.IGNORECASE,
)
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
_NOT_NAME = frozenset({"Bu", "Şirket", "Yapay", "Türkiye"}) | TURKISH_OPENERS  # "this", "company", "artificial"


def is_turkish(text: str) -> bool:
    """At least eight Turkish-only letters in the first 1,500 characters."""
    return len(_TR_LETTERS.findall(text[:1500])) >= 8


def raise_at(text: str) -> re.Match[str] | None:
    """The first raise phrase, unless the text only reports talks (a round sought)."""
    found = _RAISED.search(text)
    if found is None or _TALKS.search(text[: found.start()]):
        return None
    return found


def raiser(text: str, at: int) -> str | None:
    """The company named with "adlı" before the raise, else the name that opens the raise's sentence; a participle
    ("fon toplamış ... girişimi X") tells of the company named just after it."""
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
    series = re.search(r"\bSeri\s([A-F])\b", text)
    if series:
        return f"series_{series.group(1).lower()}"
    return "seed" if re.search(r"\btohum\b", text, re.IGNORECASE) else None


def leads(text: str) -> list[str]:
    return [m.group("name") for m in _LED.finditer(text) if m.group("name") not in _NOT_NAME]
