"""Indonesian boards place a job by its regency or province with the Indonesian administrative word before the name:
"Kabupaten Penukal Abab Lematang Ilir" (a Dicoding listing's location field, unseen_hs10, read as no place: the regency
is too small for the gazetteer), "Kab. Bogor", "Provinsi Jawa Barat", "Kecamatan Cilandak". The words are Indonesian
only (Malaysia's districts are "Daerah", its cities "Bandar"; "Kota" is left out: Kota Kinabalu is Malaysian), so the
word before a capitalised name names Indonesia. Read only for a posting the other rules found no country for
(region_followups._unplaced): a location field first, then "Penempatan di Kabupaten ..." in the text."""

from __future__ import annotations

import re
from collections.abc import Sequence

from talentintel.tagging.locations import LocationResult

_DIVISION = re.compile(r"\b(?:Kabupaten|Kab\.|Provinsi|Kecamatan|Kotamadya)\s+([A-Z][a-z]+(?:\s+[A-Z][a-z]+){0,4})")
INDONESIA = LocationResult(("ID",), ("asia",), False, ("indonesia",))


def indonesian_division(locations: Sequence[str], text: str) -> str | None:
    """The "Kabupaten X" a location field (or else the text) names, or None."""
    for field in (*locations, text[:6000]):
        if field and ("Kab" in field or "Provinsi" in field or "Keca" in field or "Kotamadya" in field):
            match = _DIVISION.search(field)
            if match:
                return match.group(0)
    return None
