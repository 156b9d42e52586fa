"""A round's words read as a name: "Series", "Seed", "Funding" open no company's name.

"Bridge" is a stage alone or before a round word ("Bridge round", "bridge financing"), not in a name: "Cross-chain
communication protocol Bridge Network raises $3.8M" (b40-zycrypto-bridge-network-3-8m-ftx-ventures) read no company,
and its body's "Bridge Network, a cross-chain communication protocol has closed its funding round" neither.
"""

from __future__ import annotations

import re

STAGE_WORDS = re.compile(
    r"(?i)^(?:series|(?:pre-?)?seed|round|funding|financing|investment|growth|"
    r"bridge(?=$|\s(?:rounds?|financing|funding|loans?|notes?|investment|capital)\b))\b"
)
