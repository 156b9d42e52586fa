"""A Russian text's headline round, which no other rule read: hs16-sudamerica-xai-6bn-series-b-ru came out `other`
and hs16-nodiwa-deepl-300m-scale-h-ru with no amount on their first score (tuning_hs16, branch fund77).

- A round: "привлек" / "привлекла" / "привлекли" (raised), "объявил о привлечении" (announced raising), "закрыла
  раунд" (closed a round); one only planned or talked of ("планирует привлечь", "ведет переговоры о привлечении",
  "намерена привлечь") is none.
- Money: "6 миллиардов долларов", "$300 миллионов долларов", "$1 миллиард", "$200 млн", "15 млн евро": миллион/млн =
  million, миллиард/млрд = billion; $/долларов/USD = USD, €/евро = EUR, рублей = RUB. The raise sentence's first sum
  after its verb.
- The stage: "серии B" / "серии А" (either script's letter), "посевной раунд" or "зерновой серии" (seed), "раунде
  ICO" or "размещения токенов" (a token sale).
- The raiser: a Latin-script name before the verb in its sentence ("Стартап xAI, принадлежащий Элону Маску, объявил о
  привлечении"; "DeepL, стартап по языковому переводу ..., привлек"); a sentence naming none (a headline's "Компания
  Элона Маска ... привлекла") gives way to the next.
- A lead: "под руководством X" / "во главе с X" (led by X) in the raise's sentence ("проект Karak привлек $48 млн в
  раунде серии A под руководством Pantera Capital", b43-gncrypto-karak-48m-series-a-ru; branch batch43 wrote a reader of
  its own for that text at the same time, merged into this one); else one told in a sentence of its own, read by
  lead_ru_fa ("Лид-инвесторами посевного раунда стали ... Kleiner Perkins, ..., и фонд Pantera Capital", hs17-forbesru-
  optic-11m-seed-kleiner-pantera-ru; "Инвестиционный раунд проводила ... Atomico", lead_f27).
"""

from __future__ import annotations

import re
from datetime import date

from talentintel.funding.language_reader import SENTENCE_END, reader_round, sentence_span
from talentintel.funding.language_ru import PLANNED_RU
from talentintel.funding.lead_ru_fa import ru_fa_leads
from talentintel.funding.types import Deal

_CYRILLIC = re.compile(r"[\u0400-\u04ff]")
_RAISED = re.compile(
    # "в первый день ICO ... собрано свыше $97млн" (b47-comnews-sirin-labs-ico-97m-ru): the passive "was collected".
    # Ukrainian writes the same verbs with its own stems: "xAI залучила $15 млрд від інвесторів" (raised; hs21-forbesua-
    # xai-15bn-cnbc-uk, fund86), "оголосила про залучення", "закрила раунд", "зібрала".
    r"(?<![\u0400-\u04ff])(?:привлек(?:ла|ло|ли)?|объявил[аио]?\sо\sпривлечении|закрыл[аио]?\s(?:\w+\s)?раунд|собран[оаы]?|"
    r"залучи(?:в|ла|ло|ли)|оголоси(?:в|ла|ли)\sпро\sзалучення|закри(?:в|ла|ли)\s(?:\w+\s)?раунд|зібра(?:в|ла|ли|но))"
    r"(?![\u0400-\u04ff])"
)
_PLANNED = re.compile(PLANNED_RU)
_AMOUNT = re.compile(
    r"(?:(?P<sign>[$€])\s?)?(?P<num>\d+(?:[.,]\d+)?)\s?(?P<unit>млн|млрд|миллион\w*|миллиард\w*)\.?"
    r"(?:\s(?P<cur>доллар\w*|долл\.|евро|рубл\w*|руб\.))?"
)
# "NVIDIA согласилась приобрести Groq ... за 20 миллиардов долларов" (hs8-finecho-nvidia-groq-20b-ru): a headline
# acquisition is the text's deal; "... после того, как Groq привлек $750 млн" is the bought company's earlier round.
_ACQUIRED = re.compile(r"приобре\w+|покупа\w+|купил\w*|купит\w*|поглоти\w+|поглощени\w+|слияни\w+")
_HISTORY = re.compile(
    r"после\sтого,?\sкак|після\sтого,?\sяк|(?<![\u0400-\u04ff])(?:ранее|раніше)(?![\u0400-\u04ff])|до\sэтого|до\sцього"
)
_CURRENCY = {"$": "USD", "€": "EUR", "евро": "EUR"}
# Latin letters only, and never glued to Cyrillic: "стартап ... по выявлению NFT-подделок привлек" (a genitive noun with a
# Latin prefix; b47-kiozk-optic-11m-nft-ai-ru read 'NFT-подделок' as the raiser).
_END = r"(?![A-Za-z0-9.&-]|[\u0400-\u04ff])"
_LATIN_NAME = re.compile(
    rf"(?<![\w-])[A-Za-z][A-Za-z0-9.&-]*[A-Z][A-Za-z0-9.&-]*(?:\s[A-Z][A-Za-z0-9.&-]*){{0,2}}{_END}|"
    rf"(?<![\w-])[A-Z][A-Za-z0-9.&-]+{_END}(?:\s[A-Z][A-Za-z0-9.&-]+{_END}){{0,2}}"  # "Sirin Labs"
)
# A fundraising form's acronym is no raiser: "Sirin Labs, в первый день ICO (...) собрано".
_NOT_NAMES = frozenset({"ICO", "IEO", "IDO", "IPO", "NFT", "AI", "USD", "SAFT"})
# Russian may put the sum first and the raiser after the verb: "$11 млн привлек американский стартап Optic".
_AFTER_VERB = re.compile(
    r"^\s(?:[\u0400-\u04ff-]+\s){0,3}?(?:стартап|компания|проект|платформа|сервис|фирма)\s(?P<name>[A-Z][A-Za-z0-9.&-]*"
    r"(?:\s[A-Z][A-Za-z0-9.&-]*){0,2})"
)
_SERIES = re.compile(r"(?<![\u0400-\u04ff])сери[июяей]\s(?P<letter>[A-FАВСЕ])(?![\w])")
_SEED = re.compile(r"посевн\w+\sраунд|зернов\w+\sсери\w+|раунд\w*\sseed|\bseed\b", re.IGNORECASE)
# "Telegram привлек 850 млн долларов во втором раунде ICO" (b28-dzen-telegram-ico-850m-ru), "размещения токенов".
_TOKEN_SALE = re.compile(r"\b(?:ICO|IEO|IDO)\b|размещени\w+\s(?:\w+\s)?токенов|продаж\w+\sтокенов")
_LETTERS = {"А": "a", "В": "b", "С": "c", "Е": "e"}
_LEAD = re.compile(
    r"(?:под\sруководством|во\sглаве\sс)\s(?:фонда\s|компании\s)?(?P<name>[A-Z][\w.&'’-]*(?:\s[A-Z][\w.&'’-]*){0,3})"
)


