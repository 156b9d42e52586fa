"""A company or a campaign stopped, said by an idiom rather than the words the shutdown trigger reads.

`kind` reads STOPPED as a "shutdown" trigger (through kind_more_intl), before the opening's first completed raise.
Seen at the one score of tuning_batch60 (kind_f25), both read as rounds in the rules mode: "No More Words From TuneWiki
As Vert Capital Pulls The Plug On Its Music Lyric App" (asiatvlive.com: the app shut down after its sale; its "$10
million raised" is history) and "Smart Button: Kickstarter-Kampagne trotz Erfolg abgebrochen" (notebookcheck.com: a
crowdfunding campaign called off, no money taken). The idioms of the other languages the kind triggers read say the
same: French "met la clé sous la porte", "jette l'éponge"; Spanish "cierra sus puertas", "baja la persiana";
Portuguese "fecha as portas", "encerra as atividades"; Italian "chiude i battenti"; German "stellt den Betrieb ein".
A campaign or a round called off is named with its object ("Kampagne ... abgebrochen", "called off its funding
round"), not any "cancelled" (an event, a subscription).
"""

from __future__ import annotations

import re

_CAMPAIGN = (
    r"(?:Kampagne|Crowdfunding(?:-Kampagne)?|Finanzierungsrunde|Finanzierung|campa(?:ign|gne|ña|nha|gna)|crowdfunding|"
    r"(?:funding|financing)\sround|fundraising|round|levée\sde\sfonds|ronda(?:\sde\sfinanciación)?|rodada)"
)
STOPPED = re.compile(
    r"\bpull(?:s|ed|ing)?\sthe\splug\b|"
    r"\bmet(?:tre)?\sla\sclé\ssous\sla\sporte\b|\bjett?e(?:nt)?\sl['’]éponge\b|"
    r"\bcierra(?:n)?\s(?:sus\s|definitivamente\s)?(?:puertas|operaciones)\b|\bbaja(?:n)?\s(?:la\s)?persiana\b|"
    r"\bfecha(?:m)?\s(?:as\s|suas\s)?portas\b|\bencerra(?:m)?\s(?:as\s|suas\s)?(?:atividades|operações)\b|"
    r"\bchiud(?:e|ono)\s(?:i\s)?battenti\b|\bstell(?:t|en)\s(?:den\s)?(?:Betrieb|Geschäftsbetrieb)\sein\b|"
    + _CAMPAIGN
    + r"[^.\n]{0,40}?\b(?:abgebrochen|eingestellt|abgesagt|called\soff|cancell?ed|scrapped|abandoned|annulée?|"
    r"abandonnée?|cancelad[ao]|suspendid[ao]|annullat[ao])\b|"
    r"\b(?:called\soff|cancell?ed|scrapped|abandoned|brach|bricht|annule|cancela|cancelou|annulla)\s(?:its|their|the|a|seine|ihre|"
    r"die|sa|son|su|sua|la|il)\s(?:[\w-]+\s){0,2}?" + _CAMPAIGN + r"\b",
    re.IGNORECASE,
)
