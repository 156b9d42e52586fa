"""A lead the text ties to another stage led an earlier round: "Bear Robotics has raised $81 million in a Series B
funding round ... SoftBank led the startup’s Series A round" (hs5-metro-bearrobotics-b: SoftBank was read as the
Series B's lead). When the deal's own stage is known and the only "led" sentence naming an investor names a different
stage, that investor is history, not this round's lead.
"""

from __future__ import annotations

import re

from talentintel.funding.rounds import classify_round


def _led_stages(text: str, name: str) -> list[str | None]:
    # "SoftBank Group" is written "SoftBank" in the sentence that says what it led.
    first = name.split()[0]
    names = [name, first] if len(first) >= 4 and first != name else [name]
    pattern = re.compile(
        rf"(?:{'|'.join(map(re.escape, names))})\b([^.;\n]{{0,40}}?\b(?:co-)?led\s(?:the\s|its\s|an?\s|(?:the\s)?(?:startup|company|firm)['’]s\s)?"
        r"(?:[\w$.,-]+\s){0,3}?(?:round|raise|financing|funding|series\s[a-h]|seed)\b[^.;\n]{0,30})"
    )
    # The stage is read after the name: "Seed Capital, the Danish venture capital firm that led the round in August,
    # returned to lead the extension" (b22-fintechglobal-lunar-series-b-extension) names no seed round.
    stages = [classify_round(m.group(1)) for m in pattern.finditer(text)]
    # The same history told with the stage first or as a compound: "their Series A led by Tiger" in a seed story
    # (b18-ellenchisa-stellate), "comes just five months after its Tiger-led Series A" in a Series B story
    # (b63-hacktech-scalapay): the stage is read in the words that tie the name to it, nothing wider.
    alt = "|".join(map(re.escape, names))
    stage_first = re.compile(
        rf"\b((?:series\s[a-h]|(?:pre-)?seed)(?:\s(?:round|funding|financing))?,?\s(?:was\s)?led\sby)\s(?:{alt})\b",
        re.I,
    )
    compound = re.compile(rf"(?<![\w-])(?:{alt})-led\s((?:[\w$.,-]+\s){{0,2}}?(?:series\s[a-h]|(?:pre-)?seed)\b)", re.I)
    return stages + [classify_round(m.group(1)) for m in (*stage_first.finditer(text), *compound.finditer(text))]


def this_rounds_leads(text: str, leads: list[str], stage: str | None) -> list[str]:
    """The leads without those whose every "X led ..." sentence names a stage other than `stage`."""
    if stage is None:
        return leads
    kept = []
    for name in leads:
        stages = _led_stages(text, name)
        if stages and all(s is not None and s != stage for s in stages):
            continue  # "SoftBank led the startup’s Series A round" in a Series B story
        kept.append(name)
    return kept
