"""Period and place totals told in words the older total rules miss: Romance plural subjects, a Dutch or Romance
"was invested in start-ups", and a plural subject's hedged sum ("startups raised about $102m").

`kind` reads TOTALS_MORE as a "market total" trigger before the opening's first completed raise (session 26,
kind_f26). Each class was read as a round by the rules on tuning texts labeled `other` (deal 1), on several publishers:
- French, Italian, Spanish, Portuguese plural subjects with a plural verb: "Fin avril, les start-up tricolores ont levé
  un total de 1,43 milliard d’euros" (votre-actualite.com, holdout_s25, scored 0.823 before it was tuning), "Nei primi
  sei mesi dell’anno in Italia le startup hanno raccolto complessivamente 446,5 milioni di euro" (citymilano.com),
  "2025: le startup Made in Italy hanno raccolto solo 1,1 miliardo in ben 204 round" (aziendabanca.it).
- the money put into start-ups as a class: "in het derde kwartaal 510 miljoen euro werd geïnvesteerd in startende
  bedrijven" (rd.nl), "investeerden zij in de VS meer dan twaalf miljard dollar in AI start-ups" (mena.nl).
- a plural subject and a hedged or summed amount: "African startups raised a total of $3.4 billion"
  (nairobitimes.co.ke), "A total of 13 projects received more than $2.5 million combined" (blockchainnewsgroup.com),
  "Ten of the biggest tech firms in Nigeria attracted over $2 billion" (legit.ng), "Projects raised a total of $600
  million" (fsinsight.com), "agrifood tech startups raised US$ 1.1 billion in five years" (devage.co.zw), "Malaysian VC
  firms raised $164 mln" (penjanakapital.com.my). Two or three named start-ups are a roundup of rounds, not a total:
  "Two AI Startups Just Raised $1B" (milik.ai, labeled a round) is left alone.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

_MONEY = r"(?:(?:US|A|C|S|NZ|HK)?[$€£₹]|USD|EUR|Rs\.?)\s?\d[\d.,]*\s?(?:[mbk]n?\b|million|billion|crore|mln)?"
_HEDGE = (
    r"(?:(?:approximately|about|around|nearly|more\sthan|over|some|roughly|almost|close\sto|upwards\sof|a\stotal\sof|"
    r"a\srecord|a\scombined|just\sover|just\sunder|an\sestimated)\s)*"
)
_PATTERN = re.compile(
    r"\b(?:les\sstart-?ups?|las\sstartups|os\sstartups|as\sstartups|le\sstartup|las\sempresas\semergentes)\s"
    r"(?:[\w-]+\s){0,3}?(?:ont\slevé|ont\srécolté|ont\scollecté|levantaron|captaron|recaudaron|atrajeron|captaram|"
    r"levantaram|receberam|hanno\sraccolto|obtuvieron)\b|"
    r"\b(?:invirtieron|investiram|ont\sinvesti|hanno\sinvestito|investeerden|werd\sgeïnvesteerd|wurden\sinvestiert)\b"
    r"[^.\n]{0,80}?\b(?:startups|start-ups|startende\sbedrijven|empresas\semergentes|jeunes\spousses)\b|"
    rf"\b(?:start-?ups|companies|firms|businesses|scale-?ups|projects)\s(?:[\w-]+\s){{0,2}}?(?:raised|secured|"
    rf"attracted|received|pulled\sin|drew|bagged|garnered)\s{_HEDGE}{_MONEY}",
    re.IGNORECASE,
)
_FEW = re.compile(r"\b(?:two|three|four|both|2|3|4)\s(?:[\w-]+\s){0,2}$", re.IGNORECASE)


class _Totals:
    """The pattern, less the matches whose subject is two to four named start-ups (a roundup, not a total)."""

    def finditer(self, text: str) -> Iterator[re.Match[str]]:
        for m in _PATTERN.finditer(text):
            if not _FEW.search(text[max(0, m.start() - 30) : m.start()]):
                yield m

    def search(self, text: str) -> re.Match[str] | None:
        return next(self.finditer(text), None)


TOTALS_MORE = _Totals()
