"""Second looks at a posting's regions once the README rules have run (regions.posting_regions): a title's
territory word beside a concrete title place (title_territory), a Brazilian state's code as the only place
(brazil_states), and a hybrid job that the "remote anywhere = global" fallback would call worldwide (hybrid_mode)."""

from __future__ import annotations

from collections.abc import Sequence

from talentintel.tagging.brazil_states import brazil_state_slot
from talentintel.tagging.hybrid_mode import hybrid_mode
from talentintel.tagging.regions import GLOBAL_FALLBACK, RegionResult
from talentintel.tagging.title_territory import concrete_over_territory


def _fell_back(found: RegionResult) -> bool:
    """Whether the only region is the fallback's "global" (remote, no place named anywhere)."""
    return found.regions == {"global"} and not found.countries and GLOBAL_FALLBACK in found.evidence


def follow_up(found: RegionResult, title: str, text: str, locations: Sequence[str]) -> RegionResult:
    concrete_over_territory(found)
    if found.countries or (found.regions and not _fell_back(found)):
        return found
    state = brazil_state_slot(title, locations, text)
    if state is not None:
        found.regions, found.countries = {"latam"}, {"BR"}
        found.evidence = [e for e in found.evidence if e != GLOBAL_FALLBACK]
        found.evidence.append({"location": state, "field": "title/location", "countries": ["BR"], "regions": ["latam"]})
        found.confidence = max(found.confidence, 0.7)
        return found
    mode = hybrid_mode(title, locations) if found.regions else None
    if mode is not None:
        found.regions = set()
        found.evidence = [e for e in found.evidence if e != GLOBAL_FALLBACK]
        found.evidence.append({"rule": f"a {mode} job names an office: no worldwide remote"})
        found.confidence = 0.0
    return found
