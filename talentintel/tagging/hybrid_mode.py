"""A hybrid or on-site job is no worldwide remote job: "Híbrido - 70% Remoto + 30% Presencial" or "Hybrid Remote"
name an office the posting does not place, so "remote with no restriction = global" does not hold (issue 18,
unseen25: VEST CASA's hybrid location read as global). With no place anywhere, such a posting has no region. A fully
remote alternative beside it ("Remote / Hybrid", "Hybrid or Remote") still offers the job anywhere."""

from __future__ import annotations

import re
from collections.abc import Sequence

_HYBRID = re.compile(
    r"\b(?:hybrid|h[íi]brid[oa]|hybride|presencial|semi-presencial|on-?site|in-office|office-based)\b"
    r"|混合办公|混合辦公|하이브리드|ハイブリッド",
    re.IGNORECASE,
)
_REMOTE = re.compile(r"\b(?:remote|remoto|remota|t[ée]l[ée]travail)\b|远程|遠端|원격|リモート", re.IGNORECASE)
# the alternatives a location string offers ("Remote / Hybrid", "Híbrido ou 100% remoto")
_ALTERNATIVES = re.compile(r"[/;|]|\s+(?:or|ou|o|oder)\s+", re.IGNORECASE)


def _remote_alternative(locations: Sequence[str]) -> bool:
    """Whether some location offers the job remote on its own, not as part of a hybrid week."""
    return any(
        _REMOTE.search(part) and not _HYBRID.search(part)
        for raw in locations
        for part in _ALTERNATIVES.split(raw or "")
    )


def hybrid_mode(title: str, locations: Sequence[str]) -> str | None:
    """The hybrid or on-site wording of the title or a location string, unless a location offers plain remote."""
    found = next((m.group(0) for field in (title, *locations) for m in [_HYBRID.search(field or "")] if m), None)
    if found is None or _remote_alternative(locations):
        return None
    return found
