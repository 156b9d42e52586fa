"""An acquisition told in French, Spanish or Portuguese, which the English acquisition trigger (kind._ACQUIRE) does
not read. `kind` reads ACQUIRE_INTL as an "acquisition" trigger (before the opening's first completed raise).

Seen on tuning_batch27 (first score kind 0.900, before this rule): "une vague de fusions et acquisitions majeures ...
Google serait en discussions avancées pour acquérir Wiz ... SoftBank mise sur l’IA avec le rachat de Graphcore ...
il vient de s’offrir Hofy" (b27-mondetech-wiz-graphcore-hofy-ma-fr, read as a round). The same class on the batch's
other French texts: "Les groupes français ont ainsi racheté 45 start-up" (b27-patrimoine24-french-tech-ma-fr), "Le
rachat de startups par d’autres startups explose" (b27-channelnews-startups-acquire-startups-fr); on the hs10 texts:
"Mastercard ... quietly paid $1.8B for BVNK" is English. Spanish and Portuguese forms follow the same grammar:
"adquiere", "adquirió", "compra de", "fusiones y adquisiciones", "adquiriu", "fusões e aquisições".
"""

from __future__ import annotations

import re

ACQUIRE_INTL = re.compile(
    # French: buys back / buys out ("rachète", "a racheté", "le rachat de"), "acquiert", "a acquis", "s'offre",
    # "fusions et acquisitions", "pour acquérir".
    r"\b(?:rach[eè]t(?:e|ent|é|ée|és|er)|rachat\sd[e'’]|acquiert|acquièrent|a\sacquis|ont\sacquis|pour\sacquérir|"
    r"s['’](?:offre|offrent|est\soffert|sont\soffert)|mis\sla\smain\ssur|met\sla\smain\ssur|fusions?\set\sacquisitions|"
    # Spanish and Portuguese: "adquiere", "adquirió", "adquire", "adquiriu", "la compra de", "fusiones y adquisiciones",
    # "fusões e aquisições".
    r"adquier(?:e|en)|adquiri[óu]|adquire|adquirem|(?:la|a)\scompra\sd[ea]|fusiones\sy\sadquisiciones|"
    r"fusões\se\saquisições)\b",
    re.IGNORECASE,
)