def _currency(sign: str | None, word: str | None) -> str | None:
    if sign or word in _CURRENCY:
        return _CURRENCY[sign or str(word)]
    if word and word.startswith("долл"):
        return "USD"
    return "RUB" if word and word.startswith("руб") else None


def _amount(tail: str) -> tuple[float, str, str] | None:
    for m in _AMOUNT.finditer(tail):
        currency = _currency(m.group("sign"), m.group("cur"))
        if currency is None:
            continue
        scale = 1e6 if m.group("unit").startswith(("млн", "миллион")) else 1e9
        return float(m.group("num").replace(",", ".")) * scale, currency, m.group(0)
    return None


def _stage(sentence: str) -> str | None:
    series = _SERIES.search(sentence)
    if series:
        letter = series.group("letter")
        return "series_" + _LETTERS.get(letter, letter.lower())
    if _TOKEN_SALE.search(sentence):
        return "token_sale"
    return "seed" if _SEED.search(sentence) else None


def russian_deal(part: str, announced: date | None, published: date | None) -> Deal | None:
    """A round when a Russian text's opening reports one raised by a company it names; None otherwise."""
    head = part[:1500]
    cyrillic = len(_CYRILLIC.findall(head))
    # A bilingual headline ("Crusoe привлекла $1,375 млрд" over an English story, b32-worldnews-crusoe-1-375bn-series-e)
    # is read by the English rules: the text must be mostly Cyrillic.
    if cyrillic < 40 or cyrillic < len(re.findall(r"[A-Za-z]", head)) or _PLANNED.search(head):
        return None
    if _ACQUIRED.search(head[: sentence_span(head, 0, SENTENCE_END)[1]]):
        return None
    unnamed: Deal | None = None
    for verb in _RAISED.finditer(head):
        start, end = sentence_span(head, verb.start(), SENTENCE_END)
        if _HISTORY.search(head[start : verb.start()]):
            continue
        # The raiser is the Latin name nearest the verb: "... Disruptive ..., после того, как Groq привлек".
        names = [m.group(0) for m in _LATIN_NAME.finditer(head[start : verb.start()]) if m.group(0) not in _NOT_NAMES]
        clause_end = head.find(";", verb.end(), end)
        clause = head[verb.end() : end if clause_end < 0 else clause_end]
        money = _amount(clause)
        after = _AFTER_VERB.match(clause)
        if after and not names:  # the inverted order: the sum before the verb, the raiser after it
            names, money = [after.group("name")], money or _amount(head[start : verb.start()])
        if money is not None and not names and unnamed is None:
            # "Как стартап россиян по выявлению NFT-подделок привлек $11 млн" (hs17-forbesru-optic-11m-seed-...): a
            # headline's raise by a described startup is still the text's round if no sentence names the raiser.
            unnamed = reader_round(
                None, money, _stage(clause), ru_fa_leads(head, None), announced or published, announced
            )
        if not names or money is None:
            continue
        # The stage in the raise's own clause, else where the text restates the same sum ("... о привлечении 6
        # миллиардов долларов США в рамках серии B", the company's quote); another deal's clause names another.
        restated = [s for s in re.split(r"(?<=[.!?;])\s", head) if money[2] in s]
        stage = _stage(clause) or next((found for s in restated if (found := _stage(s))), None)
        lead = _LEAD.search(head, start, end)
        # Else a lead told in a sentence of its own: "Инвестиционный раунд проводила ... Atomico" (lead_ru_fa).
        leads = [lead.group("name")] if lead else ru_fa_leads(head, names[-1])
        return reader_round(names[-1], money, stage, leads, announced or published, announced)
    return unnamed
