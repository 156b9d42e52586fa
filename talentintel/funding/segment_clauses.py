"""Two raises joined in one sentence by "and" (issue 13, tuning_batch29; branch fund48roundup).

A newsletter's summary sentence tells a second company's raise after "und"/"and" with no comma: "Volocopter konnte
sich 50 Millionen Euro sichern und Spendesk erhält 35 Millionen Euro und ein Büro in Berlin"
(b29-berlinvalley-startup-news-kw37-2019-de). Read as one unit, the sentence was one deal, Volocopter's, with
Spendesk's 35 million. The conjunction starts a clause of its own when a name and a raise verb with an amount follow it
and the words before it already told an amount, so "Alice and Bob raised $5M" (one raise, two subjects) stays whole.
"""

from __future__ import annotations

import re

from talentintel.funding.segment_cjk_clauses import cjk_clauses

_VERB = (
    r"(?:raised|raises|raising|secured|secures|securing|closed|closes|landed|lands|bagged|bags|got|gets|received|"
    r"receives|netted|gathered|pulled\sin|picked\sup|nabbed|snagged|scored|attracted|obtained|"
    r"erhält|erhielt|bekommt|bekam|sammelt|sammelte|sichert|sicherte|"
    r"levantó|levanta|recaudó|recauda|captó|capta|captou|levantou|recebeu|obtuvo|lève|obtient)"
)
_NAME = r"(?-i:[A-Z])[\w.&'’+-]*(?:\s(?-i:[A-Z0-9])[\w.&'’+-]*){0,2}"
_AMOUNT_NEAR = r"(?:[\w-]+\s){0,3}?(?:US\$|R\$|[$€£¥]|\d)"
# A prize is no raise: "Silo Africa and Cladfy secured second place with US$60,000 each" (b13-todayafrica-week-sep15).
# A roundup's sentence lists raises one per clause, after a comma, a semicolon or "while": "Retailo secured $15
# million, Ajras raised $28 million, Flow48 gathered $25 million, and Immensa secured $20 million"
# (b22-rasmal-mena-november-2023), "London's BBOXX Ltd. raised $20 million in equity in August, while d.light Energy
# Pvt Ltd. raised $15 million" (hs4-rew-nova-lumos); a clause's company may follow its description ("Moroccan
# prop-tech startup Agenz raising $1.3 million", hs10-wazoplus-africa-july-2023-roundup).
_DESCRIBED = r"(?:(?:(?-i:[A-Z])[\w’'-]*\s)?(?:(?-i:[a-z])[\w-]*\s){1,5})?"
# The clause's company may carry its description between commas: "Auradine, a blockchain infrastructure startup,
# received $80 million in funding, while Berachain, a layer-1 blockchain based on Cosmos, secured $100 million"
# (hs13-satoshitimes-crypto-vc-april-1-02b-roundup).
_APPOSITIVE = r"(?:,\s(?-i:[a-z])[^,;.\n]{2,70},)?"
_JOINED = re.compile(
    r"(?:,\s(?:and\s|while\s|whilst\s|whereas\s)?|;\s(?:and\s)?|\s(?:und|and|y|e|et|while|whilst|whereas)\s)"
    rf"(?={_DESCRIBED}{_NAME}{_APPOSITIVE}\s(?:hat\s|has\s|a\s)?{_VERB}\s(?!(?:[\w-]+\s){{0,2}}(?:place|prize|award))"
    rf"{_AMOUNT_NEAR})",
    re.IGNORECASE,
)
_MONEY_BEFORE = re.compile(
    r"(?:US\$|R\$|[$€£¥])\s?\d|\d[\d.,]*\s?(?:Millionen|Milliarden|Mio|Mrd|million|billion|millones|milhões|millions)\b",
    re.IGNORECASE,
)


# Korean gives one investor's several investments one shared verb: "오픈엣지테크놀로지에는 50억원을, AI 반도체를 설계하는
# 딥엑스에는 20억원을 각각 투자했다" (dailyclick-kdb-pooling): each "<company>에(는) <amount>을," is an investment of its
# own, cut at its comma when the sentence ends on the verb that "각각" (each) or 투자 shares.
KO_DATIVE_SUM = r"에(?:는|도)?\s(?:총\s)?[\d,.]+\s?(?:억|천만|만)?\s?(?:원|달러)(?:\([^)]{1,40}\))?(?:을|를)"
_KO_SHARED = re.compile(rf"{KO_DATIVE_SUM}(,\s)(?=[^,]{{0,60}}?{KO_DATIVE_SUM}(?:,\s|\s(?:각각\s)?투자))")


def joined_clauses(sentence: str) -> list[str]:
    """The sentence cut before each "and <Name> <raise verb> <amount>" that follows an amount already told, and
    between a Korean sentence's investments that share one verb."""
    chinese = cjk_clauses(sentence)  # a weekly roundup's deals after semicolons (segment_cjk_clauses)
    if chinese:
        return chinese
    out, start = [], 0
    for m in _KO_SHARED.finditer(sentence):
        out.append(sentence[start : m.start(1) + 1])
        start = m.end(1)
    if out:
        return [*out, sentence[start:]]
    for m in _JOINED.finditer(sentence):
        if _MONEY_BEFORE.search(sentence, start, m.start()):
            out.append(sentence[start : m.start()])
            start = m.end()
    out.append(sentence[start:])
    return [s for s in out if s.strip()]
