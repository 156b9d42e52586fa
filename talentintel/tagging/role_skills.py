"""An ML role word in the title and a machine-learning skill tag: an AI job, though neither is core alone.

"Research engineer" and "data scientist" are role words (weight 1.0, never enough alone: many such roles are
statistics or analytics), and a board's skill-tag line ("AI, machine learning, Algorithm, Data Analytics") counts as
mentions only (sector.py's keyword lists, board_stamps.py). Together they say what the role is: a Jobplanet listing
"[Metheus] Research Engineer" tagged "AI, machine learning" is an ML research job (issue 18, unseen_hs11). Over every
tagging tuning file (tag43), 27 of the 28 postings with such a role word in the title and an ML or AI word in the text
are labeled ai (the other, an experimentation data scientist, stays none); the rule changes that one listing only.
The pair makes the AI evidence core; its points are the ones already counted.
"""

from __future__ import annotations

import functools
import re
from typing import TYPE_CHECKING

from talentintel.tagging.model_duties import builds_models
from talentintel.tagging.taxonomy import taxonomy
from talentintel.tagging.text import lowered

if TYPE_CHECKING:
    from talentintel.tagging.sector import SectorScore

ROLE_WEIGHT = 1.0  # the taxonomy's weight for ML role words ([[ai]] role terms, [cjk] ai_role)
# The discipline itself, as a skill tag: not "AI" (a buzzword in tag menus) nor "algorithm" (any software job).
SKILL_TERMS = frozenset(
    {
        "machine learning",
        "deep learning",
        "머신러닝",
        "머신 러닝",
        "딥러닝",
        "机器学习",
        "深度学习",
        "機器學習",
        "深度學習",
        "機械学習",
        "深層学習",
        "ディープラーニング",
    }
)


# The modeling itself, said anywhere in the title or text ("Risk Modelling Data Scientist", a JobStreet Indonesia row,
# unseen47; a naukri skills cell "['Predictive', 'ModelingStatistical', ...]" whose chips the scraper glued, unseen_hs22
# Fiserv): the labeling rule's own words, "a data scientist counts as ai only when the posting says machine learning /
# modeling" (tests/fixtures/tagging/PROVENANCE.md). Over the dev set and every tuning file (2,687 items, branch
# tag_f24b) all 13 postings with a plain ML role word in the title and this word are labeled ai or both (8+ publishers:
# JobStreet, naukri, Luckbox, Kamoro, Optimus, Socious, Korbit's thread, PXmart, Kakao, MakinaRocks...); none labeled
# none or crypto. Data modeling is schema design and 3D modeling is art: not this. No trailing word boundary: glued
# chips ("ModelingStatistical").
_MODELING = re.compile(r"\bmodel(?:l)?ing|モデリング|(?<!3d )(?<!3d)모델링|建模")
_NOT_MODELING = re.compile(r"\b(?:data|3d|3-d)\s+model(?:l)?ing")


def says_modeling(text: str) -> bool:
    """Whether a lowered text names modeling that is not data or 3D modeling."""
    return any(_NOT_MODELING.search(text, max(0, m.start() - 6), m.end()) is None for m in _MODELING.finditer(text))


def _plain_role(evidence: list[dict[str, object]]) -> bool:
    """A title role word that is not itself modeling: "Credit Risk Modeling Engineer" says modeling by its name, and a
    modeling role without machine learning is statistics or physics (test_unseen16_rules)."""
    return any(
        e["field"] == "title" and e["term"] in role_terms() and _MODELING.search(str(e["term"])) is None
        for e in evidence
    )


@functools.cache
def role_terms() -> frozenset[str]:
    """The AI role words: the taxonomy's weight-1.0 AI terms, English and CJK."""
    tax = taxonomy()
    latin = {t.text for ts in tax.by_first.values() for t in ts if t.kind == "ai" and t.weight == ROLE_WEIGHT}
    return frozenset(latin | {w for w, wt in tax.cjk.get("ai", ()) if wt == ROLE_WEIGHT})


def add_role_skills(result: SectorScore, description: str = "", title: str = "") -> None:
    """Make the AI evidence core when the title names an ML role and the description an ML skill tag, a duty to
    build predictive or statistical models (model_duties.py), or the title or text says modeling."""
    if result.core["ai"]:
        return
    evidence = result.evidence["ai"]
    roles = role_terms()
    if not any(e["field"] == "title" and e["term"] in roles for e in evidence):
        return
    if (
        any(e["field"] == "description" and e["term"] in SKILL_TERMS for e in evidence)
        or builds_models(description)
        or (_plain_role(evidence) and says_modeling(lowered(f"{title} {description}")))
    ):
        result.core["ai"] = True
