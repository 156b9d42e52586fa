"""A sum the raiser plans to spend is the use of the proceeds, not the round: "Com o novo aporte em mãos, a Polygon
agora estuda alocar US$ 100 milhões para seu fundo de ecossistema" (with the new money in hand, Polygon is now studying
allocating $100 million to its ecosystem fund; hs13-portalcripto-polygon-450m-token-sale-pt, read as the round over
the "levantou US$ 450 milhões" before it). Only the plan's forms (infinitive, present participle) count: "allocated
$5 million to Acme" may be an investor's part of a round.
"""

from __future__ import annotations

import re

ALLOCATING_BEFORE = re.compile(
    r"\b(?:allocate|allocating|earmark|earmarking|set\saside|setting\saside|alocar|destinar|asignar)\s"
    r"(?:(?:about|around|roughly|some|up\sto|cerca\sde|aproximadamente|até|hasta)\s)?$",
    re.IGNORECASE,
)


def allocating(before: str) -> bool:
    """True when the words before an amount plan its spending ("plans to allocate", "estuda alocar")."""
    return bool(ALLOCATING_BEFORE.search(before))
