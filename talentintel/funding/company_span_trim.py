"""Words a title-cased or described span carries around the company's name, cut before the name is judged.

Met on tuning_batch23 (first score company 0.571 on 28 unseen rounds): "A Statement Said Ethena Labs Raised Millions"
gave "Statement Said Ethena Labs" (xplosn), "Ethena Crypto Project Raises $100 Million" gave "Ethena Crypto Project"
(futurefri); on the earlier files "Der US-amerikanische Garnproduzent AlgiKnit" (b20-fashionunited-algiknit-a) and
"E-Flugtaxi-Startup Lilium" (b20-electrive-lilium-2022) kept their German description. Each is a class: a reporting
verb inside a headline's subject, a kind noun after a name, a German "<article> <adjective> <kind>" before it.
"""

from __future__ import annotations

import re

# "A Statement Said Ethena Labs", "Report Says Acme", "Sources Claim Acme": what is reported follows the verb.
_REPORTED_BEFORE = re.compile(
    r"^(?:[A-Z][\w'’-]*\s){1,3}(?:Said|Says|Say|Reports?|Reported|Claims?|Claimed|Confirms?|Confirmed|Reveals?)\s"
    r"(?=[A-Z0-9])"
)
# "Ethena Crypto Project", "Acme DeFi Project", "Acme AI Startup": a kind noun, with its sector, after the name.
_KIND_AFTER = re.compile(
    r"\s(?:(?:Crypto|DeFi|Web3|Blockchain|AI|Fintech|Tech|Gaming|NFT|Layer[-\s]?[12])\s)?(?:Project|Startup|Start-up)$"
)
# "Der US-amerikanische Garnproduzent AlgiKnit", "Die Kölner Modemarke Acme": a German article, adjectives and a kind
# noun (a compound ending in a maker's or seller's word) before the name.
_DE_KIND_BEFORE = re.compile(
    r"^(?:Der|Die|Das)\s(?:[\wäöüßÄÖÜ-]+\s){0,3}?[\wäöüß-]*(?i:produzent|lieferant|hersteller|vermarkter|marke|"
    r"händler|versender|anbieter|entwickler|spezialist|startup|start-up|unternehmen)\s(?=[A-Z0-9])"
)
# "E-Flugtaxi-Startup Lilium": a multi-part German compound ending in the kind noun.
_DE_COMPOUND_BEFORE = re.compile(
    r"^[\wäöüß]+(?:-[\wäöüß]+)+-(?i:startup|start-up|unternehmen|plattform|anbieter|firma|fintech|hersteller)\s(?=[A-Z0-9])"
)
# "KGeN Has Now Secured Over $43 Million" (hs9-gam3s-kgen-13-5m-strategic): a title-cased headline's auxiliary, with
# an adverb of time or manner, left on the name when the verb after it is the raise.
_AUX_AFTER = re.compile(
    r"(?<=\S)\s(?:Has|Have|Had|Is|Was|Will|Now)(?:\s(?:Now|Just|Finally|Officially|Successfully|Also|Reportedly))?$"
)


def trim_span(name: str) -> str:
    """`name` without a reporting verb's subject before it, a kind noun after it or a German description before it."""
    name = _REPORTED_BEFORE.sub("", name)
    name = _DE_KIND_BEFORE.sub("", name)
    name = _DE_COMPOUND_BEFORE.sub("", name)
    trimmed = _AUX_AFTER.sub("", _KIND_AFTER.sub("", name))
    return trimmed if trimmed.strip() else name
