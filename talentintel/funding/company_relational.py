"""A relational noun written where the raiser's name goes: "Rywal OpenAI pozyskał w niej kwotę 20 mld dolarów" (the
rival of OpenAI raised; hs21-mambiznes-xai-20bn-tesla-2bn-pl read 'Rywal OpenAI') and "Основатель и гендиректор
соцсети Facebook Марк Цукерберг ... участвуют в раунде" (the founder of Facebook; hs21-interpochta-vicarious-40m-
formation8-ru read 'Основатель'). Languages that put the head noun first (Slavic, Romance, German, Dutch) describe a
company or a person by its relation to another ("rival of", "creator of", "founder of", "owner of"); the span is a
description, never the raiser's name (issue 13, tuning_hs21; branch fund86).

English puts the noun after the name ("the OpenAI rival", "ChatGPT maker OpenAI"), and "Rival", "Founder", "Maker" open
English firm names, so English forms are left out.
"""

from __future__ import annotations

import re

_RELATIONAL = (
    # Polish: rival, competitor, creator, founder, owner, maker, operator.
    r"Rywal|Konkurent|Twórca|Twórcy|Założyciel|Właściciel|Producent|Operator|"
    # Russian and Ukrainian: founder, creator, rival, competitor, owner, developer.
    r"Основатель|Сооснователь|Создатель|Соперник|Конкурент|Владелец|Разработчик|Засновник|Співзасновник|Творець|"
    r"Суперник|Власник|Розробник|"
    # Bulgarian: founder, creator, rival.
    r"Основател|Създател|Съперник|"
    # Romance, German and Dutch: rival, competitor, founder, creator, owner.
    r"Rivale|Concorrente|Competidor|Concurrente|Concurrent|Fundador|Fondateur|Fondatore|Créateur|Creador|Criador|"
    r"Creatore|Propriétaire|Konkurrent|Gründer|Oprichter|Eigenaar"
)
_DESCRIPTION = re.compile(rf"(?:{_RELATIONAL})(?:\s.+)?")


def relational_description(name: str) -> bool:
    """`name` opens on a relational noun ("Rywal OpenAI", "Основатель"): it describes, it does not name."""
    return bool(_DESCRIPTION.fullmatch(name.strip()))
