"""Money only expected, a secondary tender offer, a government's start-up budget: news in a round's words, no round.

`kind` reads these as triggers before the opening's first completed raise, like its others (session 26, kind_f26):
- EXPECTED_RAISE ("not closed"): a raise the company or fund only expects. Seen on three tuning publishers, all
  labeled `other`: "Lyft ... expects to raise up to $1 billion in a new round of financing, Bloomberg reported citing a
  Delaware state filing" (businesslogr.com, read as a round by the rules at first sight), "Galaxy Ventures Fund I LP is
  expected to raise around $175 million to $180 million by the end of June" (cryptovesting.net), "a registered direct
  offering expected to raise gross proceeds $40 million" (mtnewswires.com). "expected to close" is left alone: a
  term sheet "expected to close shortly" is a labeled round (crainscleveland.com).
- TENDER_OFFER ("secondary"): existing holders sell to investors and the company gets no new money. "Square has
  initiated this tender offer, at a $5 billion valuation" (technews4all.blogspot.com, read as a round at first sight);
  the same class in the pages corpus: "Facebook Exploring Permitting a Tender Offer for $1 Billion of Employee Shares"
  (allthingsd.com), "Digital Sky Technologies has begun a tender offer to purchase up to $100 million of common stock
  from current and former Facebook employees" (money.cnn.com), "OpenAI has completed a $6.6 billion secondary share
  sale" (quitemailingyourself.com).
- PUBLIC_BUDGET_ID ("public programme"): an Indonesian government or ministry that programmes, allocates or budgets
  money for start-ups. "Pemerintah memprogram “1.000 startup” hingga tahun 2020 ... Dibutuhkan dana 6,7 juta dollar
  AS" (p2tel.or.id), "Kemenristekdikti tahun 2019 mengalokasikan dana sebanyak Rp64 miliar untuk startup"
  (minanews.net), both read as rounds at first sight; the pages corpus has the same wording ("Pemerintah Mau Guyur
  Puluhan Miliar Rupiah", viva.co.id). The verb must follow the government subject within its sentence.
- SECONDARY_RAISE ("secondary", session 27, amount_f27): the opening's own raise is a secondary sale, told after the
  raise verb where the triggers before it do not look: "Lenskart has raised US$200 million in a secondary investment
  from Temasek and Fidelity" (b68-theindiancommunity, read as a round by both modes at first sight). The class is
  labeled `other` at two more tuning publishers ("a secondary share sale", f11-infinitycompliance-databricks-secondary,
  hs14-lsd-zepto-secondary-350m-structured-debt). Only "in a secondary ..." right after the sum counts: "with a mix of
  primary and secondary" is a round with new money (newsstreetlive's smallcase).
"""

from __future__ import annotations

import re

EXPECTED_RAISE = re.compile(r"\b(?:expects?|expected|is\sexpected|are\sexpected)\sto\sraise\b", re.IGNORECASE)

TENDER_OFFER = re.compile(
    r"\b(?:secondary\s)?tender\soffers?\b(?=[^.\n]{0,80}\b(?:shares?|stock|employees?|valuation|shareholders?)\b)",
    re.IGNORECASE,
)

SECONDARY_RAISE = re.compile(
    r"\bin\s(?:an?\s)?secondary\s(?:investment|share\s(?:sale|purchase|transaction)|sale|transaction|deal)s?\b",
    re.IGNORECASE,
)


def raised_as_secondary(head: str, raised: re.Pattern[str]) -> bool:
    """The opening's first completed raise is itself a secondary sale ("has raised US$200 million in a secondary
    investment"): the sum and the phrase within 80 characters after the raise verb."""
    done = raised.search(head)
    return bool(done and SECONDARY_RAISE.search(head, done.end(), done.end() + 80))


PUBLIC_BUDGET_ID = re.compile(
    r"\b(?:Pemerintah|Kementerian|Kemen[a-z]+|Menteri)\b[^.\n]{0,120}?\b(?:memprogram|mengalokasikan|menganggarkan|"
    r"menggelontorkan|mengguyur|guyur)\b"
)
